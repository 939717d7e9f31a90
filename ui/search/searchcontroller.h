#pragma once

#include "catalog/browsequeries.h"
#include "catalog/catalog.h"
#include "searchresult.h"

#include <QObject>

namespace tagsmith {

class ResultBadgeDelegate;
class SearchBackend;
class SearchBar;
class WorkerThread;

// Joins the search field, the search worker thread and the grid's badges. The window only
// shows the assets it is handed and goes back to its folder on searchCleared().
class SearchController : public QObject {
    Q_OBJECT
public:
    SearchController(SearchBar *bar, ResultBadgeDelegate *delegate, QObject *parent = nullptr);
    ~SearchController() override;

    // Starts the worker; queries typed before the catalog is open are run then.
    void setCatalog(const CatalogPtr &catalog);
    void findSimilar(qint64 assetId, const QString &name);
    // Leaves the results (the user picked a folder): empties the field and drops the badges.
    void leave();
    bool showingResults() const { return m_showing; }

Q_SIGNALS:
    void resultsShown(const QList<tagsmith::AssetSummary> &assets, const QString &status);
    void searchCleared();
    void failed(const QString &message);

private:
    void run(const QString &text);
    void show(int request, const QList<SearchResult> &results);

    SearchBar *m_bar;
    ResultBadgeDelegate *m_delegate;
    SearchBackend *m_backend = nullptr;
    WorkerThread *m_thread = nullptr;
    int m_request = 0;
    QString m_description;   // what the shown results answer, for the status line
    bool m_showing = false;
};

} // namespace tagsmith
