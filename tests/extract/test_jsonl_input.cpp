#include "extract/jsonl_input.hpp"

#include "common/error.hpp"

#include <catch2/catch.hpp>

#include <string>

using claimgraph::InputError;
using claimgraph::extract::InputDocument;
using claimgraph::extract::parse_jsonl_line;

namespace {

// The message parse_jsonl_line throws for `line` (line number 7 of "in.jsonl"), or "" if none.
std::string error_of(std::string_view line) {
    InputDocument doc;
    try {
        parse_jsonl_line(line, "in.jsonl", 7, doc);
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("a JSON Lines record gives id, text, url and date", "[extract][jsonl]") {
    InputDocument doc;
    REQUIRE(parse_jsonl_line(R"({"id": "a-1", "text": "Caf\u00e9 \"x\"\nend", "url": "https://e.org/a",)"
                             R"( "date": "2024-05-01", "title": {"ignored": [1, 2]}}  )",
                             "in.jsonl", 3, doc));
    CHECK(doc.id == "a-1");
    CHECK(doc.text == "Caf\xC3\xA9 \"x\"\nend");
    CHECK(doc.url == "https://e.org/a");
    CHECK(doc.date == "2024-05-01");
    CHECK(doc.source == "in.jsonl");
    CHECK(doc.line == 3);
}

TEST_CASE("a JSON Lines id may be a whole number, url and date may be null or absent", "[extract][jsonl]") {
    InputDocument doc;
    REQUIRE(parse_jsonl_line(R"({"text": "t", "id": 42, "url": null})", "s", 1, doc));
    CHECK(doc.id == "42");
    CHECK(doc.url.empty());
    CHECK(doc.date.empty());
    REQUIRE(parse_jsonl_line("{\"id\":\"x\",\"text\":\"t\"}\r", "s", 2, doc));
    CHECK(doc.id == "x");
}

TEST_CASE("a blank JSON Lines line is no record and no error", "[extract][jsonl]") {
    InputDocument doc;
    CHECK_FALSE(parse_jsonl_line("", "s", 1, doc));
    CHECK_FALSE(parse_jsonl_line(" \t\r", "s", 1, doc));
}

TEST_CASE("a bad JSON Lines record is an error naming file, line and byte column", "[extract][jsonl]") {
    CHECK(error_of(R"({"id": "a", "text": "b")") ==
          "in.jsonl:7:24: bad JSON: Missing a comma or '}' after an object member. (JSON Lines: "
          "one {\"id\": ..., \"text\": ...} object a line)");
    CHECK(error_of(R"({"text": "b"})") ==
          "in.jsonl:7:1: the record has no \"id\"; give each document a unique id");
    CHECK(error_of(R"({"id": "a"})") ==
          "in.jsonl:7:1: the record has no \"text\"; put the document's text under \"text\"");
    CHECK(error_of(R"({"id": "a", "text": 5})") ==
          "in.jsonl:7:22: \"text\" must be a string, got a number (JSON Lines: one {\"id\": ..., "
          "\"text\": ...} object a line)");
    CHECK(error_of(R"({"id": 1.5, "text": "t"})").rfind(
              "in.jsonl:7:11: \"id\" must be a string or a whole number, got a number with a fraction", 0) == 0);
    CHECK(error_of(R"({"id": "", "text": "t"})").rfind("in.jsonl:7:10: \"id\" is empty", 0) == 0);
    CHECK(error_of(R"({"id": "a", "text": "t", "id": "b"})").rfind(
              "in.jsonl:7:30: key \"id\" appears twice", 0) == 0);
    CHECK(error_of(R"({"id": "a", "text": ["t"]})").rfind(
              "in.jsonl:7:21: \"text\" must be a string, got an object or array", 0) == 0);
    CHECK(error_of(R"(["a"])").rfind("in.jsonl:7:1: a record must be a JSON object", 0) == 0);
    CHECK(error_of(R"("a")").rfind("in.jsonl:7:4: a record must be a JSON object", 0) == 0);
    CHECK(error_of("{\"id\": \"a\", \"text\": \"\xFF\"}").rfind(
              "in.jsonl:7:22: bad JSON: Invalid encoding in string.", 0) == 0);
    CHECK(error_of(std::string_view("{\"id\": \"a\",\0 \"text\": \"t\"}", 24)).rfind(
              "in.jsonl:7:12: NUL byte", 0) == 0);
    CHECK(error_of(R"({"id": "a", "text": "t"} {})").rfind(
              "in.jsonl:7:26: bad JSON: The document root must not be followed by other values.", 0) == 0);
}

TEST_CASE("deeply nested JSON in an ignored key does not exhaust the stack", "[extract][jsonl]") {
    std::string line = R"({"id": "a", "text": "t", "x": )" + std::string(200000, '[') +
                       std::string(200000, ']') + "}";
    InputDocument doc;
    REQUIRE(parse_jsonl_line(line, "s", 1, doc));
    CHECK(doc.text == "t");
}
