#pragma once

// The resource kinds of a Spokewise design: plain value types with ARM-style property names.
// ../docs/file-format.md documents each kind and property; ROUTING.md (shared) says what each means
// for routing. A resource is an Id, a display name, notes and one of the property structs below.

#include "design/enums.h"
#include "design/id.h"
#include "net/ipv4.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace spokewise {

using net::Ipv4Address;
using net::Prefix;

// ---------------------------------------------------------------- virtual networks

struct Subnet
{
    Id id;
    std::string name; // Azure's subnet name: GatewaySubnet, AzureFirewallSubnet, ... are special
    Prefix addressPrefix;
    std::optional<Id> routeTable;
    std::string notes;
    friend bool operator==(const Subnet &, const Subnet &) = default;
};

// Names Azure reserves for special subnets.
inline constexpr std::string_view kGatewaySubnet = "GatewaySubnet";
inline constexpr std::string_view kAzureFirewallSubnet = "AzureFirewallSubnet";
inline constexpr std::string_view kAzureFirewallManagementSubnet = "AzureFirewallManagementSubnet";
inline constexpr std::string_view kRouteServerSubnet = "RouteServerSubnet";
inline constexpr std::string_view kAzureBastionSubnet = "AzureBastionSubnet";

struct VirtualNetwork
{
    std::string region;
    std::vector<Prefix> addressPrefixes;
    std::vector<Subnet> subnets;
    friend bool operator==(const VirtualNetwork &, const VirtualNetwork &) = default;
};

enum class PeeringState { Connected, Initiated, Disconnected };
SPOKEWISE_ENUM_NAMES(PeeringState, {PeeringState::Connected, "Connected"},
                     {PeeringState::Initiated, "Initiated"}, {PeeringState::Disconnected, "Disconnected"})

enum class PeeringSyncLevel { FullyInSync, LocalNotInSync, RemoteNotInSync, LocalAndRemoteNotInSync };
SPOKEWISE_ENUM_NAMES(PeeringSyncLevel, {PeeringSyncLevel::FullyInSync, "FullyInSync"},
                     {PeeringSyncLevel::LocalNotInSync, "LocalNotInSync"},
                     {PeeringSyncLevel::RemoteNotInSync, "RemoteNotInSync"},
                     {PeeringSyncLevel::LocalAndRemoteNotInSync, "LocalAndRemoteNotInSync"})

// One VNet's own link of a peering, with Azure's defaults.
struct PeeringSide
{
    Id virtualNetwork;
    bool allowVirtualNetworkAccess = true;
    bool allowForwardedTraffic = false;
    bool allowGatewayTransit = false;
    bool useRemoteGateways = false;
    PeeringState peeringState = PeeringState::Connected;
    PeeringSyncLevel peeringSyncLevel = PeeringSyncLevel::FullyInSync;
    friend bool operator==(const PeeringSide &, const PeeringSide &) = default;
};

// A peering is one element for the pair; each side owns its flags.
struct VirtualNetworkPeering
{
    std::array<PeeringSide, 2> sides;
    friend bool operator==(const VirtualNetworkPeering &, const VirtualNetworkPeering &) = default;
};

// ---------------------------------------------------------------- gateways

enum class VpnGatewaySku {
    Basic, VpnGw1, VpnGw2, VpnGw3, VpnGw4, VpnGw5, VpnGw1AZ, VpnGw2AZ, VpnGw3AZ, VpnGw4AZ, VpnGw5AZ
};
SPOKEWISE_ENUM_NAMES(VpnGatewaySku, {VpnGatewaySku::Basic, "Basic"}, {VpnGatewaySku::VpnGw1, "VpnGw1"},
                     {VpnGatewaySku::VpnGw2, "VpnGw2"}, {VpnGatewaySku::VpnGw3, "VpnGw3"},
                     {VpnGatewaySku::VpnGw4, "VpnGw4"}, {VpnGatewaySku::VpnGw5, "VpnGw5"},
                     {VpnGatewaySku::VpnGw1AZ, "VpnGw1AZ"}, {VpnGatewaySku::VpnGw2AZ, "VpnGw2AZ"},
                     {VpnGatewaySku::VpnGw3AZ, "VpnGw3AZ"}, {VpnGatewaySku::VpnGw4AZ, "VpnGw4AZ"},
                     {VpnGatewaySku::VpnGw5AZ, "VpnGw5AZ"})

