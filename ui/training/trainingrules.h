#pragma once

#include "trainingdraft.h"

#include <QStringList>

namespace tagsmith {

// AEM's rules that block training, checked live while the user picks examples. Each entry is a
// sentence naming the tag or image; empty when the draft can be trained. Duplicates and
// outliers are only warnings and come from the backend (they need embeddings).
QStringList brokenTagCountRules(const TrainingDraft &draft);
QStringList brokenExampleRules(const TrainingDraft &draft);

// "12 of 10–50" style counter for one tag, and whether the count obeys the rule.
QString exampleCounterText(int count);
bool exampleCountAllowed(int count);

} // namespace tagsmith
