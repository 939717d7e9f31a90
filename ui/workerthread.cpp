#include "workerthread.h"

namespace tagsmith {

WorkerThread::WorkerThread(QObject *worker, const QString &name, QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(name);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace tagsmith
