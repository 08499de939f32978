// SHA-256 (FIPS 180-4) of a byte string, as lower-case hex: the content hash that lets a graph
// recognise a document it already holds. The same value `sha256sum` prints for the same bytes.
#pragma once

#include <string>
#include <string_view>

namespace claimgraph {

std::string sha256_hex(std::string_view data);

}  // namespace claimgraph
