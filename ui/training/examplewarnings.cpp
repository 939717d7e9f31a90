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

QString tr(const char *text) { return QCoreApplication::translate("ExampleWarnings", text); }

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

// An example is an outlier when its cosine to the tag's centroid lies more than three
// standard deviations below the mean of its siblings: a fixed cut-off would flag whole tags
// of visually varied things, a relative one only the odd image out.
QStringList outliers(const QString &tag, const QList<const Example *> &members)
{
    if (members.size() < 5)
        return {};
    std::vector<double> centroid(members.first()->vector.size(), 0.0);
    for (const Example *member : members)
        for (size_t i = 0; i < centroid.size(); ++i)
            centroid[i] += member->vector[i];
    const double norm = std::sqrt(std::inner_product(centroid.begin(), centroid.end(), centroid.begin(), 0.0));
    std::vector<double> similarity;
    for (const Example *member : members)
        similarity.push_back(std::inner_product(member->vector.begin(), member->vector.end(), centroid.begin(), 0.0) / norm);
    const double mean = std::accumulate(similarity.begin(), similarity.end(), 0.0) / double(similarity.size());
    double variance = 0;
    for (double s : similarity)
        variance += (s - mean) * (s - mean);
    const double deviation = std::sqrt(variance / double(similarity.size()));
    QStringList warnings;
    for (size_t i = 0; i < similarity.size(); ++i) {
        if (deviation > 0 && similarity[i] < mean - 3 * deviation)
            warnings << tr("%1 looks unlike the other examples of \"%2\" (similarity %3, the others average %4).")
                            .arg(members[qsizetype(i)]->name, tag)
                            .arg(similarity[i], 0, 'f', 2)
                            .arg(mean, 0, 'f', 2);
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