enum class VpnType { RouteBased, PolicyBased };
SPOKEWISE_ENUM_NAMES(VpnType, {VpnType::RouteBased, "RouteBased"}, {VpnType::PolicyBased, "PolicyBased"})

enum class VpnClientProtocol { IkeV2, OpenVPN, SSTP };
SPOKEWISE_ENUM_NAMES(VpnClientProtocol, {VpnClientProtocol::IkeV2, "IkeV2"},
                     {VpnClientProtocol::OpenVPN, "OpenVPN"}, {VpnClientProtocol::SSTP, "SSTP"})

enum class VpnAuthenticationType { Certificate, Radius, AAD };
SPOKEWISE_ENUM_NAMES(VpnAuthenticationType, {VpnAuthenticationType::Certificate, "Certificate"},
                     {VpnAuthenticationType::Radius, "Radius"}, {VpnAuthenticationType::AAD, "AAD"})

// Point-to-site configuration of a VPN gateway.
struct VpnClientConfiguration
{
    std::vector<Prefix> vpnClientAddressPool;
    std::vector<VpnClientProtocol> vpnClientProtocols;
    std::vector<VpnAuthenticationType> vpnAuthenticationTypes;
    std::vector<Prefix> customRoutes; // pushed to every P2S client (R-P2S-4)
    friend bool operator==(const VpnClientConfiguration &, const VpnClientConfiguration &) = default;
};

inline constexpr std::uint32_t kAzureDefaultAsn = 65515;

// A VPN-type virtual network gateway; lives in its VNet's GatewaySubnet.
struct VpnGateway
{
    Id virtualNetwork;
    VpnGatewaySku sku = VpnGatewaySku::VpnGw1AZ;
    VpnType vpnType = VpnType::RouteBased;
    bool activeActive = false;
    bool enableBgp = false;
    std::uint32_t asn = kAzureDefaultAsn;
    std::optional<VpnClientConfiguration> vpnClientConfiguration;
    friend bool operator==(const VpnGateway &, const VpnGateway &) = default;
};

enum class ExpressRouteGatewaySku {
    Standard, HighPerformance, UltraPerformance, ErGw1AZ, ErGw2AZ, ErGw3AZ, ErGwScale
};
SPOKEWISE_ENUM_NAMES(ExpressRouteGatewaySku, {ExpressRouteGatewaySku::Standard, "Standard"},
                     {ExpressRouteGatewaySku::HighPerformance, "HighPerformance"},
                     {ExpressRouteGatewaySku::UltraPerformance, "UltraPerformance"},
                     {ExpressRouteGatewaySku::ErGw1AZ, "ErGw1AZ"}, {ExpressRouteGatewaySku::ErGw2AZ, "ErGw2AZ"},
                     {ExpressRouteGatewaySku::ErGw3AZ, "ErGw3AZ"},
                     {ExpressRouteGatewaySku::ErGwScale, "ErGwScale"})

// An ExpressRoute-type virtual network gateway; lives in its VNet's GatewaySubnet.
struct ExpressRouteGateway
{
    Id virtualNetwork;
    ExpressRouteGatewaySku sku = ExpressRouteGatewaySku::ErGw1AZ;
    std::optional<int> scaleUnits;       // ErGwScale only: 1..40
    bool allowRemoteVnetTraffic = false; // R-ER-8: VNet-to-VNet through the circuit
    friend bool operator==(const ExpressRouteGateway &, const ExpressRouteGateway &) = default;
};

// ---------------------------------------------------------------- ExpressRoute circuits

enum class CircuitTier { Local, Standard, Premium };
SPOKEWISE_ENUM_NAMES(CircuitTier, {CircuitTier::Local, "Local"}, {CircuitTier::Standard, "Standard"},
                     {CircuitTier::Premium, "Premium"})

