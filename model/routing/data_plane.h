#pragma once

// The walker of the data plane (internal). One Walker moves one packet from a source endpoint to a
// destination address; with a Walk* it also records every hop (trace), without one it allocates
// nothing (matrix).

#include "routing/engine.h"

#include <array>
#include <initializer_list>

namespace spokewise::routing::detail {

// Incremental re-analysis (matrix.cpp): while a matrix block is walked, every node of the engine
// the walks and verdicts read is noted, so that a re-analysis after an edit re-walks only the
// blocks that read a node the edit changed. The walker and decide() reach nodes only through the
// accessors below. Node indexes and everything global (ids, endpoints, assumptions) must be the same
// in both analyses for a block to be reused at all.
enum class Dep : std::uint8_t {
    Table,     // a SubnetTable
    Speaker,   // a gateway or hub (its RIB, tables, pool, connections)
    Site,      // a SiteNode and its resource
    Client,    // a ClientNode and its resource
    Appliance, // an ApplianceNode and its resource
    Link,      // a PeerLink and the peering resource
    Vnet,      // a VnetNode, its subnet nodes and the VNet resource
    Resource,  // one resource
    AllSites,  // every site and its connections (scanned for an explanation)
    AllPools,  // every speaker's P2S pool
    AllVnets,  // every VNet's gateways and Route Server
};
inline constexpr int kDepKinds = 11;

inline std::uint32_t depKey(Dep kind, int index)
{
    return (static_cast<std::uint32_t>(kind) << 24) | static_cast<std::uint32_t>(index);
}

// Where the keys of the block being walked go; null (the default) outside the matrix.
extern thread_local std::vector<std::uint32_t> *tDeps;

inline void touch(Dep kind, int index)
{
    if (tDeps && index >= 0) {
        const std::uint32_t key = depKey(kind, index);
        if (tDeps->empty() || tDeps->back() != key)
            tDeps->push_back(key);
    }
}

inline const SubnetTable &tableAt(const Engine &e, int i)
{
    touch(Dep::Table, i);
    return e.tables[static_cast<std::size_t>(i)];
}
inline const Speaker &speakerAt(const Engine &e, int i)
{
    touch(Dep::Speaker, i);
    return e.speakers[static_cast<std::size_t>(i)];
}
inline const SiteNode &siteAt(const Engine &e, int i)
{
    touch(Dep::Site, i);
    return e.sites[static_cast<std::size_t>(i)];
}
inline const ClientNode &clientAt(const Engine &e, int i)
{
    touch(Dep::Client, i);
    return e.clients[static_cast<std::size_t>(i)];
}
inline const ApplianceNode &applianceAt(const Engine &e, int i)
{
    touch(Dep::Appliance, i);
    return e.appliances[static_cast<std::size_t>(i)];
}
inline const PeerLink &linkAt(const Engine &e, int i)
{
    touch(Dep::Link, i);
    return e.links[static_cast<std::size_t>(i)];
}
inline const VnetNode &vnetAt(const Engine &e, int i)
{
    touch(Dep::Vnet, i);
    return e.vnets[static_cast<std::size_t>(i)];
}
// A subnet node is part of its VNet's state.
inline const SubnetNode &subnetAt(const Engine &e, int i)
{
    const SubnetNode &s = e.subnets[static_cast<std::size_t>(i)];
    touch(Dep::Vnet, s.vnet);
    return s;
}
inline const Resource &resourceAt(const Engine &e, int i)
{
    touch(Dep::Resource, i);
    return e.resource(i);
}

// The route a holder selects for a destination (§1.4, §5.5).
struct Selection
{
    int index = kNone;
    bool ecmp = false;  // an equally good route with another next hop exists
    bool tie = false;   // an equal route whose tie-break Microsoft does not document (§10-I)
    bool contested = false; // another usable route with the same prefix lost on preference (§5.5)
    bool protectedCovers = false; // a VnetLocal/VNetPeering route covers the destination
    const Rt *route = nullptr;
};

Selection select(const RouteSet &set, std::uint32_t dst, bool subnetSemantics);
// A subnet table's choice, including the Virtual WAN hub routes it shares (§1.4, §6.3).
Selection selectInTable(const Engine &e, const SubnetTable &t, std::uint32_t dst);

// Element references in walk results: >= 0 a resource index, <= -2 a subnet node (-2 - index).
inline int subnetRef(int subnetNode) { return -2 - subnetNode; }

// The compact outcome of one walk.
struct WalkOut
{
    Reason reason = Reason::NoRoute;
    RuleRef rule = 0;
    std::array<int, 4> elements{};
    std::size_t elementCount = 0;
    std::array<RuleRef, 3> extraRules{};
    std::size_t extraRuleCount = 0;
    std::array<int, 6> stateful{};   // appliances traversed, in order
    std::size_t statefulCount = 0;
    int deliveredEndpoint = kNone;
    int stuckAtSite = kNone;
    std::uint32_t path = 2166136261u; // signature of the transit elements
    bool touchedClient = false;
    bool touchedCircuit = false;
    bool usedArsPool = false;
    bool usedLenientForwarding = false;
    bool staleRoute = false;
    bool undocumentedTie = false;
    bool throughHub = false;
    // Neutral walks (matrix) note checks that only bind the initiating direction and go on.
    Reason softReason = Reason::Delivered;
    RuleRef softRule = 0;
    int softElement = kNone;
};

// Moves one packet through the design, holder by holder (see the file comment).
class Walker final
{
public:
    Walker(const Engine &e, net::Ipv4Address src, net::Ipv4Address dst, bool reply, Walk *detail);

