#include "common/error.hpp"
#include "export/graphml.hpp"
#include "export_test_graphs.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace claimgraph;

namespace {

std::string read_error(const std::string& text) {
    try {
        io::read_graphml_text(text, "g.graphml");
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no error)";
}

const char* const kHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
    "  <key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n";

}  // namespace

TEST_CASE("GraphML escapes markup, keeps CR and replaces C0 controls", "[export][graphml]") {
    graph::KnowledgeGraph kg;
    kg.add_actor("k", "a<b>&\"c\" 'd'\r\n\x01\xEF\xBF\xBE\xff end", "person", 1);
    std::ostringstream out;
    io::write_graphml(kg, out);
    const std::string text = out.str();
    CHECK(text.find("<data key=\"d2\">a&lt;b&gt;&amp;\"c\" 'd'&#13;\n\xEF\xBF\xBD\xEF\xBF\xBD"
                    "\xEF\xBF\xBD end</data>") != std::string::npos);
    auto back = io::read_graphml_text(text, "x.graphml");
    CHECK(back.actor(0).label == "a<b>&\"c\" 'd'\r\n\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD end");
}

TEST_CASE("GraphML declares the keys Gephi, NetworkX and igraph expect", "[export][graphml]") {
    graph::KnowledgeGraph kg;
    std::ostringstream out;
    io::write_graphml(kg, out);
    const std::string text = out.str();
    CHECK(text.find("<key id=\"d2\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>") !=
          std::string::npos);
    CHECK(text.find("<key id=\"d7\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>") !=
          std::string::npos);
    CHECK(text.find("<key id=\"d12\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>") !=
          std::string::npos);
    CHECK(text.find("attr.name=\"id\"") == std::string::npos);
    CHECK(text.find("for=\"all\"") == std::string::npos);
    CHECK(text.find("<graph id=\"G\" edgedefault=\"directed\">") != std::string::npos);
}

TEST_CASE("GraphML from NetworkX reads: labels, typed values, capitalised booleans",
          "[export][graphml]") {
    const std::string nx = R"(<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="d9" for="edge" attr.name="label" attr.type="string" />
  <key id="d8" for="edge" attr.name="negated" attr.type="boolean" />
  <key id="d7" for="edge" attr.name="weight" attr.type="double" />
  <key id="d6" for="edge" attr.name="relation" attr.type="string" />
  <key id="d5" for="node" attr.name="color" attr.type="string" />
  <key id="d2" for="node" attr.name="type" attr.type="string" />
  <key id="d1" for="node" attr.name="label" attr.type="string" />
  <key id="d0" for="graph" attr.name="name" attr.type="string" />
  <graph edgedefault="directed">
    <node id="A">
      <data key="d1">Alpha &amp; &lt;co&gt;</data>
      <data key="d2">country</data>
    </node>
    <node id="B">
      <data key="d5">red</data>
    </node>
    <node id="C" />
    <edge source="A" target="B" id="0">
      <data key="d6">funds</data>
      <data key="d7">2.0</data>
      <data key="d8">True</data>
    </edge>
    <edge source="A" target="B" id="1">
      <data key="d9">helps</data>
    </edge>
    <edge source="B" target="C" id="0" />
    <data key="d0">nx graph</data>
  </graph>
</graphml>
)";
    auto kg = io::read_graphml_text(nx, "nx.graphml");
    CHECK(kg.name == "nx graph");
    REQUIRE(kg.actor_count() == 3);
    CHECK(kg.actor(0).id == "A");
    CHECK(kg.actor(0).label == "Alpha & <co>");
    CHECK(kg.actor(0).type == "country");
    CHECK(kg.actor(1).label == "B");
    CHECK(kg.actor(1).type == "concept");
    REQUIRE(kg.claim_count() == 3);
    const auto& funds = kg.claim(kg.edges()[0]);
    CHECK(funds.relation == "funds");
    CHECK(funds.weight == 2);
    CHECK(funds.negated);
    CHECK(kg.claim(kg.edges()[1]).relation == "helps");
    CHECK(kg.claim(kg.edges()[2]).relation == "related-to");
}

