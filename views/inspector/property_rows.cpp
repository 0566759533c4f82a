#include "inspector/property_rows.h"

#include "inspector/property_ref_rows.h"
#include "text/element_text.h"

#include "design/references.h"

namespace spokewise::views {

namespace rows {

QString staleText()
{
    return PropertyTr::tr("This element changed while it was being edited; try again.");
}

QString noneText()
{
    return PropertyTr::tr("(none)");
}

QString elementName(const Design &design, const Id &id)
{
    return elementDisplayName(design, id);
}

std::vector<PropertyChoice> referenceChoices(const Design &design, const RefTargets &targets)
{
    std::vector<PropertyChoice> choices;
    for (const auto &r : design.resources) {
        if (std::find(targets.kinds.begin(), targets.kinds.end(), r.kind()) != targets.kinds.end())
            choices.push_back({QString::fromStdString(r.id.str()), QString::fromStdString(r.name)});
    }
    if (targets.subnets) {
        for (const auto &r : design.resources) {
            if (const auto *vnet = r.as<VirtualNetwork>()) {
                for (const auto &s : vnet->subnets)
                    choices.push_back({QString::fromStdString(s.id.str()), elementDisplayName(design, s.id)});
            }
        }
    }
    if (targets.internet) {
        const Id internet{std::string(kInternetEndpointId)};
        choices.push_back({toQString(kInternetEndpointId), elementDisplayName(design, internet)});
    }
    return choices;
}

std::optional<QString> checkReference(const Design &design, const RefTargets &targets, const QString &id)
{
    const Id target(id.toStdString());
    if (const auto *r = design.find(target)) {
        if (std::find(targets.kinds.begin(), targets.kinds.end(), r->kind()) != targets.kinds.end())
            return std::nullopt;
    } else if (design.findSubnet(target).subnet) {
        if (targets.subnets)
            return std::nullopt;
    } else if (target.str() == kInternetEndpointId) {
        if (targets.internet)
            return std::nullopt;
    } else {
        return refusalText(io::DiagCode::DanglingReference, {id});
    }
    QStringList expected;
    for (const auto kind : targets.kinds)
        expected << enumText(kind);
    if (targets.subnets)
        expected << QStringLiteral("subnet");
    QString actual = QStringLiteral("subnet");
    if (const auto *r = design.find(target))
        actual = enumText(r->kind());
    else if (target.str() == kInternetEndpointId)
        actual = toQString(kInternetEndpointId);
    // WrongReferenceKind's sentence translates the kinds from their file names itself.
    return refusalText(io::DiagCode::WrongReferenceKind, {id, expected.join(QLatin1Char(',')), actual});
}

PropertyRow readOnlyRow(const QString &key, const QString &label,
                        std::function<QString(const Design &, const Resource &)> text,
                        std::function<QString(const Design &, const Resource &)> toolTip)
{
    PropertyRow row;
    row.key = key;
    row.label = label;
    row.editor = EditorKind::ReadOnly;
    row.value = [text](const Design &d, const Resource &r) -> QVariant { return text(d, r); };
    row.toolTip = std::move(toolTip);
    return row;
}

} // namespace rows

using namespace rows;

const Resource *owningResource(const Design &design, const Id &element)
{
    if (const auto *r = design.find(element))
        return r;
    return design.findSubnet(element).virtualNetwork;
}

std::vector<PropertyGroup> propertyGroups(const Design &design, const Id &element)
{
    std::vector<PropertyGroup> groups;
    const auto self = resourceSelf();
    if (const auto *resource = design.find(element)) {
        PropertyGroup general;
        general.key = QStringLiteral("general");
        general.title = PropertyTr::tr("General");
        const auto kind = resource->kind();
        general.rows
                = {readOnlyRow(
                           QStringLiteral("kind"), PropertyTr::tr("Kind"),
                           [kind](const Design &, const Resource &) {
                               QString text = kindDisplayName(kind);
                               if (!text.isEmpty())
                                   text[0] = text[0].toUpper();
                               return text;
                           },
                           [kind](const Design &, const Resource &) { return enumText(kind); }),
                   readOnlyRow(QStringLiteral("id"), PropertyTr::tr("Id"),
                               [](const Design &, const Resource &r) { return QString::fromStdString(r.id.str()); }),
                   textRow(QStringLiteral("name"), PropertyTr::tr("Name"), member(self, &Resource::name), false),
                   textRow(QStringLiteral("notes"), PropertyTr::tr("Notes"), member(self, &Resource::notes), true)};
        groups.push_back(std::move(general));
        appendKindGroups(design, *resource, groups);
        return groups;
    }
    const auto ref = design.findSubnet(element);
    if (!ref.subnet)
        return groups;
    PropertyGroup general;
    general.key = QStringLiteral("general");
    general.title = PropertyTr::tr("General");
    general.rows = {
            readOnlyRow(QStringLiteral("kind"), PropertyTr::tr("Kind"),
                        [](const Design &, const Resource &) { return PropertyTr::tr("Subnet"); }),
            readOnlyRow(QStringLiteral("id"), PropertyTr::tr("Id"),
                        [element](const Design &, const Resource &) { return QString::fromStdString(element.str()); }),
            readOnlyRow(
                    QStringLiteral("virtualNetwork"), PropertyTr::tr("Virtual network"),
                    [](const Design &, const Resource &r) { return QString::fromStdString(r.name); },
                    [](const Design &, const Resource &r) { return QString::fromStdString(r.id.str()); })};
    groups.push_back(std::move(general));
    PropertyGroup subnet;
    subnet.key = QStringLiteral("subnet");
    subnet.title = PropertyTr::tr("Subnet");
    subnet.rows = subnetRows(element, true);
    groups.push_back(std::move(subnet));
    return groups;
}

ListKind elementList(const Design &design, const Id &element)
{
    const auto *r = design.find(element);
    if (!r)
        return ListKind::None;
    switch (r->kind()) {
    case ResourceKind::VirtualNetwork: return ListKind::Subnets;
    case ResourceKind::RouteTable: return ListKind::Routes;
    case ResourceKind::AzureFirewall: return ListKind::NetworkRules;
    case ResourceKind::OnPremisesSite: return ListKind::ConnectionPolicies;
    default: return ListKind::None;
    }
}

namespace {

// "route", "route-2", ... : the first name `taken` does not hold.
template<typename Taken>
std::string freeName(const std::string &base, Taken taken)
{
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const auto name = base + "-" + std::to_string(n);
        if (!taken(name))
            return name;
    }
}

// The first /24 (or the whole space, when smaller) of the address space no subnet uses yet; the
// first address prefix when everything is taken, which the design check then reports.
Prefix freeSubnetPrefix(const VirtualNetwork &vnet)
{
    for (const auto &space : vnet.addressPrefixes) {
        const int length = std::max(space.length(), 24);
        const std::uint64_t step = std::uint64_t{1} << (32 - length);
        for (std::uint64_t start = space.first(); start <= space.last(); start += step) {
            const Prefix candidate(Ipv4Address(static_cast<std::uint32_t>(start)), length);
            const bool used = std::any_of(vnet.subnets.begin(), vnet.subnets.end(),
                                          [&](const Subnet &s) { return s.addressPrefix.overlaps(candidate); });
            if (!used)
                return candidate;
        }
    }
    return vnet.addressPrefixes.empty() ? Prefix() : vnet.addressPrefixes.front();
}

} // namespace

