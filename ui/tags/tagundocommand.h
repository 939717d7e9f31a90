#pragma once

#include <QUndoCommand>

#include <functional>

namespace tagsmith {

// One tag edit on the Edit > Undo stack. The edit has already run when it is pushed (its
// inverse is what the services layer answered), so the first redo does nothing; later ones
// run `redo`, and undo runs `undo`, each on the tag tasks' thread.
class TagUndoCommand : public QUndoCommand {
public:
    TagUndoCommand(const QString &text, std::function<void()> undo, std::function<void()> redo);

    void undo() override;
    void redo() override;

private:
    std::function<void()> m_undo;
    std::function<void()> m_redo;
    bool m_done = true;
};

} // namespace tagsmith
