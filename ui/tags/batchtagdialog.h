#pragma once

#include <QDialog>

class QLabel;

namespace tagsmith {

class TagListEdit;

// Tags > Add Tags to Selection… / Remove Tags from Selection…: type comma-separated tags, with
// completion from the taxonomy, for every selected asset at once.
class BatchTagDialog : public QDialog {
    Q_OBJECT
public:
    enum Mode { Add, Remove };

    BatchTagDialog(Mode mode, int assetCount, const QStringList &taxonomy, QWidget *parent = nullptr);

    TagListEdit *edit() const { return m_edit; }
    Mode mode() const { return m_mode; }

Q_SIGNALS:
    void tagsChosen(const QStringList &tags);

private:
    Mode m_mode;
    TagListEdit *m_edit = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace tagsmith
