#include "design/id.h"

namespace spokewise {

bool Id::isValid(std::string_view text)
{
    if (text.empty() || text.size() > 80)
        return false;
    const auto alnum = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    if (!alnum(text.front()))
        return false;
    for (const char c : text) {
        if (!alnum(c) && c != '.' && c != '_' && c != '-')
            return false;
    }
    return true;
}

} // namespace spokewise
