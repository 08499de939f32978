#include "extract/tokenizer.hpp"

#include "common/error.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using claimgraph::InputError;
using claimgraph::extract::Abbreviations;
using claimgraph::extract::Document;
using claimgraph::extract::Token;
using claimgraph::extract::Tokenizer;
using Forms = std::vector<std::string>;

namespace {

const Tokenizer& tokenizer() {
    static const Tokenizer t;
    return t;
}

std::vector<Token> tokens_of(const std::string& text) {
    std::vector<Token> out;
    tokenizer().tokenize(text, out);
    return out;
}

Forms forms(const std::string& text) {
    Forms out;
    for (const auto& t : tokens_of(text)) out.push_back(t.form);
    return out;
}

// Every token's form is the text of its span, spans are in order and do not overlap, only
// whitespace lies between them, and space_after says whether whitespace follows.
void check_offsets(const std::string& text) {
    const auto toks = tokens_of(text);
    uint32_t last_end = 0;
    for (std::size_t i = 0; i < toks.size(); ++i) {
        const auto& t = toks[i];
        INFO("token " << i << " '" << t.form << "'");
        REQUIRE(t.start < t.end);
        REQUIRE(t.end <= text.size());
        REQUIRE(t.start >= last_end);
        CHECK(text.substr(t.start, t.end - t.start) == t.form);
        const bool followed_by_space = t.end < text.size() && (i + 1 == toks.size() ||
                                                               toks[i + 1].start > t.end);
        CHECK(t.space_after == followed_by_space);
        last_end = t.end;
    }
}

}  // namespace

TEST_CASE("tokenizer splits n't off do", "[extract][tokenizer]") {
    CHECK(forms("I don't know.") == Forms{"I", "do", "n't", "know", "."});
    CHECK(forms("Don't") == Forms{"Do", "n't"});
    CHECK(forms("It isn't, is it?") == Forms{"It", "is", "n't", ",", "is", "it", "?"});
}

TEST_CASE("tokenizer splits can't into ca and n't and won't into wo and n't",
          "[extract][tokenizer]") {
    CHECK(forms("can't won't") == Forms{"ca", "n't", "wo", "n't"});
}

TEST_CASE("tokenizer splits possessive and verbal clitics", "[extract][tokenizer]") {
    CHECK(forms("China's policy") == Forms{"China", "'s", "policy"});
    CHECK(forms("they're I'm we've she'll he'd") ==
          Forms{"they", "'re", "I", "'m", "we", "'ve", "she", "'ll", "he", "'d"});
    CHECK(forms("IT'S") == Forms{"IT", "'S"});
}

TEST_CASE("tokenizer splits clitics written with a curly apostrophe", "[extract][tokenizer]") {
    CHECK(forms("don\xE2\x80\x99t") == Forms{"do", "n\xE2\x80\x99t"});
    CHECK(forms("China\xE2\x80\x99s") == Forms{"China", "\xE2\x80\x99s"});
}

TEST_CASE("tokenizer splits apostrophe-less contractions as EWT does", "[extract][tokenizer]") {
    CHECK(forms("I cannot go") == Forms{"I", "can", "not", "go"});
    CHECK(forms("gonna wanna dont") == Forms{"gon", "na", "wan", "na", "do", "nt"});
    CHECK(forms("CANT") == Forms{"CANT"});
}

TEST_CASE("tokenizer keeps apostrophes inside names and a plural possessive apart",
          "[extract][tokenizer]") {
    CHECK(forms("O'Brien at 5 o'clock") == Forms{"O'Brien", "at", "5", "o'clock"});
    CHECK(forms("students' rights") == Forms{"students", "'", "rights"});
    CHECK(forms("the 80's") == Forms{"the", "80's"});
}

TEST_CASE("tokenizer keeps the period of known abbreviations", "[extract][tokenizer]") {
    CHECK(forms("Dr. Smith met Mr. Jones of Acme Inc. on Jan. 5.") ==
          Forms{"Dr.", "Smith", "met", "Mr.", "Jones", "of", "Acme", "Inc.", "on", "Jan.", "5",
                "."});
    CHECK(forms("e.g. the U.S. economy, i.e. growth") ==
          Forms{"e.g.", "the", "U.S.", "economy", ",", "i.e.", "growth"});
    CHECK(forms("J. Smith") == Forms{"J.", "Smith"});
    CHECK(forms("(Ph.D.)") == Forms{"(", "Ph.D.", ")"});
    CHECK(forms("Acme Inc..") == Forms{"Acme", "Inc.", "."});
}

