// Regression tests for bugs the GraphML fuzzer found (tests/fuzz/fuzz_graphml.cpp). Each case is
// named after its bug; the input that found it is in tests/fuzz/regressions/graphml/.
#include "common/error.hpp"
#include "export/graphml.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

using namespace claimgraph;

namespace {

const std::string kHead =
    "<graphml><key id=\"d0\" for=\"node\" attr.name=\"label\"/><graph>\n<node id=\"c\">";

std::string label_of(const std::string& text) {
    return io::read_graphml_text(text, "g.graphml").actor(0).label;
}

}  // namespace

TEST_CASE("bug graphml_cdata_nul: control characters in CDATA are refused with their position",
          "[export][graphml][regression]") {
    // NUL bytes in a CDATA section were taken into the label; the writer then replaced them with
    // U+FFFD, so a file claimgraph accepted did not read back as itself.
    const std::string nul = kHead + "<data key=\"d0\"><![CDATA[<c> " + std::string(1, '\0') +
                            " d]]></data></node></graph></graphml>";
    CHECK_THROWS_WITH(io::read_graphml_text(nul, "g.graphml"),
                      "g.graphml:2:42: control character U+0000 is not allowed in XML 1.0; "
                      "remove it");
    const std::string esc = kHead + "<data key=\"d0\"><![CDATA[a\x1b]]></data></node></graph></graphml>";
    CHECK_THROWS_WITH(io::read_graphml_text(esc, "g.graphml"),
                      Catch::StartsWith("g.graphml:2:39: control character U+001B"));
    // What CDATA may hold is kept as it stands, with line ends normalised as XML requires.
    CHECK(label_of(kHead + "<data key=\"d0\"><![CDATA[<a> & \"b\"\tc\r\nd\re]]></data></node>"
                           "</graph></graphml>") == "<a> & \"b\"\tc\nd\ne");
}

TEST_CASE("bug graphml_attribute_control: control characters in attribute values are refused",
          "[export][graphml][regression]") {
    // Ids without '&' took a fast path that skipped the XML character check.
    const std::string text = "<graphml><graph>\n<node id=\"a\x01\"/></graph></graphml>";
    CHECK_THROWS_WITH(io::read_graphml_text(text, "g.graphml"),
                      "g.graphml:2:12: control character U+0001 is not allowed in XML 1.0; "
                      "remove it");
}

TEST_CASE("GraphML with CDATA reads back as itself after a write", "[export][graphml][regression]") {
    auto kg = io::read_graphml_text(
        kHead + "<data key=\"d0\"><![CDATA[x\r\ny <&>]]></data></node></graph></graphml>",
        "g.graphml");
    std::ostringstream out;
    io::write_graphml(kg, out);
    CHECK(io::read_graphml_text(out.str(), "w.graphml").actor(0).label == "x\ny <&>");
}
