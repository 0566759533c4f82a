// The reachability matrix. Endpoints that walk identically share a class: subnets of one VNet with
// the same route table whose addresses no more-specific prefix of the design tells apart; every
// site, P2S group and the Internet are classes of their own. One neutral walk per ordered class
// pair serves as the forward walk of that pair and as the reply walk of the opposite pair.

#include "routing/data_plane.h"

#include <algorithm>
#include <map>
#include <thread>

namespace spokewise::routing::detail {

namespace {

// Prefixes that may tell two subnets of one VNet apart (longer than the VNet range they fall in).
std::vector<Prefix> splittingPrefixes(const Engine &e)
{
    std::vector<Prefix> all;
    const auto add = [&](const std::vector<Prefix> &v) { all.insert(all.end(), v.begin(), v.end()); };
    for (const Resource &r : e.design.resources) {
        if (const auto *t = r.as<RouteTable>()) {
            for (const Route &u : t->routes)
                all.push_back(u.addressPrefix);
        } else if (const auto *fw = r.as<AzureFirewall>()) {
            for (const NetworkRule &n : fw->networkRules) {
                add(n.sourceAddresses);
                add(n.destinationAddresses);
            }
        } else if (const auto *s = r.as<OnPremisesSite>()) {
            add(s->addressPrefixes);
            for (const auto &p : s->connectionPolicies) {
                if (p.advertisedPrefixes)
                    add(*p.advertisedPrefixes);
                add(p.staticRoutes);
            }
        } else if (const auto *c = r.as<SiteToSiteConnection>()) {
            add(c->localNetworkGatewayPrefixes);
        } else if (const auto *n = r.as<NetworkVirtualAppliance>()) {
            add(n->advertisedPrefixes);
        } else if (const auto *g = r.as<P2sClientGroup>()) {
            add(g->manualRoutes);
        } else if (const auto *g = r.as<VpnGateway>()) {
            if (g->vpnClientConfiguration)
                add(g->vpnClientConfiguration->customRoutes);
        } else if (const auto *h = r.as<VirtualHub>()) {
            for (const HubRouteTable &t : h->routeTables) {
                for (const HubStaticRoute &s : t.routes)
                    add(s.destinations);
            }
            if (h->routingIntent)
                add(h->routingIntent->additionalPrivatePrefixes);
        }
    }
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

} // namespace

thread_local std::vector<std::uint32_t> *tDeps = nullptr;

void Engine::computeMatrix(int threads, const Engine *previous)
{
    const std::vector<Prefix> splitters = splittingPrefixes(*this);
    endpointClass.assign(endpoints.size(), kNone);
    std::vector<int> representative;
    std::vector<int> second; // a second member, for walks inside a class
    std::map<std::pair<int, std::vector<int>>, int> subnetClasses;
    for (std::size_t i = 0; i < endpoints.size(); ++i) {
        const auto it = subnetIndex.find(endpoints[i].id.str());
        int cls = kNone;
        if (it != subnetIndex.end()) {
            const SubnetNode &s = subnets[static_cast<std::size_t>(it->second)];
            const net::Ipv4Address a = endpointAddress[i];
            std::vector<int> sig;
            for (const Prefix &vp : vnets[static_cast<std::size_t>(s.vnet)].vnet->addressPrefixes) {
                if (!vp.contains(a))
                    continue;
                for (std::size_t k = 0; k < splitters.size(); ++k) {
                    if (splitters[k].length() > vp.length() && splitters[k].contains(a))
                        sig.push_back(static_cast<int>(k));
                }
            }
            const auto key = std::make_pair(s.table, std::move(sig));
            const auto found = subnetClasses.find(key);
            if (found != subnetClasses.end()) {
                cls = found->second;
                if (second[static_cast<std::size_t>(cls)] == kNone)
                    second[static_cast<std::size_t>(cls)] = static_cast<int>(i);
            } else {
                cls = static_cast<int>(representative.size());
                subnetClasses.emplace(key, cls);
            }
        }
        if (cls == kNone || cls == static_cast<int>(representative.size())) {
            if (cls == kNone)
                cls = static_cast<int>(representative.size());
            representative.push_back(static_cast<int>(i));
            second.push_back(kNone);
        }
        endpointClass[i] = cls;
    }
    classCount = static_cast<int>(representative.size());
    const auto n = static_cast<std::size_t>(classCount);
    classCells.assign(n * n, MatrixCell{});

    const auto toCell = [](const Decision &d, const WalkOut &f) {
        MatrixCell c;
        c.verdict = d.verdict;
        c.reason = d.reason;
        c.rule = d.ruleCount ? d.rules[0] : 0;
        c.path = f.path;
        return c;
    };
    // Incremental re-analysis: note what each block reads; reuse the previous analysis's blocks
    // that read nothing the edit changed (incremental.cpp).
    const bool record = keepDeps && n <= static_cast<std::size_t>(kMaxIncrementalClasses);
    const bool reuse = record && previous && previous->depsKept && previous->matrixComputed && sameFrame(*previous, *this);
    std::array<std::vector<char>, 11> changed;
    if (reuse)
        changed = changedNodes(*previous, *this);
    const auto blockChanged = [&](const std::uint32_t *begin, const std::uint32_t *end) {
        for (const std::uint32_t *k = begin; k != end; ++k) {
            const auto &c = changed[*k >> 24];
            const std::uint32_t index = *k & 0xFFFFFFu;
            if (index >= c.size() || c[index])
                return true;
        }
        return false;
    };
    depKeys.assign(record ? n : 0, {});
    depOffsets.assign(record ? n : 0, {});
    std::vector<long> walked(static_cast<std::size_t>(std::max(1, threads)), 0);

    const auto work = [&](int worker, int workers) {
        std::vector<std::uint32_t> scratch;
        tDeps = record ? &scratch : nullptr;
        for (std::size_t a = static_cast<std::size_t>(worker); a < n; a += static_cast<std::size_t>(workers)) {
            const int ra = representative[a];
            std::vector<std::uint32_t> *keys = record ? &depKeys[a] : nullptr;
            if (record) {
                depOffsets[a].reserve(n - a + 1);
                depOffsets[a].push_back(0);
            }
            for (std::size_t b = a; b < n; ++b) {
                if (reuse) {
                    const auto &pk = previous->depKeys[a];
                    const auto &po = previous->depOffsets[a];
                    const std::uint32_t *begin = pk.data() + po[b - a];
                    const std::uint32_t *end = pk.data() + po[b - a + 1];
                    if (!blockChanged(begin, end)) {
                        classCells[a * n + b] = previous->classCells[a * n + b];
                        classCells[b * n + a] = previous->classCells[b * n + a];
                        keys->insert(keys->end(), begin, end);
                        depOffsets[a].push_back(static_cast<std::uint32_t>(keys->size()));
                        continue;
                    }
                }
                scratch.clear();
                ++walked[static_cast<std::size_t>(worker)];
                if (b == a) {
                    // Inside the class: representative to its second member and back.
                    if (second[a] != kNone) {
                        const WalkOut f = neutralWalk(*this, ra, second[a]);
                        const WalkOut r = neutralWalk(*this, second[a], ra);
                        classCells[a * n + a] = toCell(decide(*this, ra, second[a], f, &r, false), f);
                    } else {
                        classCells[a * n + a] = MatrixCell{Verdict::Reachable, Reason::Delivered, 0, 0};
                    }
                } else {
                    const int rb = representative[b];
                    const WalkOut fab = neutralWalk(*this, ra, rb);
                    const WalkOut fba = neutralWalk(*this, rb, ra);
                    classCells[a * n + b] = toCell(decide(*this, ra, rb, fab, &fba, false), fab);
                    classCells[b * n + a] = toCell(decide(*this, rb, ra, fba, &fab, false), fba);
                }
                if (record) {
                    std::sort(scratch.begin(), scratch.end());
                    keys->insert(keys->end(), scratch.begin(), std::unique(scratch.begin(), scratch.end()));
                    depOffsets[a].push_back(static_cast<std::uint32_t>(keys->size()));
                }
            }
        }
        tDeps = nullptr;
    };
    const int workers = std::max(1, std::min(threads, static_cast<int>(n / 8 + 1)));
    if (workers == 1) {
        work(0, 1);
    } else {
        std::vector<std::thread> pool;
        for (int w = 0; w < workers; ++w)
            pool.emplace_back(work, w, workers);
        for (auto &t : pool)
            t.join();
    }
    matrixComputed = true;
    depsKept = record;
    matrixStats.classes = classCount;
    matrixStats.blocks = static_cast<long>(n * (n + 1) / 2);
    matrixStats.walkedBlocks = 0;
    for (long w : walked)
        matrixStats.walkedBlocks += w;
    matrixStats.incremental = reuse;
}

} // namespace spokewise::routing::detail
