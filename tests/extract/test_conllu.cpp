#include <catch2/catch.hpp>

#include <sstream>

#include "common/error.hpp"
#include "extract/conllu.hpp"

using namespace claimgraph;
using namespace claimgraph::extract;

namespace {

const char* kSample =
    "# sent_id = 1\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t3:nsubj\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "4.1\tknows\t_\t_\t_\t_\t_\t_\t4:conj\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n";

}  // namespace

TEST_CASE("conllu reader keeps multiword tokens and empty nodes out of the words",
          "[extract][conllu]") {
    auto s = parse_conllu(kSample, "x.conllu");
    REQUIRE(s.size() == 1);
    REQUIRE(s[0].words.size() == 5);
    CHECK(s[0].comments.size() == 2);
    CHECK(s[0].words[1].form == "do");
    CHECK(s[0].words[0].head == 2);
    CHECK(s[0].words[3].head == -1);
    CHECK(s[0].words[3].deprel == "root");
    REQUIRE(s[0].extras.size() == 2);
    CHECK(s[0].extras[0].before_word == 1);
    CHECK(s[0].extras[1].before_word == 4);
}

TEST_CASE("conllu writer reproduces its input byte for byte", "[extract][conllu]") {
    auto s = parse_conllu(kSample, "x.conllu");
    std::ostringstream out;
    write_conllu(out, s);
    CHECK(out.str() == kSample);
}

TEST_CASE("conllu reader accepts CRLF, missing final blank line and comment-only blocks",
          "[extract][conllu]") {
    auto s = parse_conllu("# newdoc\r\n\r\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\r\n", "y");
    REQUIRE(s.size() == 1);
    CHECK(s[0].words[0].form == "Hi");
    CHECK(s[0].words[0].misc == "_");
    CHECK(parse_conllu("", "empty").empty());
}

TEST_CASE("conllu reader reports malformed lines with file and line", "[extract][conllu]") {
    CHECK_THROWS_WITH(parse_conllu("# c\n1\tHi\thi\n", "bad.conllu"),
                      "bad.conllu:2: found 3 columns (expected a CoNLL-U line: 10 "
                      "tab-separated columns, or a # comment)");
    CHECK_THROWS_WITH(
        parse_conllu("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", "f"),
        "f:2: word ID '3' where 2 was expected (expected a CoNLL-U line: 10 tab-separated "
        "columns, or a # comment)");
    CHECK_THROWS_WITH(parse_conllu("1\tA\ta\tX\tX\t_\t7\troot\t_\t_\n", "f"),
                      "f:1: HEAD 7 points past the sentence's last word 1 (expected a CoNLL-U "
                      "line: 10 tab-separated columns, or a # comment)");
    CHECK_THROWS_WITH(parse_conllu("1\tA\ta\tX\tX\t_\tx\troot\t_\t_\n", "f"),
                      "f:1: bad HEAD 'x' (expected a CoNLL-U line: 10 tab-separated columns, "
                      "or a # comment)");
    CHECK_THROWS_AS(parse_conllu("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\textra\n", "f"), InputError);
    CHECK_THROWS_AS(parse_conllu("1-x\tA\t_\t_\t_\t_\t_\t_\t_\t_\n", "f"), InputError);
}

TEST_CASE("document_from_conllu and annotate_conllu carry annotations across",
          "[extract][conllu]") {
    auto s = parse_conllu(kSample, "x");
    Document doc = document_from_conllu(s);
    REQUIRE(doc.tokens.size() == 5);
    REQUIRE(doc.sentences.size() == 1);
    CHECK(doc.sentence_text(doc.sentences[0]) == "I do n't know .");
    doc.tokens[0].upos = "X";
    doc.tokens[0].head = 4;
    doc.tokens[0].deprel = "dep";
    doc.layers |= kTags | kParse;
    annotate_conllu(doc, s);
    CHECK(s[0].words[0].upos == "X");
    CHECK(s[0].words[0].head == 4);
    CHECK(s[0].words[0].deprel == "dep");
    CHECK(s[0].words[0].lemma == "I");  // lemma layer absent: left alone
}
