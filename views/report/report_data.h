#pragma once

// What a customer report says, computed in one go from a design snapshot: the cost estimate with
// traffic priced along the routed paths, and the routing analysis (reachability counts, the pairs
// that do not work, findings, intents). computeReport() touches only its argument, so the designer
// runs it on a worker thread; the pictures and the document are made from its result afterwards.

#include "cost/cost_model.h"
#include "cost/price_catalog.h"
#include "design/design.h"
#include "routing/analysis.h"

#include <QDate>
#include <QString>

#include <cstddef>
#include <map>
#include <vector>

namespace spokewise::views {

// The title block the user gives a report.
struct ReportTitleBlock
{
    QString title;    // default: the design's name
    QString customer; // may be empty
    QString author;   // may be empty
    QDate date;       // default: today
};

// The title block a report gets when the user says nothing: the design's name and today.
ReportTitleBlock defaultTitleBlock(const Design &design);

// Everything a report is made from (a snapshot: the designer copies its document into it).
struct ReportRequest
{
    Design design;
    cost::PriceCatalog catalog; // the bundled catalog, or it with the user's figures applied
    QString catalogFile;        // the user's catalog file, empty for the bundled one
    ReportTitleBlock titleBlock;
    cost::CostOptions costOptions;
};

// An ordered endpoint pair that does not work.
struct ReportPair
{
    Id source;
    Id destination;
    routing::Verdict verdict = routing::Verdict::Unreachable;
    routing::Reason reason = routing::Reason::NoRoute;
    routing::RuleRef rule = 0;
};

// At most this many non-working pairs are listed; the counts always cover all of them.
inline constexpr std::size_t kMaxReportPairs = 200;

// The computed content of a report.
struct ReportData
{
    Design design;
    ReportTitleBlock titleBlock;
    QString catalogFile;
    std::map<std::string, cost::PriceSource> sources; // the catalog's sources, by key
    cost::CostEstimate estimate;
    routing::Analysis analysis;
    std::size_t endpointCount = 0;
    std::map<routing::Verdict, std::size_t> verdictCounts; // over ordered endpoint pairs
    std::vector<ReportPair> notWorking;                    // first kMaxReportPairs, in matrix order
    std::size_t notWorkingTotal = 0;
};

// Analyses and prices the request's design. Pure: safe on any thread.
ReportData computeReport(const ReportRequest &request);

} // namespace spokewise::views
