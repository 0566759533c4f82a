#include "report/report_data.h"

#include "cost/traffic_routing.h"

namespace spokewise::views {

ReportTitleBlock defaultTitleBlock(const Design &design)
{
    return {QString::fromStdString(design.name), QString(), QString(), QDate::currentDate()};
}

ReportData computeReport(const ReportRequest &request)
{
    ReportData data;
    data.design = request.design;
    data.titleBlock = request.titleBlock;
    data.catalogFile = request.catalogFile;
    data.sources = request.catalog.sources;
    data.analysis = routing::analyze(request.design);
    data.estimate = cost::estimateWithRouting(request.design, request.catalog, &data.analysis, request.costOptions);

    const auto &endpoints = data.analysis.endpoints();
    data.endpointCount = endpoints.size();
    for (std::size_t i = 0; i < endpoints.size(); ++i) {
        for (std::size_t j = 0; j < endpoints.size(); ++j) {
            if (i == j)
                continue;
            const routing::MatrixCell cell = data.analysis.cell(static_cast<int>(i), static_cast<int>(j));
            ++data.verdictCounts[cell.verdict];
            if (cell.verdict == routing::Verdict::Reachable)
                continue;
            ++data.notWorkingTotal;
            if (data.notWorking.size() < kMaxReportPairs)
                data.notWorking.push_back({endpoints[i].id, endpoints[j].id, cell.verdict, cell.reason, cell.rule});
        }
    }
    return data;
}

} // namespace spokewise::views
