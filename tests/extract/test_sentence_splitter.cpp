#include "extract/sentence_splitter.hpp"
#include "extract/tokenizer.hpp"

#include "common/error.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using claimgraph::extract::Abbreviations;
using claimgraph::extract::Block;
using claimgraph::extract::Document;
using claimgraph::extract::SentenceSplitter;
using claimgraph::extract::Tokenizer;
using Texts = std::vector<std::string>;

namespace {

Document split(const std::string& text, uint32_t max_tokens = 300) {
    static const Tokenizer tokenizer;
    Document doc;
    doc.text = text;
    tokenizer.process(doc);
    SentenceSplitter(Abbreviations::shipped(), max_tokens).process(doc);
    return doc;
}

Texts sentences(const std::string& text) {
    const auto doc = split(text);
    Texts out;
    for (const auto& s : doc.sentences) out.emplace_back(doc.sentence_text(s));
    return out;
}

// Sentences cover every token exactly once, in order, and their spans are their tokens' spans.
void check_cover(const Document& doc) {
    uint32_t next = 0;
    for (const auto& s : doc.sentences) {
        REQUIRE(s.first_token == next);
        REQUIRE(s.end_token > s.first_token);
        CHECK(s.start == doc.tokens[s.first_token].start);
        CHECK(s.end == doc.tokens[s.end_token - 1].end);
        next = s.end_token;
    }
    CHECK(next == doc.tokens.size());
}

}  // namespace

TEST_CASE("splitter ends sentences at periods, question and exclamation marks",
          "[extract][splitter]") {
    CHECK(sentences("He left. She stayed! Why? Because.") ==
          Texts{"He left.", "She stayed!", "Why?", "Because."});
}

TEST_CASE("splitter keeps 'e.g.', titles and initials inside a sentence", "[extract][splitter]") {
    CHECK(sentences("Some fields, e.g. Physics, grew. Dr. Smith and J. R. Jones agreed.") ==
          Texts{"Some fields, e.g. Physics, grew.", "Dr. Smith and J. R. Jones agreed."});
    CHECK(sentences("See No. 5 on Jan. 3 for details.") ==
          Texts{"See No. 5 on Jan. 3 for details."});
}

TEST_CASE("splitter ends a sentence at a company abbreviation before a sentence opener",
          "[extract][splitter]") {
    CHECK(sentences("He works at Acme Inc. The firm grew.") ==
          Texts{"He works at Acme Inc.", "The firm grew."});
    CHECK(sentences("Acme Inc. Chairman Lee spoke.") == Texts{"Acme Inc. Chairman Lee spoke."});
    CHECK(sentences("Trade with the U.S. grew. It was 3.5 percent.") ==
          Texts{"Trade with the U.S. grew.", "It was 3.5 percent."});
}

TEST_CASE("splitter does not end a sentence before a lower-case continuation",
          "[extract][splitter]") {
    CHECK(sentences("\"Why?\" he asked. Fine.") == Texts{"\"Why?\" he asked.", "Fine."});
    CHECK(sentences("It costs approx. ten dollars.") == Texts{"It costs approx. ten dollars."});
}

TEST_CASE("splitter ends a spaced run of periods or question marks after its last mark",
          "[extract][splitter]") {
    CHECK(sentences("It ended . . . Then more? ? Yes.") ==
          Texts{"It ended . . .", "Then more? ?", "Yes."});
    CHECK(sentences("Ask Ann Lee (sp?), and Jeff.") == Texts{"Ask Ann Lee (sp?), and Jeff."});
}

TEST_CASE("splitter keeps closing quotes and brackets with the sentence they close",
          "[extract][splitter]") {
    CHECK(sentences("He said \"Go.\" Then he left. (It rained.) Done.") ==
          Texts{"He said \"Go.\"", "Then he left.", "(It rained.)", "Done."});
    CHECK(sentences("He said \xE2\x80\x9CGo.\xE2\x80\x9D Then he left.") ==
          Texts{"He said \xE2\x80\x9CGo.\xE2\x80\x9D", "Then he left."});
}

TEST_CASE("splitter counts blank-line separated paragraphs", "[extract][splitter]") {
    const auto doc = split("A b c.\n\nC d. E f.\n \n\nG h.");
    REQUIRE(doc.sentences.size() == 4);
    CHECK(doc.sentences[0].paragraph == 0);
    CHECK(doc.sentences[1].paragraph == 1);
    CHECK(doc.sentences[2].paragraph == 1);
    CHECK(doc.sentences[3].paragraph == 2);
    check_cover(doc);
}

TEST_CASE("splitter ends a sentence at a blank line even without punctuation",
          "[extract][splitter]") {
    CHECK(sentences("no punctuation here\n\nnor here") ==
          Texts{"no punctuation here", "nor here"});
}

