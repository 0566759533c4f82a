#pragma once

// The walker of the data plane (internal). One Walker moves one packet from a source endpoint to a
// destination address; with a Walk* it also records every hop (trace), without one it allocates
// nothing (matrix).

#include "routing/engine.h"

#include <array>
#include <initializer_list>

namespace spokewise::routing::detail {

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
