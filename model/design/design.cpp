#include "design/design.h"

namespace spokewise {

const Resource *Design::find(const Id &id) const
{
    for (const auto &r : resources) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

Resource *Design::find(const Id &id)
{
    return const_cast<Resource *>(static_cast<const Design *>(this)->find(id));
}

Design::SubnetRef Design::findSubnet(const Id &id) const
{
    for (const auto &r : resources) {
        if (const auto *vnet = r.as<VirtualNetwork>()) {
            for (const auto &s : vnet->subnets) {
                if (s.id == id)
                    return {&r, &s};
            }
        }
    }
    return {};
}

const Resource *Design::findByIdOrUniqueName(const std::string &idOrName) const
{
    if (const auto *byId = find(Id(idOrName)))
        return byId;
    const Resource *match = nullptr;
    for (const auto &r : resources) {
        if (r.name == idOrName) {
            if (match)
                return nullptr;
            match = &r;
        }
    }
    return match;
}

} // namespace spokewise
