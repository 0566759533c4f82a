#pragma once

// Internal state of the routing engine: the compiled index of a design and its control plane.
// Built once per analyze() call and never changed afterwards (see analysis.h for the rationale).

#include "routing/analysis.h"
#include "routing/lpm.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace spokewise::routing::detail {

inline constexpr int kNone = -1;

// One VNet's view of a peering.
struct PeerLink
{
    int peering = kNone;  // resource index
    int self = kNone;     // vnet node
    int peer = kNone;     // vnet node
    const PeeringSide *selfSide = nullptr;
    const PeeringSide *peerSide = nullptr;
    bool connected = false;
};

// A VNet with what serves it: its gateways, Route Server, peer links, Virtual WAN hub.
struct VnetNode
{
    int res = kNone;
    const VirtualNetwork *vnet = nullptr;
    std::vector<int> subnets;       // subnet nodes
    std::vector<int> links;         // peer links (all, connected or not)
    int vpnGw = kNone;              // speaker
    int erGw = kNone;               // speaker
    int routeServer = kNone;        // resource index
    int gatewaySubnet = kNone;      // subnet node
    int gatewayVnet = kNone;        // the VNet whose gateways serve this one (self or remote)
    int remoteLink = kNone;         // the peer link through which remote gateways are used
    int hub = kNone;                // speaker of the Virtual WAN hub this VNet is attached to
    int hubConnection = kNone;      // resource index
    int defaultTable = kNone;       // effective table of subnets without a route table
    bool contains(net::Ipv4Address a) const;
};

// A subnet and the effective table it shares with the subnets of the same (VNet, route table).
struct SubnetNode
{
    int res = kNone;                // the VNet resource
    const Subnet *subnet = nullptr;
    int vnet = kNone;
    int routeTable = kNone;         // resource index
    int table = kNone;              // effective table
    int endpoint = kNone;
};

// Azure Firewall or NVA: a stateful forwarding device.
struct ApplianceNode
{
    int res = kNone;
    bool firewall = false;
    net::Ipv4Address ip;
    int vnet = kNone;
    int subnet = kNone;             // subnet node (the firewall's AzureFirewallSubnet)
    int hub = kNone;                // speaker, for a secured hub
    bool forwarding = true;
    const AzureFirewall *fw = nullptr;
};

// Where an internal route sends a packet.
enum class Tk : std::uint8_t {
    Vnet,          // deliver inside VNet `target`
    Peer,          // cross peer link `aux` into VNet `target`, deliver there
    Gateway,       // to speaker `target`, which follows its RIB route `aux`
    GatewayLookup, // to speaker `target`, which looks the destination up itself
    GatewaySubnet, // from a gateway into VNet `target`: GatewaySubnet's table decides (R-FW-5)
    Appliance,     // to appliance `target` (kNone: black hole)
    Internet,
    Drop,
    Site,          // to site `target` over connection/circuit resource `aux`
    Pool,          // to the P2S clients of speaker `target`
    Remote,        // to speaker `target` from outside, over resource `aux`
};

// An internal route: the public entry plus what the walker needs.
struct Rt
{
    RouteEntry e;
    Tk tk = Tk::Drop;
    int target = kNone;
    int aux = kNone;
    std::uint8_t kindRank = 0; // 0 system, 1 gateway, 2 user (ties, §1.4)
    bool protectedSystem = false; // VnetLocal / VNetPeering system route (§1.4 step 2)
    bool er = false;      // gateway route through ExpressRoute (§5.5)
    bool arsPool = false; // P2S pool learned through Route Server (R-ARS-1)
    bool staticLng = false;
    int ribIndex = kNone; // speaker tables: the RIB route this entry shows
    int via = kNone;      // gateway routes: the connection the route came over
    int hubTable = kNone; // Virtual WAN: the hub route table `aux` indexes (kNone: the hub's RIB)
    std::uint8_t pref = 0; // Virtual WAN: static route, then hub routing preference (§6.3); higher wins
    friend bool operator==(const Rt &, const Rt &) = default;
};

