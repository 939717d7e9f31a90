#include "genericsources.h"

#include "catalog/genericlabelrepository.h"
#include "catalog/sql.h"
#include "jobs/jobqueue.h"
#include "processing/objectjob.h"

namespace tagsmith {

QString GenericSources::fromWord(const QString &word)
{
    if (word == QLatin1String("imagenet"))
        return GenericModels::ImageNet;
    if (word == QLatin1String("objects") || word == QLatin1String("coco"))
        return GenericModels::Objects;
    return {};
}

Status GenericSources::setEnabled(QSqlDatabase db, const QString &source, bool on)
{
    if (!GenericModels::contains(source))
        return Error{tr("%1 is not a generic label source (imagenet or objects)").arg(source)};
    return sql::transaction(db, [&]() -> Status {
        GenericLabelRepository generic(db);
        const bool was = generic.enabled(source);
        if (Status set = generic.setEnabled(source, on); !set)
            return set;
        if (on && !was && source == GenericModels::Objects)
            return JobQueue(db).enqueueAllUnprocessed(ObjectJob::Kind, QStringLiteral("image"), JobPriority::Background);
        return success();
    });
}

} // namespace tagsmith
