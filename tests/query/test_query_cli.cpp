// `claimgraph query` end to end: exit codes, formats and messages, through the real binary.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/json.hpp"
#include "query_fixture.hpp"

namespace {

namespace fs = std::filesystem;

struct Run {
    int status;
    std::string out;
    std::string err;
};

const fs::path& work_dir() {
    static const fs::path dir = [] {
        fs::path d =
            fs::temp_directory_path() / ("claimgraph-query-cli-" + std::to_string(::getpid()));
        fs::create_directories(d);
        claimgraph::io::write_json(claimgraph::query::test::small_graph(), (d / "g.json").string());
        return d;
    }();
    // Removed when the test program ends.
    static const struct Cleanup {
        ~Cleanup() {
            std::error_code ec;
            fs::remove_all(dir, ec);
        }
    } cleanup;
    return dir;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Runs `claimgraph query g.json ARGS` (ARGS already shell-quoted) with stdout to a file.
Run query(const std::string& args) {
    const auto& dir = work_dir();
    std::string cmd = std::string("'") + CLAIMGRAPH_BINARY + "' query '" +
                      (dir / "g.json").string() + "' " + args + " >'" + (dir / "out").string() +
                      "' 2>'" + (dir / "err").string() + "' </dev/null";
    int raw = std::system(cmd.c_str());
    Run r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = slurp(dir / "out");
    r.err = slurp(dir / "err");
    return r;
}

}  // namespace

TEST_CASE("query exits 0 with results and writes TSV when piped", "[query][cli]") {
    auto r = query("neighbors China");
    CHECK(r.status == 0);
    CHECK(r.out.rfind("depth\tneighbor\tneighbor_type\tsource\t", 0) == 0);
    CHECK(r.out.find("\n1\tPeking University\tuniversity\tPeking University\t") !=
          std::string::npos);
}

TEST_CASE("query finds actors by the file's ids", "[query][cli]") {
    auto r = query("neighbors n0 --format jsonl --limit 1");
    CHECK(r.status == 0);
    CHECK(r.out.find("\"target\": \"China\"") != std::string::npos);
    r = query("claims --from n2 --format tsv");
    CHECK(r.status == 1);  // the company Fudan: no claims
}

TEST_CASE("query exits 1 when nothing matches, like grep", "[query][cli]") {
    auto r = query("claims --relation funds --from China");
    CHECK(r.status == 1);
    CHECK(r.out ==
          "source\tsource_type\trelation\ttarget\ttarget_type\tnegated\tmodality\t"
          "confidence\tweight\n");
    r = query("match '?u competes-with ?v'");
    CHECK(r.status == 1);
    CHECK(r.err.find("no claim has relation 'competes-with'") != std::string::npos);
}

TEST_CASE("query exits 2 on a pattern error and shows where", "[query][cli]") {
    auto r = query("match '?v funds ?w . ?u . x'");
    CHECK(r.status == 2);
    CHECK(r.err.find("pattern:1:18: expected a relation after '?u', found '.'\n"
                     "  ?v funds ?w . ?u . x\n"
                     "                   ^") != std::string::npos);
}

TEST_CASE("query exits 2 on an ambiguous or unknown name", "[query][cli]") {
    auto r = query("neighbors Fudan");
    CHECK(r.status == 2);
    CHECK(r.err.find("'Fudan' is ambiguous: it names 2 actors; give one of their ids:\n"
                     "  Fudan (n1, university)\n"
                     "  Fudan (n2, company)") != std::string::npos);
    r = query("path China Oxfrod");
    CHECK(r.status == 2);
    CHECK(r.err.find(
              "no actor named 'Oxfrod'; did you mean:\n  Oxford University (n4, university)") !=
          std::string::npos);
}

TEST_CASE("query --format csv, json and dot", "[query][cli]") {
    auto r = query("claims --relation cooperates-with --evidence --format csv");
    CHECK(r.status == 0);
    CHECK(r.out ==
          "source,source_type,relation,target,target_type,negated,modality,confidence,weight,"
          "doc,sentence,evidence\r\n"
          "Oxford University,university,cooperates-with,Tsinghua University,university,false,"
          "asserted,0.8,1,a.txt,3,\"Tsinghua cooperates with Oxford.\nA second line.\"\r\n");
    r = query("match '?u located-in China' --format json");
    CHECK(r.status == 0);
    CHECK(r.out == "[\n  {\"u\": \"Peking University\"},\n  {\"u\": \"Tsinghua University\"}\n]\n");
    r = query("neighbors China --format dot");
    CHECK(r.status == 0);
    CHECK(r.out.find("digraph") != std::string::npos);
    CHECK(r.out.find("\"Tsinghua University\"") != std::string::npos);
    r = query("measures --format dot");
    CHECK(r.status == 2);
}
