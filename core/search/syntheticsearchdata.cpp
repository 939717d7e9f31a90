#include "syntheticsearchdata.h"

#include "catalog/sql.h"
#include "catalog/tagrepository.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <vector>

namespace tagsmith {
namespace {

struct SyntheticModel {
    const char *name;
    double threshold;   // < 0: no models row, the default applies
    QStringList tags;
};

QList<SyntheticModel> syntheticModels()
{
    return {
        {"scenes", 0.7, {QStringLiteral("scenes/beach"), QStringLiteral("scenes/city"), QStringLiteral("scenes/forest"),
                         QStringLiteral("scenes/kitchen"), QStringLiteral("scenes/office"), QStringLiteral("scenes/sunset")}},
        {"animals", 0.6, {QStringLiteral("animals/dog"), QStringLiteral("animals/cat"), QStringLiteral("animals/horse"),
                          QStringLiteral("animals/bird")}},
        {"vehicles", 0.8, {QStringLiteral("vehicles/telehandler"), QStringLiteral("vehicles/excavator"),
                           QStringLiteral("vehicles/cars/model-side-view"), QStringLiteral("vehicles/cars/model-front-view")}},
        {"generic", -1, {QStringLiteral("generic/umbrella"), QStringLiteral("generic/bicycle"), QStringLiteral("generic/guitar"),
                         QStringLiteral("generic/raincoat"), QStringLiteral("generic/portrait"), QStringLiteral("generic/concert")}},
    };
}

Status failed(const QSqlQuery &query) { return Error{query.lastError().text()}; }

QString randomWords(QRandomGenerator &random, const QStringList &words, int count)
{
    QStringList picked;
    for (int i = 0; i < count; ++i)
        picked << words.at(random.bounded(int(words.size())));
    return picked.join(QLatin1Char(' '));
}

QByteArray randomUnitVector(QRandomGenerator &random, int dimension)
{
    std::vector<float> values(static_cast<size_t>(dimension));
    double norm = 0;
    for (float &value : values) {
        value = float(random.generateDouble() * 2.0 - 1.0);
        norm += double(value) * value;
    }
    const float scale = float(1.0 / std::sqrt(norm));
    for (float &value : values)
        value *= scale;
    return QByteArray(reinterpret_cast<const char *>(values.data()), qsizetype(values.size() * sizeof(float)));
}

} // namespace

QStringList syntheticSearchWords()
{
    return {QStringLiteral("beach"), QStringLiteral("city"), QStringLiteral("dog"), QStringLiteral("raincoat"),
            QStringLiteral("telehandler"), QStringLiteral("sunset"), QStringLiteral("portrait"), QStringLiteral("forest"),
            QStringLiteral("kitchen"), QStringLiteral("office"), QStringLiteral("concert"), QStringLiteral("cat"),
            QStringLiteral("horse"), QStringLiteral("bird"), QStringLiteral("excavator"), QStringLiteral("umbrella"),
            QStringLiteral("bicycle"), QStringLiteral("guitar"), QStringLiteral("harbour"), QStringLiteral("mountain"),
            QStringLiteral("invoice"), QStringLiteral("contract"), QStringLiteral("summer"), QStringLiteral("winter"),
            QStringLiteral("wedding"), QStringLiteral("product"), QStringLiteral("launch"), QStringLiteral("festival"),
            QStringLiteral("river"), QStringLiteral("bridge"), QStringLiteral("market"), QStringLiteral("garden")};
}

Status fillSyntheticSearchData(Catalog &catalog, const SyntheticSearchOptions &options)
{
    QSqlDatabase db = catalog.connection();
    QRandomGenerator random(options.seed);
    const QStringList words = syntheticSearchWords();
    const QList<SyntheticModel> models = syntheticModels();
    return sql::transaction(db, [&]() -> Status {
        TagRepository tags(db);
        QList<qint64> tagIds;
        QStringList tagModels;
        for (const SyntheticModel &model : models) {
            if (model.threshold >= 0) {
                auto inserted = sql::exec(db, QStringLiteral(
                    "INSERT INTO models(name, threshold, status, current_version, created_at, updated_at) VALUES(?,?,'trained',1,0,0)"),
                    {QString::fromLatin1(model.name), model.threshold});
                if (!inserted)
                    return Error{inserted.error()};
            }
            for (const QString &path : model.tags) {
                auto id = tags.ensureTag(path);
                if (!id)
                    return Error{id.error()};
                tagIds << id.value();
                tagModels << QString::fromLatin1(model.name);
            }
        }

        QSqlQuery assets(db);
        assets.setForwardOnly(true);
        if (!assets.exec(QStringLiteral("SELECT id, kind, content_hash FROM assets ORDER BY id")))
            return failed(assets);
        QSqlQuery describe(db), text(db), smart(db), embedding(db);
        if (!describe.prepare(QStringLiteral("UPDATE assets SET title = ?, description = ? WHERE id = ?"))
            || !text.prepare(QStringLiteral("INSERT OR REPLACE INTO asset_text(asset_id, text) VALUES(?,?)"))
            || !smart.prepare(QStringLiteral(
                   "INSERT OR IGNORE INTO asset_tags(asset_id, tag_id, source, model, model_version, confidence, state, updated_at) "
                   "VALUES(?,?,'smart',?,1,?,?,0)"))
            || !embedding.prepare(QStringLiteral(
                   "INSERT OR IGNORE INTO embeddings(content_hash, variant, vector, created_at) VALUES(?,?,?,0)")))
            return Error{QStringLiteral("%1 %2 %3 %4").arg(describe.lastError().text(), text.lastError().text(),
                                                           smart.lastError().text(), embedding.lastError().text())};
        while (assets.next()) {
            const qint64 id = assets.value(0).toLongLong();
            describe.addBindValue(randomWords(random, words, 2));
            describe.addBindValue(random.bounded(4) == 0 ? randomWords(random, words, 8) : QString());
            describe.addBindValue(id);
            if (!describe.exec())
                return failed(describe);
            if (assets.value(1).toString() == QLatin1String("document")) {
                text.addBindValue(id);
                text.addBindValue(randomWords(random, words, 200));
                if (!text.exec())
                    return failed(text);
            }
            for (int t = 0; t < options.smartTagsPerAsset; ++t) {
                const int tag = random.bounded(int(tagIds.size()));
                const int roll = random.bounded(100);
                smart.addBindValue(id);
                smart.addBindValue(tagIds.at(tag));
                smart.addBindValue(tagModels.at(tag));
                smart.addBindValue(0.3 + 0.7 * random.generateDouble());
                smart.addBindValue(roll < 2 ? QStringLiteral("deleted") : roll < 3 ? QStringLiteral("promoted") : QStringLiteral("active"));
                if (!smart.exec())
                    return failed(smart);
            }
            if (options.embeddingDimension > 0) {
                embedding.addBindValue(assets.value(2).toString());
                embedding.addBindValue(options.embeddingVariant);
                embedding.addBindValue(randomUnitVector(random, options.embeddingDimension));
                if (!embedding.exec())
                    return failed(embedding);
            }
        }
        return success();
    });
}

} // namespace tagsmith
