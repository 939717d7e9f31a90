#include "searchcontroller.h"

#include "resultbadgedelegate.h"
#include "searchbackend.h"
#include "searchbar.h"
#include "ui/workerthread.h"

namespace tagsmith {

SearchController::SearchController(SearchBar *bar, ResultBadgeDelegate *delegate, QObject *parent)
    : QObject(parent), m_bar(bar), m_delegate(delegate)
{
    qRegisterMetaType<QList<SearchResult>>();
    connect(m_bar, &SearchBar::queryChanged, this, &SearchController::run);
}

SearchController::~SearchController()
{
    delete m_thread;
}

void SearchController::setCatalog(const CatalogPtr &catalog)
{
    if (m_backend)
        return;
    m_backend = new SearchBackend(catalog);
    connect(m_backend, &SearchBackend::resultsReady, this, &SearchController::show);
    connect(m_backend, &SearchBackend::failed, this, [this](int request, const QString &message) {
        if (request == m_request)
            Q_EMIT failed(message);
    });
    m_thread = new WorkerThread(m_backend, QStringLiteral("search"));
    if (const QString pending = m_bar->text().trimmed(); !pending.isEmpty())
        run(pending);
}

void SearchController::run(const QString &text)
{
    const int request = ++m_request;
    if (text.isEmpty()) {
        leave();
        Q_EMIT searchCleared();
        return;
    }
    if (!m_backend)
        return;
    m_description = tr("“%1”").arg(text);
    QMetaObject::invokeMethod(m_backend, [backend = m_backend, request, text] { backend->search(request, text); },
                              Qt::QueuedConnection);
}

void SearchController::findSimilar(qint64 assetId, const QString &name)
{
    if (!m_backend)
        return;
    const int request = ++m_request;
    m_bar->clearSilently();
    m_description = tr("assets similar to %1").arg(name);
    QMetaObject::invokeMethod(m_backend, [backend = m_backend, request, assetId] { backend->findSimilar(request, assetId); },
                              Qt::QueuedConnection);
}

void SearchController::leave()
{
    ++m_request;   // answers still on their way are for a view the user left
    m_bar->clearSilently();
    m_delegate->clearResults();
    m_showing = false;
}

void SearchController::show(int request, const QList<SearchResult> &results)
{
    if (request != m_request)
        return;   // typed over since
    m_delegate->setResults(results);
    m_showing = true;
    QList<AssetSummary> assets;
    assets.reserve(results.size());
    for (const SearchResult &result : results)
        assets << result.asset;
    Q_EMIT resultsShown(assets, tr("%n result(s) for %1", nullptr, int(results.size())).arg(m_description));
}

} // namespace tagsmith
