#pragma once

#include "design/design.h"

#include <optional>
#include <vector>

namespace spokewise {

// What the palette offers.
enum class PaletteKind {
    VirtualNetwork, Subnet, VpnGateway, ExpressRouteGateway, ExpressRouteCircuit, AzureFirewall, RouteServer,
    NetworkVirtualAppliance, OnPremisesSite, P2sClientGroup, VirtualHub, RouteTable
};
SPOKEWISE_ENUM_NAMES(PaletteKind, {PaletteKind::VirtualNetwork, "virtualNetwork"}, {PaletteKind::Subnet, "subnet"},
                     {PaletteKind::VpnGateway, "vpnGateway"}, {PaletteKind::ExpressRouteGateway, "expressRouteGateway"},
                     {PaletteKind::ExpressRouteCircuit, "expressRouteCircuit"},
                     {PaletteKind::AzureFirewall, "azureFirewall"}, {PaletteKind::RouteServer, "routeServer"},
                     {PaletteKind::NetworkVirtualAppliance, "networkVirtualAppliance"},
                     {PaletteKind::OnPremisesSite, "onPremisesSite"}, {PaletteKind::P2sClientGroup, "p2sClientGroup"},
                     {PaletteKind::VirtualHub, "virtualHub"}, {PaletteKind::RouteTable, "routeTable"})

// Why an element cannot be placed where it was dropped.
enum class PlacementRefusal {
    NeedsVirtualNetwork,  // subnets, gateways, firewalls, Route Servers go into a VNet
    NeedsSubnet,          // an NVA goes into a (non-special) subnet
    NeedsVpnGateway,      // a P2S client group attaches to a VPN gateway or a hub
    AlreadyHasGateway,    // one VPN and one ExpressRoute gateway per VNet (R-VPN-11), one Route Server
    NoFreeAddressSpace,   // no room left for the subnet it needs
};

struct PlacementEdit
{
    std::vector<Resource> added;   // new resources, the placed element first
    std::vector<Resource> changed; // resources it changes (a VNet gaining a subnet, a gateway gaining P2S)
    std::optional<PlacementRefusal> refusal;
    Id placedId;                   // the element the user sees appear (a subnet's id for Subnet)
    bool topLevel = false;         // whether it takes its own position on the canvas
};

// Creates an element of `kind` with sensible defaults, dropped onto `target` (the element under the
// drop: a VNet, a subnet, a gateway, a hub, or none). Address space for new VNets, subnets and pools
// is taken from what is free in the design.
PlacementEdit placeElement(const Design &design, PaletteKind kind, const std::optional<Id> &target);

// The first free prefix of `length` inside `within` that overlaps none of `taken`.
std::optional<Prefix> firstFreePrefix(const Prefix &within, int length, const std::vector<Prefix> &taken);

} // namespace spokewise
