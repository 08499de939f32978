// Locating the shipped language data (model, ontology, lexicons): $CLAIMGRAPH_DATA, then
// <prefix>/share/claimgraph beside the installed binary, then the source tree's data/ folder.
#pragma once

#include <string>

namespace claimgraph {

// Full path of a shipped data file such as "en.model" or "ontology.json". Throws ConfigError
// listing the places searched when it is in none of them.
std::string find_data_file(const std::string& name);

}  // namespace claimgraph
