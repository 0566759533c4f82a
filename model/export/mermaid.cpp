#include "export/mermaid.h"

#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

namespace spokewise {

namespace {

// Mermaid reads `"`, `#`, `<`, `>`, `&` and a leading backtick inside a quoted label; its entity
// codes (#quot; ...) show them literally. Line breaks in a name would end the statement.
std::string escapeLabel(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '"': out += "#quot;"; break;
        case '#': out += "#35;"; break;
        case '<': out += "#lt;"; break;
        case '>': out += "#gt;"; break;
        case '&': out += "#amp;"; break;
        case '`': out += "#96;"; break;
        case '\n':
        case '\r':
        case '\t': out += ' '; break;
        default: out += c;
        }
    }
    return out;
}

std::string joinPrefixes(const std::vector<Prefix> &prefixes)
{
    std::string s;
    for (const Prefix &p : prefixes) {
        if (!s.empty())
            s += ", ";
        s += p.toString();
    }
    return s;
}

// A label of one or two lines: the display name, then a detail such as prefixes or a SKU.
std::string label(std::string_view title, std::string_view detail = {})
{
    std::string s = escapeLabel(title);
    if (!detail.empty())
        s += "<br/>" + escapeLabel(detail);
    return s;
}

// Keys of the nodes that are not elements of their own: a hub's router and gateways. '#' never
// occurs in an element id, so these cannot clash with one.
std::string hubKey(const Id &hub, std::string_view part)
{
    return hub.str() + "#" + std::string(part);
}

class MermaidWriter
{
public:
    explicit MermaidWriter(const Design &design) : m_design(design) {}

    std::string write()
    {
        assignIds();
        m_out += "%% " + escapeLabel(m_design.name) + "\n";
        m_out += "flowchart LR\n";
        for (const Resource &r : m_design.resources)
            writeNodes(r);
        if (m_ids.contains(std::string(kInternetEndpointId)))
            node(std::string(kInternetEndpointId), "((\"", "Internet", "\"))", 1);
        for (const Resource &r : m_design.resources)
            writeEdges(r);
        return m_out;
    }

private:
    // The container (VNet or hub) an element is drawn in, or nullptr for a stand-alone one.
    std::optional<Id> hostOf(const Resource &r) const
    {
        if (const auto *g = r.as<VpnGateway>())
            return g->virtualNetwork;
        if (const auto *g = r.as<ExpressRouteGateway>())
            return g->virtualNetwork;
        if (const auto *rs = r.as<RouteServer>())
            return rs->virtualNetwork;
        if (const auto *fw = r.as<AzureFirewall>())
            return fw->virtualNetwork ? fw->virtualNetwork : fw->virtualHub;
        if (const auto *nva = r.as<NetworkVirtualAppliance>()) {
            if (const auto ref = m_design.findSubnet(nva->subnet); ref.virtualNetwork)
                return ref.virtualNetwork->id;
        }
        return std::nullopt;
    }

    bool isContainer(const Id &id) const
    {
        const Resource *r = m_design.find(id);
        return r && (r->as<VirtualNetwork>() || r->as<VirtualHub>());
    }

    bool isNode(const Resource &r) const
    {
        switch (r.kind()) {
        case ResourceKind::VirtualNetwork:
        case ResourceKind::VpnGateway:
        case ResourceKind::ExpressRouteGateway:
        case ResourceKind::ExpressRouteCircuit:
        case ResourceKind::OnPremisesSite:
        case ResourceKind::P2sClientGroup:
        case ResourceKind::AzureFirewall:
        case ResourceKind::RouteTable:
        case ResourceKind::RouteServer:
        case ResourceKind::NetworkVirtualAppliance:
        case ResourceKind::VirtualWan:
        case ResourceKind::VirtualHub:
            return true;
        default:
            return false;
        }
    }

    // Mermaid ids: "n_" + the element id with '.' and '-' as '_' (so no keyword such as "end" and
    // no leading 'o' or 'x' that Mermaid would read as an edge end); a counter separates clashes.
    void assign(const std::string &key)
    {
        std::string base = "n_";
        for (const char c : key) {
            const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            base += plain ? c : '_';
        }
        std::string id = base;
        for (int n = 2; m_taken.contains(id); ++n)
            id = base + "_" + std::to_string(n);
        m_taken.insert(id);
        m_ids.emplace(key, id);
    }

