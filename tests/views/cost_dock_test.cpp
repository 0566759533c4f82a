// The designer's Cost dock, canvas cost labels, own catalog and the alternatives dialog, as a user
// sees them on the hub-and-spoke example: figures follow edits, estimates are marked, a bad
// catalog changes nothing, and the example's variants compare side by side.
#include "designer_window.h"

#include "analysis/analysis_runner.h"
#include "cost/alternatives_dialog.h"
#include "cost/cost_canvas_labels.h"
#include "cost/cost_dock.h"
#include "cost/cost_table_model.h"
#include "cost/cost_text.h"
#include "document/document.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace spokewise;

namespace {

const QString kExample = QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples/hub-spoke-p2s-er.spokewise.json");
const QString kCostData = QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/cost");

// Keeps the remembered catalog and canvas-label choice of one test from reaching the next.
struct CostSettingsGuard
{
    CostSettingsGuard() { QSettings().remove(QStringLiteral("cost")); }
    ~CostSettingsGuard() { QSettings().remove(QStringLiteral("cost")); }
};

// Waits until the dock shows the estimate of the document's current revision and catalog.
bool waitForEstimate(views::CostPanel *panel)
{
    QSignalSpy updated(panel, &views::CostPanel::estimateUpdated);
    const QDeadlineTimer deadline(60000);
    while (!panel->isUpToDate()) {
        if (deadline.hasExpired() || !updated.wait(static_cast<int>(deadline.remainingTime())))
            return false;
    }
    return true;
}

// Every cell of a row of the dock's table (in the model's order), joined by " | ".
QString rowText(const views::CostTableModel *model, int row)
{
    QStringList cells;
    for (int c = 0; c < model->columnCount(); ++c)
        cells << model->data(model->index(row, c)).toString();
    return cells.join(QStringLiteral(" | "));
}

QStringList tableRows(const views::CostTableModel *model)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows << rowText(model, r);
    return rows;
}

double usd(const char *item)
{
    const cost::PriceItem *found = cost::bundledCatalog().find(item);
    REQUIRE(found);
    return found->usd;
}

QPieSeries *pieOf(QChart *chart)
{
    REQUIRE(chart->series().size() == 1);
    auto *pie = qobject_cast<QPieSeries *>(chart->series().front());
    REQUIRE(pie);
    return pie;
}

} // namespace

TEST_CASE("The Cost dock shows the example's total, lines and charts, and follows an edit", "[views][cost]")
{
    CostSettingsGuard settings;
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kExample));
    views::CostPanel *panel = window.costPanel();
    REQUIRE(waitForEstimate(panel));

    // Figures as spokewise-cli cost prints them for the example (docs/cost.md).
    CHECK(panel->totalText() == QStringLiteral("\u2248 2,298.23 USD a month \u00b7 27,578.76 USD a year"));
    CHECK(panel->catalogText().contains(QStringLiteral("2026-09")));
    CHECK(panel->catalogText().contains(QStringLiteral("USD")));
    const QStringList rows = tableRows(panel->tableModel());
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    REQUIRE(rows.size() == 7);
    CHECK(rows[1]
          == QStringLiteral("P2S gateway | VPN gateway VpnGw1AZ | 153.30 | 730 h \u00d7 0.21 | S1 2025-01-15 |  | "
                            "VPN gateways"));

    // One slice per priced category, each with its monthly figure.
    QPieSeries *pie = pieOf(panel->pieChart());
    REQUIRE(pie->count() == 3);
    double sum = 0;
    for (QPieSlice *slice : pie->slices()) {
        CHECK(slice->value() > 0);
        sum += slice->value();
    }
    CHECK(sum == Approx(2298.23).margin(0.01));
    const auto bars = panel->barChart()->axes(Qt::Vertical);
    REQUIRE(bars.size() == 1);
    CHECK(qobject_cast<QBarCategoryAxis *>(bars.front())->count() == 4); // the four priced elements

    // Changing the VPN gateway's SKU changes the total and its line.
    Resource gateway = *window.document()->design().find(Id("hub-vpn-gw"));
    gateway.as<VpnGateway>()->sku = VpnGatewaySku::VpnGw2AZ;
    window.document()->changeResource(gateway, QStringLiteral("Change SKU"));
    REQUIRE(waitForEstimate(panel));
    const double total = 2298.23 - 153.30 + usd("vpnGateway.VpnGw2AZ") * 730;
    CHECK(panel->totalText().startsWith(QStringLiteral("\u2248 %1 USD a month").arg(views::money(total))));
    CHECK(rowText(panel->tableModel(), 1).contains(QStringLiteral("VPN gateway VpnGw2AZ")));
    CHECK(panel->estimate().monthlyTotal() == Approx(total).margin(0.005));

    // Undo brings the old figures back.
    window.document()->undoStack()->undo();
    REQUIRE(waitForEstimate(panel));
    CHECK(panel->totalText().startsWith(QStringLiteral("\u2248 2,298.23 USD a month")));
}

