#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "article_documents.hpp"
#include "extract/model.hpp"

using namespace claimgraph::extract;

namespace {

std::shared_ptr<const Model> shipped() {
    static const auto model = load_model(std::string(CLAIMGRAPH_SOURCE_DATA_DIR) + "/en.model");
    return model;
}

// Parses one sentence given as tokens; returns the document.
Document parse(const std::vector<std::string>& words) {
    Document doc;
    Sentence sent;
    for (const auto& w : words) {
        Token t;
        t.form = w;
        t.start = static_cast<uint32_t>(doc.text.size());
        doc.text += w + " ";
        t.end = t.start + static_cast<uint32_t>(w.size());
        doc.tokens.push_back(t);
    }
    sent.end_token = static_cast<uint32_t>(doc.tokens.size());
    sent.end = static_cast<uint32_t>(doc.text.size());
    doc.sentences.push_back(sent);
    doc.layers = kTokens | kSentences;
    for (const auto& c : make_syntax_components(shipped())) c->process(doc);
    return doc;
}

}  // namespace

TEST_CASE("parser finds subject and object of a simple clause", "[extract][parser]") {
    Document d = parse({"The", "committee", "approved", "the", "budget", "."});
    const auto& t = d.tokens;
    CHECK(t[2].head == -1);
    CHECK(t[2].deprel == "root");
    CHECK(t[2].upos == "VERB");
    CHECK(t[1].head == 2);
    CHECK(t[1].deprel == "nsubj");
    CHECK(t[4].head == 2);
    CHECK(t[4].deprel == "obj");
    CHECK(t[0].head == 1);
    CHECK(t[0].deprel == "det");
    CHECK(t[5].head == 2);
    CHECK(t[5].deprel == "punct");
}

TEST_CASE("parser labels passives, possessives and relative clauses", "[extract][parser]") {
    Document d = parse({"The", "report", "was", "written", "by", "experts", "."});
    CHECK(d.tokens[1].deprel == "nsubj:pass");
    CHECK(d.tokens[1].head == 3);
    CHECK(d.tokens[2].deprel == "aux:pass");
    CHECK(d.tokens[5].deprel == "obl:agent");
    Document p = parse({"China", "'s", "government", "funds", "schools", "that", "teach",
                        "English", "."});
    CHECK(p.tokens[0].deprel == "nmod:poss");
    CHECK(p.tokens[0].head == 2);
    CHECK(p.tokens[2].deprel == "nsubj");
    CHECK(p.tokens[6].deprel == "acl:relcl");
    CHECK(p.tokens[6].head == 4);
}

TEST_CASE("parser output is a tree with exactly one root", "[extract][parser]") {
    Document d = parse({"When", "the", "talks", "ended", ",", "both", "sides", "said", "they",
                        "would", "meet", "again", "in", "Beijing", "next", "year", "."});
    int roots = 0;
    for (std::size_t i = 0; i < d.tokens.size(); ++i) {
        const auto& t = d.tokens[i];
        if (t.head < 0) {
            ++roots;
            CHECK(t.deprel == "root");
        } else {
            CHECK(t.deprel != "root");
            // Following heads reaches the root without a cycle.
            int h = t.head, steps = 0;
            while (h >= 0 && steps++ < 100) h = d.tokens[h].head;
            CHECK(h == -1);
        }
    }
    CHECK(roots == 1);
}

TEST_CASE("parser gives over-long sentences a flat analysis", "[extract][parser]") {
    std::vector<std::string> words(kMaxParseLength + 1, "word");
    Document d = parse(words);
    CHECK(d.tokens[0].head == -1);
    CHECK(d.tokens[0].deprel == "root");
    CHECK(d.tokens[1].head == 0);
    CHECK(d.tokens[1].deprel == "dep");
    CHECK(d.tokens.back().head == 0);
    Document ok = parse(std::vector<std::string>(kMaxParseLength, "word"));
    CHECK(ok.tokens[kMaxParseLength - 1].head != -2);
}

TEST_CASE("parser reusing a word's role sums gives the trees of scoring every feature afresh",
          "[extract][parser]") {
    // Every sentence of the test articles, tokenized and tagged by the pipeline, is parsed both
    // ways; the scores are exact integer sums, so every head and label must agree. The reuse
    // covers the sums of (role, word) pairs and of each stack top's stack context.
    const ParserModel& parser = shipped()->parser;
    std::size_t sentences = 0, words = 0;
    for (const Document& doc : article_documents()) {
        for (const Sentence& sent : doc.sentences) {
            std::vector<std::string_view> forms;
            std::vector<uint16_t> tags;
            for (uint32_t i = sent.first_token; i < sent.end_token; ++i) {
                forms.push_back(doc.tokens[i].form);
                tags.push_back(parser.tag_id(doc.tokens[i].upos, doc.tokens[i].xpos));
            }
            std::vector<int32_t> heads, heads_afresh;
            std::vector<uint16_t> labels, labels_afresh;
            parser.parse(forms, tags, heads, labels);
            parser.parse_without_reuse(forms, tags, heads_afresh, labels_afresh);
            CHECK(heads == heads_afresh);
            CHECK(labels == labels_afresh);
            ++sentences;
            words += forms.size();
        }
    }
    CHECK(sentences > 250);
    CHECK(words > 5000);
}
