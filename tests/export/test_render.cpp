#include "export/render.hpp"

#include "common/error.hpp"
#include "export/dot.hpp"
#include "export_test_graphs.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace claimgraph;

namespace {

// A stand-in for Graphviz that prints its arguments, then echoes the DOT it was given; or fails.
std::string fake_program(const std::string& name, const std::string& body) {
    auto dir = std::filesystem::temp_directory_path() / "claimgraph-test-render";
    std::filesystem::create_directories(dir);
    auto path = dir / name;
    std::ofstream(path) << "#!/bin/sh\n" << body << "\n";
    std::filesystem::permissions(path, std::filesystem::perms::owner_all);
    return path.string();
}

graph::KnowledgeGraph star(int leaves, int isolated) {
    graph::KnowledgeGraph kg;
    auto hub = kg.add_actor("hub", "Hub", "country", 1);
    for (int i = 0; i < leaves; ++i) {
        std::string key = "leaf";
        key += std::to_string(i);
        auto v = kg.add_actor(key, key, "person", 1);
        kg.add_claim(hub, v, "supports", false, "asserted", 1.0, graph::Evidence{"d", 0, 0, 1, "x"});
    }
    for (int i = 0; i < isolated; ++i) {
        std::string key = "lone";
        key += std::to_string(i);
        kg.add_actor(key, key, i % 2 ? "policy" : "x<&>", 1);
    }
    kg.canonicalize();
    return kg;
}

}  // namespace

TEST_CASE("render takes .svg, .png and .pdf and refuses other extensions", "[export][render]") {
    CHECK(io::image_format_from_path("a/b.SVG") == io::ImageFormat::svg);
    CHECK(io::image_format_from_path("b.png") == io::ImageFormat::png);
    CHECK(io::image_format_from_path("b.pdf") == io::ImageFormat::pdf);
    CHECK_THROWS_WITH(io::image_format_from_path("b.jpg"),
                      Catch::Contains("render writes .svg, .png or .pdf, not .jpg"));
    CHECK_THROWS_AS(io::image_format_from_path("dir.d/noext"), ConfigError);
    CHECK_THROWS_AS(io::image_format_from_name("gif"), ConfigError);
}

TEST_CASE("render pipes the drawing DOT through the program with -K and -T, dot up to the limit",
          "[export][render]") {
    io::RenderOptions options;
    options.program = fake_program("echo-args", "printf '%s|' \"$@\"; cat");
    options.format = io::ImageFormat::png;
    options.sfdp_above_nodes = 10;
    auto small = star(3, 5);  // 9 actors
    io::Rendered r = io::render_graph(small, options);
    CHECK(r.layout == "dot");
    CHECK(r.warnings.empty());
    CHECK(r.image.rfind("-Kdot|-Tpng|// claimgraph knowledge graph: 9 actors, 3 claims.", 0) == 0);
    CHECK(r.image.find("rankdir=\"LR\"") != std::string::npos);
    CHECK(r.image.find("subgraph \"cluster_isolated\"") != std::string::npos);
    CHECK(r.image.find("<b>Actor types</b>") != std::string::npos);

    auto large = star(3, 8);  // 12 actors
    r = io::render_graph(large, options);
    CHECK(r.layout == "sfdp");
    CHECK(r.image.rfind("-Ksfdp|-Tpng|", 0) == 0);
    CHECK(r.image.find("layout=\"sfdp\", overlap=\"prism\"") != std::string::npos);
    CHECK(r.image.find("cluster_isolated") == std::string::npos);  // sfdp packs by itself
    CHECK(r.image.find("rankdir") == std::string::npos);

    options.layout = "dot";
    CHECK(io::render_graph(large, options).layout == "dot");
    options.layout = "neato";
    CHECK_THROWS_AS(io::render_graph(large, options), ConfigError);
}

TEST_CASE("render reports a missing program and a failing one with its message",
          "[export][render]") {
    io::RenderOptions options;
    options.program = "claimgraph-no-such-graphviz";
    CHECK_THROWS_WITH(io::render_graph(star(1, 0), options),
                      Catch::Contains("render needs Graphviz") &&
                          Catch::Contains("apt-get install graphviz"));
    options.program = fake_program("fails", "echo 'Error: syntax error in line 3' >&2; exit 1");
    CHECK_THROWS_WITH(io::render_graph(star(1, 0), options),
                      Catch::Contains("exited with status 1: Error: syntax error in line 3"));
    options.program = fake_program("silent", "cat > /dev/null");
    CHECK_THROWS_WITH(io::render_graph(star(1, 0), options), Catch::Contains("wrote no image"));
}

TEST_CASE("drawing DOT packs actors without claims into a grid of about as many rows as columns",
          "[export][dot][render]") {
    io::DotOptions options;
    options.pack_isolated = true;
    options.legend_table = true;
    std::ostringstream out;
    io::write_dot(star(1, 5), out, options);  // n0 hub, n1 leaf0, n2..n6 lone0..lone4
    const std::string dot = out.str();
    // 5 isolated actors: 3 columns, rows n2 n3 n4 | n5 n6.
    CHECK(dot.find("    \"n2\" -> \"n3\" [style=\"invis\"];\n"
                   "    \"n3\" -> \"n4\" [style=\"invis\"];\n"
                   "    \"n5\" -> \"n6\" [style=\"invis\"];\n  }\n") != std::string::npos);
    CHECK(dot.find("\"n4\" -> \"n5\"") == std::string::npos);
    CHECK(dot.find("    \"n2\" [label=\"lone0\"") != std::string::npos);
    CHECK(dot.find("\n  \"n2\" [") == std::string::npos);  // declared once, inside the cluster
    CHECK(dot.find("\n  \"n0\" [label=\"Hub\"") != std::string::npos);
    // Legend rows: swatch, escaped type name, actor count; palette order, unknown types last.
    CHECK(dot.find("<td align=\"left\">country</td><td align=\"right\">1</td>") <
          dot.find("<td align=\"left\">x&lt;&amp;&gt;</td><td align=\"right\">3</td>"));
    CHECK(dot.find("cluster_legend") == std::string::npos);
}
