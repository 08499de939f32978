// Times each query kind of claimgraph::query on one loaded graph: the graph is read and indexed
// once, then every query runs `repeat` times; prints the median and the slowest run in ms (wall
// time), the median CPU time of the thread (on a shared machine, wall time also counts the time
// the other processes had the core), the median count of minor page faults of a run, and for the
// rows it returned the median wall and CPU time of writing them as TSV (what `query` prints to a
// pipe).
// Built by bench/bench_query.sh against the libraries of a claimgraph build directory.
//
//   query_timer GRAPH [REPEAT [FILTER]]     FILTER: run only the cases whose name contains it
//
// With QUERY_TIMER_DUMP=DIR set, each case's rows are also written to DIR/NN.tsv (NN: the case's
// number), so that the answers of two builds can be compared with cmp.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "export/format.hpp"
#include "query/engine.hpp"
#include "query/index.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

long minor_faults() {
    rusage ru{};
    getrusage(RUSAGE_THREAD, &ru);
    return ru.ru_minflt;
}

double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace claimgraph::query;
    if (argc < 2) {
        std::cerr << "usage: query_timer GRAPH [REPEAT]\n";
        return 2;
    }
    const int repeat = argc > 2 ? std::stoi(argv[2]) : 7;
    const std::string filter = argc > 3 ? argv[3] : "";
    try {
        auto t0 = Clock::now();
        auto* kg = new claimgraph::graph::KnowledgeGraph(claimgraph::io::read_graph(argv[1]));
        std::printf("load\t%.0f\tms\n", ms_since(t0));
        t0 = Clock::now();
        auto* index = new GraphIndex(*kg);
        std::printf("index\t%.0f\tms\n", ms_since(t0));
        const std::string mid = "n" + std::to_string(kg->actor_count() / 2);
        const std::string label = kg->actor(1).label;
        std::string alias = "n0";
        for (std::size_t v = 0; v < kg->actor_count(); ++v) {
            if (!kg->actor(v).aliases.empty()) {
                alias = kg->actor(v).aliases.front();
                for (char& c : alias)
                    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                break;
            }
        }
        // The actors with the most claims in all, out and in: the hubs.
        VertexId hub = 0, hub_out = 0, hub_in = 0;
        for (VertexId v = 0; v < index->actor_count(); ++v) {
            auto deg = [&](VertexId u) {
                return index->out_edges(u).size() + index->in_edges(u).size();
            };
            if (deg(v) > deg(hub)) hub = v;
            if (index->out_edges(v).size() > index->out_edges(hub_out).size()) hub_out = v;
            if (index->in_edges(v).size() > index->in_edges(hub_in).size()) hub_in = v;
        }
        auto id_of = [&](VertexId v) { return kg->actor(v).id; };
        std::printf("hubs\t%s: %zu out, %zu in; most out %s (%zu); most in %s (%zu)\n",
                    id_of(hub).c_str(), index->out_edges(hub).size(), index->in_edges(hub).size(),
                    id_of(hub_out).c_str(), index->out_edges(hub_out).size(),
                    id_of(hub_in).c_str(), index->in_edges(hub_in).size());
        std::string lower = label;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));

        struct Case {
            std::string name;
            std::function<Result()> run;
        };
        auto neighbors = [&](std::string actor, unsigned depth, std::size_t limit) {
            return [=, &index] {
                NeighborsQuery q;
                q.actor = actor;
                q.depth = depth;
                CommonOptions o;
                o.limit = limit;
                return run_neighbors(*index, q, o);
            };
        };
        auto claims = [&](ClaimsQuery q, std::size_t limit) {
            return [=, &index] {
                CommonOptions o;
                o.limit = limit;
                return run_claims(*index, q, o);
            };
        };
        auto match = [&](std::string pattern, std::size_t limit) {
            return [=, &index] {
                MatchQuery q;
                q.pattern = pattern;
                CommonOptions o;
                o.limit = limit;
                return run_match(*index, q, o);
            };
        };
        ClaimsQuery from5;
        from5.from = "n5";
        from5.relations = {"funds"};
        ClaimsQuery to7;
        to7.to = "n7";
        ClaimsQuery by_rel;
        by_rel.relations = {"funds"};
        ClaimsQuery by_type;
        by_type.type = "university";
        by_type.relations = {"funds"};
        ClaimsQuery rare;
        rare.relations = {"opposes"};
        ClaimsQuery from_hub;
        from_hub.from = id_of(hub_out);
        ClaimsQuery to_hub;
        to_hub.to = id_of(hub_in);
        std::vector<Case> cases = {
            {"neighbors n5", neighbors("n5", 1, 0)},
            {"neighbors hub n0 (limit 20)", neighbors("n0", 1, 20)},
            {"neighbors hub n0 (all)", neighbors("n0", 1, 0)},
            {"neighbors hub " + id_of(hub) + " (all)", neighbors(id_of(hub), 1, 0)},
            {"claims --from " + id_of(hub_out) + " (all)", claims(from_hub, 0)},
            {"claims --to " + id_of(hub_in) + " (all)", claims(to_hub, 0)},
            {"neighbors " + mid + " depth 2", neighbors(mid, 2, 0)},
            {"neighbors by label", neighbors(label, 1, 20)},
            {"neighbors by lower-case label", neighbors(lower, 1, 20)},
            {"neighbors by lower-cased alias (first call builds the case-folded map)",
             neighbors(alias, 1, 20)},
            {"claims --from n5 --relation funds", claims(from5, 0)},
            {"claims --to n7", claims(to7, 0)},
            {"claims --relation funds --limit 20", claims(by_rel, 20)},
            {"claims --type university --relation funds --limit 20", claims(by_type, 20)},
            {"claims --relation opposes (all)", claims(rare, 0)},
            {"path n5 n77 --max-length 4 --limit 3",
             [&] {
                 PathQuery q;
                 q.from = "n5";
                 q.to = "n77";
                 q.max_length = 4;
                 CommonOptions o;
                 o.limit = 3;
                 return run_path(*index, q, o);
             }},
            {"match ?u:university funds ?v . ?v cooperates-with n0 (limit 20)",
             match("?u:university funds ?v . ?v cooperates-with n0", 20)},
            {"match ?a funds ?b . ?b supports ?c . ?c located-in n3 (limit 20)",
             match("?a funds ?b . ?b supports ?c . ?c located-in n3", 20)},
            {"match ?u funds ?v (limit 20; 600k solutions)", match("?u funds ?v", 20)},
        };
        const char* dump = std::getenv("QUERY_TIMER_DUMP");
        for (std::size_t n = 0; n < cases.size(); ++n) {
            const Case& c = cases[n];
            if (!filter.empty() && c.name.find(filter) == std::string::npos) continue;
            std::vector<double> ms, cpu_ms, out_ms, out_cpu_ms;
            std::vector<long> faults;
            std::size_t rows = 0, bytes = 0;
            for (int i = 0; i < repeat; ++i) {
                const long faults0 = minor_faults();
                const double cpu0 = thread_cpu_ms();
                auto t = Clock::now();
                Result r = c.run();
                ms.push_back(ms_since(t));
                cpu_ms.push_back(thread_cpu_ms() - cpu0);
                faults.push_back(minor_faults() - faults0);
                rows = r.table.rows.size();
                std::ostringstream out;
                const double out_cpu0 = thread_cpu_ms();
                t = Clock::now();
                write_table(out, r.table, Format::tsv);
                out_ms.push_back(ms_since(t));
                out_cpu_ms.push_back(thread_cpu_ms() - out_cpu0);
                bytes = out.str().size();
                if (dump && i == 0) {
                    char name[16];
                    std::snprintf(name, sizeof name, "/%02zu.tsv", n + 1);
                    std::ofstream(std::string(dump) + name, std::ios::binary) << out.str();
                }
            }
            std::sort(ms.begin(), ms.end());
            std::sort(out_ms.begin(), out_ms.end());
            std::sort(cpu_ms.begin(), cpu_ms.end());
            std::sort(faults.begin(), faults.end());
            std::sort(out_cpu_ms.begin(), out_cpu_ms.end());
            std::printf("%s\t%.3f\tms median\t%.3f\tms max\t%.3f\tms cpu median\t%zu\trows"
                        "\t%.3f\tms tsv median\t%zu\tbytes\t%ld\tpage faults median"
                        "\t%.3f\tms tsv cpu median\n",
                        c.name.c_str(), ms[ms.size() / 2], ms.back(),
                        cpu_ms[cpu_ms.size() / 2], rows, out_ms[out_ms.size() / 2], bytes,
                        faults[faults.size() / 2], out_cpu_ms[out_cpu_ms.size() / 2]);
            std::fflush(stdout);
        }
    } catch (const std::exception& e) {
        std::cerr << "query_timer: " << e.what() << "\n";
        return 2;
    }
    return 0;
}
