#pragma once

#include "design/design.h"

#include <QString>

#include <string_view>

namespace spokewise::views {

// "Virtual network", "VPN gateway", ... (translated).
QString kindDisplayName(ResourceKind kind);

// The heading of a group of elements of one kind: "Virtual networks", "VPN gateways", ...
QString kindGroupName(ResourceKind kind);

// The display name of a kind given by its file-format name ("vpnGateway"); a comma-separated list
// is translated item by item. Names that are no kind are returned unchanged.
QString kindDisplayNameFromFileName(std::string_view fileNames);

// The name of the element with that id ("hub-vnet" -> "Hub VNet"), or the id itself when the
// design has no such element (references are shown by name, like Azure's portal does).
QString elementDisplayName(const Design &design, const Id &id);

// The key properties of an element in one line: prefixes, SKU, ends of a connection, ...
QString elementDetails(const Design &design, const Resource &resource);

// The key properties of a subnet: its prefix and route table.
QString subnetDetails(const Design &design, const Subnet &subnet);

} // namespace spokewise::views