enum class CircuitFamily { MeteredData, UnlimitedData };
SPOKEWISE_ENUM_NAMES(CircuitFamily, {CircuitFamily::MeteredData, "MeteredData"},
                     {CircuitFamily::UnlimitedData, "UnlimitedData"})

// Bandwidths a provider circuit can be ordered with, in Mbps.
inline constexpr std::array<int, 8> kCircuitBandwidthsMbps = {50, 100, 200, 500, 1000, 2000, 5000, 10000};

struct ExpressRouteCircuit
{
    int bandwidthInMbps = 1000;
    CircuitTier tier = CircuitTier::Standard;
    CircuitFamily family = CircuitFamily::MeteredData;
    std::string peeringLocation;
    friend bool operator==(const ExpressRouteCircuit &, const ExpressRouteCircuit &) = default;
};

// ---------------------------------------------------------------- on-premises

// What the on-premises devices of a site send into one of the site's tunnels or circuits. Azure
// cannot see this, so the architect states it.
struct SiteConnectionPolicy
{
    Id connection;                                    // a siteToSiteConnection or circuitSiteConnection
    std::optional<std::vector<Prefix>> advertisedPrefixes; // BGP; absent = the site's addressPrefixes
    int asPathPrepend = 0;                            // extra copies of the site's ASN (0..10)
    int localPreference = 100;                        // on-prem preference for routes learned here
    std::vector<Prefix> staticRoutes;                 // destinations the device routes into it statically
    friend bool operator==(const SiteConnectionPolicy &, const SiteConnectionPolicy &) = default;
};

struct OnPremisesSite
{
    std::vector<Prefix> addressPrefixes;
    std::optional<std::uint32_t> bgpAsn; // absent: the site speaks no BGP
    std::vector<SiteConnectionPolicy> connectionPolicies;
    friend bool operator==(const OnPremisesSite &, const OnPremisesSite &) = default;
};

// ---------------------------------------------------------------- connections

// Site-to-site VPN between a VPN gateway (or a Virtual WAN hub's VPN gateway) and an on-premises site.
struct SiteToSiteConnection
{
    std::optional<Id> vpnGateway; // exactly one of vpnGateway / virtualHub
    std::optional<Id> virtualHub;
    Id site;
    bool enableBgp = false;
    std::vector<Prefix> localNetworkGatewayPrefixes; // the LNG's address prefixes (static routes)
    bool usePolicyBasedTrafficSelectors = false;
    friend bool operator==(const SiteToSiteConnection &, const SiteToSiteConnection &) = default;
};

struct VnetToVnetConnection
{
    std::array<Id, 2> vpnGateways;
    bool enableBgp = false;
    friend bool operator==(const VnetToVnetConnection &, const VnetToVnetConnection &) = default;
};

// Links an ExpressRoute gateway (or a Virtual WAN hub's ER gateway) to a circuit.
struct ExpressRouteConnection
{
    std::optional<Id> expressRouteGateway; // exactly one of expressRouteGateway / virtualHub
    std::optional<Id> virtualHub;
    Id circuit;
    int routingWeight = 0; // 0..32000, higher wins (§5.5)
    friend bool operator==(const ExpressRouteConnection &, const ExpressRouteConnection &) = default;
};

// The on-premises side of a circuit's private peering.
struct CircuitSiteConnection
{
    Id circuit;
    Id site;
    friend bool operator==(const CircuitSiteConnection &, const CircuitSiteConnection &) = default;
};

struct GlobalReachConnection
{
    std::array<Id, 2> circuits;
    friend bool operator==(const GlobalReachConnection &, const GlobalReachConnection &) = default;
};

// ---------------------------------------------------------------- point-to-site clients

enum class ClientOs { Windows, Other };
SPOKEWISE_ENUM_NAMES(ClientOs, {ClientOs::Windows, "windows"}, {ClientOs::Other, "other"})