TEST_CASE("splitter joins hard-wrapped lines of one sentence", "[extract][splitter]") {
    CHECK(sentences("The government said that\nit would act. It did.") ==
          Texts{"The government said that\nit would act.", "It did."});
    CHECK(sentences("The ministry signed agreements with\nSeveral partners abroad.") ==
          Texts{"The ministry signed agreements with\nSeveral partners abroad."});
}

TEST_CASE("splitter trims sentence spans of surrounding whitespace", "[extract][splitter]") {
    const auto doc = split("  Hello world.  \n");
    REQUIRE(doc.sentences.size() == 1);
    CHECK(doc.sentences[0].start == 2);
    CHECK(doc.sentences[0].end == 14);
    CHECK(doc.sentences[0].first_token == 0);
    CHECK(doc.sentences[0].end_token == 3);
}

TEST_CASE("splitter marks a short line standing alone as a heading", "[extract][splitter]") {
    const auto doc = split("International cooperation in education\n\nThe text starts here.\n"
                           "Another line follows");
    REQUIRE(doc.sentences.size() == 3);
    CHECK(doc.sentences[0].block == Block::heading);
    CHECK(doc.sentences[1].block == Block::body);
    CHECK(doc.sentences[2].block == Block::heading);
}

TEST_CASE("splitter marks ordinal-led section titles as headings", "[extract][splitter]") {
    const auto doc = split("First, the meaning of international exchanges\n\n"
                           "Second, the importance of cooperation in education.\n\n"
                           "Three. China's measures in international exchanges.\n\n"
                           "First, we must act now.");
    REQUIRE(doc.sentences.size() == 4);
    CHECK(doc.sentences[0].block == Block::heading);
    CHECK(doc.sentences[1].block == Block::heading);
    CHECK(doc.sentences[2].block == Block::heading);
    CHECK(doc.sentence_text(doc.sentences[2]) ==
          "Three. China's measures in international exchanges.");
    CHECK(doc.sentences[3].block == Block::body);
}

TEST_CASE("splitter makes a numbered item's colon title a sentence of its own",
          "[extract][splitter]") {
    const auto doc = split("Measures.\n\n2. Strengthen cooperation with world-famous universities: "
                           "Many universities in China have links. They grow.\n\n"
                           "3. Improve quality: Schools improve.");
    REQUIRE(doc.sentences.size() == 6);
    const auto& title = doc.sentences[1];
    CHECK(doc.sentence_text(title) == "2. Strengthen cooperation with world-famous universities:");
    CHECK(title.block == Block::list_item);
    CHECK(title.item == 1);
    CHECK(doc.tokens[title.first_token].form == "2.");
    const auto& body = doc.sentences[2];
    CHECK(doc.sentence_text(body) == "Many universities in China have links.");
    CHECK(body.block == Block::body);
    CHECK(body.item == 1);
    CHECK(body.paragraph == title.paragraph);
    CHECK(doc.sentences[3].item == 1);
    CHECK(doc.sentences[4].block == Block::list_item);
    CHECK(doc.sentences[4].item == 4);
    CHECK(doc.sentences[5].item == 4);
    CHECK(doc.sentences[0].item == -1);
    check_cover(doc);
}

TEST_CASE("splitter recognises numbered, lettered and bulleted list items", "[extract][splitter]") {
    const auto doc = split("Steps:\n1. Open it\n2) Close it\n(a) Check it\n- apples\n* pears\n"
                           "\xE2\x80\xA2 figs\niv. Last one");
    REQUIRE(doc.sentences.size() == 8);
    CHECK(doc.sentence_text(doc.sentences[0]) == "Steps:");
    CHECK(doc.sentences[0].block == Block::body);
    for (std::size_t i = 1; i < doc.sentences.size(); ++i) {
        INFO(doc.sentence_text(doc.sentences[i]));
        CHECK(doc.sentences[i].block == Block::list_item);
        CHECK(doc.sentences[i].item == static_cast<int32_t>(i));
    }
    CHECK(doc.sentence_text(doc.sentences[3]) == "(a) Check it");
}

TEST_CASE("splitter marks breadcrumb lines as navigation", "[extract][splitter]") {
    const auto doc = split("Current location - Education and Training - Institutions - What is "
                           "the important part of education?\nHome > News > World\n"
                           "The schools opened. The rate rose 5 - 10 - 15 percent.");
    REQUIRE(doc.sentences.size() == 4);
    CHECK(doc.sentences[0].block == Block::navigation);
    CHECK(doc.sentences[1].block == Block::navigation);
    CHECK(doc.sentence_text(doc.sentences[1]) == "Home > News > World");
    CHECK(doc.sentences[2].block == Block::body);
    CHECK(doc.sentences[3].block == Block::body);
    CHECK(doc.sentence_text(doc.sentences[3]) == "The rate rose 5 - 10 - 15 percent.");

    const auto labelled = split("You are here: Home / News / Schools reopen after the storm\n\n"
                                "Pupils returned: Classes resumed - slowly - on Monday.");
    REQUIRE(labelled.sentences.size() == 2);
    CHECK(labelled.sentences[0].block == Block::navigation);
    CHECK(labelled.sentences[1].block == Block::body);
}