TEST_CASE("Traffic is priced along the path of the background analysis", "[views][cost]")
{
    CostSettingsGuard settings;
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kExample));
    views::CostPanel *panel = window.costPanel();
    REQUIRE(waitForEstimate(panel));

    Resource flow;
    flow.id = Id("backup");
    flow.name = "Backups";
    TrafficFlow traffic;
    traffic.source = Id("spoke1-workload");
    traffic.destination = Id("onprem");
    traffic.gigabytesPerMonth = 1000;
    flow.properties = traffic;
    window.document()->addResources({flow}, {}, QStringLiteral("Add traffic"));
    REQUIRE(waitForEstimate(panel));
    // The dock priced the flow with the runner's analysis of this very revision.
    CHECK(window.analysisRunner()->analysedRevision() == window.document()->revision());
    const QStringList rows = tableRows(panel->tableModel());
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    // Spoke 1 -> hub peering (both sides), the firewall, and out over ExpressRoute: as spokewise-cli cost prices it.
    CHECK(rows.contains(QStringLiteral("Firewall | Firewall data processed [backup] | 16.00 | 1000 GB \u00d7 0.016 | "
                                       "S1 2024-07-01 |  | Azure Firewall")));
    CHECK(rows.contains(QStringLiteral("ExpressRoute circuit | ExpressRoute metered outbound data [backup] | 25.00 | "
                                       "1000 GB \u00d7 0.025 | S7 2026-07-21 |  | ExpressRoute")));
    CHECK(panel->estimate().unpriced.empty());
    CHECK(panel->totalText().startsWith(QStringLiteral("\u2248 2,359.23 USD a month")));
}

TEST_CASE("Estimated prices are marked in the dock, the pie and on the canvas", "[views][cost]")
{
    CostSettingsGuard settings;
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kExample));
    views::CostPanel *panel = window.costPanel();
    REQUIRE(waitForEstimate(panel));

    // The ExpressRoute gateway's price is an estimate in the bundled catalog (PRICES.md).
    const QString erRow = rowText(panel->tableModel(), 0);
    INFO(erRow.toStdString());
    CHECK(erRow.contains(QStringLiteral("| \u2248 263.53 |")));
    CHECK(erRow.contains(QStringLiteral("| \u2248 estimate |")));
    CHECK_FALSE(rowText(panel->tableModel(), 1).contains(QStringLiteral("\u2248")));
    const auto legends = panel->findChildren<QLabel *>();
    CHECK(std::any_of(legends.begin(), legends.end(),
                      [](const QLabel *l) { return l->text().startsWith(QStringLiteral("\u2248 estimate")); }));
    QStringList slices;
    for (QPieSlice *slice : pieOf(panel->pieChart())->slices())
        slices << slice->property("legendText").toString();
    CHECK(slices.contains(QStringLiteral("\u2248 ExpressRoute: 699.53")));
    CHECK(slices.contains(QStringLiteral("VPN gateways: 682.55")));

    // Canvas labels: off by default, then beside each priced gateway, firewall and circuit.
    views::CostCanvasLabels *labels = panel->canvasLabels();
    CHECK(labels->labelCount() == 0);
    panel->canvasLabelsAction()->setChecked(true);
    CHECK(labels->labelCount() == 4);
    CHECK(labels->labelText(QStringLiteral("hub-er-gw")) == QStringLiteral("\u2248 263.53 USD/month"));
    CHECK(labels->labelText(QStringLiteral("hub-vpn-gw")) == QStringLiteral("682.55 USD/month"));
    CHECK(labels->labelText(QStringLiteral("hub-fw")) == QStringLiteral("916.15 USD/month"));
    // A label is no part of the design: showing it adds no undo step.
    CHECK(window.document()->undoStack()->count() == 0);
    panel->canvasLabelsAction()->setChecked(false);
    CHECK(labels->labelCount() == 0);
}

