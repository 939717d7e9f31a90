#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace tagsmith::cli {

// What every command gets: the global options and the two output streams.
// Machine output (JSON, figures) goes to `out`; human messages and progress go to `err`.
struct CliContext {
    QString catalogPath;   // --catalog, or the XDG default
    QString modelsDir;     // --models, or the XDG default
    bool json = false;     // --json
    QTextStream &out;
    QTextStream &err;

    void printJson(const QJsonDocument &doc) { out << doc.toJson(QJsonDocument::Indented); out.flush(); }
};

// A command parses its own arguments (after the command words) and returns the exit code.
using CommandFunction = int (*)(CliContext &context, const QStringList &arguments);

struct Command {
    const char *words;         // e.g. "import", "models install", "bench fewshot"
    const char *usage;         // one line for --help
    CommandFunction run;
};

} // namespace tagsmith::cli
