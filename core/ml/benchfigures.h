#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

namespace tagsmith::ml {

// Benchmark output in the CLI contract: "name: value unit" lines, or one JSON object of the
// same figures ({"name": {"value": v, "unit": u}}).
class BenchFigures {
public:
    void add(const QString &name, double value, const QString &unit, int decimals = 3)
    {
        m_figures.append({name, value, unit, decimals});
    }

    void print(QTextStream &out, bool json) const
    {
        QJsonObject object;
        for (const Figure &f : m_figures) {
            if (json)
                object.insert(f.name, QJsonObject{{QStringLiteral("value"), f.value}, {QStringLiteral("unit"), f.unit}});
            else
                out << f.name << ": " << QString::number(f.value, 'f', f.decimals) << ' ' << f.unit << '\n';
        }
        if (json)
            out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        out.flush();
    }

private:
    struct Figure {
        QString name;
        double value;
        QString unit;
        int decimals;
    };
    QList<Figure> m_figures;
};

} // namespace tagsmith::ml
