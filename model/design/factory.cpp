#include "design/factory.h"

#include "design/references.h"

namespace spokewise {

namespace {

Prefix prefix(const char *text)
{
    return *Prefix::parse(text).prefix;
}

// Every prefix the design already uses for networks: VNets, hubs, sites, P2S pools.
std::vector<Prefix> usedSpace(const Design &design)
{
    std::vector<Prefix> used;
    const auto add = [&](const std::vector<Prefix> &list) { used.insert(used.end(), list.begin(), list.end()); };
    for (const auto &r : design.resources) {
        if (const auto *v = r.as<VirtualNetwork>())
            add(v->addressPrefixes);
        else if (const auto *s = r.as<OnPremisesSite>())
            add(s->addressPrefixes);
        else if (const auto *h = r.as<VirtualHub>()) {
            used.push_back(h->addressPrefix);
            if (h->p2sVpnGateway)
                add(h->p2sVpnGateway->vpnClientAddressPool);
        } else if (const auto *g = r.as<VpnGateway>(); g && g->vpnClientConfiguration)
            add(g->vpnClientConfiguration->vpnClientAddressPool);
    }
    return used;
}

std::optional<Prefix> freeIn(const Design &design, const char *within, int length)
{
    return firstFreePrefix(prefix(within), length, usedSpace(design));
}

const Resource *vnetFor(const Design &design, const std::optional<Id> &target)
{
    if (!target)
        return nullptr;
    if (const auto *r = design.find(*target)) {
        if (r->as<VirtualNetwork>())
            return r;
        // Dropped on something inside a VNet (a gateway, firewall, Route Server, NVA): that VNet.
        std::optional<Id> host;
        if (const auto *g = r->as<VpnGateway>())
            host = g->virtualNetwork;
        else if (const auto *e = r->as<ExpressRouteGateway>())
            host = e->virtualNetwork;
        else if (const auto *s = r->as<RouteServer>())
            host = s->virtualNetwork;
        else if (const auto *f = r->as<AzureFirewall>())
            host = f->virtualNetwork;
        else if (const auto *n = r->as<NetworkVirtualAppliance>())
            return design.findSubnet(n->subnet).virtualNetwork;
        return host ? design.find(*host) : nullptr;
    }
    return design.findSubnet(*target).virtualNetwork;
}

std::string region(const Design &design)
{
    for (const auto &r : design.resources) {
        if (const auto *v = r.as<VirtualNetwork>())
            return v->region;
    }
    return "westeurope";
}

// Finds the special subnet in a VNet, or adds it to `vnet` (a copy) with the first free prefix.
std::optional<Subnet> ensureSubnet(const Design &design, Resource &vnet, std::string_view name, int length,
                                   bool &added)
{
    auto &v = *vnet.as<VirtualNetwork>();
    for (const auto &s : v.subnets) {
        if (s.name == name)
            return s;
    }
    std::vector<Prefix> taken;
    for (const auto &s : v.subnets)
        taken.push_back(s.addressPrefix);
    for (const auto &space : v.addressPrefixes) {
        if (const auto p = firstFreePrefix(space, length, taken)) {
            std::string base = vnet.id.str() + "-" + std::string(name);
            for (auto &c : base)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            Subnet s{uniqueId(design, base), std::string(name), *p, std::nullopt, ""};
            v.subnets.push_back(s);
            added = true;
            return s;
        }
    }
    return std::nullopt;
}

template<typename T>
bool vnetHas(const Design &design, const Id &vnet)
{
    for (const auto &r : design.resources) {
        if (const auto *p = r.as<T>(); p && p->virtualNetwork == vnet)
            return true;
    }
    return false;
}

Resource make(const Design &design, const std::string &idBase, const std::string &name, ResourceProperties p)
{
    return {uniqueId(design, idBase), uniqueName(design, name), "", std::move(p)};
}

} // namespace

std::optional<Prefix> firstFreePrefix(const Prefix &within, int length, const std::vector<Prefix> &taken)
{
    if (length < within.length() || length > 32)
        return std::nullopt;
    const std::uint64_t step = std::uint64_t{1} << (32 - length);
    for (std::uint64_t a = within.first(); a <= within.last(); a += step) {
        const Prefix candidate(Ipv4Address(static_cast<std::uint32_t>(a)), length);
        bool free = true;
        for (const auto &t : taken)
            free = free && !t.overlaps(candidate);
        if (free)
            return candidate;
    }
    return std::nullopt;
}

PlacementEdit placeElement(const Design &design, PaletteKind kind, const std::optional<Id> &target)
{
    PlacementEdit edit;
    const auto refuse = [&](PlacementRefusal r) {
        edit.refusal = r;
        return edit;
    };
    const Resource *vnet = vnetFor(design, target);

    // Elements that live inside a VNet, in a special subnet the drop adds when it is missing.
    const auto inSpecialSubnet = [&](std::string_view subnetName, int length, auto &&build) {
        if (!vnet)
            return refuse(PlacementRefusal::NeedsVirtualNetwork);
        Resource changedVnet = *vnet;
        bool subnetAdded = false;
        const auto subnet = ensureSubnet(design, changedVnet, subnetName, length, subnetAdded);
        if (!subnet)
            return refuse(PlacementRefusal::NoFreeAddressSpace);
        if (subnetAdded)
            edit.changed.push_back(changedVnet);
        edit.added.push_back(build(*subnet));
        edit.placedId = edit.added.front().id;
        return edit;
    };

    switch (kind) {
    case PaletteKind::VirtualNetwork: {
        const auto space = freeIn(design, "10.0.0.0/8", 16);
        if (!space)
            return refuse(PlacementRefusal::NoFreeAddressSpace);
        VirtualNetwork v{region(design), {*space}, {}};
        Resource r = make(design, "vnet", "VNet", v);
        r.as<VirtualNetwork>()->subnets.push_back(
            {uniqueId(design, r.id.str() + "-default", {r.id}), "default", Prefix(space->address(), 24), std::nullopt, ""});
        edit.placedId = r.id;
        edit.topLevel = true;
        edit.added.push_back(std::move(r));
        return edit;
    }
    case PaletteKind::Subnet: {
        if (!vnet)
            return refuse(PlacementRefusal::NeedsVirtualNetwork);
        Resource changedVnet = *vnet;
        auto &v = *changedVnet.as<VirtualNetwork>();
        std::vector<Prefix> taken;
        for (const auto &s : v.subnets)
            taken.push_back(s.addressPrefix);
        for (const auto &space : v.addressPrefixes) {
            for (int length : {24, 26, 27, 28, 29}) {
                if (length < space.length())
                    continue;
                if (const auto p = firstFreePrefix(space, length, taken)) {
                    std::set<std::string> names;
                    for (const auto &s : v.subnets)
                        names.insert(s.name);
                    std::string name = "subnet";
                    for (int n = 2; names.count(name); ++n)
                        name = "subnet" + std::to_string(n);
                    Subnet s{uniqueId(design, vnet->id.str() + "-" + name), name, *p, std::nullopt, ""};
                    edit.placedId = s.id;
                    v.subnets.push_back(std::move(s));
                    edit.changed.push_back(changedVnet);
                    return edit;
                }
            }
        }
        return refuse(PlacementRefusal::NoFreeAddressSpace);
    }
    case PaletteKind::VpnGateway:
        if (vnet && vnetHas<VpnGateway>(design, vnet->id))
            return refuse(PlacementRefusal::AlreadyHasGateway);
        return inSpecialSubnet(kGatewaySubnet, 27, [&](const Subnet &) {
            VpnGateway g;
            g.virtualNetwork = vnet->id;
            return make(design, vnet->id.str() + "-vpngw", vnet->name + " VPN gateway", g);
        });
    case PaletteKind::ExpressRouteGateway:
        if (vnet && vnetHas<ExpressRouteGateway>(design, vnet->id))
            return refuse(PlacementRefusal::AlreadyHasGateway);
        return inSpecialSubnet(kGatewaySubnet, 27, [&](const Subnet &) {
            ExpressRouteGateway g;
            g.virtualNetwork = vnet->id;
            return make(design, vnet->id.str() + "-ergw", vnet->name + " ExpressRoute gateway", g);
        });
    case PaletteKind::RouteServer:
        if (vnet && vnetHas<RouteServer>(design, vnet->id))
            return refuse(PlacementRefusal::AlreadyHasGateway);
        return inSpecialSubnet(kRouteServerSubnet, 26, [&](const Subnet &) {
            RouteServer s;
            s.virtualNetwork = vnet->id;
            return make(design, vnet->id.str() + "-rs", vnet->name + " Route Server", s);
        });
    case PaletteKind::AzureFirewall: {
        if (target) {
            if (const auto *hub = design.find(*target); hub && hub->as<VirtualHub>()) {
                AzureFirewall f;
                f.virtualHub = hub->id;
                edit.added.push_back(make(design, hub->id.str() + "-fw", hub->name + " firewall", f));
                edit.placedId = edit.added.front().id;
                return edit;
            }
        }
        return inSpecialSubnet(kAzureFirewallSubnet, 26, [&](const Subnet &subnet) {
            AzureFirewall f;
            f.virtualNetwork = vnet->id;
            f.privateIpAddress = Ipv4Address(subnet.addressPrefix.first() + 4);
            return make(design, vnet->id.str() + "-fw", vnet->name + " firewall", f);
        });
    }
    case PaletteKind::NetworkVirtualAppliance: {
        if (!target)
            return refuse(PlacementRefusal::NeedsSubnet);
        auto ref = design.findSubnet(*target);
        if (!ref.subnet && vnet) {
            for (const auto &s : vnet->as<VirtualNetwork>()->subnets) {
                if (s.name != kGatewaySubnet && s.name != kAzureFirewallSubnet && s.name != kRouteServerSubnet
                    && s.name != kAzureBastionSubnet && s.name != kAzureFirewallManagementSubnet) {
                    ref = {vnet, &s};
                    break;
                }
            }
        }
        if (!ref.subnet)
            return refuse(PlacementRefusal::NeedsSubnet);
        NetworkVirtualAppliance n;
        n.subnet = ref.subnet->id;
        n.privateIpAddress = Ipv4Address(ref.subnet->addressPrefix.first() + 4);
        edit.added.push_back(make(design, "nva", "NVA", n));
        edit.placedId = edit.added.front().id;
        return edit;
    }
    case PaletteKind::ExpressRouteCircuit: {
        ExpressRouteCircuit c;
        c.peeringLocation = "Amsterdam";
        edit.added.push_back(make(design, "circuit", "ExpressRoute circuit", c));
        break;
    }
    case PaletteKind::OnPremisesSite: {
        const auto space = freeIn(design, "172.16.0.0/12", 16);
        if (!space)
            return refuse(PlacementRefusal::NoFreeAddressSpace);
        OnPremisesSite s;
        s.addressPrefixes = {*space};
        edit.added.push_back(make(design, "site", "On-premises site", s));
        break;
    }
    case PaletteKind::P2sClientGroup: {
        const Resource *gateway = nullptr;
        if (target) {
            const auto *r = design.find(*target);
            if (r && (r->as<VpnGateway>() || (r->as<VirtualHub>() && r->as<VirtualHub>()->p2sVpnGateway)))
                gateway = r;
        }
        if (!gateway) {
            // Dropped elsewhere: the design's only P2S-capable gateway, if there is exactly one.
            for (const auto &r : design.resources) {
                const auto *g = r.as<VpnGateway>();
                if ((g && g->vpnClientConfiguration) || (r.as<VirtualHub>() && r.as<VirtualHub>()->p2sVpnGateway)) {
                    if (gateway)
                        return refuse(PlacementRefusal::NeedsVpnGateway);
                    gateway = &r;
                }
            }
        }
        if (!gateway)
            return refuse(PlacementRefusal::NeedsVpnGateway);
        P2sClientGroup g;
        g.users = 50;
        if (const auto *vpn = gateway->as<VpnGateway>()) {
            g.vpnGateway = gateway->id;
            if (!vpn->vpnClientConfiguration) {
                const auto pool = freeIn(design, "172.16.0.0/12", 24);
                if (!pool)
                    return refuse(PlacementRefusal::NoFreeAddressSpace);
                Resource changed = *gateway;
                changed.as<VpnGateway>()->vpnClientConfiguration =
                    VpnClientConfiguration{{*pool}, {VpnClientProtocol::OpenVPN, VpnClientProtocol::IkeV2},
                                           {VpnAuthenticationType::Certificate}, {}};
                edit.changed.push_back(std::move(changed));
            }
        } else {
            g.virtualHub = gateway->id;
        }
        edit.added.push_back(make(design, "users", "Remote users", g));
        break;
    }
    case PaletteKind::VirtualHub: {
        const auto space = freeIn(design, "10.0.0.0/8", 23);
        if (!space)
            return refuse(PlacementRefusal::NoFreeAddressSpace);
        Id wanId;
        for (const auto &r : design.resources) {
            if (r.as<VirtualWan>()) {
                wanId = r.id;
                break;
            }
        }
        VirtualHub h;
        h.region = region(design);
        h.addressPrefix = *space;
        Resource wan;
        if (wanId.empty()) {
            wan = make(design, "wan", "Virtual WAN", VirtualWan{});
            wanId = wan.id;
        }
        h.virtualWan = wanId;
        edit.added.push_back(make(design, "hub", "Virtual hub", h));
        if (!wan.id.empty())
            edit.added.push_back(std::move(wan));
        break;
    }
    case PaletteKind::RouteTable: {
        Resource table = make(design, "rt", "Route table", RouteTable{});
        if (target) {
            if (const auto ref = design.findSubnet(*target); ref.subnet && !ref.subnet->routeTable) {
                Resource changed = *ref.virtualNetwork;
                for (auto &s : changed.as<VirtualNetwork>()->subnets) {
                    if (s.id == *target)
                        s.routeTable = table.id;
                }
                edit.changed.push_back(std::move(changed));
            }
        }
        edit.added.push_back(std::move(table));
        break;
    }
    }
    edit.placedId = edit.added.front().id;
    edit.topLevel = true;
    return edit;
}

} // namespace spokewise
