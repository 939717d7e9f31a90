#pragma once

#include <QObject>
#include <QThread>

namespace tagsmith {

// Owns one QThread and the QObject that lives on it. Destroying the owner quits the
// thread and waits for it, and the worker is deleted on its own thread.
class WorkerThread : public QObject {
    Q_OBJECT
public:
    WorkerThread(QObject *worker, const QString &name, QObject *parent = nullptr);
    ~WorkerThread() override;

private:
    QThread m_thread;
};

} // namespace tagsmith
