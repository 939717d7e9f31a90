#pragma once

#include <QDialog>

class QTextBrowser;

namespace tagsmith {

// Help > About: the versions this build runs on and, for every supported model pack, where it
// comes from, its licence and whether it is installed (as `tagsmith-cli models list` reads them).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const QString &modelsDir, QWidget *parent = nullptr);

    QString text() const;
    static QString versionsHtml();
    static QString modelsHtml(const QString &modelsDir);

private:
    QTextBrowser *m_text = nullptr;
};

} // namespace tagsmith
