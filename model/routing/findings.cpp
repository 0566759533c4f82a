// Findings: the checks of ROUTING.md §8 that a design can express, and intents against the matrix.

#include "routing/control_plane.h"
#include "routing/data_plane.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <set>

namespace spokewise::routing::detail {

namespace {

class Collector final
{
public:
    explicit Collector(Engine &e) : m_e(e) {}

    void add(RuleRef check, Severity sev, std::string code, std::vector<Id> elements, std::vector<std::string> args = {})
    {
        Finding f{check, sev, std::move(code), std::move(elements), std::move(args)};
        if (std::find(m_e.findings.begin(), m_e.findings.end(), f) == m_e.findings.end())
            m_e.findings.push_back(std::move(f));
    }

private:
    Engine &m_e;
};

bool reservedAsn(std::uint32_t asn)
{
    static const std::uint32_t azure[] = {8074, 8075, 8076, 12076, 65515, 65517, 65518, 65519, 65520, 23456};
    if (std::find(std::begin(azure), std::end(azure), asn) != std::end(azure))
        return true;
    return (asn >= 64496 && asn <= 64511) || (asn >= 65535 && asn <= 65551) || asn == 4294967295u;
}

void peeringChecks(Engine &e, Collector &c)
{
    for (const VnetNode &v : e.vnets) {
        int useRemote = 0;
        const Id vid = e.idOf(v.res);
        for (int li : v.links) {
            const PeerLink &l = e.links[static_cast<std::size_t>(li)];
            const Id pid = e.idOf(l.peering);
            const VnetNode &peer = e.vnets[static_cast<std::size_t>(l.peer)];
            if (l.selfSide->peeringState != PeeringState::Connected)
                c.add(rule("M-9"), Severity::Error, "peering-not-connected", {pid, vid},
                      {std::string(enumName(l.selfSide->peeringState))});
            if (l.selfSide->peeringSyncLevel != PeeringSyncLevel::FullyInSync)
                c.add(rule("M-9"), Severity::Error, "peering-not-in-sync", {pid, vid},
                      {std::string(enumName(l.selfSide->peeringSyncLevel))});
            for (const Prefix &a : v.vnet->addressPrefixes) {
                for (const Prefix &b : peer.vnet->addressPrefixes) {
                    if (a.overlaps(b) && v.res < peer.res)
                        c.add(rule("M-1"), Severity::Error, "peered-address-overlap", {pid, vid, e.idOf(peer.res)},
                              {a.toString(), b.toString()});
                }
            }
            if (!l.selfSide->useRemoteGateways)
                continue;
            ++useRemote;
            if (v.vpnGw != kNone || v.erGw != kNone)
                c.add(rule("M-8"), Severity::Error, "use-remote-gateways-with-own-gateway", {pid, vid});
            if (!l.peerSide->allowGatewayTransit)
                c.add(rule("M-8"), Severity::Error, "use-remote-gateways-without-transit", {pid, vid, e.idOf(peer.res)});
            if (peer.vpnGw == kNone && peer.erGw == kNone && peer.routeServer == kNone)
                c.add(rule("M-8"), Severity::Error, "use-remote-gateways-without-remote-gateway", {pid, vid, e.idOf(peer.res)});
        }
        if (useRemote > 1)
            c.add(rule("M-8"), Severity::Error, "use-remote-gateways-on-several-peerings", {vid});
        if (v.hub != kNone && (v.vpnGw != kNone || v.erGw != kNone))
            c.add(rule("M-25"), Severity::Error, "hub-spoke-with-own-gateway", {vid});
        if (v.hub != kNone && v.routeServer != kNone)
            c.add(rule("M-24"), Severity::Error, "route-server-in-hub-spoke", {vid, e.idOf(v.routeServer)});
    }
}

// M-10: an appliance that UDRs send traffic to forwards into peers whose link refuses forwarded
// traffic (documented drop; enforcement disputed, §10-D).
void forwardingChecks(Engine &e, Collector &c)
{
    std::vector<bool> used(e.appliances.size(), false);
    for (const SubnetTable &t : e.tables) {
        for (const Rt &r : t.set.routes) {
            if (r.e.origin == RouteOrigin::User && r.tk == Tk::Appliance && r.target != kNone)
                used[static_cast<std::size_t>(r.target)] = true;
        }
    }
    const bool portal = e.design.assumptions.peeringFlagDirection == PeeringFlagDirection::Portal;
    for (std::size_t a = 0; a < e.appliances.size(); ++a) {
        const ApplianceNode &ap = e.appliances[a];
        if (!used[a] || ap.vnet == kNone)
            continue;
        for (int li : e.vnets[static_cast<std::size_t>(ap.vnet)].links) {
            const PeerLink &l = e.links[static_cast<std::size_t>(li)];
            const bool allowed = portal ? l.peerSide->allowForwardedTraffic : l.selfSide->allowForwardedTraffic;
            if (l.connected && !allowed)
                c.add(rule("M-10"), Severity::Warning, "forwarded-traffic-refused",
                      {e.idOf(l.peering), e.idOf(e.vnets[static_cast<std::size_t>(l.peer)].res), e.idOf(ap.res)});
        }
    }
}

void subnetChecks(Engine &e, Collector &c)
{
    for (const SubnetNode &s : e.subnets) {
        const VnetNode &v = e.vnets[static_cast<std::size_t>(s.vnet)];
        const RouteTable *rt = s.routeTable == kNone ? nullptr : e.resource(s.routeTable).as<RouteTable>();
        if (s.subnet->name == kGatewaySubnet && rt) {
            if (rt->disableBgpRoutePropagation)
                c.add(rule("M-4"), Severity::Error, "gateway-subnet-propagation-disabled", {s.subnet->id, e.idOf(s.routeTable)});
            for (const Route &r : rt->routes) {
                if (r.addressPrefix.length() == 0)
                    c.add(rule("M-4"), Severity::Error, "gateway-subnet-default-route", {s.subnet->id, e.idOf(s.routeTable)});
            }
        }
        if (s.subnet->name == kRouteServerSubnet) {
            if (rt)
                c.add(rule("M-24"), Severity::Error, "route-server-subnet-route-table", {s.subnet->id});
            if (s.subnet->addressPrefix.length() > 26)
                c.add(rule("M-24"), Severity::Error, "route-server-subnet-too-small", {s.subnet->id},
                      {s.subnet->addressPrefix.toString()});
        }
        if (s.subnet->name == kGatewaySubnet && v.vpnGw != kNone && v.erGw != kNone && s.subnet->addressPrefix.length() > 27)
            c.add(rule("M-3"), Severity::Error, "gateway-subnet-too-small-for-coexistence", {s.subnet->id},
                  {s.subnet->addressPrefix.toString()});
        if (!rt)
            continue;
        // M-5, M-6, M-7 from the invalid routes of the table.
        const SubnetTable &t = e.tables[static_cast<std::size_t>(s.table)];
        for (const Rt &r : t.set.routes) {
            if (r.e.origin != RouteOrigin::User)
                continue;
            if (!r.e.valid && r.e.invalidRule == rule("R-UDR-2"))
                c.add(rule("M-5"), Severity::Error, "udr-next-hop-not-directly-reachable", {e.idOf(s.routeTable)},
                      {r.e.prefix.toString(), r.e.nextHopIp ? r.e.nextHopIp->toString() : std::string()});
            if (!r.e.valid && r.e.invalidRule == rule("R-UDR-1"))
                c.add(rule("M-6"), Severity::Error, "udr-gateway-next-hop-without-vpn-gateway", {e.idOf(s.routeTable)},
                      {r.e.prefix.toString()});
            if (r.tk == Tk::Appliance && r.target != kNone) {
                const ApplianceNode &a = e.appliances[static_cast<std::size_t>(r.target)];
                if (!a.forwarding)
                    c.add(rule("M-7"), Severity::Error, "nva-without-ip-forwarding", {e.idOf(a.res), e.idOf(s.routeTable)});
                if (a.subnet != kNone && e.subnets[static_cast<std::size_t>(a.subnet)].subnet == s.subnet)
                    c.add(rule("M-5"), Severity::Warning, "udr-to-appliance-in-same-subnet", {e.idOf(a.res), s.subnet->id});
            }
        }
        // M-18: 0/0 to a firewall while on-premises routes still propagate (R-FW-6).
        const bool defaultToAppliance = std::any_of(rt->routes.begin(), rt->routes.end(), [](const Route &r) {
            return r.addressPrefix.length() == 0 && r.nextHopType == NextHopType::VirtualAppliance;
        });
        if (defaultToAppliance && !rt->disableBgpRoutePropagation && s.subnet->name != kGatewaySubnet) {
            const bool gatewayRoutes = std::any_of(t.set.routes.begin(), t.set.routes.end(), [](const Rt &r) {
                return r.e.origin == RouteOrigin::VirtualNetworkGateway && r.e.nextHop == NextHop::VirtualNetworkGateway
                       && r.e.prefix.length() > 0;
            });
            if (gatewayRoutes)
                c.add(rule("M-18"), Severity::Warning, "default-to-firewall-with-propagation", {s.subnet->id, e.idOf(s.routeTable)});
        }
    }
}

void gatewayChecks(Engine &e, Collector &c)
{
    for (const Speaker &s : e.speakers) {
        if (s.kind == SpeakerKind::Hub) {
            const int w = e.find(s.hub->virtualWan);
            const auto *wan = w == kNone ? nullptr : e.resource(w).as<VirtualWan>();
            if (wan && wan->type == VirtualWanType::Basic && (!s.erConns.empty() || !s.p2s.empty() || s.hub->p2sVpnGateway))
                c.add(rule("M-25"), Severity::Error, "basic-virtual-wan-with-er-or-p2s", {e.idOf(s.res), e.idOf(w)});
            const bool custom = std::any_of(s.hub->routeTables.begin(), s.hub->routeTables.end(), [](const HubRouteTable &t) {
                return t.name != "defaultRouteTable" && t.name != "noneRouteTable";
            });
            if (s.hub->routingIntent && custom)
                c.add(rule("M-25"), Severity::Error, "routing-intent-with-custom-route-tables", {e.idOf(s.res)});
            continue;
        }
        const VnetNode &v = e.vnets[static_cast<std::size_t>(s.vnet)];
        if (v.gatewaySubnet == kNone)
            c.add(rule("M-3"), Severity::Error, "gateway-without-gateway-subnet", {e.idOf(s.res), e.idOf(v.res)});
        if (s.kind != SpeakerKind::Vpn)
            continue;
        const VpnGateway &g = *s.vpn;
        const bool policy = g.vpnType == VpnType::PolicyBased;
        if (policy && (g.vpnClientConfiguration || g.enableBgp || s.s2s.size() > 1 || !s.v2v.empty() || v.erGw != kNone))
            c.add(rule("M-17"), Severity::Error, "policy-based-gateway-feature", {e.idOf(s.res)});
        if (g.sku == VpnGatewaySku::Basic && (g.enableBgp || v.erGw != kNone))
            c.add(rule("M-17"), Severity::Error, "basic-sku-feature", {e.idOf(s.res)});
        if (g.vpnClientConfiguration) {
            const auto &cfg = *g.vpnClientConfiguration;
            const auto has = [&](VpnClientProtocol p) {
                return std::find(cfg.vpnClientProtocols.begin(), cfg.vpnClientProtocols.end(), p) != cfg.vpnClientProtocols.end();
            };
            if (has(VpnClientProtocol::SSTP) && has(VpnClientProtocol::OpenVPN))
                c.add(rule("M-27"), Severity::Error, "sstp-with-openvpn", {e.idOf(s.res)});
            // SSTP's retirement (ROUTING.md §4.1): not to be enabled after 31 Mar 2026, gone on
            // 31 Mar 2027. Both dates have a fixed meaning, so the finding does not depend on today.
            if (has(VpnClientProtocol::SSTP))
                c.add(rule("M-27"), Severity::Error, "sstp-retired", {e.idOf(s.res)});
            const bool aad = std::find(cfg.vpnAuthenticationTypes.begin(), cfg.vpnAuthenticationTypes.end(),
                                       VpnAuthenticationType::AAD) != cfg.vpnAuthenticationTypes.end();
            if (aad && (has(VpnClientProtocol::SSTP) || has(VpnClientProtocol::IkeV2)))
                c.add(rule("M-27"), Severity::Error, "entra-id-without-openvpn-only", {e.idOf(s.res)});
            // M-1 / M-2: the pool against VNets, peers and sites.
            for (const Prefix &pool : cfg.vpnClientAddressPool) {
                for (const VnetNode &o : e.vnets) {
                    for (const Prefix &p : o.vnet->addressPrefixes) {
                        if (pool.overlaps(p))
                            c.add(rule("M-2"), Severity::Error, "pool-overlaps-vnet", {e.idOf(s.res), e.idOf(o.res)},
                                  {pool.toString(), p.toString()});
                    }
                }
                for (const SiteNode &site : e.sites) {
                    for (const Prefix &p : site.site->addressPrefixes) {
                        if (pool.overlaps(p))
                            c.add(rule("M-2"), Severity::Error, "pool-overlaps-site", {e.idOf(s.res), e.idOf(site.res)},
                                  {pool.toString(), p.toString()});
                    }
                }
            }
        }
        // M-11: BGP on one side only.
        for (int conn : s.s2s) {
            const auto *cn = e.resource(conn).as<SiteToSiteConnection>();
            const auto *site = e.resource(e.find(cn->site)).as<OnPremisesSite>();
            const bool any = cn->enableBgp || g.enableBgp;
            const bool all = cn->enableBgp && g.enableBgp && site->bgpAsn;
            if (any && !all && cn->enableBgp)
                c.add(rule("M-11"), Severity::Error, "bgp-on-one-side", {e.idOf(conn), e.idOf(s.res), cn->site});
        }
        for (int conn : s.v2v) {
            const auto *cn = e.resource(conn).as<VnetToVnetConnection>();
            if (cn->enableBgp && !g.enableBgp)
                c.add(rule("M-11"), Severity::Error, "bgp-on-one-side", {e.idOf(conn), e.idOf(s.res)});
        }
    }
}

void siteChecks(Engine &e, Collector &c)
{
    for (const SiteNode &s : e.sites) {
        const Id sid = e.idOf(s.res);
        if (s.site->bgpAsn && reservedAsn(*s.site->bgpAsn))
            c.add(rule("M-12"), Severity::Error, "reserved-asn", {sid}, {std::to_string(*s.site->bgpAsn)});
        for (const Prefix &p : s.site->addressPrefixes) {
            for (const VnetNode &v : e.vnets) {
                for (const Prefix &q : v.vnet->addressPrefixes) {
                    if (p.overlaps(q))
                        c.add(rule("M-1"), Severity::Error, "site-overlaps-vnet", {sid, e.idOf(v.res)}, {p.toString(), q.toString()});
                }
            }
        }
        // M-26: advertisements equal to or more specific than a VNet prefix.
        for (const auto &pol : s.site->connectionPolicies) {
            if (!pol.advertisedPrefixes)
                continue;
            for (const Prefix &p : *pol.advertisedPrefixes) {
                for (const VnetNode &v : e.vnets) {
                    for (const Prefix &q : v.vnet->addressPrefixes) {
                        if (q.contains(p))
                            c.add(rule("M-26"), Severity::Warning, "advertises-vnet-prefix", {sid, pol.connection, e.idOf(v.res)},
                                  {p.toString()});
                    }
                }
            }
        }
        // M-19: ExpressRoute and VPN to the same Azure prefixes without a local preference for ER.
        int erPref = -1;
        int vpnPref = -1;
        std::vector<Id> conns;
        for (int conn : s.connections) {
            const auto *pol = [&]() -> const SiteConnectionPolicy * {
                for (const auto &p : s.site->connectionPolicies)
                    if (p.connection == e.idOf(conn))
                        return &p;
                return nullptr;
            }();
            const int lp = pol ? pol->localPreference : 100;
            if (e.resource(conn).as<CircuitSiteConnection>())
                erPref = std::max(erPref, lp);
            else
                vpnPref = std::max(vpnPref, lp);
            conns.push_back(e.idOf(conn));
        }
        if (erPref >= 0 && vpnPref >= 0 && erPref <= vpnPref) {
            conns.insert(conns.begin(), sid);
            c.add(rule("M-19"), Severity::Warning, "no-local-preference-for-expressroute", conns);
        }
    }
}

// Virtual WAN hub route tables (§6.3, M-25): association, propagation, labels, static routes,
// routing intent, Basic limits.
void hubTableChecks(Engine &e, Collector &c)
{
    std::set<std::string> labels; // every label of every hub table, per WAN
    for (const Speaker &h : e.speakers) {
        if (h.kind != SpeakerKind::Hub)
            continue;
        for (const HubTable &t : h.hubTables) {
            for (const std::string &l : t.labels)
                labels.insert(h.hub->virtualWan.str() + "\n" + l);
        }
    }
    for (const Speaker &h : e.speakers) {
        if (h.kind != SpeakerKind::Hub)
            continue;
        const Id hid = e.idOf(h.res);
        const RoutingIntent *intent = h.hub->routingIntent ? &*h.hub->routingIntent : nullptr;
        const bool anyPolicy = intent && (intent->privateTrafficPolicy || intent->internetTrafficPolicy);
        const bool firewall = hubFirewallResource(e, h) != kNone;
        if (anyPolicy && !firewall)
            c.add(rule("§6.3"), Severity::Error, "routing-intent-without-firewall", {hid});
        if (!hubStandard(e, h) && (firewall || anyPolicy))
            c.add(rule("§6.3"), Severity::Error, "basic-virtual-wan-secured-hub", {hid});
        if (!hubStandard(e, h) && h.hubVnets.size() > 1)
            c.add(rule("M-25"), Severity::Error, "basic-virtual-wan-vnet-transit", {hid, h.hub->virtualWan});
        if (!h.privateIntent && h.hub->branchRoutingConfiguration.associatedRouteTable != "defaultRouteTable")
            c.add(rule("§6.3"), Severity::Warning, "branches-not-associated-to-default", {hid},
                  {h.hub->branchRoutingConfiguration.associatedRouteTable});
        // Every connection's configuration: the branches' (element: the hub) and each VNet's.
        std::vector<std::pair<Id, const HubRoutingConfiguration *>> configs = {{hid, &h.hub->branchRoutingConfiguration}};
        for (int v : h.hubVnets) {
            const int conn = e.vnets[static_cast<std::size_t>(v)].hubConnection;
            configs.emplace_back(e.idOf(conn), &e.resource(conn).as<VirtualHubConnection>()->routingConfiguration);
        }
        for (const auto &[id, cfg] : configs) {
            if (h.privateIntent)
                break; // routing intent decides association and propagation
            // Unknown table names are design errors the validator reports (UnknownHubRouteTable).
            const int assoc = hubTableNamed(h, cfg->associatedRouteTable);
            if (assoc != kNone && (assoc == 1 || h.hubTables[static_cast<std::size_t>(assoc)].rib.empty()))
                c.add(rule("§6.3"), Severity::Warning, "hub-associated-table-empty", {id, hid}, {cfg->associatedRouteTable});
            for (const std::string &label : cfg->propagatedLabels) {
                if (!labels.contains(h.hub->virtualWan.str() + "\n" + label))
                    c.add(rule("§6.3"), Severity::Warning, "hub-label-unknown", {id, hid}, {label});
            }
        }
        for (const HubRouteTable &t : h.hub->routeTables) {
            for (const HubStaticRoute &r : t.routes) {
                const int nh = e.find(r.nextHop);
                const Resource *res = nh == kNone ? nullptr : &e.resource(nh);
                const auto *conn = res ? res->as<VirtualHubConnection>() : nullptr;
                if (conn && h.hub->routingIntent)
                    c.add(rule("M-25"), Severity::Error, "routing-intent-with-static-route-to-connection", {hid, r.nextHop},
                          {t.name, r.name});
                // A next hop outside the hub is a design error the validator reports (HubConnectionNotInHub).
                if (!conn || e.find(conn->virtualHub) != h.res)
                    continue;
                const int vr = e.find(conn->virtualNetwork);
                const int v = vr == kNone ? kNone : e.resVnet[static_cast<std::size_t>(vr)];
                const bool nva = std::any_of(e.appliances.begin(), e.appliances.end(),
                                             [&](const ApplianceNode &a) { return !a.firewall && a.vnet == v && v != kNone; });
                if (!nva)
                    c.add(rule("§6.3"), Severity::Error, "hub-static-route-without-nva", {hid, r.nextHop}, {t.name, r.name});
            }
        }
    }
}

void clientChecks(Engine &e, Collector &c)
{
    for (const ClientNode &cl : e.clients) {
        const bool windows = cl.group->clientOs == ClientOs::Windows && cl.group->protocol != VpnClientProtocol::OpenVPN;
        if (windows && cl.group->profileDownloadedBeforeLastChange)
            c.add(rule("M-15"), Severity::Warning, "stale-windows-profile", {e.idOf(cl.res)});
    }
    // M-14: P2S <-> ExpressRoute expected in a classic hub: an ER-connected site and a P2S pool
    // served by the same VNet.
    for (const VnetNode &v : e.vnets) {
        if (v.routeServer != kNone && (v.vpnGw != kNone || v.erGw != kNone))
            c.add(rule("M-29"), Severity::Info, "route-server-gateway-downtime", {e.idOf(v.routeServer)});
        if (v.vpnGw == kNone || v.erGw == kNone)
            continue;
        const Speaker &vpn = e.speakers[static_cast<std::size_t>(v.vpnGw)];
        const Speaker &er = e.speakers[static_cast<std::size_t>(v.erGw)];
        if (!vpn.p2s.empty() && !er.erConns.empty())
            c.add(rule("M-14"), v.routeServer != kNone ? Severity::Unsupported : Severity::Warning,
                  "p2s-expressroute-transit-in-classic-hub", {e.idOf(vpn.res), e.idOf(er.res)});
        // M-13: ER <-> VPN transit needs Route Server b2b, active-active, ASN 65515.
        if (!vpn.s2s.empty() && !er.erConns.empty() && v.routeServer != kNone) {
            const auto *rs = e.resource(v.routeServer).as<RouteServer>();
            if (!rs->allowBranchToBranchTraffic)
                c.add(rule("M-13"), Severity::Error, "route-server-branch-to-branch-off", {e.idOf(v.routeServer)});
            if (!vpn.vpn->activeActive)
                c.add(rule("M-13"), Severity::Error, "vpn-gateway-not-active-active", {e.idOf(vpn.res)});
            if (vpn.vpn->asn != kAzureDefaultAsn)
                c.add(rule("M-13"), Severity::Error, "vpn-gateway-asn-not-65515", {e.idOf(vpn.res)},
                      {std::to_string(vpn.vpn->asn)});
        }
    }
}

// M-16: prefix counts past Azure's limits. A BGP session that receives more than its limit is
// dropped (error); the Windows IKEv2 selector limit of old builds only warns (§4.1). Counts come
// from the engine's advertisements and client routes, so they match what the views show.
void limitChecks(Engine &e, Collector &c)
{
    const auto count = [](std::size_t n) { return std::to_string(n); };
    // On-premises -> circuit: the sum over the circuit's site connections (§5.1).
    std::vector<std::size_t> intoCircuit(e.design.resources.size(), 0);
    std::vector<std::vector<Id>> circuitConns(e.design.resources.size());
    for (const SiteNode &s : e.sites) {
        for (int conn : s.connections) {
            const auto *csc = e.resource(conn).as<CircuitSiteConnection>();
            const int circuit = csc ? e.find(csc->circuit) : kNone;
            if (circuit == kNone || !e.resource(circuit).as<ExpressRouteCircuit>())
                continue;
            intoCircuit[static_cast<std::size_t>(circuit)] += siteAdvertisement(*s.site, e.idOf(conn)).first.size();
            circuitConns[static_cast<std::size_t>(circuit)].push_back(e.idOf(conn));
        }
    }
    for (std::size_t i = 0; i < intoCircuit.size(); ++i) {
        if (circuitConns[i].empty())
            continue;
        const auto *circuit = e.design.resources[i].as<ExpressRouteCircuit>();
        const std::size_t limit = circuit->tier == CircuitTier::Premium ? 10000 : 4000;
        if (intoCircuit[i] > limit) {
            std::vector<Id> elements{e.design.resources[i].id};
            elements.insert(elements.end(), circuitConns[i].begin(), circuitConns[i].end());
            c.add(rule("M-16"), Severity::Error, "too-many-prefixes-into-circuit", elements,
                  {count(intoCircuit[i]), count(limit)});
        }
    }
    for (const Speaker &s : e.speakers) {
        if (s.kind == SpeakerKind::Er) {
            // Gateway -> circuit: what the engine advertises over each connection (§5.1).
            for (int conn : s.erConns) {
                std::vector<Prefix> adv;
                for (const RibRoute &r : e.advertised[static_cast<std::size_t>(conn)])
                    adv.push_back(r.prefix);
                std::sort(adv.begin(), adv.end());
                adv.erase(std::unique(adv.begin(), adv.end()), adv.end());
                if (adv.size() > 1000)
                    c.add(rule("M-16"), Severity::Error, "too-many-prefixes-from-gateway-to-circuit",
                          {e.idOf(conn), e.idOf(s.res), e.resource(conn).as<ExpressRouteConnection>()->circuit},
                          {count(adv.size()), "1000"});
            }
        } else if (s.kind == SpeakerKind::Vpn) {
            // Sites -> VPN gateway over BGP (R-VPN-9).
            std::size_t n = 0;
            std::vector<Id> elements{e.idOf(s.res)};
            for (int conn : s.s2s) {
                if (!s2sBgp(e, conn))
                    continue;
                const auto *cn = e.resource(conn).as<SiteToSiteConnection>();
                n += siteAdvertisement(*e.resource(e.find(cn->site)).as<OnPremisesSite>(), e.idOf(conn)).first.size();
                elements.push_back(e.idOf(conn));
            }
            if (n > 4000)
                c.add(rule("M-16"), Severity::Error, "too-many-prefixes-into-vpn-gateway", elements, {count(n), "4000"});
        }
    }
    // NVA -> Route Server per BGP peer: 1,000 (2023) or 4,000 (2025) routes (§6.2, §10-H).
    for (std::size_t i = 0; i < e.design.resources.size(); ++i) {
        const auto *bp = e.design.resources[i].as<BgpPeering>();
        if (!bp || e.failed[i])
            continue;
        const int nva = e.find(bp->networkVirtualAppliance);
        const auto *props = nva == kNone ? nullptr : e.resource(nva).as<NetworkVirtualAppliance>();
        if (!props)
            continue;
        const std::size_t n = props->advertisedPrefixes.size();
        if (n > 1000)
            c.add(rule("M-16"), n > 4000 ? Severity::Error : Severity::Warning, "too-many-prefixes-to-route-server",
                  {e.design.resources[i].id, bp->routeServer, bp->networkVirtualAppliance},
                  {count(n), n > 4000 ? "4000" : "1000"});
    }
    // Routes pushed to P2S clients (§4.1).
    for (const ClientNode &cl : e.clients) {
        const std::size_t n = static_cast<std::size_t>(std::count_if(
            cl.routes.routes.begin(), cl.routes.routes.end(), [](const Rt &r) { return r.e.origin == RouteOrigin::ClientPushed; }));
        if (cl.group->protocol == VpnClientProtocol::OpenVPN && n > 1000)
            c.add(rule("M-16"), Severity::Error, "openvpn-too-many-routes", {e.idOf(cl.res)}, {count(n), "1000"});
        if (cl.group->protocol == VpnClientProtocol::IkeV2 && cl.group->clientOs == ClientOs::Windows && n > 25)
            c.add(rule("M-16"), n > 255 ? Severity::Error : Severity::Warning, "windows-ikev2-too-many-routes",
                  {e.idOf(cl.res)}, {count(n), n > 255 ? "255" : "25"});
    }
}

// M-20: a firewall in a VNet needs direct Internet unless it runs in forced-tunnelling mode; a
// default route from on-premises in its subnet takes that away (§7.5).
void firewallChecks(Engine &e, Collector &c)
{
    for (const ApplianceNode &a : e.appliances) {
        if (!a.firewall || a.vnet == kNone || a.subnet == kNone || a.fw->forcedTunneling)
            continue;
        const SubnetNode &sn = e.subnets[static_cast<std::size_t>(a.subnet)];
        if (sn.table == kNone)
            continue;
        const auto &routes = e.tables[static_cast<std::size_t>(sn.table)].set.routes;
        const auto defaultOf = [&](RouteOrigin o) {
            return std::find_if(routes.begin(), routes.end(), [&](const Rt &r) {
                return r.e.origin == o && r.e.valid && r.e.prefix.length() == 0;
            });
        };
        const auto learned = defaultOf(RouteOrigin::VirtualNetworkGateway);
        if (learned != routes.end() && defaultOf(RouteOrigin::User) == routes.end())
            c.add(rule("M-20"), Severity::Error, "firewall-learns-default-route", {e.idOf(a.res), sn.subnet->id, learned->e.nextHopElement});
    }
}

// M-21: Global Reach needs circuits at different peering locations and not on the Local tier
// (§5.6). The cross-geo case needs the circuits' geopolitical regions, which the design lacks.
void globalReachChecks(Engine &e, Collector &c)
{
    const auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        return s;
    };
    for (std::size_t i = 0; i < e.design.resources.size(); ++i) {
        const auto *gr = e.design.resources[i].as<GlobalReachConnection>();
        if (!gr || e.failed[i])
            continue;
        const Id &gid = e.design.resources[i].id;
        const ExpressRouteCircuit *circuits[2] = {nullptr, nullptr};
        for (int k = 0; k < 2; ++k) {
            const int r = e.find(gr->circuits[static_cast<std::size_t>(k)]);
            circuits[k] = r == kNone || e.isFailed(r) ? nullptr : e.resource(r).as<ExpressRouteCircuit>();
            if (circuits[k] && circuits[k]->tier == CircuitTier::Local)
                c.add(rule("M-21"), Severity::Error, "global-reach-on-local-circuit", {gid, gr->circuits[static_cast<std::size_t>(k)]});
        }
        if (!circuits[0] || !circuits[1] || circuits[0]->peeringLocation.empty())
            continue;
        if (lower(circuits[0]->peeringLocation) == lower(circuits[1]->peeringLocation))
            c.add(rule("M-21"), Severity::Error, "global-reach-same-peering-location", {gid, gr->circuits[0], gr->circuits[1]},
                  {circuits[0]->peeringLocation});
    }
}

// M-23: a P2S gateway that authenticates with RADIUS, in a VNet reaching on-premises only over
// ExpressRoute. The design does not place the RADIUS server; on-premises is the usual place, and
// the gateway cannot reach it over ExpressRoute.
void radiusChecks(Engine &e, Collector &c)
{
    for (const Speaker &s : e.speakers) {
        if (s.kind != SpeakerKind::Vpn || !s.vpn->vpnClientConfiguration)
            continue;
        const auto &types = s.vpn->vpnClientConfiguration->vpnAuthenticationTypes;
        if (std::find(types.begin(), types.end(), VpnAuthenticationType::Radius) == types.end() || !s.s2s.empty())
            continue;
        const VnetNode &v = e.vnets[static_cast<std::size_t>(s.vnet)];
        if (v.erGw == kNone || e.speakers[static_cast<std::size_t>(v.erGw)].erConns.empty())
            continue;
        c.add(rule("M-23"), Severity::Error, "radius-only-over-expressroute",
              {e.idOf(s.res), e.idOf(e.speakers[static_cast<std::size_t>(v.erGw)].res)});
    }
}

// M-28: a site that prefers its VPN path (local preference) while advertising the same prefix over
// ExpressRoute into the same VNet: Azure still sends that prefix over ExpressRoute (§5.5).
void vpnPrimaryChecks(Engine &e, Collector &c)
{
    for (const SiteNode &s : e.sites) {
        const auto pref = [&](int conn) {
            const SiteConnectionPolicy *p = policyFor(*s.site, e.idOf(conn));
            return p ? p->localPreference : 100;
        };
        for (int vpnConn : s.connections) {
            const auto *s2s = e.resource(vpnConn).as<SiteToSiteConnection>();
            if (!s2s || !s2s->vpnGateway)
                continue;
            const int gw = e.find(*s2s->vpnGateway);
            const int vpnSpeaker = gw == kNone ? kNone : e.resSpeaker[static_cast<std::size_t>(gw)];
            if (vpnSpeaker == kNone)
                continue;
            const int vnet = e.speakers[static_cast<std::size_t>(vpnSpeaker)].vnet;
            const int erSpeaker = e.vnets[static_cast<std::size_t>(vnet)].erGw;
            std::vector<Prefix> viaVpn = s2sBgp(e, vpnConn) ? siteAdvertisement(*s.site, e.idOf(vpnConn)).first
                                                            : s2s->localNetworkGatewayPrefixes;
            std::sort(viaVpn.begin(), viaVpn.end());
            for (int erConn : s.connections) {
                const auto *csc = e.resource(erConn).as<CircuitSiteConnection>();
                if (!csc || erSpeaker == kNone || pref(vpnConn) <= pref(erConn))
                    continue;
                const int circuit = e.find(csc->circuit);
                const auto &links = e.speakers[static_cast<std::size_t>(erSpeaker)].erConns;
                const bool linked = std::any_of(links.begin(), links.end(), [&](int l) {
                    return e.find(e.resource(l).as<ExpressRouteConnection>()->circuit) == circuit;
                });
                if (!linked)
                    continue;
                std::vector<Prefix> viaEr = siteAdvertisement(*s.site, e.idOf(erConn)).first;
                std::sort(viaEr.begin(), viaEr.end());
                std::vector<Prefix> both;
                std::set_intersection(viaVpn.begin(), viaVpn.end(), viaEr.begin(), viaEr.end(), std::back_inserter(both));
                both.erase(std::unique(both.begin(), both.end()), both.end());
                if (!both.empty())
                    c.add(rule("M-28"), Severity::Warning, "vpn-primary-overridden-by-expressroute",
                          {e.idOf(s.res), e.idOf(vpnConn), e.idOf(erConn), e.idOf(e.vnets[static_cast<std::size_t>(vnet)].res)},
                          {both.front().toString(), std::to_string(both.size())});
            }
        }
    }
}

void intentChecks(Engine &e)
{
    for (std::size_t i = 0; i < e.design.resources.size(); ++i) {
        const auto *in = e.design.resources[i].as<Intent>();
        if (!in)
            continue;
        IntentResult r;
        r.intent = e.design.resources[i].id;
        const auto fi = e.endpointIndex.find(in->source.str());
        const auto ti = e.endpointIndex.find(in->destination.str());
        if (fi == e.endpointIndex.end() || ti == e.endpointIndex.end()) {
            r.reason = Reason::EndpointDown;
        } else if (e.matrixComputed) {
            MatrixCell cell;
            if (fi->second == ti->second) {
                cell.verdict = Verdict::Reachable;
            } else {
                const auto n = static_cast<std::size_t>(e.classCount);
                cell = e.classCells[static_cast<std::size_t>(e.endpointClass[static_cast<std::size_t>(fi->second)]) * n
                                    + static_cast<std::size_t>(e.endpointClass[static_cast<std::size_t>(ti->second)])];
            }
            r.verdict = cell.verdict;
            r.reason = cell.reason;
            r.rule = cell.rule;
        } else {
            const FlowResult f = e.traceFlow(fi->second, ti->second, e.endpointAddress[static_cast<std::size_t>(ti->second)], false);
            r.verdict = f.verdict;
            r.reason = f.reason;
            r.rule = f.rules.empty() ? 0 : f.rules.front();
        }
        const bool reach = r.verdict == Verdict::Reachable;
        r.satisfied = in->expectation == IntentExpectation::MustReach ? reach : !reach;
        e.intents.push_back(r);
    }
}

} // namespace

void Engine::computeFindings()
{
    Collector c(*this);
    peeringChecks(*this, c);
    subnetChecks(*this, c);
    forwardingChecks(*this, c);
    gatewayChecks(*this, c);
    hubTableChecks(*this, c);
    siteChecks(*this, c);
    clientChecks(*this, c);
    limitChecks(*this, c);
    firewallChecks(*this, c);
    globalReachChecks(*this, c);
    radiusChecks(*this, c);
    vpnPrimaryChecks(*this, c);
    intentChecks(*this);
}

} // namespace spokewise::routing::detail
