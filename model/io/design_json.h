#pragma once

#include "design/design.h"
#include "io/diagnostic.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace spokewise::io {

// Reads a design from parsed JSON, reporting every problem with its JSONPath (no positions:
// parseDesign() adds those from the text). Returns nothing if any error was found.
std::optional<Design> readDesign(const nlohmann::ordered_json &root, Diagnostics &out);

// The design as JSON with the canonical key order of file format v1.
nlohmann::ordered_json writeDesign(const Design &design);

} // namespace spokewise::io