// Routes of one holder, sorted for selection, with their longest-prefix index.
struct RouteSet
{
    std::vector<Rt> routes;
    Lpm lpm;
    void finish(); // sorts and indexes
};

// The effective route table of every subnet with one (VNet, route table) pair.
struct SubnetTable
{
    int vnet = kNone;
    int routeTable = kNone;
    RouteSet set;
    // Virtual WAN: the hub's routes are shared by all its spokes rather than copied (§6.3).
    int hub = kNone;            // speaker
    int hubTable = kNone;       // the hub route table the connection associates with (§6.3)
    bool hubDefault = false;    // the connection takes 0/0 (enableInternetSecurity)
};

enum class SpeakerKind : std::uint8_t { Vpn, Er, Hub };

enum class Egress : std::uint8_t { Local, Site, Speaker, Pool, Appliance, Drop };

// A route in a gateway or hub RIB.
struct RibRoute
{
    net::Prefix prefix;
    RouteOrigin origin = RouteOrigin::Bgp;
    Egress egress = Egress::Drop;
    int target = kNone;        // site, speaker, vnet (hub Local), appliance
    int via = kNone;           // resource index of the connection / circuit / peering it came over
    int origin_res = kNone;    // resource that originated the prefix
    int asPath = 0;
    int weight = 0;
    RuleRef rule = 0;
    std::vector<int> path;     // speakers the announcement went through (loop prevention)
    bool arsPool = false;
    bool fromExpressRoute = false; // learned from a circuit somewhere upstream
    bool fromVpn = false;          // learned from an S2S/P2S branch somewhere upstream
    bool hubStatic = false;        // a static route of a hub route table (§6.3)
    friend bool operator==(const RibRoute &, const RibRoute &) = default;
};

// A Virtual WAN hub route table (§6.3): what its associated connections route with.
struct HubTable
{
    std::string name;
    std::vector<std::string> labels;
    std::vector<RibRoute> rib;     // propagated and static routes
    RouteSet table;                // rib as routes, for lookups at the hub
    std::vector<int> ribToTable;   // rib index -> index in table.routes
    RouteSet vnetFacing[2];        // as associated VNets see them, [1] with 0/0
};

// An Azure-side BGP speaker: a VPN gateway, an ExpressRoute gateway or a Virtual WAN hub.
struct Speaker
{
    SpeakerKind kind = SpeakerKind::Vpn;
    int res = kNone;
    int vnet = kNone;
    const VpnGateway *vpn = nullptr;
    const ExpressRouteGateway *erg = nullptr;
    const VirtualHub *hub = nullptr;
    std::vector<net::Prefix> pool;
    std::vector<int> s2s;          // connection resources
    std::vector<int> v2v;
    std::vector<int> erConns;
    std::vector<int> p2s;          // P2S group resources
    std::vector<int> hubVnets;     // hub: attached vnet nodes
    int firewall = kNone;          // hub: appliance
    std::vector<RibRoute> rib;
    RouteSet table;                // rib as routes, for lookups
    std::vector<int> ribToTable;   // rib index -> index in table.routes
    std::vector<HubTable> hubTables; // hub: [0] defaultRouteTable, [1] noneRouteTable, custom ones
    int branchTable = kNone;       // hub: the table S2S, ER and P2S connections associate with
    int interHubTable = kNone;     // hub: where traffic from another hub is looked up (kNone: RIB)
    bool privateIntent = false;    // hub: routing intent with a private traffic policy in force
    bool internetIntent = false;   // hub: routing intent with an Internet traffic policy in force
};

// An on-premises site: its connections and what it routes into them.
struct SiteNode
{
    int res = kNone;
    const OnPremisesSite *site = nullptr;
    int endpoint = kNone;
    RouteSet routes;               // learned + static
    std::vector<int> connections;  // S2S and circuit-site connection resources
};

// A P2S client group: its gateway and the routes its clients have.
struct ClientNode
{
    int res = kNone;
    const P2sClientGroup *group = nullptr;
    int speaker = kNone;
    int endpoint = kNone;
    RouteSet routes;
    net::Ipv4Address address;
};

// Everything analyze() computes; immutable once built.
struct Engine
{
    Design design;
    std::set<Id> failedIds;
    std::vector<bool> failed;      // by resource index (also set for elements that depend on a failed one)

