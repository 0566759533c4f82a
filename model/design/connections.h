#pragma once

#include "design/design.h"

#include <optional>
#include <string>
#include <vector>

namespace spokewise {

// The typed connections an architect can draw between two elements.
enum class ConnectionKind {
    Peering,               // VNet <-> VNet
    SiteToSite,            // VPN gateway or hub <-> on-premises site
    VnetToVnet,            // VPN gateway <-> VPN gateway
    ExpressRoute,          // ExpressRoute gateway or hub <-> circuit
    CircuitSite,           // circuit <-> on-premises site (private peering)
    GlobalReach,           // circuit <-> circuit
    P2sAttachment,         // P2S client group -> VPN gateway or hub (a property, not a resource)
    HubConnection,         // virtual hub <-> VNet
    BgpPeering,            // Route Server <-> NVA
    RouteTableAssociation, // subnet -> route table (a property)
    Intent,                // endpoint -> endpoint
    TrafficFlow,           // endpoint -> endpoint
};
SPOKEWISE_ENUM_NAMES(ConnectionKind, {ConnectionKind::Peering, "peering"},
                     {ConnectionKind::SiteToSite, "siteToSite"}, {ConnectionKind::VnetToVnet, "vnetToVnet"},
                     {ConnectionKind::ExpressRoute, "expressRoute"}, {ConnectionKind::CircuitSite, "circuitSite"},
                     {ConnectionKind::GlobalReach, "globalReach"}, {ConnectionKind::P2sAttachment, "p2sAttachment"},
                     {ConnectionKind::HubConnection, "hubConnection"}, {ConnectionKind::BgpPeering, "bgpPeering"},
                     {ConnectionKind::RouteTableAssociation, "routeTableAssociation"},
                     {ConnectionKind::Intent, "intent"}, {ConnectionKind::TrafficFlow, "trafficFlow"})

// Why a connection between two elements is refused.
enum class ConnectionRefusal {
    SameElement,          // from and to are the same element
    NoConnectionForKinds, // Azure has no connection between these two kinds of element
    AlreadyConnected,     // this pair already has this kind of connection
    PolicyBasedGateway,   // a policy-based VPN gateway has no VNet-to-VNet (R-VPN-12)
    BasicVirtualWan,      // a Basic Virtual WAN hub takes only site-to-site VPN (§6.3)
    HubHasNoGateway,      // the hub has no gateway of the type the connection needs
    AlreadyAttached,      // the VNet is already attached to a hub / the subnet already has a table
};

// An element on the canvas: a resource, a subnet, or the Internet endpoint.
struct ConnectionEnd
{
    Id id;
};

struct ConnectionOptions
{
    std::vector<ConnectionKind> kinds;         // what may be drawn from -> to, most likely first
    std::optional<ConnectionRefusal> refusal;  // why nothing may, when kinds is empty
};

// The connections Azure allows from `from` to `to` in this design (ids of resources, subnets or
// "internet"). Order matters for intents and traffic flows only.
ConnectionOptions connectionOptions(const Design &design, const Id &from, const Id &to);

// What drawing a connection changes: new resources to add, and resources to replace (for the
// kinds that are a property, e.g. a P2S group's gateway or a subnet's route table).
struct ConnectionEdit
{
    std::vector<Resource> added;
    std::vector<Resource> changed;
};

// The edit that draws `kind` from -> to with Azure's defaults (a hub-and-spoke peering gets
// gateway transit on the side that has a gateway and remote gateways on the other). An intent
// gets `expectation` ("must reach" unless told otherwise).
ConnectionEdit makeConnection(const Design &design, ConnectionKind kind, const Id &from, const Id &to,
                              IntentExpectation expectation = IntentExpectation::MustReach);

} // namespace spokewise