// A group of remote users connecting to a VPN gateway (or a Virtual WAN hub's P2S gateway).
struct P2sClientGroup
{
    std::optional<Id> vpnGateway; // exactly one of vpnGateway / virtualHub
    std::optional<Id> virtualHub;
    ClientOs clientOs = ClientOs::Windows;
    VpnClientProtocol protocol = VpnClientProtocol::IkeV2;
    int users = 1;
    std::vector<Prefix> manualRoutes; // routes the users add to their clients by hand
    bool profileDownloadedBeforeLastChange = false;
    friend bool operator==(const P2sClientGroup &, const P2sClientGroup &) = default;
};

// ---------------------------------------------------------------- firewall, route tables, NVAs

enum class AzureFirewallSku { Basic, Standard, Premium };
SPOKEWISE_ENUM_NAMES(AzureFirewallSku, {AzureFirewallSku::Basic, "Basic"},
                     {AzureFirewallSku::Standard, "Standard"}, {AzureFirewallSku::Premium, "Premium"})

enum class RuleAction { Allow, Deny };
SPOKEWISE_ENUM_NAMES(RuleAction, {RuleAction::Allow, "Allow"}, {RuleAction::Deny, "Deny"})

struct NetworkRule
{
    std::string name;
    RuleAction action = RuleAction::Allow;
    std::vector<Prefix> sourceAddresses;
    std::vector<Prefix> destinationAddresses;
    friend bool operator==(const NetworkRule &, const NetworkRule &) = default;
};

// Azure Firewall in a VNet's AzureFirewallSubnet, or in a Virtual WAN hub (secured hub).
struct AzureFirewall
{
    std::optional<Id> virtualNetwork; // exactly one of virtualNetwork / virtualHub
    std::optional<Id> virtualHub;
    AzureFirewallSku sku = AzureFirewallSku::Standard;
    std::optional<Ipv4Address> privateIpAddress; // required in a VNet
    bool forcedTunneling = false;                 // runs with AzureFirewallManagementSubnet
    std::vector<NetworkRule> networkRules;        // first match wins; no match denies
    friend bool operator==(const AzureFirewall &, const AzureFirewall &) = default;
};

enum class NextHopType { VirtualNetworkGateway, VnetLocal, Internet, VirtualAppliance, None };
SPOKEWISE_ENUM_NAMES(NextHopType, {NextHopType::VirtualNetworkGateway, "VirtualNetworkGateway"},
                     {NextHopType::VnetLocal, "VnetLocal"}, {NextHopType::Internet, "Internet"},
                     {NextHopType::VirtualAppliance, "VirtualAppliance"}, {NextHopType::None, "None"})

struct Route
{
    std::string name;
    Prefix addressPrefix;
    NextHopType nextHopType = NextHopType::VirtualAppliance;
    std::optional<Ipv4Address> nextHopIpAddress; // VirtualAppliance only
    friend bool operator==(const Route &, const Route &) = default;
};

struct RouteTable
{
    std::vector<Route> routes;
    bool disableBgpRoutePropagation = false; // portal: "Propagate gateway routes" = No
    friend bool operator==(const RouteTable &, const RouteTable &) = default;
};

enum class HubRoutingPreference { ExpressRoute, VpnGateway, ASPath };
SPOKEWISE_ENUM_NAMES(HubRoutingPreference, {HubRoutingPreference::ExpressRoute, "ExpressRoute"},
                     {HubRoutingPreference::VpnGateway, "VpnGateway"},
                     {HubRoutingPreference::ASPath, "ASPath"})

// Azure Route Server in a VNet's RouteServerSubnet.
struct RouteServer
{
    Id virtualNetwork;
    bool allowBranchToBranchTraffic = false;
    HubRoutingPreference hubRoutingPreference = HubRoutingPreference::ExpressRoute;
    int routingInfrastructureUnits = 2; // 2..100
    friend bool operator==(const RouteServer &, const RouteServer &) = default;
};

// A network virtual appliance (VM) with a NIC in a subnet.
struct NetworkVirtualAppliance
{
    Id subnet;
    Ipv4Address privateIpAddress;
    bool enableIpForwarding = true;
    std::optional<std::uint32_t> bgpAsn;
    std::vector<Prefix> advertisedPrefixes; // what it advertises to its BGP peers
    int instanceCount = 1;
    std::string vmSize = "Standard_D2s_v5";
    friend bool operator==(const NetworkVirtualAppliance &, const NetworkVirtualAppliance &) = default;
};