TEST_CASE("A bad price catalog shows its reason and place and keeps the figures, and a good one overrides", "[views][cost]")
{
    CostSettingsGuard settings;
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kExample));
    views::CostPanel *panel = window.costPanel();
    REQUIRE(waitForEstimate(panel));
    const QString before = panel->totalText();

    QString error;
    const QString bad = kCostData + QStringLiteral("/bad-unknown-id.json");
    CHECK_FALSE(panel->loadCatalogFile(bad, &error));
    CHECK(error.contains(QDir::toNativeSeparators(bad)
                         + QStringLiteral(":5:6: error: The price catalog has no item "
                                          "\u201cvpnGateway.VpnGw9AZ\u201d.")));
    CHECK(panel->errorText() == error);
    auto *errorLabel = panel->findChild<QLabel *>(QStringLiteral("costCatalogError"));
    REQUIRE(errorLabel);
    CHECK(errorLabel->isVisible());
    CHECK(errorLabel->text() == error);
    CHECK(panel->catalogFile().isEmpty());
    CHECK(panel->isUpToDate());
    CHECK(panel->totalText() == before);
    CHECK_FALSE(QSettings().contains(QStringLiteral("cost/catalogFile")));

    CHECK_FALSE(panel->loadCatalogFile(kCostData + QStringLiteral("/bad-syntax.json"), &error));
    CHECK(error.contains(QStringLiteral("bad-syntax.json:6:5: error:")));
    CHECK(panel->totalText() == before);

    // A good file replaces the figures it names, is marked, and is remembered.
    const QString good = kCostData + QStringLiteral("/override-good.json");
    REQUIRE(panel->loadCatalogFile(good, &error));
    REQUIRE(waitForEstimate(panel));
    CHECK_FALSE(errorLabel->isVisible());
    const double total = 2298.23 - 153.30 - 263.53 + 0.19 * 730 + 0.33 * 730;
    // The user's figure for the ExpressRoute gateway is no estimate any more: nothing is marked.
    CHECK(panel->totalText().startsWith(QStringLiteral("%1 USD a month").arg(views::money(total))));
    CHECK(rowText(panel->tableModel(), 1).contains(QStringLiteral("| your catalog's figure |")));
    CHECK(panel->catalogText().contains(QStringLiteral("override-good.json")));
    CHECK(QSettings().value(QStringLiteral("cost/catalogFile")).toString() == QFileInfo(good).absoluteFilePath());

    {
        // The next start uses the remembered catalog.
        designer::DesignerWindow next;
        REQUIRE(next.openFile(kExample));
        REQUIRE(waitForEstimate(next.costPanel()));
        CHECK(next.costPanel()->catalogFile() == QFileInfo(good).absoluteFilePath());
        CHECK(next.costPanel()->totalText() == panel->totalText());
    }

    panel->useBundledCatalog();
    REQUIRE(waitForEstimate(panel));
    CHECK(panel->totalText() == before);
    CHECK_FALSE(QSettings().contains(QStringLiteral("cost/catalogFile")));
}