TEST_CASE("GraphML defaults, for=all keys, comments, CDATA, CRLF and yEd graphics",
          "[export][graphml]") {
    const std::string text =
        "<?xml version=\"1.0\"?>\r\n<!-- c -->\r\n<!DOCTYPE graphml SYSTEM \"graphml.dtd\">\r\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:y=\"http://www.yworks.com\">"
        "<key id=\"t\" for=\"node\" attr.name=\"type\" attr.type=\"string\"><default>person"
        "</default></key>"
        "<key id=\"l\" for=\"all\" attr.name=\"label\"/>"
        "<key id=\"m\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>"
        "<key id=\"n\" for=\"edge\" attr.name=\"negated\" attr.type=\"boolean\"><default>1"
        "</default></key>"
        "<key id=\"g\" for=\"node\" yfiles.type=\"nodegraphics\"/>"
        "<graph id=\"G\" edgedefault=\"directed\">\r\n"
        "<node id=\"a\"><data key=\"l\"><![CDATA[x <&> y]]> &#x4E2D;&#22269;</data>"
        "<data key=\"m\"> 4 </data><data key=\"g\"><y:ShapeNode><y:Fill color=\"#fff\"/>"
        "</y:ShapeNode></data></node>\r\n"
        "<node id=\"b\"><data key=\"t\">place</data><data key=\"l\">two\r\nlines</data></node>"
        "<edge source=\"a\" target=\"b\"><data key=\"l\">promotes</data><!-- c --></edge>"
        "<edge source=\"b\" target=\"a\"><data key=\"n\">false</data></edge>"
        "</graph></graphml>\r\n";
    auto kg = io::read_graphml_text(text, "d.graphml");
    REQUIRE(kg.actor_count() == 2);
    CHECK(kg.actor(0).label == "x <&> y \xE4\xB8\xAD\xE5\x9B\xBD");
    CHECK(kg.actor(0).type == "person");
    CHECK(kg.actor(0).mentions == 4);
    CHECK(kg.actor(1).type == "place");
    CHECK(kg.actor(1).label == "two\nlines");
    REQUIRE(kg.claim_count() == 2);
    CHECK(kg.claim(kg.edges()[0]).relation == "promotes");
    CHECK(kg.claim(kg.edges()[0]).negated);
    CHECK_FALSE(kg.claim(kg.edges()[1]).negated);
}

TEST_CASE("GraphML edges may come before their nodes", "[export][graphml]") {
    auto kg = io::read_graphml_text(std::string(kHead) +
                                        "<graph edgedefault=\"directed\"><edge source=\"a\" "
                                        "target=\"b\"/><node id=\"b\"/><node id=\"a\"/></graph>"
                                        "</graphml>",
                                    "g.graphml");
    REQUIRE(kg.claim_count() == 1);
    CHECK(kg.actor(kg.source(kg.edges()[0])).id == "a");
}

TEST_CASE("GraphML reader refuses entities: no XXE, no billion laughs", "[export][graphml]") {
    CHECK(read_error("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                     "\"&lol;&lol;\">]>\n<graphml><graph edgedefault=\"directed\"><node "
                     "id=\"&lol2;\"/></graph></graphml>\n") ==
          "g.graphml:2:1: the DOCTYPE has an internal subset (entity or other declarations); "
          "claimgraph never expands entities and refuses such files. Remove the DOCTYPE");
    CHECK(read_error("<?xml version=\"1.0\"?>\n<!DOCTYPE foo SYSTEM \"file:///etc/passwd\">\n"
                     "<graphml><graph edgedefault=\"directed\"><node id=\"&xxe;\"/></graph>"
                     "</graphml>\n") ==
          "g.graphml:3:50: undefined entity '&xxe;'; only &lt; &gt; &amp; &quot; &apos; and "
          "character references are allowed (claimgraph never expands DTD entities)");
}