TEST_CASE("splitter cuts a very long sentence at the maximum length", "[extract][splitter]") {
    std::string text;
    for (int i = 0; i < 1000; ++i) text += "word ";
    const auto doc = split(text, 300);
    REQUIRE(doc.sentences.size() == 4);
    for (const auto& s : doc.sentences) CHECK(s.size() <= 300);
    check_cover(doc);

    std::string commas;
    for (int i = 0; i < 100; ++i) commas += "one two three four five six seven, ";
    const auto doc2 = split(commas, 300);
    for (const auto& s : doc2.sentences) {
        CHECK(s.size() <= 300);
        if (s.end_token < doc2.tokens.size()) CHECK(doc2.tokens[s.end_token - 1].form == ",");
    }
    check_cover(doc2);
}

TEST_CASE("splitter counts the sentences it had to cut, once each", "[extract][splitter]") {
    std::string text;
    for (int i = 0; i < 1000; ++i) text += "word ";
    text += ".\n\nA short one.\n\n";
    for (int i = 0; i < 400; ++i) text += "more ";
    const auto doc = split(text, 300);
    CHECK(doc.sentences.size() == 4 + 1 + 2);
    CHECK(doc.sentences_cut == 2);
    CHECK(split("A short one. Another.", 300).sentences_cut == 0);
}

TEST_CASE("splitter gives no sentences for empty or whitespace-only text", "[extract][splitter]") {
    CHECK(split("").sentences.empty());
    CHECK(split(" \n\n\t ").sentences.empty());
    CHECK((split("").layers & claimgraph::extract::kSentences) != 0);
}

TEST_CASE("splitter covers every token of odd input exactly once", "[extract][splitter]") {
    check_cover(split(std::string("a\0b. \xFF\xFE c?\n\n\n- \n1.\n:\n. . .\n\"\n", 28)));
    check_cover(split("...!!! ?? \xE2\x80\xA6 Mr. Dr. Inc. e.g."));
}

TEST_CASE("splitter rejects a maximum length below two tokens", "[extract][splitter]") {
    CHECK_THROWS_AS(SentenceSplitter(Abbreviations::shipped(), 1), claimgraph::ConfigError);
}

TEST_CASE("tokenizer and splitter survive random bytes", "[extract][splitter]") {
    // A fixed seed keeps the test deterministic; the alphabet favours the characters the rules
    // look at.
    static const std::string alphabet[] = {"a", "B", "1", ".", ",", "'", "-", " ", "\n", "\n\n",
                                           ":", "(", ")", "\"", "\xE2\x80\x99", "\xFF", "\xC3",
                                           std::string(1, '\0'), "Dr.", "n't", "@", "/", "1.",
                                           "www.", "?", "\xF0\x9F\x98\x80", "\xE2\x80\x8D"};
    uint32_t state = 12345;
    for (int round = 0; round < 200; ++round) {
        std::string text;
        for (int i = 0; i < 300; ++i) {
            state = state * 1664525u + 1013904223u;
            text += alphabet[(state >> 8) % (sizeof(alphabet) / sizeof(alphabet[0]))];
        }
        const auto doc = split(text, 20);
        for (const auto& t : doc.tokens)
            REQUIRE(text.substr(t.start, t.end - t.start) == t.form);
        for (const auto& s : doc.sentences) REQUIRE(s.size() <= 20);
        check_cover(doc);
    }
}

TEST_CASE("tokenizer and splitter stay linear on pathological input", "[extract][splitter]") {
    // Each of these took quadratic time in a naive implementation; here they finish at once.
    std::string separators;
    for (int i = 0; i < 50000; ++i) separators += "A - ";
    std::string brackets = "http://example.com/" + std::string(200000, ')');
    std::string lines;
    for (int i = 0; i < 50000; ++i) lines += "Word word\n";
    std::string dots;
    for (int i = 0; i < 50000; ++i) dots += "a.Ba";
    for (const auto* text : {&separators, &brackets, &lines, &dots}) {
        const auto doc = split(*text);
        check_cover(doc);
    }
}