std::optional<Resource> withNewListItem(const Design &design, const Resource &resource, ListKind list, QString *whyNot)
{
    Resource r = resource;
    switch (list) {
    case ListKind::None: return std::nullopt;
    case ListKind::Subnets: {
        auto &vnet = *r.as<VirtualNetwork>();
        Subnet s;
        s.id = uniqueId(design, resource.id.str() + "-subnet");
        s.name = freeName("subnet", [&](const std::string &n) {
            return std::any_of(vnet.subnets.begin(), vnet.subnets.end(), [&](const Subnet &x) { return x.name == n; });
        });
        s.addressPrefix = freeSubnetPrefix(vnet);
        vnet.subnets.push_back(std::move(s));
        return r;
    }
    case ListKind::Routes: {
        auto &routes = r.as<RouteTable>()->routes;
        Route route;
        route.name = freeName("route", [&](const std::string &n) {
            return std::any_of(routes.begin(), routes.end(), [&](const Route &x) { return x.name == n; });
        });
        // Azure's own default route: adding it changes nothing until the user edits it.
        route.addressPrefix = Prefix();
        route.nextHopType = NextHopType::Internet;
        routes.push_back(std::move(route));
        return r;
    }
    case ListKind::NetworkRules: {
        auto &rules = r.as<AzureFirewall>()->networkRules;
        NetworkRule rule;
        rule.name = freeName("rule", [&](const std::string &n) {
            return std::any_of(rules.begin(), rules.end(), [&](const NetworkRule &x) { return x.name == n; });
        });
        rules.push_back(std::move(rule));
        return r;
    }
    case ListKind::ConnectionPolicies: {
        auto &policies = r.as<OnPremisesSite>()->connectionPolicies;
        for (const auto &other : design.resources) {
            const auto *s2s = other.as<SiteToSiteConnection>();
            const auto *cs = other.as<CircuitSiteConnection>();
            if (!(s2s && s2s->site == r.id) && !(cs && cs->site == r.id))
                continue;
            const bool hasPolicy = std::any_of(policies.begin(), policies.end(),
                                               [&](const SiteConnectionPolicy &p) { return p.connection == other.id; });
            if (hasPolicy)
                continue;
            SiteConnectionPolicy policy;
            policy.connection = other.id;
            policies.push_back(std::move(policy));
            return r;
        }
        if (whyNot)
            *whyNot = PropertyTr::tr("Every connection of %1 already has a policy; connect the site to a gateway or "
                                     "circuit first.")
                              .arg(QString::fromStdString(r.name));
        return std::nullopt;
    }
    }
    return std::nullopt;
}

std::optional<Resource> withoutListItem(const Resource &resource, ListKind list, int index)
{
    Resource r = resource;
    const auto eraseAt = [index](auto &items) {
        if (index < 0 || static_cast<std::size_t>(index) >= items.size())
            return false;
        items.erase(items.begin() + index);
        return true;
    };
    bool erased = false;
    switch (list) {
    case ListKind::None:
    case ListKind::Subnets: return std::nullopt;
    case ListKind::Routes: erased = r.as<RouteTable>() && eraseAt(r.as<RouteTable>()->routes); break;
    case ListKind::NetworkRules: erased = r.as<AzureFirewall>() && eraseAt(r.as<AzureFirewall>()->networkRules); break;
    case ListKind::ConnectionPolicies:
        erased = r.as<OnPremisesSite>() && eraseAt(r.as<OnPremisesSite>()->connectionPolicies);
        break;
    }
    return erased ? std::optional<Resource>(std::move(r)) : std::nullopt;
}

} // namespace spokewise::views
