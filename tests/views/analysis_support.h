#pragma once

// Helpers shared by the live-analysis tests (analysis_test.cpp, live_analysis_test.cpp).

#include "analysis/analysis_runner.h"
#include "design/design.h"
#include "document/document.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>

#include <string>
#include <variant>

namespace spokewise::test {

// Waits until the runner has published the analysis of the document's current revision, then lets
// the views that follow it update.
inline bool waitForCurrent(views::AnalysisRunner *runner, const views::Document *document)
{
    QSignalSpy finished(runner, &views::AnalysisRunner::analysisFinished);
    const QDeadlineTimer deadline(60000);
    while (runner->analysedRevision() != document->revision() || !runner->analysis()) {
        if (deadline.hasExpired() || !finished.wait(static_cast<int>(deadline.remainingTime())))
            return false;
    }
    QApplication::processEvents();
    return true;
}

// The peering `peeringId` with neither side using the remote VNet's gateways.
inline Resource withoutRemoteGateways(const Design &design, const std::string &peeringId)
{
    Resource peering = *design.find(Id(peeringId));
    auto *p = std::get_if<VirtualNetworkPeering>(&peering.properties);
    REQUIRE(p);
    for (PeeringSide &side : p->sides)
        side.useRemoteGateways = false;
    return peering;
}

} // namespace spokewise::test