    // Neutral mode: access and firewall-rule checks are recorded instead of ending the walk, so
    // that one walk serves as a forward walk and as the reply walk of the opposite flow.
    void setNeutral() { m_neutral = true; }
    // A P2S source behaves as if its client had a route for the destination (fix evaluation).
    void assumeClientRoute() { m_assumeClientRoute = true; }
    void setExpectedEndpoint(int endpoint) { m_expectedEndpoint = endpoint; }
    void fromEndpoint(int endpoint);
    const WalkOut &out() const { return m_out; }

private:
    enum class State { Table, SpeakerLookup, Site };

    void run();
    void stepTable();
    void stepSpeakerLookup();
    void stepSite();
    void followRib(int speaker, const Rt &r, bool ecmp);
    void atSite(int site, int viaRes);
    void deliverInVnet(int vnet);
    bool crossPeering(int linkIndex);
    bool enterAppliance(int appliance, int fromVnet);
    bool enterHubFirewall(int appliance); // true when the appliance is a hub's firewall
    int applianceTable(int appliance) const;
    int gatewayTable(int vnet) const;
    int holderRef() const { return m_holderSubnet != kNone ? subnetRef(m_holderSubnet) : m_holder; }

    void hop(int ref, const Rt *route, RuleRef why, bool ecmp = false);
    void hopId(const Id &id, RuleRef why);
    void finish(Reason reason, RuleRef why, std::initializer_list<int> elements);
    void addRule(RuleRef why);

    const Engine &m_e;
    std::uint32_t m_src;
    std::uint32_t m_dst;
    bool m_reply;
    Walk *m_detail;
    WalkOut m_out;
    bool m_done = false;
    bool m_neutral = false;
    bool m_assumeClientRoute = false;
    bool m_viaAppliance = false;
    bool m_fromGateway = false;
    State m_state = State::Table;
    int m_index = kNone;         // table, speaker or site, by state
    int m_vnet = kNone;
    int m_holder = kNone;        // resource holding the current table
    int m_holderSubnet = kNone;  // subnet node when the holder is a subnet
    int m_expectedEndpoint = kNone;
    int m_hubTable = kNone;      // Virtual WAN: the hub table of the next hub lookup (kNone: its RIB)
    bool m_afterHubFirewall = false;
};

// The id of an element reference (see subnetRef).
Id refId(const Engine &e, int ref);

// A verdict from a forward walk and (when the forward walk delivered) a reply walk.
struct Decision
{
    Verdict verdict = Verdict::Unreachable;
    Reason reason = Reason::NoRoute;
    Direction direction = Direction::Forward;
    std::array<RuleRef, 4> rules{};
    std::size_t ruleCount = 0;
    std::array<int, 6> elements{};
    std::size_t elementCount = 0;
    bool lenientForwarding = false;
    bool empiricalP2sEr = false;
    Fix fix;               // filled only when `withFix`
};

Decision decide(const Engine &e, int from, int to, const WalkOut &f, const WalkOut *b, bool withFix);

// The forward walk needed for (from -> to) is also the reply walk of (to -> from) in neutral mode.
WalkOut neutralWalk(const Engine &e, int from, int to);

} // namespace spokewise::routing::detail
