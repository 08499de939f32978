// Locating the shipped data (model, ontology, lexicons, the viewer's js/): $CLAIMGRAPH_DATA, then
// the data folder relative to the binary (<bindir>/../share/claimgraph when installed), then the
// configured install prefix's share/claimgraph, then the source tree's data/ and vendor/ folders
// (vendor/ holds what scripts/fetch-js.sh fetched).
#pragma once

#include <string>

namespace claimgraph {

// Full path of a shipped data file such as "en.model" or "ontology.json". Throws ConfigError
// listing the places searched when it is in none of them.
std::string find_data_file(const std::string& name);

}  // namespace claimgraph
