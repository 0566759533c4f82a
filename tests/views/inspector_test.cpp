// The properties panel: its model adapts every kind of element, every edit goes through the
// Document as one undo step (typing merges), and bad values are refused with the reason while the
// design and the undo stack stay untouched.
#include "document/document.h"
#include "inspector/properties_panel.h"
#include "inspector/property_model.h"

#include "io/design_file.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <filesystem>
#include <memory>
#include <set>

using namespace spokewise;
using namespace spokewise::views;

namespace {

QString dataFile(const char *relative)
{
    return QString::fromStdString((std::filesystem::path(SPOKEWISE_TEST_DATA_DIR) / relative).string());
}

void loadEveryKind(Document &document)
{
    REQUIRE(document.load(dataFile("valid/every-kind.spokewise.json")).empty());
}

// The value cell of the row with this key ("routes.0.addressPrefix"), or an invalid index.
QModelIndex valueIndex(const PropertyModel &model, const QString &key)
{
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        for (int r = 0; r < model.rowCount(group); ++r) {
            const QModelIndex value = model.index(r, PropertyModel::ValueColumn, group);
            if (value.data(PropertyModel::KeyRole).toString() == key)
                return value;
        }
    }
    return {};
}

QStringList groupTitles(const PropertyModel &model)
{
    QStringList titles;
    for (int g = 0; g < model.rowCount(); ++g)
        titles << model.index(g, 0).data().toString();
    return titles;
}

std::string saved(const Document &document)
{
    return io::serializeDesign(document.design());
}

// Sets a value that must be refused: nothing changes, nothing is pushed, the reason is told.
void checkRefused(Document &document, PropertyModel &model, const QString &element, const QString &key,
                  const QVariant &value, const QString &reason)
{
    model.setElement(element);
    const QModelIndex index = valueIndex(model, key);
    REQUIRE(index.isValid());
    const auto before = saved(document);
    const int steps = document.undoStack()->count();
    QSignalSpy refused(&model, &PropertyModel::valueRefused);
    CHECK_FALSE(model.setData(index, value, Qt::EditRole));
    CHECK(saved(document) == before);
    CHECK(document.undoStack()->count() == steps);
    REQUIRE(refused.count() == 1);
    CHECK(refused.at(0).at(0).toString() == reason);
    CHECK(model.lastRefusal() == reason);
}

} // namespace

TEST_CASE("the property model adapts every kind of element", "[inspector][model]")
{
    Document document;
    loadEveryKind(document);
    PropertyModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    std::set<ResourceKind> kinds;
    std::vector<Id> elements;
    for (const auto &r : document.design().resources) {
        elements.push_back(r.id);
        kinds.insert(r.kind());
        if (const auto *vnet = r.as<VirtualNetwork>()) {
            for (const auto &s : vnet->subnets)
                elements.push_back(s.id);
        }
    }
    CHECK(kinds.size() == std::variant_size_v<ResourceProperties>);

    for (const auto &id : elements) {
        const QString element = toQString(id);
        INFO(element.toStdString());
        model.setElement(element);
        REQUIRE(model.hasElement());
        CHECK(model.index(0, 0).data().toString() == QStringLiteral("General"));
        CHECK_FALSE(model.elementName().isEmpty());
        // Every property row says which editor it wants, and editable rows have a value to edit.
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            CHECK(model.rowCount(group) > 0);
            for (int r = 0; r < model.rowCount(group); ++r) {
                const QModelIndex value = model.index(r, PropertyModel::ValueColumn, group);
                CHECK_FALSE(model.index(r, 0, group).data().toString().isEmpty());
                const auto editor = static_cast<EditorKind>(value.data(PropertyModel::EditorRole).toInt());
                if (editor == EditorKind::Choice)
                    CHECK_FALSE(value.data(PropertyModel::ChoiceValuesRole).toStringList().isEmpty());
                if (editor == EditorKind::Bool)
                    CHECK(value.data(Qt::CheckStateRole).isValid());
            }
        }
    }

    model.setElement({});
    CHECK_FALSE(model.hasElement());
    CHECK(model.rowCount() == 0);
    model.setElement(QStringLiteral("no-such-element"));
    CHECK_FALSE(model.hasElement());
}