    void assignIds()
    {
        bool internet = false;
        for (const Resource &r : m_design.resources) {
            if (isNode(r))
                assign(r.id.str());
            if (const auto *vnet = r.as<VirtualNetwork>()) {
                for (const Subnet &s : vnet->subnets)
                    assign(s.id.str());
            }
            if (const auto *hub = r.as<VirtualHub>()) {
                assign(hubKey(r.id, "router"));
                if (hub->vpnGateway)
                    assign(hubKey(r.id, "vpn"));
                if (hub->expressRouteGateway)
                    assign(hubKey(r.id, "er"));
                if (hub->p2sVpnGateway)
                    assign(hubKey(r.id, "p2s"));
            }
            if (const auto h = hostOf(r); h && isContainer(*h))
                m_hosted[h->str()].push_back(&r);
            if (const auto *intent = r.as<Intent>()) {
                internet = internet || intent->source.str() == kInternetEndpointId
                           || intent->destination.str() == kInternetEndpointId;
            }
        }
        if (internet)
            assign(std::string(kInternetEndpointId));
    }

    void node(const std::string &key, std::string_view open, const std::string &text, std::string_view close,
              int depth)
    {
        m_out += std::string(4 * depth, ' ') + m_ids.at(key) + std::string(open) + text + std::string(close) + "\n";
    }

    void hostedNode(const Resource &r, int depth)
    {
        if (const auto *g = r.as<VpnGateway>())
            node(r.id.str(), "([\"", label(r.name, enumName(g->sku)), "\"])", depth);
        else if (const auto *g = r.as<ExpressRouteGateway>())
            node(r.id.str(), "([\"", label(r.name, enumName(g->sku)), "\"])", depth);
        else if (const auto *fw = r.as<AzureFirewall>())
            node(r.id.str(), "[[\"",
                 label(r.name, fw->privateIpAddress ? fw->privateIpAddress->toString() : std::string()), "\"]]",
                 depth);
        else if (r.as<RouteServer>())
            node(r.id.str(), "([\"", label(r.name), "\"])", depth);
        else if (const auto *nva = r.as<NetworkVirtualAppliance>())
            node(r.id.str(), "[[\"", label(r.name, nva->privateIpAddress.toString()), "\"]]", depth);
    }

    void writeNodes(const Resource &r)
    {
        const auto hosted = m_hosted.find(r.id.str());
        const std::vector<const Resource *> none;
        const auto &inside = hosted == m_hosted.end() ? none : hosted->second;
        if (const auto *vnet = r.as<VirtualNetwork>()) {
            const std::string title = label(r.name, joinPrefixes(vnet->addressPrefixes));
            if (vnet->subnets.empty() && inside.empty()) {
                // An empty subgraph renders badly in some Mermaid versions; a plain box says the same.
                node(r.id.str(), "[\"", title, "\"]", 1);
                return;
            }
            m_out += "    subgraph " + m_ids.at(r.id.str()) + "[\"" + title + "\"]\n";
            for (const Subnet &s : vnet->subnets)
                node(s.id.str(), "[\"", label(s.name, s.addressPrefix.toString()), "\"]", 2);
            for (const Resource *h : inside)
                hostedNode(*h, 2);
            m_out += "    end\n";
        } else if (const auto *hub = r.as<VirtualHub>()) {
            m_out += "    subgraph " + m_ids.at(r.id.str()) + "[\"" + label(r.name, hub->region) + "\"]\n";
            node(hubKey(r.id, "router"), "(\"", label("router", hub->addressPrefix.toString()), "\")", 2);
            if (hub->vpnGateway)
                node(hubKey(r.id, "vpn"), "([\"", label("VPN gateway"), "\"])", 2);
            if (hub->expressRouteGateway)
                node(hubKey(r.id, "er"), "([\"", label("ExpressRoute gateway"), "\"])", 2);
            if (hub->p2sVpnGateway)
                node(hubKey(r.id, "p2s"), "([\"",
                     label("P2S gateway", joinPrefixes(hub->p2sVpnGateway->vpnClientAddressPool)), "\"])", 2);
            for (const Resource *h : inside)
                hostedNode(*h, 2);
            m_out += "    end\n";
        } else if (const auto *site = r.as<OnPremisesSite>()) {
            node(r.id.str(), "[(\"", label(r.name, joinPrefixes(site->addressPrefixes)), "\")]", 1);
        } else if (const auto *circuit = r.as<ExpressRouteCircuit>()) {
            std::string detail = std::to_string(circuit->bandwidthInMbps) + " Mbps";
            if (!circuit->peeringLocation.empty())
                detail += ", " + circuit->peeringLocation;
            node(r.id.str(), "{{\"", label(r.name, detail), "\"}}", 1);
        } else if (r.as<P2sClientGroup>()) {
            node(r.id.str(), "(\"", label(r.name), "\")", 1);
        } else if (r.as<RouteTable>()) {
            node(r.id.str(), "[/\"", label(r.name), "\"/]", 1);
        } else if (r.as<VirtualWan>()) {
            node(r.id.str(), "((\"", label(r.name), "\"))", 1);
        } else if (isNode(r)) {
            const auto host = hostOf(r);
            if (!host || !isContainer(*host))
                hostedNode(r, 1); // its VNet is missing: still shown, on its own
        }
    }