TEST_CASE("Not-priced items are listed with their reason, never as zero", "[views][cost]")
{
    CostSettingsGuard settings;
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kExample));
    views::CostPanel *panel = window.costPanel();
    REQUIRE(waitForEstimate(panel));

    // A VM size the catalog does not carry: the NVA's VM hours cannot be priced.
    Resource nva;
    nva.id = Id("nva1");
    nva.name = "NVA";
    NetworkVirtualAppliance appliance;
    appliance.vmSize = "Standard_Z99";
    appliance.subnet = Id("hub-fw-subnet");
    nva.properties = appliance;
    window.document()->addResources({nva}, {}, QStringLiteral("Add NVA"));
    REQUIRE(waitForEstimate(panel));
    const QStringList rows = tableRows(panel->tableModel());
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    CHECK(std::any_of(rows.begin(), rows.end(), [](const QString &r) {
        return r
               == QStringLiteral("NVA | NVA VMs: 1 x Standard_Z99 | not priced |  | the catalog has no item "
                                 "vm.Standard_Z99.linux | not in the total | Network virtual appliances");
    }));
    CHECK_FALSE(std::any_of(rows.begin(), rows.end(), [](const QString &r) {
        return r.startsWith(QStringLiteral("NVA")) && r.contains(QStringLiteral("| 0.00 |"));
    }));
    CHECK(panel->totalText().startsWith(QStringLiteral("\u2248 2,298.23 USD a month")));
}

TEST_CASE("Compare Alternatives shows the example's three variants side by side", "[views][cost]")
{
    CostSettingsGuard settings;
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kExample));
    QStringList variants
            = QDir(QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples"))
                      .entryList({QStringLiteral("hub-spoke-p2s-er-*.spokewise.json")}, QDir::Files, QDir::Name);
    REQUIRE(variants.size() == 2);
    for (QString &v : variants)
        v.prepend(QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples/"));

    views::AlternativesDialog *dialog = window.costPanel()->openAlternatives();
    QSignalSpy shown(dialog, &views::AlternativesDialog::comparisonShown);
    CHECK(dialog->addFiles(variants + QStringList{kCostData + QStringLiteral("/bad-syntax.json")}) == 2);
    CHECK(dialog->errorText().contains(QStringLiteral("bad-syntax.json:")));
    CHECK(dialog->isAnalysing());
    CHECK(dialog->statusText() == QStringLiteral("Analysing 3 design(s)\u2026"));
    const QDeadlineTimer deadline(120000);
    while (dialog->isAnalysing() && !deadline.hasExpired())
        shown.wait(1000);
    REQUIRE_FALSE(dialog->isAnalysing());

    QTableWidget *costs = dialog->costTable();
    REQUIRE(costs->columnCount() == 3);
    // Column titles are the design names, broken into lines to fit.
    CHECK(costs->horizontalHeaderItem(0)->text().replace(QLatin1Char('\n'), QLatin1Char(' '))
          == QStringLiteral("Hub and spoke with P2S VPN and ExpressRoute"));
    const int totalRow = costs->rowCount() - 3;
    CHECK(costs->verticalHeaderItem(totalRow)->text() == QStringLiteral("Total a month"));
    CHECK(costs->item(totalRow, 0)->text() == QStringLiteral("\u2248 2,298.23 USD"));
    const cost::Comparison *comparison = dialog->comparison();
    REQUIRE(comparison);
    for (int col = 0; col < 3; ++col) {
        const auto &alternative = comparison->alternatives[std::size_t(col)];
        CHECK(costs->item(totalRow, col)->text().endsWith(views::moneyText(alternative.monthlyTotal, "USD")));
    }
    // The variants differ in cost and in which flows work (the Virtual WAN gives P2S <-> ExpressRoute transit).
    CHECK(comparison->alternatives[1].monthlyTotal != comparison->alternatives[0].monthlyTotal);
    CHECK_FALSE(comparison->differences.empty());
    CHECK(dialog->flowTable()->columnCount() == 3);
    CHECK(dialog->flowTable()->rowCount() == 3 + int(comparison->differences.size()));
    dialog->close();
}
