// `claimgraph query SOURCE KIND ...`: loads a graph (or builds one from articles), indexes it and
// runs one query. The flags become query structs; the work is done by claimgraph::query.
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <chrono>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "common/error.hpp"
#include "export/format.hpp"
#include "extract/pipeline.hpp"
#include "graph/knowledge_graph.hpp"
#include "query/engine.hpp"
#include "query/index.hpp"
#include "query/measures.hpp"
#include "query/output.hpp"

namespace claimgraph::cli {

namespace {

struct QueryFlags {
    std::string source;
    std::string format;  // empty: table on a terminal, tsv otherwise
    bool evidence = false;
    std::size_t limit = 0;
    bool include_negated = false;
    bool timing = false;

    query::NeighborsQuery neighbors;
    std::string neighbors_dir = "both";
    query::ClaimsQuery claims;
    query::PathQuery path;
    std::string path_dir = "both";
    query::MatchQuery match;
    std::size_t top = 10;
};

double ms_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

graph::KnowledgeGraph load_source(const QueryFlags& f, const GlobalOptions& global) {
    return load_graph_source(f.source, global);  // builds a graph from a .txt/.md article
}

query::Table measures_table(const graph::KnowledgeGraph& kg, const query::GraphMeasures& m) {
    using query::Cell;
    query::Table t;
    t.columns = {"measure", "rank", "actor", "id", "type", "value"};
    auto summary = [&](const char* name, std::size_t value) {
        t.rows.push_back({Cell::text(name), Cell::null(), Cell::null(), Cell::null(), Cell::null(),
                          Cell::integer(static_cast<int64_t>(value))});
    };
    summary("actors", m.actors);
    summary("claims", m.claims);
    summary("relations", m.relations);
    summary("components", m.components);
    summary("largest-component", m.largest_component);
    summary("isolated", m.isolated);
    auto leader = [&](const char* name, std::size_t rank, graph::Vertex v, Cell value) {
        const auto& a = kg.actor(v);
        t.rows.push_back({Cell::text(name), Cell::integer(static_cast<int64_t>(rank)),
                          Cell::text(a.label), Cell::text(a.id), Cell::text(a.type),
                          std::move(value)});
    };
    for (std::size_t i = 0; i < m.degree.size(); ++i) {
        leader("degree", i + 1, m.degree[i].actor,
               Cell::integer(static_cast<int64_t>(m.degree[i].in + m.degree[i].out)));
    }
    for (std::size_t i = 0; i < m.pagerank.size(); ++i) {
        leader("pagerank", i + 1, m.pagerank[i].actor, Cell::number(m.pagerank[i].score));
    }
    const char* btw = m.betweenness_exact ? "betweenness" : "betweenness-estimate";
    for (std::size_t i = 0; i < m.betweenness.size(); ++i) {
        leader(btw, i + 1, m.betweenness[i].actor, Cell::number(m.betweenness[i].score));
    }
    return t;
}

int run(const QueryFlags& f, const GlobalOptions& global, const std::string& kind) {
    query::Format format = f.format.empty()
                               ? (isatty(STDOUT_FILENO) ? query::Format::table : query::Format::tsv)
                               : query::parse_format(f.format);
    if (query::is_subgraph_format(format) && kind == "measures") {
        throw ConfigError("--format " + f.format +
                          " writes a subgraph; `measures` gives a table (use table, tsv, csv, "
                          "json or jsonl)");
    }

    auto t0 = std::chrono::steady_clock::now();
    // The graph and its index live until the process ends: freeing millions of small objects
    // takes longer than the query itself (over 10 s for 5M claims), and the OS reclaims it all at
    // once. The static pointers keep them reachable, so leak checkers stay quiet.
    // volatile: a pointer that is only ever stored to would be optimised away, and the objects
    // would then look leaked to LeakSanitizer.
    static graph::KnowledgeGraph* volatile kept_graph = nullptr;
    static query::GraphIndex* volatile kept_index = nullptr;
    kept_graph = new graph::KnowledgeGraph(load_source(f, global));
    const graph::KnowledgeGraph& kg = *kept_graph;
    double load_ms = ms_since(t0);
    auto t1 = std::chrono::steady_clock::now();
    kept_index = new query::GraphIndex(kg);
    const query::GraphIndex& index = *kept_index;
    double index_ms = ms_since(t1);

    query::CommonOptions common;
    common.evidence = f.evidence;
    common.limit = f.limit;
    common.include_negated = f.include_negated;

    auto t2 = std::chrono::steady_clock::now();
    query::Result result;
    if (kind == "neighbors") {
        auto q = f.neighbors;
        q.direction = query::parse_direction(f.neighbors_dir);
        result = query::run_neighbors(index, q, common);
    } else if (kind == "claims") {
        result = query::run_claims(index, f.claims, common);
    } else if (kind == "path") {
        auto q = f.path;
        q.direction = query::parse_direction(f.path_dir);
        result = query::run_path(index, q, common);
    } else if (kind == "match") {
        result = query::run_match(index, f.match, common);
    } else {
        query::MeasureOptions mo;
        mo.top_n = f.top;
        auto m = query::graph_measures(kg, mo);
        result.table = measures_table(kg, m);
        result.notes = m.notes;
    }
    double query_ms = ms_since(t2);

    for (const auto& note : result.notes) spdlog::warn("{}", note);
    auto t3 = std::chrono::steady_clock::now();
    if (query::is_subgraph_format(format)) {
        auto sub = query::make_subgraph(index, result.actors, result.edges);
        io::Format io_format = format == query::Format::dot       ? io::Format::dot
                               : format == query::Format::graphml ? io::Format::graphml
                                                                  : io::Format::json;
        io::write_graph(sub, std::cout, io_format);
    } else {
        query::write_table(std::cout, result.table, format);
    }
    std::cout.flush();
    double output_ms = ms_since(t3);
    if (f.timing) {
        std::cerr << "timing: load " << load_ms << " ms, index " << index_ms << " ms, query "
                  << query_ms << " ms, output " << output_ms << " ms (" << kg.actor_count()
                  << " actors, " << kg.claim_count() << " claims, " << result.table.rows.size()
                  << " rows)\n";
    }
    return result.table.rows.empty() ? 1 : 0;
}

}  // namespace

void add_query_command(CLI::App& app, GlobalOptions& global, int& status) {
    auto f = std::make_shared<QueryFlags>();
    CLI::App* cmd = app.add_subcommand(
        "query", "Query a graph: neighbors, claims, paths, patterns and measures");
    cmd->footer(
        "Exit status: 0 results, 1 no results, 2 usage, input or pattern error.\n"
        "Output: a table on a terminal, TSV when piped, or --format.\n"
        "Examples:\n"
        "  claimgraph query g.json neighbors China --depth 2\n"
        "  claimgraph query g.json claims --relation funds --to \"universities in China\"\n"
        "  claimgraph query g.json path China UNESCO --max-length 3\n"
        "  claimgraph query g.json match '?u:university cooperates-with ?v . ?u located-in China'\n"
        "  claimgraph query g.json neighbors China --format dot | dot -Tsvg > china.svg");
    cmd->add_option("source", f->source,
                    "Graph file (.json, .graphml) or article (.txt, built on the fly)")
        ->required();
    cmd->add_option("--format", f->format,
                    "table, tsv, csv, json, jsonl; for neighbors, claims, path and match also "
                    "dot, graphml, graph-json (the result's subgraph)")
        ->check(CLI::IsMember(
            {"table", "tsv", "csv", "json", "jsonl", "dot", "graphml", "graph-json"}));
    cmd->add_flag("--evidence", f->evidence,
                  "Add the sentence behind each claim (doc, sentence index, text)");
    cmd->add_option("--limit", f->limit, "At most N rows (N paths for `path`); 0 = no limit");
    cmd->add_flag("--include-negated", f->include_negated,
                  "Let negated claims (\"does not fund\") connect in path and match");
    cmd->add_flag("--timing", f->timing, "Print load/index/query/output times to stderr")
        ->group("");
    cmd->require_subcommand(1);

    CLI::App* nb = cmd->add_subcommand("neighbors", "Claims around an actor, up to --depth hops");
    nb->alias("neighbours");
    nb->fallthrough();
    nb->add_option("actor", f->neighbors.actor, "Actor id, label or alias")->required();
    nb->add_option("--dir", f->neighbors_dir, "out, in or both")
        ->check(CLI::IsMember({"out", "in", "both"}))
        ->capture_default_str();
    nb->add_option("--relation", f->neighbors.relations, "Only these relations (R,S,...)")
        ->delimiter(',');
    nb->add_option("--depth", f->neighbors.depth, "Hops from the actor")
        ->check(CLI::Range(1u, 100u))
        ->capture_default_str();

    CLI::App* cl = cmd->add_subcommand("claims", "Claims by relation, ends and types");
    cl->fallthrough();
    cl->add_option("--relation", f->claims.relations, "Only these relations (R,S,...)")
        ->delimiter(',');
    cl->add_option("--from", f->claims.from, "Source actor");
    cl->add_option("--to", f->claims.to, "Target actor");
    cl->add_option("--type", f->claims.type, "Either end has this type");
    cl->add_option("--from-type", f->claims.from_type, "The source has this type");
    cl->add_option("--to-type", f->claims.to_type, "The target has this type");

    CLI::App* pa = cmd->add_subcommand(
        "path", "Paths between two actors, shortest first, then in label order");
    pa->fallthrough();
    pa->add_option("from", f->path.from, "First actor")->required();
    pa->add_option("to", f->path.to, "Last actor")->required();
    pa->add_option("--max-length", f->path.max_length, "Longest path, in claims")
        ->check(CLI::Range(1u, 254u))
        ->capture_default_str();
    pa->add_option("--relation", f->path.relations, "Only these relations (R,S,...)")
        ->delimiter(',');
    pa->add_option("--dir", f->path_dir, "Follow claims out (forward), in, or both ways")
        ->check(CLI::IsMember({"out", "in", "both"}))
        ->capture_default_str();

    CLI::App* ma = cmd->add_subcommand(
        "match", "Basic graph pattern: '?u cooperates-with ?v . ?u located-in China'");
    ma->fallthrough();
    ma->add_option("pattern", f->match.pattern,
                   "Triples 'subject relation object' separated by '.'; ?var, ?var:type, "
                   "\"quoted names\"")
        ->required();
    ma->add_flag("--distinct", f->match.distinct, "Drop repeated variable bindings");

    CLI::App* me = cmd->add_subcommand(
        "measures", "Size, components, degree, PageRank and betweenness leaders");
    me->fallthrough();
    me->add_option("--top", f->top, "Leaders per measure")->capture_default_str();

    cmd->callback([f, &global, &status, nb, cl, pa, ma, me] {
        std::string kind = nb->parsed()   ? "neighbors"
                           : cl->parsed() ? "claims"
                           : pa->parsed() ? "path"
                           : ma->parsed() ? "match"
                                          : "measures";
        status = run(*f, global, kind);
    });
}

}  // namespace claimgraph::cli