// A BGP session between a Route Server and an NVA.
struct BgpPeering
{
    Id routeServer;
    Id networkVirtualAppliance;
    friend bool operator==(const BgpPeering &, const BgpPeering &) = default;
};

// ---------------------------------------------------------------- Virtual WAN

enum class VirtualWanType { Basic, Standard };
SPOKEWISE_ENUM_NAMES(VirtualWanType, {VirtualWanType::Basic, "Basic"}, {VirtualWanType::Standard, "Standard"})

struct VirtualWan
{
    VirtualWanType type = VirtualWanType::Standard;
    bool allowBranchToBranchTraffic = true;
    friend bool operator==(const VirtualWan &, const VirtualWan &) = default;
};

struct HubStaticRoute
{
    std::string name;
    std::vector<Prefix> destinations;
    Id nextHop; // an Azure Firewall in the hub, or a virtualHubConnection
    friend bool operator==(const HubStaticRoute &, const HubStaticRoute &) = default;
};

struct HubRouteTable
{
    std::string name;
    std::vector<std::string> labels;
    std::vector<HubStaticRoute> routes;
    friend bool operator==(const HubRouteTable &, const HubRouteTable &) = default;
};

struct RoutingIntent
{
    bool internetTrafficPolicy = false;
    bool privateTrafficPolicy = false;
    std::vector<Prefix> additionalPrivatePrefixes;
    friend bool operator==(const RoutingIntent &, const RoutingIntent &) = default;
};

struct HubGateway
{
    int scaleUnits = 1;
    friend bool operator==(const HubGateway &, const HubGateway &) = default;
};

struct HubP2sGateway
{
    int scaleUnits = 1;
    std::vector<Prefix> vpnClientAddressPool;
    friend bool operator==(const HubP2sGateway &, const HubP2sGateway &) = default;
};

// Which hub route table a connection associates with and which it propagates to (§6.3).
struct HubRoutingConfiguration
{
    std::string associatedRouteTable = "defaultRouteTable";
    std::vector<std::string> propagatedRouteTables = {"defaultRouteTable"};
    std::vector<std::string> propagatedLabels = {"default"};
    bool enableInternetSecurity = false;
    friend bool operator==(const HubRoutingConfiguration &, const HubRoutingConfiguration &) = default;
};

struct VirtualHub
{
    Id virtualWan;
    std::string region;
    Prefix addressPrefix;
    std::optional<HubGateway> vpnGateway;
    std::optional<HubGateway> expressRouteGateway;
    std::optional<HubP2sGateway> p2sVpnGateway;
    HubRoutingPreference hubRoutingPreference = HubRoutingPreference::ExpressRoute;
    std::vector<HubRouteTable> routeTables; // defaultRouteTable and noneRouteTable are implicit
    std::optional<RoutingIntent> routingIntent;
    HubRoutingConfiguration branchRoutingConfiguration; // shared by the hub's S2S, ER and P2S connections
    friend bool operator==(const VirtualHub &, const VirtualHub &) = default;
};

// A VNet attached to a Virtual WAN hub.
struct VirtualHubConnection
{
    Id virtualHub;
    Id virtualNetwork;
    HubRoutingConfiguration routingConfiguration;
    friend bool operator==(const VirtualHubConnection &, const VirtualHubConnection &) = default;
};

// ---------------------------------------------------------------- intents

enum class IntentExpectation { MustReach, MustNotReach };
SPOKEWISE_ENUM_NAMES(IntentExpectation, {IntentExpectation::MustReach, "mustReach"},
                     {IntentExpectation::MustNotReach, "mustNotReach"})

// The Internet as an endpoint: an id no element may take.
inline constexpr std::string_view kInternetEndpointId = "internet";