TEST_CASE("tokenizer splits a sentence-final period off ordinary words and numbers",
          "[extract][tokenizer]") {
    CHECK(forms("It grew in 2010.") == Forms{"It", "grew", "in", "2010", "."});
    CHECK(forms("The end.") == Forms{"The", "end", "."});
    CHECK(forms("cooperation.The next") == Forms{"cooperation", ".", "The", "next"});
}

TEST_CASE("tokenizer keeps numbers, times and dates whole", "[extract][tokenizer]") {
    CHECK(forms("3.5 1,000 3,202.61 10:30 9/11 11/28/2000") ==
          Forms{"3.5", "1,000", "3,202.61", "10:30", "9/11", "11/28/2000"});
    CHECK(forms("$5 20% \xE2\x82\xAC" "30") == Forms{"$", "5", "20", "%", "\xE2\x82\xAC", "30"});
    CHECK(forms("1,2") == Forms{"1", ",", "2"});
    CHECK(forms("+44 -5") == Forms{"+44", "-", "5"});
}

TEST_CASE("tokenizer keeps URLs and e-mail addresses whole", "[extract][tokenizer]") {
    CHECK(forms("See https://example.com/a?b=1, or mail info@example.org.") ==
          Forms{"See", "https://example.com/a?b=1", ",", "or", "mail", "info@example.org", "."});
    CHECK(forms("(www.example.com)") == Forms{"(", "www.example.com", ")"});
    CHECK(forms("<http://en.wikipedia.org/wiki/A_(b)>") ==
          Forms{"<", "http://en.wikipedia.org/wiki/A_(b)", ">"});
}

TEST_CASE("tokenizer splits hyphens as UD EWT does", "[extract][tokenizer]") {
    CHECK(forms("world-famous well-known") == Forms{"world", "-", "famous", "well", "-", "known"});
    CHECK(forms("e-mail non-profit Sino-foreign co-operation") ==
          Forms{"e-mail", "non-profit", "Sino-foreign", "co-operation"});
    CHECK(forms("F-16 COVID-19 15-year") == Forms{"F-16", "COVID-19", "15", "-", "year"});
    CHECK(forms("1969-1970 713-853-3989") == Forms{"1969", "-", "1970", "713-853-3989"});
    CHECK(forms("and/or A&E AT&T") == Forms{"and", "/", "or", "A&E", "AT&T"});
}

TEST_CASE("tokenizer splits quotes, brackets, ellipses and dashes", "[extract][tokenizer]") {
    CHECK(forms("\"Hello\" (world) [x]") ==
          Forms{"\"", "Hello", "\"", "(", "world", ")", "[", "x", "]"});
    CHECK(forms("\xE2\x80\x9CYes,\xE2\x80\x9D he said") ==
          Forms{"\xE2\x80\x9C", "Yes", ",", "\xE2\x80\x9D", "he", "said"});
    CHECK(forms("Wait... what -- no\xE2\x80\x94yes\xE2\x80\xA6") ==
          Forms{"Wait", "...", "what", "--", "no", "\xE2\x80\x94", "yes", "\xE2\x80\xA6"});
    CHECK(forms("Really?!") == Forms{"Really", "?!"});
}

