#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

// tagsmith-cli run the way a user or script runs it, on one catalog and models folder.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QString &catalog, const QString &models, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TAGSMITH_CLI), QStringList{QStringLiteral("--catalog"), catalog, QStringLiteral("--models"), models} + arguments);
    process.waitForFinished(600'000);
    return CliRun{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}
