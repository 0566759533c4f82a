#pragma once

#include "design/design.h"

#include <functional>
#include <map>
#include <set>
#include <vector>

namespace spokewise {

// Every id a resource refers to (VNets, gateways, circuits, subnets, route tables, endpoints...),
// in property order, duplicates kept. Its own subnets' ids are not references.
std::vector<Id> referencesOf(const Resource &resource);

// Rewrites every reference of `resource` through `rename` (ids not in the map are kept).
// Used by paste and duplicate, which give copies new ids.
void renameReferences(Resource &resource, const std::map<Id, Id> &rename);

// The ids of the resources that must go when `removed` go: every resource referring to a removed
// id (or to a subnet of a removed VNet), transitively. `removed` itself is included.
std::set<Id> removalClosure(const Design &design, const std::set<Id> &removed);

// The resource with what it would keep of removed ids: a site drops its policies for removed
// connections; a VNet drops removed subnets and route-table associations to removed tables.
// Other kinds are returned unchanged (removalClosure() removes them instead).
Resource withoutReferencesTo(const Resource &resource, const std::set<Id> &removed);

// An id not used in `design` (resources and subnets), made from `base` ("spoke" -> "spoke-2").
Id uniqueId(const Design &design, const std::string &base, const std::set<Id> &alsoTaken = {});

// A display name not used by another resource ("Spoke" -> "Spoke 2").
std::string uniqueName(const Design &design, const std::string &base, const std::set<std::string> &alsoTaken = {});

} // namespace spokewise