TEST_CASE("tokenizer makes emoji and emoticons tokens of their own", "[extract][tokenizer]") {
    // thumbs up with a skin tone modifier stays one token
    CHECK(forms("Great\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBB!") ==
          Forms{"Great", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBB", "!"});
    CHECK(forms("nice :) ok") == Forms{"nice", ":)", "ok"});
    CHECK(forms("caf\xC3\xA9 \xC2\xA9") == Forms{"caf\xC3\xA9", "\xC2\xA9"});
}

TEST_CASE("tokenizer makes a line-start list number one token", "[extract][tokenizer]") {
    CHECK(forms("1. Promote exchange\n2) Improve quality\n(a) more") ==
          Forms{"1.", "Promote", "exchange", "2)", "Improve", "quality", "(", "a", ")", "more"});
    CHECK(forms("Chapter 1. Next") == Forms{"Chapter", "1", ".", "Next"});
    CHECK(forms("1.") == Forms{"1", "."});
}

TEST_CASE("tokenizer offsets always point into the original text", "[extract][tokenizer]") {
    check_offsets("I don't know what China\xE2\x80\x99s U.S. plan (e.g. 3.5%) is... \"Really?\"\n"
                  "1. Item: body\n\n\t- bullet \xF0\x9F\x98\x80 caf\xC3\xA9 www.x.org.  ");
    check_offsets("ab\xFF\xFE" "cd \xE2\x80 e\xC3");
    check_offsets(std::string("a\0b\0\0c", 7));
}

TEST_CASE("tokenizer gives no tokens for empty or whitespace-only text", "[extract][tokenizer]") {
    CHECK(tokens_of("").empty());
    CHECK(tokens_of(" \t\r\n\n  \xC2\xA0\xE3\x80\x80").empty());
}

TEST_CASE("tokenizer sets space_after from the following character", "[extract][tokenizer]") {
    const auto t = tokens_of("Hi, you.\nOk");
    REQUIRE(t.size() == 5);
    CHECK_FALSE(t[0].space_after);  // Hi
    CHECK(t[1].space_after);        // ,
    CHECK_FALSE(t[2].space_after);  // you
    CHECK(t[3].space_after);        // . then newline
    CHECK_FALSE(t[4].space_after);  // end of text
    CHECK(t[4].start == 9);
    CHECK(t[4].end == 11);
}

TEST_CASE("tokenizer turns invalid UTF-8 bytes into one-byte symbol tokens",
          "[extract][tokenizer]") {
    CHECK(forms("ab\xFF" "cd") == Forms{"ab", "\xFF", "cd"});
    CHECK(forms("x \xE2\x80") == Forms{"x", "\xE2", "\x80"});  // truncated sequence
    CHECK(forms("\xC0\xAF") == Forms{"\xC0", "\xAF"});          // overlong
    CHECK(forms("\xED\xA0\x80") == Forms{"\xED", "\xA0", "\x80"});  // surrogate
}

TEST_CASE("tokenizer treats NUL and control bytes as separators", "[extract][tokenizer]") {
    CHECK(forms(std::string("a\0b", 3)) == Forms{"a", "b"});
    CHECK(forms(std::string("\0\0", 2)).empty());
    CHECK(forms("a\x01\x1F" "b") == Forms{"a", "b"});
}

TEST_CASE("tokenizer handles a very long line", "[extract][tokenizer]") {
    std::string text;
    for (int i = 0; i < 100000; ++i) text += "word, ";
    CHECK(tokens_of(text).size() == 200000);
    const std::string blob(1 << 20, 'a');
    const auto t = tokens_of(blob);
    REQUIRE(t.size() == 1);
    CHECK(t[0].end == blob.size());
}

TEST_CASE("tokenizer process fills the document and its layer bit", "[extract][tokenizer]") {
    Document doc;
    doc.text = "One two.";
    doc.tokens.resize(7);  // stale tokens are replaced
    tokenizer().process(doc);
    CHECK(doc.tokens.size() == 3);
    CHECK((doc.layers & claimgraph::extract::kTokens) != 0);
}

TEST_CASE("abbreviation list rejects files without the version header", "[extract][tokenizer]") {
    CHECK_THROWS_AS(Abbreviations::parse("Dr.\ttitle\n", "x.txt"), InputError);
    CHECK_THROWS_WITH(
        Abbreviations::parse("# claimgraph abbreviations v1\n# c\nDr.\tnoun\n", "x.txt"),
        Catch::Contains("x.txt:3"));
    CHECK_THROWS_WITH(Abbreviations::parse("# claimgraph abbreviations v1\nDr\ttitle\n", "x.txt"),
                      Catch::Contains("period"));
    const auto a = Abbreviations::parse("# claimgraph abbreviations v1\nDr.\ttitle\nInc. common\n",
                                        "x.txt");
    CHECK(a.size() == 2);
    CHECK(a.kind("Dr.") == Abbreviations::Kind::title);
    CHECK(a.kind("Inc.") == Abbreviations::Kind::common);
    CHECK(a.kind("U.S.") == Abbreviations::Kind::common);
    CHECK(a.kind("dog.") == Abbreviations::Kind::none);
}

TEST_CASE("shipped abbreviation list loads", "[extract][tokenizer]") {
    CHECK(Abbreviations::shipped().size() > 100);
    CHECK(Abbreviations::shipped().kind("Mr.") == Abbreviations::Kind::title);
}