TEST_CASE("GraphML reader errors say where and what to do", "[export][graphml]") {
    const std::string h = kHead;
    CHECK(read_error(h + "<graph edgedefault=\"directed\"><node id=\"a\"/><node id=\"a\"/></graph>"
                         "</graphml>") ==
          "g.graphml:4:45: duplicate node id 'a' (also node 0); node ids must be unique");
    CHECK(read_error(h + "<graph edgedefault=\"directed\"><node id=\"a\"/>\n<edge source=\"a\" "
                         "target=\"zz\"/></graph></graphml>") ==
          "g.graphml:5:1: the edge's target 'zz' is not the id of any node; declare the node or "
          "fix the edge");
    CHECK(read_error(h + "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"d9\">x</data>"
                         "</node></graph></graphml>") ==
          "g.graphml:4:44: <data> refers to key 'd9', which no <key> declares; declare it (with "
          "attr.name and attr.type) or remove the data");
    CHECK(read_error(h + "<graph edgedefault=\"directed\"><node id=\"a\"></nod></graph></graphml>") ==
          "g.graphml:4:44: </nod> does not close <node> (opened at line 4)");
    CHECK(read_error(h + "<graph edgedefault=\"directed\"><node id=\"a\">") ==
          "g.graphml:4:31: <node> is never closed; the file is truncated");
    CHECK(read_error(h + "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"d0\">x &amp y"
                         "</data></node></graph></graphml>") ==
          "g.graphml:4:61: '&' must start an entity reference such as &amp; (write &amp; for a "
          "literal '&')");
    CHECK(read_error(h + "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"d0\">\x01"
                         "</data></node></graph></graphml>") ==
          "g.graphml:4:59: control character U+0001 is not allowed in XML 1.0; remove it");
    // U+FFFF, here inside CDATA (fuzz_graphml: the writer turns it into U+FFFD, so a reader that
    // took it gave a graph that changed on write and read-back).
    CHECK(read_error(h + "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"d0\">"
                         "<![CDATA[x\xEF\xBF\xBFy]]></data></node></graph></graphml>") ==
          "g.graphml:4:69: noncharacter U+FFFF is not allowed in XML 1.0; remove it");
    CHECK(read_error(h + "<!-- \xEF\xBF\xBE -->\n<graph/></graphml>") ==
          "g.graphml:4:6: noncharacter U+FFFE is not allowed in XML 1.0; remove it");
    CHECK(read_error(h + "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"d0\">&#1;"
                         "</data></node></graph></graphml>") ==
          "g.graphml:4:59: '&#1;' is not a character XML 1.0 allows; remove it");
    CHECK(read_error("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<graphml/>\n") ==
          "g.graphml:1:1: the file declares encoding 'ISO-8859-1'; claimgraph reads UTF-8 GraphML "
          "only. Convert it with iconv and change the declaration");
    CHECK(read_error("<graphml>\xC3\x28</graphml>") ==
          "g.graphml:1:10: invalid UTF-8; GraphML must be UTF-8 encoded. Convert the file (iconv) "
          "or fix the bytes at this position");
    CHECK(read_error("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" "
                     "attr.type=\"double\"/><graph edgedefault=\"directed\"><node id=\"a\"/><edge "
                     "source=\"a\" target=\"a\"><data key=\"w\">abc</data></edge></graph>"
                     "</graphml>") ==
          "g.graphml:1:144: edge a -> a: 'weight' must be a non-negative number, got 'abc'");
    CHECK(read_error("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" "
                     "attr.type=\"integer\"/></graphml>") ==
          "g.graphml:1:63: attr.type 'integer' of key 'w' is not a GraphML type (boolean, int, "
          "long, float, double, string); NetworkX and igraph refuse it too. Use int");
    CHECK(read_error("hello") ==
          "g.graphml:1:1: this is not GraphML: expected '<graphml' (is it a JSON or text file?)");
    CHECK(read_error("<html></html>") ==
          "g.graphml:1:1: the root element is <html>, not <graphml>; this is not a GraphML file");
    CHECK(read_error("<graphml><graph edgedefault=\"directed\"><node id=\"a\"><graph id=\"x\" "
                     "edgedefault=\"directed\"/></node></graph></graphml>") ==
          "g.graphml:1:53: nested graphs (a <graph> inside a <node>) are not supported; flatten "
          "the graph");
    CHECK(read_error("<graphml><graph edgedefault=\"directed\"><hyperedge/></graph></graphml>") ==
          "g.graphml:1:40: hyperedges are not supported; claimgraph reads ordinary edges only");
    CHECK(read_error("<graphml><graph edgedefault=\"directed\"/><graph edgedefault=\"directed\"/>"
                     "</graphml>") ==
          "g.graphml:1:41: a second <graph>; claimgraph reads one graph per file. Split the file");
    CHECK(read_error("<graphml></graphml>trailing") ==
          "g.graphml:1:20: unexpected content after </graphml>; the file must end after the root "
          "element");
    CHECK(read_error("<graphml><graph edgedefault=\"directed\"><node id=\"a\" x=1/></graph>"
                     "</graphml>") ==
          "g.graphml:1:55: the value of attribute 'x' must be quoted");
    CHECK(read_error("<graphml><graph edgedefault=\"directed\"><node/></graph></graphml>") ==
          "g.graphml:1:40: <node> without an id attribute; every node needs one");
    CHECK(read_error("\xFF\xFE<\0g\0") ==
          "g.graphml:1:1: the file is UTF-16; claimgraph reads UTF-8 GraphML only. Convert it, "
          "e.g. with iconv -f UTF-16 -t UTF-8");
}

TEST_CASE("GraphML reader survives truncation at every byte", "[export][graphml]") {
    std::ostringstream out;
    io::write_graphml(test::nasty_graph(), out);
    const std::string text = out.str();
    std::size_t errors = 0;
    for (std::size_t n = 0; n < text.size(); ++n) {
        try {
            io::read_graphml_text(std::string_view(text).substr(0, n), "t.graphml");
        } catch (const InputError&) {
            ++errors;
        }
    }
    // Every proper prefix is incomplete (the last few only miss the final newline).
    CHECK(errors >= text.size() - 2);
}
