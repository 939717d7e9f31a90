#include "tagundocommand.h"

namespace tagsmith {

TagUndoCommand::TagUndoCommand(const QString &text, std::function<void()> undo, std::function<void()> redo)
    : QUndoCommand(text), m_undo(std::move(undo)), m_redo(std::move(redo))
{
}

void TagUndoCommand::undo()
{
    m_undo();
    m_done = false;
}

void TagUndoCommand::redo()
{
    if (m_done)
        return;   // pushed after the edit ran
    m_redo();
    m_done = true;
}

} // namespace tagsmith
