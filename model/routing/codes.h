#pragma once

// Codes the routing engine returns instead of sentences. Every code has a stable name (used in the
// CLI's JSON and as the key for translated texts); every rule id is a key of ROUTING.md.

#include "design/enums.h"

#include <array>
#include <iterator>
#include <cstdint>
#include <string_view>

namespace spokewise::routing {

// What happens to a flow and its replies (ROUTING.md §0).
enum class Verdict : std::uint8_t { Reachable, Unreachable, Asymmetric, UnsupportedConfig, Indeterminate };
SPOKEWISE_ENUM_NAMES(Verdict, {Verdict::Reachable, "reachable"}, {Verdict::Unreachable, "unreachable"},
                     {Verdict::Asymmetric, "asymmetric"}, {Verdict::UnsupportedConfig, "unsupported-config"},
                     {Verdict::Indeterminate, "indeterminate"})

// Which walk decided a verdict.
enum class Direction : std::uint8_t { Forward, Return };
SPOKEWISE_ENUM_NAMES(Direction, {Direction::Forward, "forward"}, {Direction::Return, "return"})

// Why a walk ended where it did.
enum class Reason : std::uint8_t {
    Delivered,
    NoRoute,                  // the holder has no route covering the destination
    DroppedByNoneRoute,       // next hop None (R-SYS-3/4, or a UDR)
    PrivateToInternet,        // a private destination followed the Internet route
    PeeringAccessBlocked,     // allowVirtualNetworkAccess = false (§2.1, §10-C)
    ForwardedTrafficBlocked,  // allowForwardedTraffic = false on the receiving link (R-FW-2, §10-D)
    ApplianceMissing,         // VirtualAppliance next hop with no live appliance (black hole)
    ApplianceNoForwarding,    // NVA NIC without IP forwarding (R-UDR-2)
    FirewallDenied,           // the firewall's network rules deny the flow
    RoutingLoop,              // the walk came back to a hop it had visited (R-UDR-3)
    ClientRouteMissing,       // the P2S client has no route into the tunnel (R-P2S-1/2)
    StaleClientProfile,       // Windows profile older than the topology (R-PEER-8, §4.5)
    NoHostAtAddress,          // the address is in a VNet's space but in no subnet
    GatewayNoInternet,        // a gateway gives no Internet breakout (R-P2S-4)
    StatefulAsymmetry,        // a stateful device saw one direction only (§7.4)
    P2sExpressRouteTransit,   // P2S <-> ExpressRoute through Route Server (R-ARS-1, §10-B)
    UnsupportedTopology,      // a feature Azure does not offer in this configuration
    UndocumentedTieBreak,     // equal routes with no documented tie-break (§10-I)
    EndpointDown,             // the endpoint's own attachment failed or is missing
    NoInboundFromInternet,    // the model has no public endpoints: the Internet initiates nothing
    DeliveredElsewhere,       // the address belongs to another endpoint (overlap)
};
SPOKEWISE_ENUM_NAMES(Reason, {Reason::Delivered, "delivered"}, {Reason::NoRoute, "no-route"},
                     {Reason::DroppedByNoneRoute, "dropped-by-none-route"},
                     {Reason::PrivateToInternet, "private-to-internet"},
                     {Reason::PeeringAccessBlocked, "peering-access-blocked"},
                     {Reason::ForwardedTrafficBlocked, "forwarded-traffic-blocked"},
                     {Reason::ApplianceMissing, "appliance-missing"},
                     {Reason::ApplianceNoForwarding, "appliance-no-ip-forwarding"},
                     {Reason::FirewallDenied, "firewall-denied"}, {Reason::RoutingLoop, "routing-loop"},
                     {Reason::ClientRouteMissing, "client-route-missing"},
                     {Reason::StaleClientProfile, "stale-client-profile"},
                     {Reason::NoHostAtAddress, "no-host-at-address"},
                     {Reason::GatewayNoInternet, "gateway-no-internet"},
                     {Reason::StatefulAsymmetry, "stateful-asymmetry"},
                     {Reason::P2sExpressRouteTransit, "p2s-expressroute-transit"},
                     {Reason::UnsupportedTopology, "unsupported-topology"},
                     {Reason::UndocumentedTieBreak, "undocumented-tie-break"},
                     {Reason::EndpointDown, "endpoint-down"},
                     {Reason::NoInboundFromInternet, "no-inbound-from-internet"},
                     {Reason::DeliveredElsewhere, "delivered-elsewhere"})

// An obvious fix; its arguments are ids and prefixes, in the order the code's text expects.
enum class FixCode : std::uint8_t {
    None,
    AddClientRoute,             // (p2sClientGroup, prefix)
    RedownloadClientProfile,    // (p2sClientGroup)
    EnableUseRemoteGateways,    // (peering, virtualNetwork side)
    EnableAllowGatewayTransit,  // (peering, virtualNetwork side)
    EnableAllowForwardedTraffic,// (peering, virtualNetwork side)
    AddOnPremisesRoute,         // (site, connection, prefix)
    EnableBgp,                  // (connection)
    EnableIpForwarding,         // (networkVirtualAppliance)
    AllowInFirewall,            // (firewall, source prefix, destination prefix)
};
SPOKEWISE_ENUM_NAMES(FixCode, {FixCode::None, "none"}, {FixCode::AddClientRoute, "add-client-route"},
                     {FixCode::RedownloadClientProfile, "redownload-client-profile"},
                     {FixCode::EnableUseRemoteGateways, "enable-use-remote-gateways"},
                     {FixCode::EnableAllowGatewayTransit, "enable-allow-gateway-transit"},
                     {FixCode::EnableAllowForwardedTraffic, "enable-allow-forwarded-traffic"},
                     {FixCode::AddOnPremisesRoute, "add-on-premises-route"},
                     {FixCode::EnableBgp, "enable-bgp"},
                     {FixCode::EnableIpForwarding, "enable-ip-forwarding"},
                     {FixCode::AllowInFirewall, "allow-in-firewall"})

// Where a route came from, in Azure's effective-routes vocabulary plus the holders Spokewise adds.
enum class RouteOrigin : std::uint8_t {
    Default,               // system route (R-SYS-1..7)
    User,                  // UDR (§1.3)
    VirtualNetworkGateway, // gateway-propagated (R-SYS-8)
    VnetSpace,             // a gateway's own VNet and its spokes (§3.2, §5.1)
    StaticLng,             // local network gateway prefix (R-VPN-1)
    Bgp,                   // learned over a BGP session (R-VPN-2)
    VnetToVnet,            // static VNet-to-VNet (R-VPN-3)
    ExpressRoute,          // learned from a circuit (§5.1)
    RouteServer,           // NVA route through Route Server (§6.2)
    P2sPool,               // the point-to-site client pool (§3.2)
    VirtualHub,            // Virtual WAN hub route table (§6.3)
    Static,                // on-premises static route (input)
    ClientPushed,          // pushed to a P2S client (R-P2S-1/2/4)
    ClientManual,          // added by hand on a P2S client
};
SPOKEWISE_ENUM_NAMES(RouteOrigin, {RouteOrigin::Default, "Default"}, {RouteOrigin::User, "User"},
                     {RouteOrigin::VirtualNetworkGateway, "VirtualNetworkGateway"},
                     {RouteOrigin::VnetSpace, "VnetSpace"}, {RouteOrigin::StaticLng, "StaticLng"},
                     {RouteOrigin::Bgp, "Bgp"}, {RouteOrigin::VnetToVnet, "VnetToVnet"},
                     {RouteOrigin::ExpressRoute, "ExpressRoute"}, {RouteOrigin::RouteServer, "RouteServer"},
                     {RouteOrigin::P2sPool, "P2sPool"}, {RouteOrigin::VirtualHub, "VirtualHub"},
                     {RouteOrigin::Static, "Static"}, {RouteOrigin::ClientPushed, "ClientPushed"},
                     {RouteOrigin::ClientManual, "ClientManual"})

// Next-hop types of effective routes (ARM names, plus VNetPeering and VirtualHub which only the
// system creates).
enum class NextHop : std::uint8_t {
    VnetLocal, VNetPeering, VirtualNetworkGateway, VirtualAppliance, Internet, None, VirtualHub,
    Connection, Circuit, ClientPool, Tunnel
};
SPOKEWISE_ENUM_NAMES(NextHop, {NextHop::VnetLocal, "VnetLocal"}, {NextHop::VNetPeering, "VNetPeering"},
                     {NextHop::VirtualNetworkGateway, "VirtualNetworkGateway"},
                     {NextHop::VirtualAppliance, "VirtualAppliance"}, {NextHop::Internet, "Internet"},
                     {NextHop::None, "None"}, {NextHop::VirtualHub, "VirtualHub"},
                     {NextHop::Connection, "Connection"}, {NextHop::Circuit, "Circuit"},
                     {NextHop::ClientPool, "ClientPool"}, {NextHop::Tunnel, "Tunnel"})

enum class Severity : std::uint8_t { Info, Warning, Error, Unsupported };
SPOKEWISE_ENUM_NAMES(Severity, {Severity::Info, "info"}, {Severity::Warning, "warning"},
                     {Severity::Error, "error"}, {Severity::Unsupported, "unsupported"})

// Every rule id the engine can put in a result; each is a key of ROUTING.md (a test checks this).
inline constexpr std::string_view kRuleIds[] = {
    "", "R-SYS-1", "R-SYS-2", "R-SYS-3", "R-SYS-4", "R-SYS-5", "R-SYS-6", "R-SYS-7", "R-SYS-8",
    "R-UDR-1", "R-UDR-2", "R-UDR-3", "R-SEL-1", "R-SEL-2", "R-SEL-3", "R-PROP-1", "R-PROP-2",
    "R-PEER-1", "R-PEER-2", "R-PEER-5", "R-PEER-6", "R-PEER-7", "R-PEER-8", "R-PEER-10",
    "R-VPN-1", "R-VPN-2", "R-VPN-3", "R-VPN-4", "R-VPN-5", "R-VPN-6", "R-VPN-7", "R-VPN-12",
    "R-P2S-1", "R-P2S-2", "R-P2S-3", "R-P2S-4", "R-P2S-5",
    "R-ER-1", "R-ER-3", "R-ER-4", "R-ER-5", "R-ER-6", "R-ER-8",
    "R-TR-1", "R-TR-2", "R-TR-3", "R-TR-4", "R-ARS-1", "R-ARS-3",
    "R-FW-1", "R-FW-2", "R-FW-5", "R-FW-6",
    "§1.3", "§1.4", "§2.1", "§3.2", "§3.3", "§4.5", "§5.1", "§5.5", "§5.6", "§6.2", "§6.3", "§7.2", "§7.4",
    "§7.5", "§10-B", "§10-C", "§10-D", "§10-I",
    "M-1", "M-2", "M-3", "M-4", "M-5", "M-6", "M-7", "M-8", "M-9", "M-10", "M-11", "M-12", "M-13",
    "M-14", "M-15", "M-16", "M-17", "M-18", "M-19", "M-20", "M-21", "M-23", "M-24", "M-25", "M-26", "M-27", "M-28",
    "M-29",
};

// A rule id as a small number (its index in kRuleIds); 0 = no rule.
using RuleRef = std::uint16_t;

// The reference of a rule id; an id missing from kRuleIds does not compile.
consteval RuleRef rule(std::string_view id)
{
    for (std::size_t i = 0; i < std::size(kRuleIds); ++i) {
        if (kRuleIds[i] == id)
            return static_cast<RuleRef>(i);
    }
    throw "unknown rule id";
}

constexpr std::string_view ruleId(RuleRef ref)
{
    return ref < std::size(kRuleIds) ? kRuleIds[ref] : std::string_view();
}

} // namespace spokewise::routing