TEST_CASE("splitter sets a news dateline apart from the paragraph's first sentence",
          "[extract][splitter]") {
    const auto doc = split(
        "BRUSSELS, March 4 (Staff) \xE2\x80\x94 The Commission fined Nordwave. It will appeal.\n\n"
        "WASHINGTON (AP) -- Lawmakers approved the bill.\n\n"
        "Geneva, 12 May 2025 \xE2\x80\x93 The agency published its report.\n\n"
        "The plan \xE2\x80\x94 announced on Monday \xE2\x80\x94 was approved.\n\n"
        "NASA \xE2\x80\x94 the space agency \xE2\x80\x94 said so.\n\n"
        "FYI - See rows 49-53 for our group.\n\n"
        "SAN JOSE, Calif. -- Apple opened a store.");
    check_cover(doc);
    Texts got;
    std::vector<Block> blocks;
    for (const auto& s : doc.sentences) {
        got.emplace_back(doc.sentence_text(s));
        blocks.push_back(s.block);
    }
    CHECK(got == Texts{"BRUSSELS, March 4 (Staff) \xE2\x80\x94",
                       "The Commission fined Nordwave.",
                       "It will appeal.",
                       "WASHINGTON (AP) --",
                       "Lawmakers approved the bill.",
                       "Geneva, 12 May 2025 \xE2\x80\x93",
                       "The agency published its report.",
                       "The plan \xE2\x80\x94 announced on Monday \xE2\x80\x94 was approved.",
                       "NASA \xE2\x80\x94 the space agency \xE2\x80\x94 said so.",
                       "FYI - See rows 49-53 for our group.",
                       "SAN JOSE, Calif. --",
                       "Apple opened a store."});
    CHECK(blocks == std::vector<Block>{Block::navigation, Block::body, Block::body,
                                       Block::navigation, Block::body, Block::navigation,
                                       Block::body, Block::body, Block::body, Block::body,
                                       Block::navigation, Block::body});
}

TEST_CASE("a dateline's place in capitals may have accented capitals", "[extract][splitter]") {
    // "ÅLESUND", "ŁÓDŹ": a place in capitals is one whatever its alphabet's accents; a word with
    // an accented small letter ("Ålesund") is no place in capitals.
    const auto doc = split("\xC3\x85LESUND - The operator ordered two ships.\n\n"
                           "\xC5\x81\xC3\x93" "D\xC5\xB9 - Lawmakers approved the bill.\n\n"
                           "\xC3\x85lesund - The yard hired welders.");
    check_cover(doc);
    Texts got;
    for (const auto& s : doc.sentences) got.emplace_back(doc.sentence_text(s));
    CHECK(got == Texts{"\xC3\x85LESUND -", "The operator ordered two ships.",
                       "\xC5\x81\xC3\x93" "D\xC5\xB9 -", "Lawmakers approved the bill.",
                       "\xC3\x85lesund - The yard hired welders."});
}

TEST_CASE("a dateline's bracketed source may be lower case", "[extract][splitter]") {
    // "(dpa)" is one agency's own spelling; a lower-case word outside brackets is no dateline.
    const auto doc = split(
        "BERLIN, May 2 (dpa) - The ministry sold its stake.\n\n"
        "Results (see below) - The figures rose.");
    Texts got;
    for (const auto& s : doc.sentences) got.emplace_back(doc.sentence_text(s));
    CHECK(got == Texts{"BERLIN, May 2 (dpa) -", "The ministry sold its stake.",
                       "Results (see below) - The figures rose."});
}

TEST_CASE("a clock time before a dash opening a paragraph is a time stamp", "[extract][splitter]") {
    // A live report's entries: the stamp is metadata, as a dateline is; a ratio or a time inside
    // a sentence is not.
    const auto doc = split(
        "09:45 - The union called a strike.\n\n"
        "7:30 - Talks resumed at noon.\n\n"
        "The score was 3:1 - Leeds won.");
    Texts got;
    std::vector<Block> blocks;
    for (const auto& s : doc.sentences) {
        got.emplace_back(doc.sentence_text(s));
        blocks.push_back(s.block);
    }
    CHECK(got == Texts{"09:45 -", "The union called a strike.", "7:30 -", "Talks resumed at noon.",
                       "The score was 3:1 - Leeds won."});
    CHECK(blocks == std::vector<Block>{Block::navigation, Block::body, Block::navigation,
                                       Block::body, Block::body});
}

TEST_CASE("a live report's time stamp opening a paragraph is set apart like a dateline", "[extract][splitter]") {
    const auto doc = split(
        "10:30 - The union said it would strike.\n\n"
        "08.05 GMT - Shares fell.\n\n"
        "The score was 3 - 1 at half time.");
    Texts got;
    for (const auto& s : doc.sentences) got.emplace_back(doc.sentence_text(s));
    CHECK(got == Texts{"10:30 -", "The union said it would strike.", "08.05 GMT -", "Shares fell.",
                       "The score was 3 - 1 at half time."});
}
