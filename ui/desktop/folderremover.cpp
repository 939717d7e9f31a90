#include "folderremover.h"

#include <QDir>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace tagsmith {

FolderRemover::FolderRemover(QWidget *parent) : QObject(parent), m_parent(parent)
{
    m_tasks.setMaxThreadCount(1);
}

FolderRemover::~FolderRemover()
{
    m_tasks.waitForDone();
}

void FolderRemover::confirmAndRemove(const CatalogPtr &catalog, const QString &folder, int assets)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove from Catalog"),
                                tr("Remove %1 and its %n asset(s) from the catalog?", nullptr, assets).arg(QDir::toNativeSeparators(folder)),
                                QMessageBox::NoButton, m_parent);
    box->setObjectName(QStringLiteral("removeFolderBox"));
    box->setInformativeText(tr("Their tags, queued jobs and cached embeddings leave the catalog too, and rescans of the "
                               "folders above leave this one out. No file on disk is touched; importing the folder again "
                               "brings the assets back without their tags."));
    QPushButton *removeButton = box->addButton(tr("&Remove from Catalog"), QMessageBox::DestructiveRole);
    removeButton->setObjectName(QStringLiteral("removeFolderConfirm"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);   // a stray Enter keeps the folder
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, removeButton, catalog, folder](QAbstractButton *clicked) {
        if (clicked == removeButton)
            remove(catalog, folder);
    });
    box->open();
}

void FolderRemover::remove(const CatalogPtr &catalog, const QString &folder)
{
    auto *watcher = new QFutureWatcher<Result<FolderRemovalReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<FolderRemovalReport> report = watcher->result();
        if (report)
            Q_EMIT removed(report.value());
        else
            Q_EMIT failed(report.error());
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, [catalog, folder] { return FolderRemoval(catalog).remove(folder); }));
}

} // namespace tagsmith
