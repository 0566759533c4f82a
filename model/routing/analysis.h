#pragma once

// The routing engine: what Azure would do with a design (ROUTING.md is the specification).
//
// Design rationale
// ----------------
// * Snapshot in, value out. analyze() copies the Design and the set of failed element ids into an
//   immutable Engine (shared by the returned Analysis) and computes everything from it. Nothing
//   refers back to a live document, so a background thread can run it and a stale result can
//   simply be dropped. Failed elements are treated as absent; a circuit takes its connections with
//   it, a gateway its connections and P2S groups.
// * Three layers, kept apart as ROUTING.md §0 recommends:
//   1. control plane (control_plane.cpp): a compiled index of the design, then every route holder's
//      table. Azure-side BGP speakers (VPN gateways, ExpressRoute gateways, Virtual WAN hubs)
//      exchange routes by path-vector propagation along V2V/S2S BGP sessions, shared circuits
//      (R-ER-8), Route Server branch-to-branch (§6.2) and hub-to-hub links (§6.3); on-premises
//      sites are leaves whose advertisements and static routes are INPUTS (connectionPolicies).
//      Subnet tables (system, peering, gateway-propagated, UDR) are built once per (VNet, route
//      table) pair and shared by the subnets that have the same pair.
//   2. data plane (data_plane.cpp): a walker that moves one packet from holder to holder using the
//      route each holder selects (§1.4 longest prefix match with the VnetLocal/VNetPeering
//      exception, then UDR > gateway > system; §5.5 ExpressRoute > VPN, weight, AS path, ECMP).
//      A flow is reachable only if the forward AND the return walk deliver and every stateful
//      device (Azure Firewall, NVA) saw both directions (§0.3, §7.4).
//   3. aggregate views: the reachability matrix (matrix.cpp), findings M-x (findings.cpp), intents,
//      and the what-if diff (whatif.cpp).
// * Explanations are data. Every route, hop and verdict carries a rule id from ROUTING.md (codes.h),
//   the element ids that put it there, and codes; never English. The CLI and the Qt side own the
//   texts.
// * The matrix exploits shared routing state: endpoints with the same (VNet, route table, firewall
//   rule signature) walk identically, so one walk per class pair serves all their endpoints, and a
//   class pair's forward walk doubles as the opposite pair's return walk. Walks in the matrix keep
//   no hop lists (only verdict, reason, rule and a path signature); trace() re-walks one flow in
//   full on demand.
// * Where ROUTING.md §10 records a conflict, Design::assumptions chooses; results list which
//   assumptions a verdict depended on.

