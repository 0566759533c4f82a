#pragma once

#include "design/design.h"
#include "routing/analysis.h"

#include <QString>

#include <string_view>
#include <vector>

namespace spokewise::views {

// The finding sub-codes that have a hand-written text, in the order of ROUTING.md §8; a test
// checks that every sub-code the engine emits is among them.
std::vector<std::string_view> knownFindingCodes();

// "Error", "Warning", "Information" or "Unsupported", translated.
QString findingSeverityText(routing::Severity severity);

// The finding as one translated sentence, elements by display name, e.g. "Spoke A uses the
// remote gateways of Hub through peering Spoke A - Hub, but Hub does not allow gateway transit."
// A code without a text (a newer engine) reads as its parts: code, elements and arguments.
QString findingText(const routing::Finding &finding, const Design &design);

// The rule id ("M-8", "§10-B"), empty for none.
QString ruleText(routing::RuleRef rule);

// "reachable", "unreachable", ... (translated).
QString verdictText(routing::Verdict verdict);
// Why a walk ended where it did, as a clause ("no route covers the destination").
QString reasonText(routing::Reason reason);

// The intent's outcome as a sentence: "Remote users reach OnPrem: expected reachable, but
// unreachable — no route covers the destination."
QString intentResultText(const routing::IntentResult &result, const Design &design);

} // namespace spokewise::views
