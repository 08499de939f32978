// Graph sources shared by `query` and `render`: a graph file, or articles built on the fly.
#include "cli/commands.hpp"
#include "export/format.hpp"
#include "extract/pipeline.hpp"

#include <algorithm>

namespace claimgraph::cli {

namespace {

bool has_extension(const std::string& path, std::string_view ext) {
    if (path.size() < ext.size()) return false;
    std::string tail = path.substr(path.size() - ext.size());
    std::transform(tail.begin(), tail.end(), tail.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return tail == ext;
}

}  // namespace

graph::KnowledgeGraph load_graph_source(const std::string& source, const GlobalOptions& global) {
    if (has_extension(source, ".txt") || has_extension(source, ".md")) {
        extract::ExtractorOptions options;
        options.model_path = global.model;
        options.ontology_path = global.ontology;
        return extract::build_graph_from_files({source}, options);
    }
    return io::read_graph(source);
}

}  // namespace claimgraph::cli
