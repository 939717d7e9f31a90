#include "commandtable.h"

#include "commands/commands.h"

namespace tagsmith::cli {

std::span<const Command> commandTable()
{
    // Longer command words first where one is a prefix of another.
    static const Command table[] = {
        {"import", "import PATH... [--wait all|tags] [--json]", runImport},
        {"bench jobs", "bench jobs [--data DIR] [--json]", runBenchJobs},
        {"autotag", "autotag [PATH...] [--json]", runAutotag},
        {"smart-tags", "smart-tags PATH [--json]", runSmartTags},
        {"moderate", "moderate PATH TAG --delete|--promote", runModerate},
        {"model train", "model train NAME --from-folders DIR [--json]", runModelTrain},
        {"model list", "model list [--json]", runModelList},
        {"model report", "model report NAME [--csv FILE] [--json]", runModelReport},
        {"model versions", "model versions NAME [--json]", runModelVersions},
        {"model restore", "model restore NAME VERSION", runModelRestore},
        {"model threshold", "model threshold NAME [X]", runModelThreshold},
        {"model kind", "model kind NAME [object|action]", runModelKind},
        {"bench train", "bench train --data DIR [--json]", runBenchTrain},
        {"bench fewshot", "bench fewshot --data DIR [--photos DIR] [--videos DIR] [--c C[,C...]] [--flip] [--validate] [--json]", runBenchFewshot},
        {"bench import", "bench import [--data DIR] [--json]", runBenchImport},
        {"bench thumbs", "bench thumbs [--data DIR] [--json]", runBenchThumbs},
        {"bench video", "bench video [--data DIR] [--object-threshold T] [--action-threshold T] [--json]", runBenchVideo},
        {"models install", "models install SRC [--json]", runModelsInstall},
        {"models list", "models list [--json]", runModelsList},
        {"list", "list [--json]", runList},
        {"info", "info PATH [--json]", runInfo},
        {"tag add", "tag add PATH TAG [--no-sidecar]", runTagAdd},
        {"tag remove", "tag remove PATH TAG [--no-sidecar]", runTagRemove},
        {"tag rename", "tag rename OLD NEW [--no-sidecar] [--json]", runTagRename},
        {"tag merge", "tag merge FROM INTO [--no-sidecar] [--json]", runTagMerge},
        {"extract-text", "extract-text PATH [--json]", runExtractText}, {"bench keywords", "bench keywords [--data DIR] [--json]", runBenchKeywords},
        {"metadata read", "metadata read PATH [--json]", runMetadataRead}, {"metadata write", "metadata write PATH... [--embedded] [--include-smart] [--json]", runMetadataWrite}, {"csv export", "csv export FILE [PATH...] [--include-smart]", runCsvExport}, {"csv import", "csv import FILE [--json]", runCsvImport},
        {"search", "search QUERY [--limit N] [--json]", runSearch},
        {"similar", "similar PATH [--limit N] [--json]", runSimilar},
        {"bench search", "bench search [--assets N] [--cache DIR | --keep FILE] [--slowest] [--json]", runBenchSearch},
        {"folder smart-tags", "folder smart-tags PATH inherit|enable|disable", runFolderSmartTags},
        {"folder video-tags", "folder video-tags PATH inherit|enable|disable", runFolderVideoTags},
        {"folder generic-labels", "folder generic-labels PATH inherit|enable|disable", runFolderGenericLabels},
        {"video thresholds", "video thresholds [--objects X] [--actions X] [--json]", runVideoThresholds},
        {"folder info", "folder info PATH [--json]", runFolderInfo},
        {"folder remove", "folder remove PATH [--json]", runFolderRemove},
        {"generic threshold", "generic threshold [X]", runGenericThreshold},
        {"generic object-threshold", "generic object-threshold [X]", runGenericObjectThreshold},
        {"generic block", "generic block LABEL...", runGenericBlock},
        {"generic unblock", "generic unblock LABEL...", runGenericUnblock},
        {"generic list", "generic list [--json]", runGenericList},
        {"generic enable", "generic enable imagenet|objects", runGenericEnable},
        {"generic disable", "generic disable imagenet|objects", runGenericDisable},
        {"schedule run-due", "schedule run-due [--now ISO8601] [--json]", runScheduleRunDue}, {"schedule status", "schedule status [--now ISO8601] [--json]", runScheduleStatus},
    };
    return table;
}

} // namespace tagsmith::cli
