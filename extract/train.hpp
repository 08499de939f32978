// Training the syntax model from UD treebanks, and scoring annotations against gold ones.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/conllu.hpp"
#include "extract/model.hpp"

namespace claimgraph::extract {

struct TrainOptions {
    std::string train_path;      // CoNLL-U training treebank
    std::string dev_path;        // CoNLL-U development treebank (picks the best epochs)
    int tagger_epochs = 10;
    int parser_epochs = 12;
    uint64_t seed = 1;
    int jackknife_folds = 5;     // train the parser on tags predicted by taggers trained on the
                                 // other folds (0 or 1: on gold tags)
    float prune = 0.0f;          // drop averaged weights of smaller magnitude (model size)
    double parser_max_mb = 12.0; // then prune the parser's smallest weights to fit this size
};

// Trains tagger, lemmatizer and parser. Deterministic for given inputs and seed. Logs progress
// and per-epoch dev scores through spdlog. Throws InputError/IoError for unreadable treebanks.
Model train_model(const TrainOptions& options);

// Accuracy of annotated sentences against gold ones with the same words (percentages).
struct Evaluation {
    std::size_t words = 0;
    double upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
    double las_universal = 0;  // LAS comparing only the universal part of the relation ("nmod")
};

// Throws InputError when the two do not have the same sentences and words.
Evaluation evaluate(const std::vector<ConlluSentence>& gold,
                    const std::vector<ConlluSentence>& predicted);

// Re-annotates copies of `sentences` (gold tokenization) with the model.
std::vector<ConlluSentence> annotate(const Model& model,
                                     const std::vector<ConlluSentence>& sentences);

}  // namespace claimgraph::extract
