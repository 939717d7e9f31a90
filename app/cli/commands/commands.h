#pragma once

#include "../clicontext.h"

// One function per command; each lives in its own file in this folder.
namespace tagsmith::cli {

int runImport(CliContext &context, const QStringList &arguments);
int runBenchJobs(CliContext &context, const QStringList &arguments);
int runAutotag(CliContext &context, const QStringList &arguments);
int runSmartTags(CliContext &context, const QStringList &arguments);
int runModerate(CliContext &context, const QStringList &arguments);
int runModelTrain(CliContext &context, const QStringList &arguments);
int runModelList(CliContext &context, const QStringList &arguments);
int runModelReport(CliContext &context, const QStringList &arguments);
int runModelVersions(CliContext &context, const QStringList &arguments);
int runModelRestore(CliContext &context, const QStringList &arguments);
int runModelThreshold(CliContext &context, const QStringList &arguments);
int runBenchTrain(CliContext &context, const QStringList &arguments);
int runBenchFewshot(CliContext &context, const QStringList &arguments);
int runBenchImport(CliContext &context, const QStringList &arguments);
int runBenchThumbs(CliContext &context, const QStringList &arguments);
int runBenchVideo(CliContext &context, const QStringList &arguments);
int runModelsInstall(CliContext &context, const QStringList &arguments);
int runModelsList(CliContext &context, const QStringList &arguments);
int runList(CliContext &context, const QStringList &arguments);
int runInfo(CliContext &context, const QStringList &arguments);
int runTagAdd(CliContext &context, const QStringList &arguments);
int runTagRemove(CliContext &context, const QStringList &arguments);
int runTagRename(CliContext &context, const QStringList &arguments);
int runTagMerge(CliContext &context, const QStringList &arguments);
int runExtractText(CliContext &context, const QStringList &arguments); int runBenchKeywords(CliContext &context, const QStringList &arguments);
int runMetadataRead(CliContext &context, const QStringList &arguments); int runMetadataWrite(CliContext &context, const QStringList &arguments); int runCsvExport(CliContext &context, const QStringList &arguments); int runCsvImport(CliContext &context, const QStringList &arguments);
int runSearch(CliContext &context, const QStringList &arguments);
int runSimilar(CliContext &context, const QStringList &arguments);
int runBenchSearch(CliContext &context, const QStringList &arguments);
int runFolderSmartTags(CliContext &context, const QStringList &arguments);
int runFolderVideoTags(CliContext &context, const QStringList &arguments);
int runFolderGenericLabels(CliContext &context, const QStringList &arguments);
int runModelKind(CliContext &context, const QStringList &arguments);
int runVideoThresholds(CliContext &context, const QStringList &arguments);
int runFolderInfo(CliContext &context, const QStringList &arguments);
int runFolderRemove(CliContext &context, const QStringList &arguments);
int runGenericThreshold(CliContext &context, const QStringList &arguments);
int runGenericObjectThreshold(CliContext &context, const QStringList &arguments);
int runGenericBlock(CliContext &context, const QStringList &arguments);
int runGenericUnblock(CliContext &context, const QStringList &arguments);
int runGenericList(CliContext &context, const QStringList &arguments);
int runGenericEnable(CliContext &context, const QStringList &arguments);
int runGenericDisable(CliContext &context, const QStringList &arguments);
int runScheduleRunDue(CliContext &context, const QStringList &arguments); int runScheduleStatus(CliContext &context, const QStringList &arguments);

} // namespace tagsmith::cli
