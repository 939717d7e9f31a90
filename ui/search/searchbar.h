#pragma once

#include <QLineEdit>

class QTimer;

namespace tagsmith {

// The main window's search field: search-as-you-type. Typing restarts a short timer and the
// query is only announced when the user pauses, so a fast typist costs one search, not one
// per key. Clearing the field is announced at once.
class SearchBar : public QLineEdit {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 200;

    explicit SearchBar(QWidget *parent = nullptr);

    // Empties the field without announcing anything (the window already left the results).
    void clearSilently();

Q_SIGNALS:
    // The trimmed text after a pause; empty when the field was cleared.
    void queryChanged(const QString &text);

private:
    QTimer *m_debounce = nullptr;
    QString m_announced;
};

} // namespace tagsmith
