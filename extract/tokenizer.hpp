// The first pipeline component: UTF-8 text to tokens following the UD English (EWT) conventions,
// so that models trained on UD see the tokens they were trained on. Offsets always point into the
// original bytes and `form` is exactly text[start, end) (no normalisation).
//
// Conventions (checked against UD English EWT 2.15):
//   - clitics are split: "don't" -> "do" "n't", "can't" -> "ca" "n't", "China's" -> "China" "'s",
//     "they're", "I'm", "we've", "'ll", "'d" (straight or curly apostrophe), and the common
//     apostrophe-less forms EWT splits: "cannot" -> "can" "not", "dont" -> "do" "nt", "gonna";
//   - punctuation is split off, except inside numbers (3.5, 1,000, 10:30, 9/11, 713-555-0100),
//     URLs, e-mail addresses, known abbreviations ("Dr.", "Inc."), letter-dot sequences ("U.S.",
//     "e.g."), capital initials ("J.") and emoticons (":)");
//   - hyphens are split as EWT does ("world-famous" -> "world" "-" "famous") except after the
//     prefixes EWT keeps attached ("e-mail", "non-stop", "co-operation", "anti-war");
//   - runs of the same punctuation stay one token ("...", "--", "!!", "?!");
//   - at the start of a line a list number or letter with its period or parenthesis ("1.", "2)",
//     "a.") is one token, so the splitter can recognise list items;
//   - bytes that are not valid UTF-8 become one-byte symbol tokens; control characters (including
//     NUL) separate tokens like whitespace.
#pragma once

#include "extract/document.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::extract {

// The abbreviation list (data/abbreviations.txt): which words keep their final period and whether
// they may end a sentence.
class Abbreviations {
public:
    enum class Kind : uint8_t {
        none,    // not an abbreviation
        title,   // "Dr.", "No.", "Jan.": followed by a name or number, never ends a sentence there
        common,  // "Inc.", "etc.", "U.S.": may end a sentence
    };

    // Parses the file format; `source` names the file in error messages. Throws InputError with
    // source:line on a bad header or line.
    static Abbreviations parse(std::string_view content, const std::string& source);
    // Reads and parses a file. Throws IoError / InputError.
    static Abbreviations load(const std::string& path);
    // data/abbreviations.txt found through find_data_file().
    static const Abbreviations& shipped();

    // Kind of a word written with its final period. Words that are letter-dot sequences ("U.S.",
    // "e.g.", "Ph.D.") are `common` even when not listed; single capital initials ("J.") are
    // `title`.
    Kind kind(std::string_view word) const;
    bool contains(std::string_view word) const { return kind(word) != Kind::none; }
    std::size_t size() const { return entries_.size(); }

private:
    struct Entry {
        std::string word;
        Kind kind;
    };
    std::vector<Entry> entries_;  // sorted by word for binary search
};

class Tokenizer : public Component {
public:
    // Uses the shipped abbreviation list.
    Tokenizer();
    explicit Tokenizer(Abbreviations abbreviations);

    const char* name() const override { return "tokenizer"; }
    uint32_t needs() const override { return 0; }
    uint32_t provides() const override { return kTokens; }
    // Replaces doc.tokens with the tokens of doc.text.
    void process(Document& doc) const override;

    // Tokenizes `text`, appending to `out` (offsets relative to `text`).
    void tokenize(std::string_view text, std::vector<Token>& out) const;

    const Abbreviations& abbreviations() const { return abbreviations_; }

private:
    Abbreviations abbreviations_;
};

}  // namespace claimgraph::extract
