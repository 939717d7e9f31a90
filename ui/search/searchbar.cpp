#include "searchbar.h"

#include <QTimer>

namespace tagsmith {

SearchBar::SearchBar(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchField"));
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Search: words, \"a phrase\", -exclude, tag:name"));
    setToolTip(tr("<p>Finds assets as you type.</p>"
                  "<ul><li>Words must all appear in the file name, title, description, keywords, "
                  "manual tags or document text; smart tags widen the search.</li>"
                  "<li><b>\"quoted phrases\"</b> match words in that order.</li>"
                  "<li><b>-word</b> leaves out assets with that word.</li>"
                  "<li><b>tag:name</b> keeps assets carrying that tag or one below it.</li></ul>"
                  "<p>Results come in three groups: metadata, all terms in smart tags, any term in smart tags. "
                  "Clear the field to return to the folder.</p>"));
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        const QString text = this->text().trimmed();
        if (text == m_announced)
            return;
        m_announced = text;
        Q_EMIT queryChanged(text);
    });
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_debounce->stop();
            if (!m_announced.isEmpty()) {
                m_announced.clear();
                Q_EMIT queryChanged({});
            }
            return;
        }
        m_debounce->start();
    });
}

void SearchBar::clearSilently()
{
    m_debounce->stop();
    m_announced.clear();
    const QSignalBlocker blocker(this);
    clear();
}

} // namespace tagsmith
