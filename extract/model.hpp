// The syntax model file (data/en.model): tagger, lemmatizer and parser in one binary file.
//
// Layout (little-endian): 8-byte magic "CLGRMDL\x1a", u32 format version, u64 payload size,
// payload, u64 checksum of the payload. The payload is a list of sections, each a u32 tag
// ("INFO", "TAGR", "LEMM", "PARS"), a u64 size and the section bytes. Loading checks magic,
// version, sizes and checksum before decoding, so a wrong, old, truncated or damaged file gives
// a clear InputError instead of nonsense annotations.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.hpp"
#include "extract/lemmatizer.hpp"
#include "extract/parser.hpp"
#include "extract/tagger.hpp"

namespace claimgraph::extract {

constexpr uint32_t kModelFormatVersion = 1;

struct Model {
    std::string info;  // human-readable provenance: training data, seed, scores
    TaggerModel tagger;
    LemmatizerModel lemmatizer;
    ParserModel parser;

    bool operator==(const Model& o) const {
        return info == o.info && tagger == o.tagger && lemmatizer == o.lemmatizer &&
               parser == o.parser;
    }
};

// The bytes of the model file.
std::string serialize_model(const Model& model);

// Decodes model bytes; `name` (normally the path) appears in error messages. Throws InputError:
//   "<name> is not a claimgraph model (bad magic number); retrain with `claimgraph train` or
//    reinstall"
//   "<name>: model format version N, expected M; retrain with `claimgraph train` or reinstall"
//   "<name>: model file truncated at byte B (needed ...); retrain ..."
//   "<name>: model checksum mismatch (the file is damaged); retrain ..."
std::shared_ptr<const Model> parse_model(std::string_view bytes, const std::string& name);

// Reads and decodes a model file (IoError if it cannot be read, InputError if it is not valid).
std::shared_ptr<const Model> load_model(const std::string& path);

// Writes the model atomically (write_file_atomic).
void save_model(const Model& model, const std::string& path);

// The shipped data/wordnet-lemmas.tsv, loaded once (found like the model: see common/paths).
// Throws ConfigError when it is nowhere to be found, InputError when it is malformed.
std::shared_ptr<const LemmaLexicon> shipped_lemma_lexicon();

// Tagger, Lemmatizer and Parser over one loaded model, in pipeline order. They share the model
// and are safe to use from several threads at once. The lemmatizer checks its lemmas against
// `lexicon` (none: the model's rules alone).
std::vector<std::shared_ptr<const Component>> make_syntax_components(
    const std::shared_ptr<const Model>& model,
    std::shared_ptr<const LemmaLexicon> lexicon = shipped_lemma_lexicon());

class Pipeline;
// Adds the tagger, lemmatizer and parser to `pipeline` (after its tokenizer and splitter).
void add_syntax_components(Pipeline& pipeline, const std::shared_ptr<const Model>& model,
                           std::shared_ptr<const LemmaLexicon> lexicon = shipped_lemma_lexicon());

}  // namespace claimgraph::extract
