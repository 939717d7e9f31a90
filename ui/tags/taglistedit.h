#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace tagsmith {

// A line for several tags separated by commas, completing the one being typed from the
// taxonomy: a typed word matches any level ("cars" proposes vehicles/cars), and picking a
// proposal replaces only that tag.
class TagListEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit TagListEdit(QWidget *parent = nullptr);

    void setTaxonomy(const QStringList &paths);
    QCompleter *tagCompleter() const { return m_completer; }
    // The typed tags, trimmed, empty ones dropped.
    QStringList tags() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString currentTag() const;
    void complete();
    void insertCompletion(const QString &path);

    QCompleter *m_completer = nullptr;
    QStringListModel *m_paths = nullptr;
};

} // namespace tagsmith