TEST_CASE("the property model shows values as a user reads them", "[inspector][model]")
{
    Document document;
    loadEveryKind(document);
    PropertyModel model(&document);

    model.setElement(QStringLiteral("vpngw"));
    const QModelIndex vnet = valueIndex(model, QStringLiteral("virtualNetwork"));
    CHECK(vnet.data().toString() == QStringLiteral("Hub"));
    CHECK(vnet.data(Qt::ToolTipRole).toString() == QStringLiteral("hub"));
    CHECK(valueIndex(model, QStringLiteral("sku")).data().toString() == QStringLiteral("VpnGw2AZ"));
    CHECK(valueIndex(model, QStringLiteral("sku")).data(PropertyModel::ChoiceValuesRole).toStringList().first()
          == QStringLiteral("Basic"));
    CHECK(valueIndex(model, QStringLiteral("activeActive")).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(valueIndex(model, QStringLiteral("vpnClientProtocols")).data().toString()
          == QStringLiteral("OpenVPN, IkeV2"));

    model.setElement(QStringLiteral("spoke"));
    CHECK(valueIndex(model, QStringLiteral("addressPrefixes")).data().toString()
          == QStringLiteral("10.1.0.0/16, 10.2.0.0/16"));
    CHECK(valueIndex(model, QStringLiteral("subnets.spoke-app.routeTable")).data().toString()
          == QStringLiteral("Spoke routes"));

    model.setElement(QStringLiteral("peer"));
    CHECK(groupTitles(model)
          == QStringList{QStringLiteral("General"), QStringLiteral("Peering side: Hub"),
                         QStringLiteral("Peering side: Spoke")});

    model.setElement(QStringLiteral("rt-spoke"));
    CHECK(groupTitles(model).mid(1)
          == QStringList{QStringLiteral("Properties"), QStringLiteral("Route: default"),
                         QStringLiteral("Route: blackhole")});
    CHECK(valueIndex(model, QStringLiteral("routes.0.nextHopIpAddress")).data().toString()
          == QStringLiteral("10.0.1.4"));
    CHECK(valueIndex(model, QStringLiteral("routes.1.nextHopIpAddress")).data().toString() == QStringLiteral("(none)"));

    model.setElement(QStringLiteral("must"));
    CHECK(valueIndex(model, QStringLiteral("destination")).data().toString() == QStringLiteral("Spoke / app"));
    model.setElement(QStringLiteral("mustnot"));
    CHECK(valueIndex(model, QStringLiteral("destination")).data().toString() == QStringLiteral("Internet"));
}

TEST_CASE("an edit through the model is one undo step; undo and redo walk it", "[inspector][undo]")
{
    Document document;
    loadEveryKind(document);
    PropertyModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    std::vector<std::string> states{saved(document)};
    const auto edit = [&](const char *element, const char *key, const QVariant &value, int role = Qt::EditRole) {
        model.setElement(QString::fromLatin1(element));
        const QModelIndex index = valueIndex(model, QString::fromLatin1(key));
        REQUIRE(index.isValid());
        REQUIRE(model.setData(index, value, role));
        CHECK(saved(document) != states.back());
        states.push_back(saved(document));
        CHECK(document.undoStack()->count() == static_cast<int>(states.size()) - 1);
    };

    edit("rt-spoke", "routes.0.addressPrefix", QStringLiteral("10.8.0.0/16"));
    CHECK(document.design().find(Id("rt-spoke"))->as<RouteTable>()->routes[0].addressPrefix.toString()
          == "10.8.0.0/16");
    CHECK(document.undoStack()->undoText() == QStringLiteral("Change Address prefix of Spoke routes"));
    CHECK(valueIndex(model, QStringLiteral("routes.0.addressPrefix")).data().toString()
          == QStringLiteral("10.8.0.0/16"));

    edit("vpngw", "sku", QStringLiteral("VpnGw3AZ"));
    CHECK(document.design().find(Id("vpngw"))->as<VpnGateway>()->sku == VpnGatewaySku::VpnGw3AZ);

    edit("spoke-app", "subnets.spoke-app.addressPrefix", QStringLiteral("10.2.5.0/24"));
    edit("ergw", "scaleUnits", qint64(40));
    edit("users", "users", QStringLiteral("200"));
    edit("traffic", "gigabytesPerMonth", 750.5);
    edit("fw", "privateIpAddress", QStringLiteral("10.0.1.5"));
    edit("s2s", "vpnGateway", QStringLiteral("vhub")); // one of vpnGateway / virtualHub
    CHECK_FALSE(document.design().find(Id("s2s"))->as<SiteToSiteConnection>()->vpnGateway.has_value());

    for (int i = static_cast<int>(states.size()) - 2; i >= 0; --i) {
        document.undoStack()->undo();
        CHECK(saved(document) == states[static_cast<std::size_t>(i)]);
    }
    for (std::size_t i = 1; i < states.size(); ++i) {
        document.undoStack()->redo();
        CHECK(saved(document) == states[i]);
    }
}

TEST_CASE("a refused value leaves the design and the undo stack alone and says why", "[inspector][refuse]")
{
    Document document;
    loadEveryKind(document);
    PropertyModel model(&document);

    checkRefused(document, model, QStringLiteral("spoke-app"), QStringLiteral("subnets.spoke-app.addressPrefix"),
                 QStringLiteral("10.1.0.1/24"),
                 QStringLiteral("10.1.0.1/24 has host bits set — did you mean 10.1.0.0/24?"));
    checkRefused(document, model, QStringLiteral("spoke"), QStringLiteral("subnets.spoke-app.addressPrefix"),
                 QStringLiteral("10.9.0.0/24"),
                 QStringLiteral("Subnet prefix 10.9.0.0/24 is outside the address space of Spoke."));
    checkRefused(document, model, QStringLiteral("spoke"), QStringLiteral("addressPrefixes"),
                 QStringLiteral("10.2.0.0/16"),
                 QStringLiteral("Subnet prefix 10.1.0.0/24 is outside the address space of Spoke."));
    checkRefused(
            document, model, QStringLiteral("hub"), QStringLiteral("subnets.hub-fw.name"),
            QStringLiteral("GatewaySubnet"),
            QStringLiteral("Two subnets are named “GatewaySubnet”; subnet names must be unique in a virtual network."));
    checkRefused(document, model, QStringLiteral("erconn"), QStringLiteral("routingWeight"), qint64(40000),
                 QStringLiteral("40000 is out of range: it must be between 0 and 32000."));
    checkRefused(document, model, QStringLiteral("ergw"), QStringLiteral("scaleUnits"), qint64(41),
                 QStringLiteral("41 is out of range: it must be between 1 and 40."));
    checkRefused(document, model, QStringLiteral("users"), QStringLiteral("users"), QStringLiteral("many"),
                 QStringLiteral("“many” is not a whole number."));
    checkRefused(document, model, QStringLiteral("vpngw"), QStringLiteral("sku"), QStringLiteral("VpnGw9"),
                 QStringLiteral("“VpnGw9” is not allowed here; use one of: Basic, VpnGw1, VpnGw2, VpnGw3, VpnGw4, "
                                "VpnGw5, VpnGw1AZ, VpnGw2AZ, VpnGw3AZ, VpnGw4AZ, VpnGw5AZ."));
    checkRefused(document, model, QStringLiteral("fw"), QStringLiteral("privateIpAddress"),
                 QStringLiteral("10.0.1.256"),
                 QStringLiteral("“10.0.1.256” is not an IPv4 address; write four numbers 0–255, e.g. 10.0.1.4."));
    checkRefused(document, model, QStringLiteral("circuit"), QStringLiteral("bandwidthInMbps"), qint64(300),
                 QStringLiteral("300 is not allowed here; use one of: 50, 100, 200, 500, 1000, 2000, 5000, 10000."));
    checkRefused(document, model, QStringLiteral("vpngw"), QStringLiteral("virtualNetwork"), QStringLiteral("nowhere"),
                 QStringLiteral("No element of this design has the id “nowhere”."));
    checkRefused(document, model, QStringLiteral("hub"), QStringLiteral("name"), QString(),
                 QStringLiteral("This text must not be empty."));
    checkRefused(document, model, QStringLiteral("rt-spoke"), QStringLiteral("routes.1.nextHopIpAddress"),
                 QStringLiteral("10.0.1.4"),
                 QStringLiteral("Route “blackhole” has next hop type None, which takes no next hop IP address."));

    // The next successful edit clears the refusal.
    QSignalSpy cleared(&model, &PropertyModel::refusalCleared);
    model.setElement(QStringLiteral("erconn"));
    model.setData(valueIndex(model, QStringLiteral("routingWeight")), qint64(100), Qt::EditRole);
    CHECK(model.lastRefusal().isEmpty());
}

TEST_CASE("a peering flag is a checkbox per side", "[inspector][peering]")
{
    Document document;
    loadEveryKind(document);
    PropertyModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setElement(QStringLiteral("peer"));

    const QModelIndex transit = valueIndex(model, QStringLiteral("sides.0.allowGatewayTransit"));
    const QModelIndex access = valueIndex(model, QStringLiteral("sides.1.allowVirtualNetworkAccess"));
    CHECK(transit.flags().testFlag(Qt::ItemIsUserCheckable));
    CHECK_FALSE(transit.flags().testFlag(Qt::ItemIsEditable));
    CHECK(transit.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(access.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);

    const auto before = saved(document);
    REQUIRE(model.setData(transit, Qt::Unchecked, Qt::CheckStateRole));
    REQUIRE(model.setData(access, Qt::Checked, Qt::CheckStateRole));
    const auto &sides = document.design().find(Id("peer"))->as<VirtualNetworkPeering>()->sides;
    CHECK_FALSE(sides[0].allowGatewayTransit);
    CHECK(sides[1].allowVirtualNetworkAccess);
    CHECK(valueIndex(model, QStringLiteral("sides.0.allowGatewayTransit")).data(Qt::CheckStateRole).toInt()
          == Qt::Unchecked);
    // Two clicks, two steps.
    CHECK(document.undoStack()->count() == 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(saved(document) == before);
    CHECK(valueIndex(model, QStringLiteral("sides.0.allowGatewayTransit")).data(Qt::CheckStateRole).toInt()
          == Qt::Checked);
}

TEST_CASE("typing a name in three steps is one undo step", "[inspector][undo]")
{
    Document document;
    loadEveryKind(document);
    PropertyModel model(&document);
    model.setElement(QStringLiteral("spoke"));
    const auto before = saved(document);

    for (const char *typed : {"S", "Sp", "Spoke West"})
        REQUIRE(model.setData(valueIndex(model, QStringLiteral("name")), QString::fromLatin1(typed), Qt::EditRole));
    CHECK(document.undoStack()->count() == 1);
    CHECK(document.design().find(Id("spoke"))->name == "Spoke West");
    CHECK(model.elementName() == QStringLiteral("Spoke West"));

    // Names shown elsewhere follow: the peering's side is titled by the VNet's new name.
    model.setElement(QStringLiteral("peer"));
    CHECK(groupTitles(model).at(2) == QStringLiteral("Peering side: Spoke West"));

    document.undoStack()->undo();
    CHECK(saved(document) == before);
    CHECK(groupTitles(model).at(2) == QStringLiteral("Peering side: Spoke"));
}

TEST_CASE("the model follows the Document: changes, removal, reset", "[inspector][model]")
{
    Document document;
    loadEveryKind(document);
    PropertyModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setElement(QStringLiteral("ergw"));
    CHECK(valueIndex(model, QStringLiteral("scaleUnits")).isValid());
    // Leaving ErGwScale drops the scale units, in the design and in the panel.
    REQUIRE(model.setData(valueIndex(model, QStringLiteral("sku")), QStringLiteral("ErGw1AZ"), Qt::EditRole));
    CHECK_FALSE(valueIndex(model, QStringLiteral("scaleUnits")).isValid());
    CHECK_FALSE(document.design().find(Id("ergw"))->as<ExpressRouteGateway>()->scaleUnits.has_value());
    document.undoStack()->undo();
    CHECK(valueIndex(model, QStringLiteral("scaleUnits")).data().toString() == QStringLiteral("2"));

    // Removing the element empties the model; undo brings it back.
    document.removeElements({Id("ergw")}, QStringLiteral("Remove"));
    CHECK_FALSE(model.hasElement());
    document.undoStack()->undo();
    CHECK(model.hasElement());

    model.setElement(QStringLiteral("hub-nva"));
    Design other;
    other.name = "Empty";
    document.reset(other);
    CHECK_FALSE(model.hasElement());
}

TEST_CASE("the panel adds and removes list items and shows the refusal", "[inspector][panel]")
{
    Document document;
    loadEveryKind(document);
    PropertiesPanel panel(&document);
    panel.resize(420, 640);
    auto *model = panel.model();

    panel.show();
    auto buttons = panel.findChildren<QPushButton *>();
    REQUIRE(buttons.size() == 2);
    QPushButton *add = buttons[0];
    QPushButton *remove = buttons[1];

    panel.setElement(QStringLiteral("rt-spoke"));
    CHECK(add->isVisible());
    CHECK(add->text() == QStringLiteral("Add route"));
    add->click();
    auto routes = document.design().find(Id("rt-spoke"))->as<RouteTable>()->routes;
    REQUIRE(routes.size() == 3);
    CHECK(routes[2].name == "route");
    CHECK(routes[2].nextHopType == NextHopType::Internet);
    CHECK(panel.view()->currentIndex().data().toString() == QStringLiteral("Route: route"));
    CHECK(remove->isEnabled());
    remove->click();
    CHECK(document.design().find(Id("rt-spoke"))->as<RouteTable>()->routes.size() == 2);
    CHECK(document.undoStack()->undoText() == QStringLiteral("Remove route route from Spoke routes"));
    CHECK(document.undoStack()->count() == 2);

    panel.setElement(QStringLiteral("hub"));
    CHECK(add->text() == QStringLiteral("Add subnet"));
    add->click();
    const auto &subnets = document.design().find(Id("hub"))->as<VirtualNetwork>()->subnets;
    REQUIRE(subnets.size() == 5);
    CHECK(subnets[4].name == "subnet");
    CHECK(subnets[4].addressPrefix.toString() == "10.0.4.0/24");
    panel.view()->setCurrentIndex(model->lastListItem());
    remove->click();
    CHECK(document.design().find(Id("hub"))->as<VirtualNetwork>()->subnets.size() == 4);

    // The site's every connection already has a policy: nothing to add, and the button says why.
    panel.setElement(QStringLiteral("site"));
    CHECK_FALSE(add->isEnabled());
    CHECK_FALSE(add->toolTip().isEmpty());

    panel.setElement(QStringLiteral("circuit"));
    CHECK_FALSE(add->isVisible());

    panel.setElement(QStringLiteral("spoke-app"));
    CHECK_FALSE(model->setData(valueIndex(*model, QStringLiteral("subnets.spoke-app.addressPrefix")),
                               QStringLiteral("10.1.0.1/24"), Qt::EditRole));
    CHECK(panel.refusalText() == QStringLiteral("10.1.0.1/24 has host bits set — did you mean 10.1.0.0/24?"));
    REQUIRE(model->setData(valueIndex(*model, QStringLiteral("subnets.spoke-app.addressPrefix")),
                           QStringLiteral("10.1.0.0/25"), Qt::EditRole));
    CHECK(panel.refusalText().isEmpty());

    panel.setElement({});
    CHECK(panel.findChild<QTreeView *>()->isVisible() == false);
}

TEST_CASE("the delegate gives each value a fitting editor", "[inspector][delegate]")
{
    Document document;
    loadEveryKind(document);
    PropertiesPanel panel(&document);
    panel.show();
    auto *model = panel.model();
    auto *delegate = panel.view()->itemDelegate();
    QWidget parent;
    const auto editorFor = [&](const char *element, const char *key) {
        panel.setElement(QString::fromLatin1(element));
        const QModelIndex index = valueIndex(*model, QString::fromLatin1(key));
        REQUIRE(index.isValid());
        QWidget *editor = delegate->createEditor(&parent, QStyleOptionViewItem(), index);
        if (editor)
            delegate->setEditorData(editor, index);
        return std::pair{std::unique_ptr<QWidget>(editor), index};
    };

    {
        auto [editor, index] = editorFor("vpngw", "sku");
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        REQUIRE(combo);
        CHECK(combo->count() == 11);
        CHECK(combo->itemText(0) == QStringLiteral("Basic"));
        CHECK(combo->currentText() == QStringLiteral("VpnGw2AZ"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("VpnGw5AZ")));
        delegate->setModelData(combo, model, index);
        CHECK(document.design().find(Id("vpngw"))->as<VpnGateway>()->sku == VpnGatewaySku::VpnGw5AZ);
    }
    {
        auto [editor, index] = editorFor("vpngw", "virtualNetwork");
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        REQUIRE(combo);
        CHECK(combo->currentText() == QStringLiteral("Hub")); // by name; the id is the item's data
        CHECK(combo->currentData().toString() == QStringLiteral("hub"));
    }
    {
        auto [editor, index] = editorFor("erconn", "routingWeight");
        auto *spin = qobject_cast<QSpinBox *>(editor.get());
        REQUIRE(spin);
        CHECK(spin->minimum() == 0);
        CHECK(spin->maximum() == 32000);
        CHECK(spin->value() == 10);
    }
    {
        auto [editor, index] = editorFor("spoke-app", "subnets.spoke-app.addressPrefix");
        auto *edit = qobject_cast<QLineEdit *>(editor.get());
        REQUIRE(edit);
        CHECK(edit->text() == QStringLiteral("10.1.0.0/24"));
        // Host bits can be typed; the model refuses the final value and the panel says why.
        QTest::keyClicks(edit, QStringLiteral("x"));
        CHECK(edit->text() == QStringLiteral("10.1.0.0/24")); // letters cannot be typed
        edit->setText(QStringLiteral("10.1.0.1/24"));
        CHECK(edit->hasAcceptableInput());
        delegate->setModelData(edit, model, index);
        CHECK(document.design().findSubnet(Id("spoke-app")).subnet->addressPrefix.toString() == "10.1.0.0/24");
        CHECK(panel.refusalText() == QStringLiteral("10.1.0.1/24 has host bits set — did you mean 10.1.0.0/24?"));
    }
    {
        auto [editor, index] = editorFor("peer", "sides.0.allowGatewayTransit");
        CHECK(editor == nullptr); // a checkbox: the model's CheckStateRole
        auto [kind, kindIndex] = editorFor("peer", "kind");
        CHECK(kind == nullptr);
        CHECK_FALSE(kindIndex.flags().testFlag(Qt::ItemIsEditable));
    }
}

TEST_CASE("the panel renders a VNet and a peering", "[inspector][panel][render]")
{
    Document document;
    loadEveryKind(document);
    PropertiesPanel panel(&document);
    panel.resize(440, 720);
    panel.show();
    // SPOKEWISE_RENDER_DIR=dir keeps the pictures for a look (docs/images/properties-panel.png).
    const QString dir = qEnvironmentVariable("SPOKEWISE_RENDER_DIR");
    const auto render = [&](const QString &name) {
        const QImage image = panel.grab().toImage();
        CHECK_FALSE(image.isNull());
        if (!dir.isEmpty())
            CHECK(image.save(QDir(dir).filePath(QStringLiteral("properties-%1.png").arg(name))));
    };
    for (const char *element : {"hub", "peer", "rt-spoke", "vpngw", "site", "vhub", "spoke-app"}) {
        panel.setElement(QString::fromLatin1(element));
        render(QString::fromLatin1(element));
    }

    // A refused value, in the light and the dark palette.
    panel.setElement(QStringLiteral("hub"));
    auto *model = panel.model();
    model->setData(valueIndex(*model, QStringLiteral("subnets.hub-nva.addressPrefix")), QStringLiteral("10.0.3.1/24"),
                   Qt::EditRole);
    CHECK_FALSE(panel.refusalText().isEmpty());
    render(QStringLiteral("refused"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    panel.setPalette(dark);
    render(QStringLiteral("refused-dark"));

    // An editor open on the VPN gateway's SKU.
    panel.setPalette(QPalette());
    panel.setElement(QStringLiteral("vpngw"));
    panel.view()->edit(valueIndex(*model, QStringLiteral("sku")));
    render(QStringLiteral("editing"));
}
