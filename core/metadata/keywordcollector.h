#pragma once

#include <QString>
#include <QStringList>

namespace tagsmith {

// Gathers keywords from every field that carries them and turns them into tag paths without
// duplicates. Writers list the same keyword several times — Lightroom puts "Leuven" in
// dc:subject and "places|Belgium|Leuven" in lr:hierarchicalSubject, IPTC repeats dc:subject —
// so a flat keyword that names the leaf of a hierarchical keyword is not a tag of its own (nor
// one that names an upper level when all upper levels are listed flat, as Lightroom does with
// "include parents"), and neither is a hierarchical keyword that is only the ancestor of another.
class KeywordCollector {
public:
    static constexpr qsizetype maxKeywords = 10000;   // per file; more is a broken or hostile file

    void addHierarchical(const QStringList &levels);
    void addFlat(const QString &keyword);
    bool truncated() const { return m_truncated; }
    qsizetype count() const { return m_hierarchical.size() + m_flat.size(); }

    QStringList tags() const;

private:
    bool hasRoom();

    QStringList m_hierarchical;
    QStringList m_flat;
    bool m_truncated = false;
};

} // namespace tagsmith
