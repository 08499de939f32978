#include <catch2/catch.hpp>
#include <sstream>

#include "common/error.hpp"
#include "query/output.hpp"

using namespace claimgraph::query;

namespace {

Table sample() {
    Table t;
    t.columns = {"name", "n", "x", "ok", "none"};
    t.rows.push_back({Cell::text("a\tb\nc\\d"), Cell::integer(3), Cell::number(0.5),
                      Cell::boolean(true), Cell::null()});
    t.rows.push_back({Cell::text("say \"hi\", you"), Cell::integer(-1), Cell::number(2),
                      Cell::boolean(false), Cell::null()});
    return t;
}

std::string render(const Table& t, Format f) {
    std::ostringstream out;
    write_table(out, t, f);
    return out.str();
}

}  // namespace

TEST_CASE("TSV escapes tab, newline and backslash", "[query][output]") {
    CHECK(render(sample(), Format::tsv) ==
          "name\tn\tx\tok\tnone\n"
          "a\\tb\\nc\\\\d\t3\t0.5\ttrue\t\n"
          "say \"hi\", you\t-1\t2\tfalse\t\n");
    CHECK(escape_tsv("x\ry") == "x\\ry");
}

TEST_CASE("CSV quotes fields per RFC 4180", "[query][output]") {
    CHECK(render(sample(), Format::csv) ==
          "name,n,x,ok,none\r\n"
          "\"a\tb\nc\\d\",3,0.5,true,\r\n"
          "\"say \"\"hi\"\", you\",-1,2,false,\r\n");
    CHECK(quote_csv("plain") == "plain");
}

TEST_CASE("JSON is one array of objects keyed by column, typed", "[query][output]") {
    CHECK(render(sample(), Format::json) ==
          "[\n"
          "  {\"name\": \"a\\tb\\nc\\\\d\", \"n\": 3, \"x\": 0.5, \"ok\": true, \"none\": null},\n"
          "  {\"name\": \"say \\\"hi\\\", you\", \"n\": -1, \"x\": 2, \"ok\": false, \"none\": "
          "null}\n"
          "]\n");
    Table empty;
    empty.columns = {"a"};
    CHECK(render(empty, Format::json) == "[]\n");
    CHECK(json_string(std::string("\x01\x1f", 2)) == "\"\\u0001\\u001f\"");
}

TEST_CASE("JSON Lines writes one object per line", "[query][output]") {
    CHECK(render(sample(), Format::jsonl) ==
          "{\"name\": \"a\\tb\\nc\\\\d\", \"n\": 3, \"x\": 0.5, \"ok\": true, \"none\": null}\n"
          "{\"name\": \"say \\\"hi\\\", you\", \"n\": -1, \"x\": 2, \"ok\": false, \"none\": "
          "null}\n");
}

TEST_CASE("the terminal table aligns columns and keeps each row on one line", "[query][output]") {
    CHECK(render(sample(), Format::table) ==
          "name            n    x  ok     none\n"
          "-------------  --  ---  -----  ----\n"
          "a b c\\d         3  0.5  true\n"
          "say \"hi\", you  -1    2  false\n");
    Table t;
    t.columns = {"long"};
    t.rows.push_back({Cell::text(std::string(70, 'x'))});
    std::ostringstream out;
    write_table(out, t, Format::table, 10);
    CHECK(out.str() == "long\n----------\nxxxxxxxxx\xE2\x80\xA6\n");
}

TEST_CASE("formats parse by name, subgraph formats are not tables", "[query][output]") {
    CHECK(parse_format("graph-json") == Format::graph_json);
    CHECK(is_subgraph_format(Format::dot));
    CHECK_FALSE(is_subgraph_format(Format::csv));
    CHECK_THROWS_AS(parse_format("xml"), claimgraph::ConfigError);
    std::ostringstream out;
    CHECK_THROWS_AS(write_table(out, sample(), Format::dot), claimgraph::ConfigError);
}

TEST_CASE("long tables are written whole in every format", "[query][output]") {
    // Rows are written in blocks of about 64 KB: a table of several blocks loses and repeats
    // nothing at their edges.
    Table t;
    t.columns = {"i", "text"};
    const std::string word = "w\t\"x\",";
    std::string tsv = "i\ttext\n", csv = "i,text\r\n", jsonl, json = "[\n";
    for (int i = 0; i < 20000; ++i) {
        t.rows.push_back({Cell::integer(i), Cell::text_ref(word)});
        tsv += std::to_string(i) + "\tw\\t\"x\",\n";
        csv += std::to_string(i) + ",\"w\t\"\"x\"\",\"\r\n";
        const std::string object =
            "{\"i\": " + std::to_string(i) + ", \"text\": \"w\\t\\\"x\\\",\"}";
        jsonl += object + "\n";
        json += "  " + object + (i + 1 < 20000 ? ",\n" : "\n");
    }
    json += "]\n";
    CHECK(render(t, Format::tsv) == tsv);
    CHECK(render(t, Format::csv) == csv);
    CHECK(render(t, Format::jsonl) == jsonl);
    CHECK(render(t, Format::json) == json);
}