    std::unordered_map<std::string, int> resIndex;      // id -> resource index
    std::unordered_map<std::string, int> subnetIndex;   // subnet id -> subnet node
    std::vector<int> resVnet;      // resource index -> vnet node
    std::vector<int> resSpeaker;   // resource index -> speaker
    std::vector<int> resSite;
    std::vector<int> resClient;
    std::vector<int> resAppliance;

    std::vector<VnetNode> vnets;
    std::vector<SubnetNode> subnets;
    std::vector<PeerLink> links;
    std::vector<ApplianceNode> appliances;
    std::unordered_map<std::uint32_t, int> applianceByIp;
    std::vector<Speaker> speakers;
    std::vector<SiteNode> sites;
    std::vector<ClientNode> clients;
    std::vector<SubnetTable> tables;
    std::vector<std::vector<Prefix>> domainPrefixes; // per vnet node: its prefixes + spokes (R-PEER-7)
    std::vector<std::vector<RibRoute>> advertised;   // per resource index of a connection: Azure -> site

    std::vector<Endpoint> endpoints;
    std::vector<net::Ipv4Address> endpointAddress;
    std::vector<int> endpointSubnet;   // subnet node or kNone
    std::vector<int> endpointSite;     // site node or kNone
    std::vector<int> endpointClient;   // client node or kNone
    int internetEndpoint = kNone;
    std::unordered_map<std::uint64_t, int> linkByPair; // (self << 32 | peer) -> connected link
    std::vector<std::pair<Prefix, int>> vnetPrefixes;  // (prefix, vnet node), sorted for vnetLpm
    Lpm vnetLpm;
    int vnetContaining(net::Ipv4Address a) const;      // kNone when no VNet holds the address
    std::unordered_map<std::string, int> endpointIndex;
    net::Ipv4Address internetAddress;

    // Matrix by endpoint class.
    std::vector<int> endpointClass;
    int classCount = 0;
    std::vector<MatrixCell> classCells; // classCount * classCount
    bool matrixComputed = false;

    // Incremental re-analysis (matrix.cpp, incremental.cpp). A block is an unordered class pair
    // (a, b >= a): its two walks and two verdicts. With `keepDeps`, the keys (data_plane.h) of
    // the nodes each block read are kept: row a's blocks in depKeys[a], block (a, b) from
    // depOffsets[a][b - a] to depOffsets[a][b - a + 1].
    bool keepDeps = false;
    bool depsKept = false;
    std::vector<std::vector<std::uint32_t>> depKeys;
    std::vector<std::vector<std::uint32_t>> depOffsets;
    MatrixStats matrixStats;

    std::vector<Finding> findings;
    std::vector<IntentResult> intents;

    const Resource &resource(int index) const { return design.resources[static_cast<std::size_t>(index)]; }
    const Id &idOf(int index) const { return resource(index).id; }
    int find(const Id &id) const;
    bool isFailed(int res) const { return res >= 0 && failed[static_cast<std::size_t>(res)]; }

    // control_plane.cpp
    void build();
    // data_plane.cpp
    FlowResult traceFlow(int fromEndpoint, int toEndpoint, net::Ipv4Address dst, bool detailed) const;
    // matrix.cpp; `previous` (may be null) lends the blocks an edit did not touch
    void computeMatrix(int threads, const Engine *previous = nullptr);
    // findings.cpp
    void computeFindings();
};

// incremental.cpp: whether the blocks of `before` can be reused for `after` at all (same resources,
// endpoints, classes, assumptions, failures and node indexes), and which nodes differ, by Dep kind.
bool sameFrame(const Engine &before, const Engine &after);
std::array<std::vector<char>, 11> changedNodes(const Engine &before, const Engine &after);

bool isPrivate(net::Ipv4Address a);
// The Virtual WAN hub routes a subnet table shares (its connection's associated table), or null.
const RouteSet *hubFacing(const Engine &e, const SubnetTable &t);
Id subnetVnetId(const Engine &e, int subnetNode);

} // namespace spokewise::routing::detail
