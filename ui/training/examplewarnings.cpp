#include "examplewarnings.h"

#include "catalog/embeddingrepository.h"
#include "catalog/sql.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tagsmith {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("tagsmith::ExampleWarnings", text); }

struct Example {
    QString tag;
    QString name;
    std::vector<float> vector;   // L2-normalised, empty when not cached
};

double cosine(const std::vector<float> &a, const std::vector<float> &b)
{
    return std::inner_product(a.begin(), a.end(), b.begin(), 0.0);
}

// The embedder variant most vectors were cached with: the one the trainer will use.
QString dominantVariant(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT variant FROM embeddings GROUP BY variant ORDER BY COUNT(*) DESC LIMIT 1")).toString();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// An example is an outlier when its cosine to the centroid of the tag's other examples lies far
// below its siblings'. Leave-one-out keeps the odd image from pulling the centroid its way, and
// median and MAD keep it from widening the spread it is measured against; a fixed cut-off would
// flag whole tags of visually varied things instead of the odd image out. Three spreads, measured
// over fewshot/clothing/train (10 classes × 30): 3 of 300 clean examples flagged, and 46 of 90
// images of another class slipped into a tag (4 spreads: 1 of 300, 29 of 90; many classes there
// are close, e.g. shirt and t-shirt, so the rest are not visually odd).
QStringList outliers(const QString &tag, const QList<const Example *> &members)
{
    if (members.size() < 5)
        return {};
    const size_t dimension = members.first()->vector.size();
    std::vector<double> sum(dimension, 0.0);
    for (const Example *member : members)
        for (size_t i = 0; i < dimension; ++i)
            sum[i] += member->vector[i];
    std::vector<double> similarity;
    for (const Example *member : members) {
        double dot = 0, norm = 0;
        for (size_t i = 0; i < dimension; ++i) {
            const double others = sum[i] - member->vector[i];
            dot += others * member->vector[i];
            norm += others * others;
        }
        similarity.push_back(norm > 0 ? dot / std::sqrt(norm) : 0.0);
    }
    const double middle = median(similarity);
    std::vector<double> deviations;
    for (double s : similarity)
        deviations.push_back(std::abs(s - middle));
    // 1.4826 × MAD estimates the standard deviation; at least 0.02 so a tight tag of near
    // copies does not call a slightly different shot an outlier.
    const double spread = std::max(1.4826 * median(deviations), 0.02);
    QStringList warnings;
    for (size_t i = 0; i < similarity.size(); ++i) {
        if (similarity[i] < middle - 3 * spread)
            warnings << tr("%1 looks unlike the other examples of \"%2\" (similarity %3, typical %4).")
                            .arg(members[qsizetype(i)]->name, tag)
                            .arg(similarity[i], 0, 'f', 2)
                            .arg(middle, 0, 'f', 2);
    }
    return warnings;
}

} // namespace

QStringList ExampleWarnings::check(QSqlDatabase db, const QList<TagExamples> &tags)
{
    QStringList warnings;
    QHash<QString, QString> firstWithHash;   // content hash -> "name" of its first example
    std::vector<Example> examples;
    const QString variant = dominantVariant(db);
    EmbeddingRepository cache(db);
    for (const TagExamples &tag : tags) {
        for (const AssetRecord &asset : tag.images) {
            if (const QString first = firstWithHash.value(asset.contentHash); !first.isEmpty()) {
                warnings << tr("%1 and %2 are the same picture (identical content).").arg(first, asset.name);
                continue;   // an exact copy would also be reported as a near duplicate
            }
            firstWithHash.insert(asset.contentHash, asset.name);
            Example example{tag.tag, asset.name, {}};
            if (!variant.isEmpty())
                if (auto cached = cache.find(asset.contentHash, variant); cached && cached.value())
                    example.vector = cached.value()->vector;
            examples.push_back(std::move(example));
        }
    }
    for (size_t i = 0; i < examples.size(); ++i) {
        for (size_t j = i + 1; j < examples.size(); ++j) {
            if (examples[i].vector.empty() || examples[i].vector.size() != examples[j].vector.size())
                continue;
            if (const double similarity = cosine(examples[i].vector, examples[j].vector); similarity > nearDuplicateCosine)
                warnings << tr("%1 and %2 are nearly the same picture (similarity %3).")
                                .arg(examples[i].name, examples[j].name)
                                .arg(similarity, 0, 'f', 3);
        }
    }
    for (const TagExamples &tag : tags) {
        QList<const Example *> members;
        for (const Example &example : examples)
            if (example.tag == tag.tag && !example.vector.empty())
                members << &example;
        warnings << outliers(tag.tag, members);
    }
    return warnings;
}

} // namespace tagsmith