    // The node an end of a connection attaches to; empty when the design does not have it.
    std::string end(const Id &id) const
    {
        const auto it = m_ids.find(id.str());
        return it == m_ids.end() ? std::string() : it->second;
    }

    // A hub's gateway node of `part`, or the hub itself when the hub lacks that gateway.
    std::string hubEnd(const Id &hub, std::string_view part) const
    {
        const auto it = m_ids.find(hubKey(hub, part));
        return it == m_ids.end() ? end(hub) : it->second;
    }

    std::string gatewayOrHub(const std::optional<Id> &gateway, const std::optional<Id> &hub,
                             std::string_view part) const
    {
        if (gateway)
            return end(*gateway);
        return hub ? hubEnd(*hub, part) : std::string();
    }

    void edge(const std::string &from, std::string_view arrow, std::string_view text, const std::string &to)
    {
        if (from.empty() || to.empty())
            return;
        // Appended piece by piece: g++ 12 -O3 reports a false -Wrestrict on "x" + std::string(...).
        m_out.append("    ").append(from).append(" ").append(arrow);
        if (!text.empty())
            m_out.append("|").append(text).append("|");
        m_out.append(" ").append(to).append("\n");
    }

    void writeEdges(const Resource &r)
    {
        if (const auto *vnet = r.as<VirtualNetwork>()) {
            // A subnet's route table: a property, drawn dotted and unlabelled like an annotation.
            for (const Subnet &s : vnet->subnets) {
                if (s.routeTable)
                    edge(end(s.id), "-.-", {}, end(*s.routeTable));
            }
        } else if (const auto *hub = r.as<VirtualHub>()) {
            edge(end(hub->virtualWan), "---", {}, end(r.id));
        } else if (const auto *p = r.as<VirtualNetworkPeering>()) {
            edge(end(p->sides[0].virtualNetwork), "---", "peering", end(p->sides[1].virtualNetwork));
        } else if (const auto *c = r.as<SiteToSiteConnection>()) {
            edge(gatewayOrHub(c->vpnGateway, c->virtualHub, "vpn"), "---", "S2S VPN", end(c->site));
        } else if (const auto *c = r.as<VnetToVnetConnection>()) {
            edge(end(c->vpnGateways[0]), "---", "VNet-to-VNet", end(c->vpnGateways[1]));
        } else if (const auto *c = r.as<ExpressRouteConnection>()) {
            edge(gatewayOrHub(c->expressRouteGateway, c->virtualHub, "er"), "---", "ExpressRoute", end(c->circuit));
        } else if (const auto *c = r.as<CircuitSiteConnection>()) {
            edge(end(c->circuit), "---", "private peering", end(c->site));
        } else if (const auto *c = r.as<GlobalReachConnection>()) {
            edge(end(c->circuits[0]), "---", "Global Reach", end(c->circuits[1]));
        } else if (const auto *g = r.as<P2sClientGroup>()) {
            edge(end(r.id), "-->", "P2S", gatewayOrHub(g->vpnGateway, g->virtualHub, "p2s"));
        } else if (const auto *c = r.as<VirtualHubConnection>()) {
            edge(hubEnd(c->virtualHub, "router"), "---", "hub connection", end(c->virtualNetwork));
        } else if (const auto *b = r.as<BgpPeering>()) {
            edge(end(b->routeServer), "---", "BGP", end(b->networkVirtualAppliance));
        } else if (const auto *i = r.as<Intent>()) {
            if (i->expectation == IntentExpectation::MustReach)
                edge(end(i->source), "-.->", "must reach", end(i->destination));
            else
                edge(end(i->source), "-.-x", "must not reach", end(i->destination));
        }
    }

    const Design &m_design;
    std::map<std::string, std::string> m_ids; // element id (or hub part key) -> Mermaid node id
    std::set<std::string> m_taken;
    std::map<std::string, std::vector<const Resource *>> m_hosted; // container id -> hosted elements
    std::string m_out;
};

} // namespace

std::string toMermaid(const Design &design)
{
    return MermaidWriter(design).write();
}

} // namespace spokewise
