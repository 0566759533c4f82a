// What the route holders at the edge route: on-premises sites (their learned and static routes,
// inputs of the design) and P2S client groups (pushed by OS, manual); and the matrix endpoints.

#include "routing/control_plane.h"

#include <algorithm>
#include <tuple>

namespace spokewise::routing::detail {

using net::Ipv4Address;

namespace {

net::Ipv4Address hostOf(const Prefix &p, std::uint32_t offset)
{
    return Ipv4Address(p.size() > offset ? p.first() + offset : p.first());
}

bool isSpecialSubnet(const Subnet &s)
{
    return s.name == kGatewaySubnet || s.name == kAzureFirewallSubnet || s.name == kRouteServerSubnet
           || s.name == kAzureFirewallManagementSubnet || s.name == kAzureBastionSubnet;
}

} // namespace

// Routes pushed to a P2S client group (R-P2S-1/2/4, §4.5, §6.3) plus its manual routes.
void buildClientRoutes(Engine &e, ClientNode &c)
{
    const Speaker &s = e.speakers[static_cast<std::size_t>(c.speaker)];
    auto &routes = c.routes.routes;
    const Id gw = e.idOf(s.res);
    const auto push = [&](const Prefix &p, RouteOrigin o, RuleRef why, bool uncertain) {
        Rt r;
        r.e.prefix = p;
        r.e.origin = o;
        r.e.nextHop = NextHop::Tunnel;
        r.e.nextHopElement = gw;
        r.e.rule = why;
        r.e.uncertain = uncertain;
        r.tk = Tk::Remote;
        r.target = c.speaker;
        r.aux = c.res;
        r.kindRank = o == RouteOrigin::ClientManual ? 2 : 1;
        routes.push_back(r);
    };
    const bool windowsProfile = c.group->clientOs == ClientOs::Windows && c.group->protocol != VpnClientProtocol::OpenVPN;
    if (s.kind == SpeakerKind::Hub) {
        const bool b2b = hubBranchToBranch(e, s);
        for (const RibRoute &r : branchRib(s)) {
            if (isDefaultRoute(r.prefix) || (r.fromExpressRoute && !b2b))
                continue;
            push(r.prefix, RouteOrigin::ClientPushed, rule("§6.3"), false);
        }
    } else {
        const VnetNode &v = e.vnets[static_cast<std::size_t>(s.vnet)];
        const bool stale = windowsProfile && c.group->profileDownloadedBeforeLastChange;
        for (const Prefix &p : e.domainPrefixes[static_cast<std::size_t>(s.vnet)]) {
            const bool own = coveredByAny(p, v.vnet->addressPrefixes);
            push(p, RouteOrigin::ClientPushed, windowsProfile ? rule("R-P2S-1") : rule("R-P2S-2"), stale && !own);
        }
        for (const Prefix &p : s.pool)
            push(p, RouteOrigin::ClientPushed, windowsProfile ? rule("R-P2S-1") : rule("R-P2S-2"), false);
        if (s.vpn->vpnClientConfiguration) {
            for (const Prefix &p : s.vpn->vpnClientConfiguration->customRoutes)
                push(p, RouteOrigin::ClientPushed, rule("R-P2S-4"), stale);
        }
        if (!windowsProfile) {
            // R-P2S-2: BGP-learned prefixes and (per the article's data) static VNet-to-VNet ones.
            for (const RibRoute &r : s.rib) {
                const bool learned = r.egress == Egress::Speaker || r.origin == RouteOrigin::Bgp
                                     || r.origin == RouteOrigin::VnetToVnet;
                if (learned && !isDefaultRoute(r.prefix) && r.origin != RouteOrigin::P2sPool)
                    push(r.prefix, RouteOrigin::ClientPushed, rule("R-P2S-2"), false);
            }
        }
    }
    for (const Prefix &p : c.group->manualRoutes)
        push(p, RouteOrigin::ClientManual, rule("R-P2S-1"), false);
    // One entry per prefix and origin.
    std::stable_sort(routes.begin(), routes.end(), [](const Rt &a, const Rt &b) {
        return std::tie(a.e.prefix, a.e.origin) < std::tie(b.e.prefix, b.e.origin);
    });
    routes.erase(std::unique(routes.begin(), routes.end(),
                             [](const Rt &a, const Rt &b) { return a.e.prefix == b.e.prefix && a.e.origin == b.e.origin; }),
                 routes.end());
    c.routes.finish();
}

// What a site routes into its connections: learned from Azure (BGP) plus its static routes.
void buildSiteRoutes(Engine &e, SiteNode &site)
{
    auto &routes = site.routes.routes;
    for (int c : site.connections) {
        const Resource &cr = e.resource(c);
        const SiteConnectionPolicy *pol = policyFor(*site.site, cr.id);
        const int localPref = pol ? pol->localPreference : 100;
        const auto add = [&](const Prefix &p, RouteOrigin o, NextHop nh, int speaker, int viaRes, int asPath,
                             RuleRef why, Id element) {
            Rt r;
            r.e.prefix = p;
            r.e.origin = o;
            r.e.nextHop = nh;
            r.e.nextHopElement = element;
            r.e.elements = {cr.id};
            r.e.rule = why;
            r.e.asPathLength = asPath;
            r.e.localPreference = localPref;
            r.kindRank = o == RouteOrigin::Static ? 2 : 1;
            r.tk = Tk::Remote;
            r.target = speaker;
            r.aux = viaRes;
            routes.push_back(r);
        };
        if (const auto *s2s = cr.as<SiteToSiteConnection>()) {
            const int sp = e.resSpeaker[static_cast<std::size_t>(
                e.find(s2s->vpnGateway ? *s2s->vpnGateway : *s2s->virtualHub))];
            for (const RibRoute &r : e.advertised[static_cast<std::size_t>(c)])
                add(r.prefix, RouteOrigin::Bgp, NextHop::Connection, sp, c, r.asPath, r.rule, cr.id);
            std::vector<Prefix> statics;
            RuleRef why = rule("§3.3");
            if (pol) {
                statics = pol->staticRoutes;
            } else if (!s2sBgp(e, c)) {
                // Documented default: the device routes the gateway VNet's own space (R-PEER-10).
                const Speaker &s = e.speakers[static_cast<std::size_t>(sp)];
                if (s.kind == SpeakerKind::Hub) {
                    for (int v : s.hubVnets)
                        for (const Prefix &p : e.vnets[static_cast<std::size_t>(v)].vnet->addressPrefixes)
                            statics.push_back(p);
                } else {
                    statics = e.vnets[static_cast<std::size_t>(s.vnet)].vnet->addressPrefixes;
                }
                why = rule("R-PEER-10");
            }
            for (const Prefix &p : statics)
                add(p, RouteOrigin::Static, NextHop::Connection, sp, c, 0, why, cr.id);
        } else if (const auto *csc = cr.as<CircuitSiteConnection>()) {
            const int circuit = e.find(csc->circuit);
            int firstSpeaker = kNone;
            for (std::size_t si = 0; si < e.speakers.size(); ++si) {
                for (int ec : e.speakers[si].erConns) {
                    if (e.find(e.resource(ec).as<ExpressRouteConnection>()->circuit) != circuit)
                        continue;
                    if (firstSpeaker == kNone)
                        firstSpeaker = static_cast<int>(si);
                    for (const RibRoute &r : e.advertised[static_cast<std::size_t>(ec)])
                        add(r.prefix, RouteOrigin::ExpressRoute, NextHop::Circuit, static_cast<int>(si), ec,
                            r.asPath, r.rule, csc->circuit);
                }
            }
            (void)firstSpeaker; // ExpressRoute is BGP only: no static routes into a circuit
            // Global Reach (§5.6): the other circuit's sites, not transitive.
            for (std::size_t gi = 0; gi < e.design.resources.size(); ++gi) {
                const auto *gr = e.design.resources[gi].as<GlobalReachConnection>();
                if (!gr || e.failed[gi])
                    continue;
                const int a = e.find(gr->circuits[0]);
                const int b = e.find(gr->circuits[1]);
                if (a != circuit && b != circuit)
                    continue;
                const int other = a == circuit ? b : a;
                for (const SiteNode &os : e.sites) {
                    for (int oc : os.connections) {
                        const auto *ocsc = e.resource(oc).as<CircuitSiteConnection>();
                        if (!ocsc || e.find(ocsc->circuit) != other || &os == &site)
                            continue;
                        const auto [adv, len] = siteAdvertisement(*os.site, e.idOf(oc));
                        for (const Prefix &p : adv) {
                            Rt r;
                            r.e.prefix = p;
                            r.e.origin = RouteOrigin::Bgp;
                            r.e.nextHop = NextHop::Circuit;
                            r.e.nextHopElement = e.idOf(static_cast<int>(gi));
                            r.e.elements = {cr.id, e.idOf(static_cast<int>(gi)), e.idOf(oc)};
                            r.e.rule = rule("§5.6");
                            r.e.asPathLength = len + 1;
                            r.e.localPreference = localPref;
                            r.kindRank = 1;
                            r.tk = Tk::Site;
                            r.target = e.resSite[static_cast<std::size_t>(os.res)];
                            r.aux = static_cast<int>(gi);
                            routes.push_back(r);
                        }
                    }
                }
            }
        }
    }
    site.routes.finish();
}

void buildEndpoints(Engine &e)
{
    const auto add = [&](const Id &id, ResourceKind kind, net::Ipv4Address a) {
        e.endpointIndex.emplace(id.str(), static_cast<int>(e.endpoints.size()));
        e.endpoints.push_back({id, kind, false});
        e.endpointAddress.push_back(a);
        e.endpointSubnet.push_back(kNone);
        e.endpointSite.push_back(kNone);
        e.endpointClient.push_back(kNone);
        return static_cast<int>(e.endpoints.size()) - 1;
    };
    for (std::size_t i = 0; i < e.subnets.size(); ++i) {
        SubnetNode &s = e.subnets[i];
        if (isSpecialSubnet(*s.subnet))
            continue;
        s.endpoint = add(s.subnet->id, ResourceKind::VirtualNetwork, hostOf(s.subnet->addressPrefix, 4));
        e.endpointSubnet.back() = static_cast<int>(i);
    }
    for (std::size_t i = 0; i < e.sites.size(); ++i) {
        SiteNode &s = e.sites[i];
        const auto &pfx = s.site->addressPrefixes;
        s.endpoint = add(e.idOf(s.res), ResourceKind::OnPremisesSite,
                         pfx.empty() ? Ipv4Address() : hostOf(pfx.front(), 1));
        e.endpointSite.back() = static_cast<int>(i);
    }
    for (std::size_t i = 0; i < e.clients.size(); ++i) {
        ClientNode &c = e.clients[i];
        const auto &pool = e.speakers[static_cast<std::size_t>(c.speaker)].pool;
        c.address = pool.empty() ? Ipv4Address() : hostOf(pool.front(), 1);
        c.endpoint = add(e.idOf(c.res), ResourceKind::P2sClientGroup, c.address);
        e.endpointClient.back() = static_cast<int>(i);
    }
    // The Internet: a public address no prefix of the design covers.
    static const std::uint32_t candidates[] = {0x08080808, 0x01010101, 0x09090909, 0xD043DEDE};
    std::vector<Prefix> used;
    for (const VnetNode &v : e.vnets)
        used.insert(used.end(), v.vnet->addressPrefixes.begin(), v.vnet->addressPrefixes.end());
    for (const SiteNode &s : e.sites)
        used.insert(used.end(), s.site->addressPrefixes.begin(), s.site->addressPrefixes.end());
    e.internetAddress = Ipv4Address(candidates[0]);
    for (std::uint32_t c : candidates) {
        if (std::none_of(used.begin(), used.end(), [c](const Prefix &p) { return p.contains(Ipv4Address(c)); })) {
            e.internetAddress = Ipv4Address(c);
            break;
        }
    }
    const int ie = add(Id(std::string(kInternetEndpointId)), ResourceKind::VirtualNetwork, e.internetAddress);
    e.endpoints[static_cast<std::size_t>(ie)].internet = true;
    e.internetEndpoint = ie;
}

} // namespace spokewise::routing::detail