// "must reach" / "must not reach" between two endpoints (subnets, sites, P2S client groups, internet).
struct Intent
{
    Id source;
    Id destination;
    IntentExpectation expectation = IntentExpectation::MustReach;
    friend bool operator==(const Intent &, const Intent &) = default;
};

// Expected traffic between two endpoints, priced along the path the routing model finds.
struct TrafficFlow
{
    Id source;
    Id destination;
    double gigabytesPerMonth = 0;   // source -> destination
    double returnGigabytesPerMonth = 0; // destination -> source
    friend bool operator==(const TrafficFlow &, const TrafficFlow &) = default;
};

// ---------------------------------------------------------------- the closed set of kinds

// Order matters: ResourceKind's values are the variant's indexes.
using ResourceProperties =
    std::variant<VirtualNetwork, VirtualNetworkPeering, VpnGateway, ExpressRouteGateway, ExpressRouteCircuit,
                 OnPremisesSite, SiteToSiteConnection, VnetToVnetConnection, ExpressRouteConnection,
                 CircuitSiteConnection, GlobalReachConnection, P2sClientGroup, AzureFirewall, RouteTable,
                 RouteServer, NetworkVirtualAppliance, BgpPeering, VirtualWan, VirtualHub,
                 VirtualHubConnection, Intent, TrafficFlow>;

enum class ResourceKind {
    VirtualNetwork, VirtualNetworkPeering, VpnGateway, ExpressRouteGateway, ExpressRouteCircuit,
    OnPremisesSite, SiteToSiteConnection, VnetToVnetConnection, ExpressRouteConnection,
    CircuitSiteConnection, GlobalReachConnection, P2sClientGroup, AzureFirewall, RouteTable,
    RouteServer, NetworkVirtualAppliance, BgpPeering, VirtualWan, VirtualHub, VirtualHubConnection, Intent,
    TrafficFlow
};
static_assert(std::variant_size_v<ResourceProperties> == static_cast<std::size_t>(ResourceKind::TrafficFlow) + 1);

SPOKEWISE_ENUM_NAMES(ResourceKind, {ResourceKind::VirtualNetwork, "virtualNetwork"},
                     {ResourceKind::VirtualNetworkPeering, "virtualNetworkPeering"},
                     {ResourceKind::VpnGateway, "vpnGateway"},
                     {ResourceKind::ExpressRouteGateway, "expressRouteGateway"},
                     {ResourceKind::ExpressRouteCircuit, "expressRouteCircuit"},
                     {ResourceKind::OnPremisesSite, "onPremisesSite"},
                     {ResourceKind::SiteToSiteConnection, "siteToSiteConnection"},
                     {ResourceKind::VnetToVnetConnection, "vnetToVnetConnection"},
                     {ResourceKind::ExpressRouteConnection, "expressRouteConnection"},
                     {ResourceKind::CircuitSiteConnection, "circuitSiteConnection"},
                     {ResourceKind::GlobalReachConnection, "globalReachConnection"},
                     {ResourceKind::P2sClientGroup, "p2sClientGroup"},
                     {ResourceKind::AzureFirewall, "azureFirewall"}, {ResourceKind::RouteTable, "routeTable"},
                     {ResourceKind::RouteServer, "routeServer"},
                     {ResourceKind::NetworkVirtualAppliance, "networkVirtualAppliance"},
                     {ResourceKind::BgpPeering, "bgpPeering"}, {ResourceKind::VirtualWan, "virtualWan"},
                     {ResourceKind::VirtualHub, "virtualHub"},
                     {ResourceKind::VirtualHubConnection, "virtualHubConnection"},
                     {ResourceKind::Intent, "intent"}, {ResourceKind::TrafficFlow, "trafficFlow"})

struct Resource
{
    Id id;
    std::string name;
    std::string notes;
    ResourceProperties properties;

    ResourceKind kind() const { return static_cast<ResourceKind>(properties.index()); }
    template<typename T>
    const T *as() const { return std::get_if<T>(&properties); }
    template<typename T>
    T *as() { return std::get_if<T>(&properties); }
    friend bool operator==(const Resource &, const Resource &) = default;
};

} // namespace spokewise