#include "design/design.h"
#include "routing/codes.h"

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace spokewise::routing {

namespace detail {
struct Engine;
}
struct RouteChoice; // route_choice.h

// One route of a route holder (a subnet, a gateway, a hub, a site, a P2S client group).
struct RouteEntry
{
    net::Prefix prefix;
    RouteOrigin origin = RouteOrigin::Default;
    NextHop nextHop = NextHop::None;
    std::optional<net::Ipv4Address> nextHopIp;
    Id nextHopElement;           // the gateway, peer VNet, connection, circuit, appliance, hub ...
    std::vector<Id> elements;    // the elements that put the route there (peering, route table, ...)
    RuleRef rule = 0;            // the rule that put it there
    bool valid = true;           // false: listed by Azure but never used
    RuleRef invalidRule = 0;     // why it is invalid (R-UDR-*)
    int asPathLength = 0;        // gateway and on-premises routes
    int weight = 0;              // ExpressRoute connection weight (§5.5)
    int localPreference = 0;     // on-premises routes
    bool uncertain = false;      // P2S: in a stale Windows profile or not (§4.5)
    std::string hubTable;        // Virtual WAN: the hub route table holding the route (§6.3)
    friend bool operator==(const RouteEntry &, const RouteEntry &) = default;
};

// The routes of one holder.
struct RouteTableView
{
    Id holder;                   // subnet, gateway, hub, site, P2S group
    std::vector<RouteEntry> routes; // sorted by prefix then origin
};

// One step of a walked flow.
struct Hop
{
    Id element;                  // where the packet is
    std::optional<RouteEntry> route; // the route used to leave it (none at delivery / drop)
    RuleRef rule = 0;            // the rule that decided this step
    bool ecmp = false;           // several equal routes; the first was followed
};

// An obvious fix with its arguments (ids and prefixes).
struct Fix
{
    FixCode code = FixCode::None;
    std::vector<std::string> args;
    friend bool operator==(const Fix &, const Fix &) = default;
};

// The outcome of one walk in one direction.
struct Walk
{
    std::vector<Hop> hops;
    Reason reason = Reason::NoRoute;
    RuleRef rule = 0;
    std::vector<Id> elements;    // the elements that decided the outcome
    bool delivered() const { return reason == Reason::Delivered; }
};

// A flow's verdict with its explanation.
struct FlowResult
{
    Id source;
    Id destination;              // an endpoint id, or empty when the destination is an address
    net::Ipv4Address sourceAddress;
    net::Ipv4Address destinationAddress;
    Verdict verdict = Verdict::Unreachable;
    Reason reason = Reason::NoRoute;
    Direction decidedBy = Direction::Forward;
    std::vector<RuleRef> rules;  // deciding rules, most specific first
    std::vector<Id> elements;    // deciding elements
    std::vector<std::string> assumptions; // names of the Assumptions switches the verdict relied on
    Fix fix;
    Walk forward;
    Walk back;                   // empty when the forward walk failed
};

// A finding of ROUTING.md §8 (or an intent violation).
struct Finding
{
    RuleRef check = 0;           // M-x
    Severity severity = Severity::Warning;
    std::string code;            // sub-case of the check, e.g. "use-remote-gateways-without-transit"
    std::vector<Id> elements;
    std::vector<std::string> args;
    friend bool operator==(const Finding &, const Finding &) = default;
};

// An intent checked against the matrix.
struct IntentResult
{
    Id intent;
    bool satisfied = false;
    Verdict verdict = Verdict::Unreachable;
    Reason reason = Reason::NoRoute;
    RuleRef rule = 0;
};

// An endpoint of the matrix: a subnet, an on-premises site, a P2S client group or "internet".
struct Endpoint
{
    Id id;
    ResourceKind kind = ResourceKind::VirtualNetwork; // VirtualNetwork for subnets
    bool internet = false;
};

// One cell of the matrix; compact, so that 4,000 x 4,000 endpoints fit easily.
struct MatrixCell
{
    Verdict verdict = Verdict::Unreachable;
    Reason reason = Reason::NoRoute;
    RuleRef rule = 0;
    std::uint32_t path = 0;      // signature of the forward path's transit elements
};

// What analyze() should do besides the control plane.
struct AnalyzeOptions
{
    std::set<Id> failed;         // elements treated as down (what-if)
    bool matrix = true;          // compute the reachability matrix
    int threads = 2;             // worker threads for the matrix
    // Note what each matrix walk read, so that reanalyze() can reuse the walks an edit does not
    // touch. Costs time and memory; kept only for designs of up to kMaxIncrementalClasses classes.
    bool keepDependencies = false;
};

inline constexpr int kMaxIncrementalClasses = 1200;

// How the matrix was computed: blocks are unordered pairs of endpoint classes (both walks of
// both directions); a re-analysis walks only the blocks that read something the edit changed.
struct MatrixStats
{
    int classes = 0;
    long blocks = 0;
    long walkedBlocks = 0;       // the rest were taken from the previous analysis
    bool incremental = false;    // a previous analysis was usable
};

// The result of analyze(): a value; cheap to copy (the engine is shared and immutable).
class Analysis final
{
public:
    Analysis() = default;

    const std::vector<Endpoint> &endpoints() const;
    int endpointIndex(const Id &id) const; // -1 if not an endpoint
    // The matrix cell of two endpoint indexes (walked on demand when the matrix was not computed;
    // the path signature is then 0).
    MatrixCell cell(int from, int to) const;
    bool hasMatrix() const;

    // Control plane views.
    std::optional<RouteTableView> effectiveRoutes(const Id &subnet) const;
    std::optional<RouteTableView> gatewayRoutes(const Id &gatewayOrHub) const;   // learned (RIB)
    std::optional<RouteTableView> advertisedRoutes(const Id &connection) const;  // Azure -> site
    std::optional<RouteTableView> siteRoutes(const Id &site) const;              // what a site routes
    std::optional<RouteTableView> clientRoutes(const Id &p2sClientGroup) const;  // pushed + manual
    // Whichever of the above applies to the element (subnet, gateway, hub, site, P2S group).
    std::optional<RouteTableView> routesAt(const Id &element) const;

    // Data plane.
    FlowResult trace(const Id &from, const Id &to) const;
    FlowResult trace(const Id &from, net::Ipv4Address to) const;

    const std::vector<Finding> &findings() const;
    const std::vector<IntentResult> &intents() const;
    const Assumptions &assumptions() const;
    const std::set<Id> &failed() const;
    bool hasErrors() const; // an error finding or a violated intent
    MatrixStats matrixStats() const;

private:
    friend Analysis analyze(const Design &, const AnalyzeOptions &);
    friend Analysis reanalyze(const Analysis &, const Design &, const AnalyzeOptions &);
    friend RouteChoice chooseRoute(const Analysis &, const Id &, net::Ipv4Address);
    std::shared_ptr<const detail::Engine> m_engine;
};

Analysis analyze(const Design &design, const AnalyzeOptions &options = {});

// The same result as analyze(design, options), computed faster after a small edit: the matrix
// blocks whose walks read nothing that differs between `previous` and `design` are taken from
// `previous` (which must have been made with keepDependencies, or by reanalyze). Anything that
// moves node indexes (an element added or removed, a peering connected, other failures, other
// assumptions) makes it a full analysis. The result keeps its dependencies for the next edit.
Analysis reanalyze(const Analysis &previous, const Design &design, const AnalyzeOptions &options = {});

// What changed between two analyses of the same design (typically: without and with failures).
struct FlowChange
{
    Id source;
    Id destination;
    MatrixCell before;
    MatrixCell after;
    bool lost() const { return before.verdict == Verdict::Reachable && after.verdict != Verdict::Reachable; }
    bool gained() const { return before.verdict != Verdict::Reachable && after.verdict == Verdict::Reachable; }
    bool moved() const { return before.verdict == after.verdict && before.path != after.path; }
};

// The flows that changed between two analyses, by kind of change.
struct AnalysisDiff
{
    std::vector<FlowChange> lost;
    std::vector<FlowChange> gained;
    std::vector<FlowChange> moved;     // same verdict, different transit path (e.g. ER -> VPN)
    std::vector<FlowChange> changed;   // other verdict changes
};

AnalysisDiff diff(const Analysis &before, const Analysis &after);

} // namespace spokewise::routing
