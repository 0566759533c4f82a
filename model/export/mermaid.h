#pragma once

// Text export of a design as a Mermaid flowchart (https://mermaid.js.org), for wikis and pull
// requests where a picture should live next to the text. docs/cli.md shows an example.

#include "design/design.h"

#include <string>

namespace spokewise {

// The design as a `flowchart LR`: a subgraph per virtual network (its subnets, gateways, firewall,
// Route Server and NVAs inside) and per Virtual WAN hub, a node per stand-alone element, an edge
// per connection labelled with its kind, intents as dotted arrows. Node ids are derived from the
// element ids and never collide with Mermaid keywords; the output depends only on the design, in
// file order, so that it diffs well.
std::string toMermaid(const Design &design);

} // namespace spokewise
