// Labelled dependency parser: greedy arc-hybrid transitions (SHIFT, LEFT-l, RIGHT-l) with the
// root at the end of the buffer, scored by an averaged perceptron over Zhang & Nivre (2011) style
// feature templates and trained with a dynamic oracle (Goldberg & Nivre 2013) with exploration.
// Non-projective training trees are skipped; the parser's output is always a projective tree with
// exactly one root.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/conllu.hpp"
#include "extract/document.hpp"
#include "extract/perceptron.hpp"

namespace claimgraph::extract {

// Sentences longer than this get a flat analysis (first word root, the rest attached to it as
// "dep"): transition parsing is linear, but such "sentences" are almost always unsplit tables or
// lists where a tree means nothing.
constexpr std::size_t kMaxParseLength = 500;

class ParserModel {
public:
    // heads[i]: 0-based head index or -1 for the root; labels[i]: index into label().
    void parse(const std::vector<std::string_view>& forms, const std::vector<uint16_t>& tags,
               std::vector<int32_t>& heads, std::vector<uint16_t>& labels) const;
    // The same parse, scoring every feature afresh at each transition instead of reusing the
    // summed weights of a word's features in one role and of a stack top's stack context, as
    // parse() does. For tests.
    void parse_without_reuse(const std::vector<std::string_view>& forms,
                             const std::vector<uint16_t>& tags, std::vector<int32_t>& heads,
                             std::vector<uint16_t>& labels) const;

    // Parser tag id of a (UPOS, XPOS) pair; unknown pairs map to 0.
    uint16_t tag_id(std::string_view upos, std::string_view xpos) const;
    const std::string& label(uint16_t l) const { return labels_[l]; }
    std::size_t num_labels() const { return labels_.size(); }
    const WeightTable& weights() const { return weights_; }
    // Drops small weights until the saved weights fit in `max_bytes`; returns the threshold.
    int shrink_to(std::size_t max_bytes);

    void save(ByteWriter& w) const;
    void load(ByteReader& r);
    bool operator==(const ParserModel& o) const;

private:
    friend class ParserTrainer;
    void parse(const std::vector<std::string_view>& forms, const std::vector<uint16_t>& tags,
               std::vector<int32_t>& heads, std::vector<uint16_t>& labels, bool reuse) const;
    void build_tag_index();

    std::vector<std::string> tags_;    // "UPOS|XPOS"; id 0 is "<unk>"
    std::vector<std::string> labels_;  // UD relations; "dep" is always present
    std::unordered_map<uint64_t, uint16_t> tag_index_;
    uint16_t dep_label_ = 0;
    WeightTable weights_;
};

struct ParserTrainOptions {
    int epochs = 15;
    uint64_t seed = 1;
    float prune = 0.0f;  // drop averaged weights below this magnitude
    bool log = true;
};

// `train_tags[s][i]` / `dev_tags` are the (UPOS, XPOS) pairs the parser sees (gold or
// predicted) for each word; heads and labels come from the sentences.
using TagPairs = std::vector<std::vector<std::pair<std::string, std::string>>>;
ParserModel train_parser(const std::vector<ConlluSentence>& train, const TagPairs& train_tags,
                         const std::vector<ConlluSentence>& dev, const TagPairs& dev_tags,
                         const ParserTrainOptions& opts);

// Fills Token::head and Token::deprel (needs the tags).
class Parser : public Component {
public:
    // repair: apply the tree repairs of parse_repair.hpp after each sentence.
    explicit Parser(std::shared_ptr<const ParserModel> model, bool repair = true)
        : model_(std::move(model)), repair_(repair) {}
    const char* name() const override { return "parser"; }
    uint32_t needs() const override { return kTokens | kSentences | kTags; }
    uint32_t provides() const override { return kParse; }
    void process(Document& doc) const override;

private:
    std::shared_ptr<const ParserModel> model_;
    bool repair_ = true;
};

}  // namespace claimgraph::extract
