#pragma once

#include <QString>

namespace spokewise::designer {

// The file name of the bundled default design.
inline constexpr char kDefaultDesignFileName[] = "hub-spoke-p2s-er.spokewise.json";

// Where the bundled default design is: installed beside the binary (share/spokewise/examples), or
// in the source tree for a developer build. Empty when it is nowhere to be found.
QString findDefaultDesign();

} // namespace spokewise::designer
