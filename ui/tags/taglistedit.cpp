#include "taglistedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace tagsmith {

TagListEdit::TagListEdit(QWidget *parent) : QLineEdit(parent)
{
    m_paths = new QStringListModel(this);
    m_completer = new QCompleter(m_paths, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("tagCompletions"));
    m_completer->popup()->setAccessibleName(tr("Tag suggestions"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TagListEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &TagListEdit::complete);
}

void TagListEdit::setTaxonomy(const QStringList &paths)
{
    m_paths->setStringList(paths);
}

QStringList TagListEdit::tags() const
{
    QStringList tags;
    for (const QString &part : text().split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty())
            tags << tag;
    }
    return tags;
}

QString TagListEdit::currentTag() const
{
    const QString before = text().left(cursorPosition());
    return before.mid(before.lastIndexOf(QLatin1Char(',')) + 1).trimmed();
}

void TagListEdit::complete()
{
    const QString prefix = currentTag();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    // Nothing preselected, as in Qt's own completion: Enter keeps what was typed, Down picks.
    m_completer->popup()->setCurrentIndex(QModelIndex());
    m_completer->complete();
}

void TagListEdit::insertCompletion(const QString &path)
{
    const int cursor = cursorPosition();
    const QString all = text();
    const qsizetype start = all.left(cursor).lastIndexOf(QLatin1Char(',')) + 1;
    qsizetype end = all.indexOf(QLatin1Char(','), cursor);
    if (end < 0)
        end = all.size();
    const QString replaced = all.left(start) + (start > 0 ? QStringLiteral(" ") : QString()) + path + all.mid(end);
    setText(replaced);
    setCursorPosition(int(start + (start > 0 ? 1 : 0) + path.size()));
}

void TagListEdit::keyPressEvent(QKeyEvent *event)
{
    // While the proposals are open, Enter picks one instead of accepting the dialog.
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace tagsmith
