// The second pipeline component: groups the tokens into sentences and says what kind of line each
// stands on (Sentence::block), so that later components can read headings, list items and
// breadcrumbs in context and draw no claims from navigation.
//
// Rules, in order:
//   - a blank line ends a paragraph and a sentence (Sentence::paragraph counts paragraphs);
//   - breadcrumb lines ("Home - News - Education - Title") are one `navigation` sentence;
//   - lines starting with a list marker ("1.", "2)", "(a)", "-", "*", "•") start a `list_item`
//     sentence; a title ending in ':' near the start of the item is a sentence of its own and the
//     text after it continues as `body` sentences whose Sentence::item points at the title;
//   - a short line standing alone without final punctuation is a `heading`, as is a standalone line
//     led by an ordinal or number word ("Second, the importance of ...", "Three. China's ...");
//   - a single newline ends a sentence when the line is a heading, list item or breadcrumb, when
//     the next line is one, or when the next line starts with a capital and the line does not end
//     with a word that needs a continuation ("and", ",");
//   - within a line, . ! ? ... and … (with closing quotes and brackets after them) end a sentence
//     unless a lower-case word follows, or the period belongs to a title abbreviation ("Dr.",
//     "No."), an initial ("J.") or a common abbreviation ("Inc.", "U.S.") not followed by a
//     typical sentence opener;
//   - a sentence longer than max_tokens is cut at the best place (after ';' or ':', then ',',
//     then before a conjunction) in its last half, so later components never see a monster.
#pragma once

#include "extract/document.hpp"
#include "extract/tokenizer.hpp"

namespace claimgraph::extract {

class SentenceSplitter : public Component {
public:
    static constexpr uint32_t kDefaultMaxTokens = 300;

    // Uses the shipped abbreviation list.
    explicit SentenceSplitter(uint32_t max_tokens = kDefaultMaxTokens);
    // max_tokens must be at least 2 (ConfigError otherwise).
    SentenceSplitter(Abbreviations abbreviations, uint32_t max_tokens);

    const char* name() const override { return "sentence_splitter"; }
    uint32_t needs() const override { return kTokens; }
    uint32_t provides() const override { return kSentences; }
    // Replaces doc.sentences.
    void process(Document& doc) const override;

    uint32_t max_tokens() const { return max_tokens_; }

private:
    Abbreviations abbreviations_;
    uint32_t max_tokens_;
};

}  // namespace claimgraph::extract
