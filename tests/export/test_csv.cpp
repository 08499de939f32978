#include "common/error.hpp"
#include "export/csv.hpp"
#include "export/format.hpp"
#include "export_test_graphs.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace claimgraph;

namespace {

std::string table(io::CsvFlavor flavor, io::CsvTable which) {
    std::ostringstream out;
    io::write_csv_table(test::nasty_graph(), out, flavor, which);
    return out.str();
}

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("Gephi and Neo4j tables of the nasty graph are exactly the golden files",
          "[export][csv]") {
    CHECK(table(io::CsvFlavor::gephi, io::CsvTable::nodes) ==
          test::golden("nasty_graph.nodes.csv"));
    CHECK(table(io::CsvFlavor::gephi, io::CsvTable::edges) ==
          test::golden("nasty_graph.edges.csv"));
    CHECK(table(io::CsvFlavor::neo4j, io::CsvTable::nodes) ==
          test::golden("nasty_graph.neo4j.nodes.csv"));
    CHECK(table(io::CsvFlavor::neo4j, io::CsvTable::edges) ==
          test::golden("nasty_graph.neo4j.edges.csv"));
}

TEST_CASE("CSV fields are quoted as RFC 4180 asks", "[export][csv]") {
    const auto field = [](std::string_view s) {
        std::string out, scratch;
        io::detail::append_csv_field(out, s, scratch);
        return out;
    };
    CHECK(field("plain text") == "plain text");
    CHECK(field("") == "");
    CHECK(field("a,b") == "\"a,b\"");
    CHECK(field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(field("two\nlines") == "\"two\nlines\"");
    CHECK(field("cr\rhere") == "\"cr\rhere\"");
    CHECK(field(" padded") == "\" padded\"");
    CHECK(field("Z\xC3\xBCrich\t\x01") == "Z\xC3\xBCrich\t\x01");
    CHECK(field("bad \xFF") == "bad \xEF\xBF\xBD");
}

TEST_CASE("Neo4j labels and relationship types are made from types and relations",
          "[export][csv]") {
    using io::detail::neo4j_label;
    using io::detail::neo4j_relationship_type;
    CHECK(neo4j_relationship_type("cooperates-with") == "COOPERATES_WITH");
    CHECK(neo4j_relationship_type("carry out / do") == "CARRY_OUT_DO");
    CHECK(neo4j_relationship_type("--") == "RELATED_TO");
    CHECK(neo4j_relationship_type("f\xC3\xB6rdert") == "F\xC3\xB6RDERT");
    CHECK(neo4j_label("university") == "University");
    CHECK(neo4j_label("invented-type") == "InventedType");
    CHECK(neo4j_label("a;b") == "AB");
    CHECK(neo4j_label(";") == "");
}

TEST_CASE("one -o names both tables", "[export][csv]") {
    CHECK(io::csv_table_paths("out/g.csv") ==
          std::pair<std::string, std::string>{"out/g.nodes.csv", "out/g.edges.csv"});
    CHECK(io::csv_table_paths("g.CSV") ==
          std::pair<std::string, std::string>{"g.nodes.csv", "g.edges.csv"});
    CHECK(io::csv_table_paths("dir.csv/g") ==
          std::pair<std::string, std::string>{"dir.csv/g.nodes.csv", "dir.csv/g.edges.csv"});
    CHECK(io::output_files("g.csv", io::Format::neo4j) ==
          std::vector<std::string>{"g.nodes.csv", "g.edges.csv"});
    CHECK(io::output_files("g.gexf", io::Format::gexf) == std::vector<std::string>{"g.gexf"});
    CHECK(io::format_from_path("g.csv") == io::Format::csv);
    CHECK(io::format_from_name("neo4j-edges") == io::Format::neo4j_edges);
}

TEST_CASE("two tables are refused on stdout with the way out", "[export][csv]") {
    std::ostringstream out;
    CHECK_THROWS_WITH(io::write_graph(test::nasty_graph(), out, io::Format::csv),
                      "the csv format writes two tables, which cannot share stdout: give a file "
                      "name (-o g.csv writes g.nodes.csv and g.edges.csv) or ask for one table "
                      "with --format csv-nodes or csv-edges");
    CHECK_THROWS_AS(io::write_graph(test::nasty_graph(), "-", io::Format::neo4j), ConfigError);
    CHECK(out.str().empty());
}

TEST_CASE("both tables are written, or neither is touched", "[export][csv]") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("claimgraph-csv-test-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string base = (dir / "g.csv").string();
    io::write_graph(test::nasty_graph(), base, io::Format::neo4j);
    CHECK(slurp(dir / "g.nodes.csv") == test::golden("nasty_graph.neo4j.nodes.csv"));
    CHECK(slurp(dir / "g.edges.csv") == test::golden("nasty_graph.neo4j.edges.csv"));

    // The edge table cannot be written (a directory is in the way): the node table written
    // before it is kept as it was, and no temporary file is left behind.
    fs::remove(dir / "g.edges.csv");
    fs::create_directory(dir / "g.edges.csv");
    CHECK_THROWS_AS(io::write_graph(test::nasty_graph(), base, io::Format::csv), IoError);
    CHECK(slurp(dir / "g.nodes.csv") == test::golden("nasty_graph.neo4j.nodes.csv"));
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++entries;
    CHECK(entries == 2);
    fs::remove_all(dir);
}
