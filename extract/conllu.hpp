// Reading and writing CoNLL-U (https://universaldependencies.org/format.html), the treebank
// format the syntax models are trained and evaluated on. Sentences keep their comments,
// multiword token lines ("1-2") and empty nodes ("1.1") verbatim so that re-annotated output
// keeps the input's tokenization; the models see only the syntactic words.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.hpp"

namespace claimgraph::extract {

struct ConlluWord {
    std::string form;
    std::string lemma = "_";
    std::string upos = "_";
    std::string xpos = "_";
    std::string feats = "_";
    int head = -1;  // 0-based index of the head word in the sentence, -1 for the root / unknown
    std::string deprel = "_";
    std::string deps = "_";
    std::string misc = "_";
};

// A multiword token ("1-2 don't") or an empty node ("8.1"), kept as its original line.
struct ConlluExtraLine {
    int before_word = 0;  // written just before word index `before_word` (words.size(): at end)
    std::string line;
};

struct ConlluSentence {
    std::vector<std::string> comments;  // full lines, "# text = ..."
    std::vector<ConlluWord> words;
    std::vector<ConlluExtraLine> extras;
    int first_line = 0;  // 1-based line of the sentence in its file, for messages
};

// Parses CoNLL-U text. `name` is used in error messages ("name:line: ..."). Throws InputError
// on a malformed line (wrong column count, bad ID or HEAD, head out of range).
std::vector<ConlluSentence> parse_conllu(std::string_view text, const std::string& name);

// Reads a file ("-" is stdin).
std::vector<ConlluSentence> read_conllu(const std::string& path);

// Writes sentences in CoNLL-U, each followed by a blank line.
void write_conllu(std::ostream& out, const std::vector<ConlluSentence>& sentences);

// Builds a Document whose tokens are the sentences' words (form only; offsets refer to a text
// made of the forms joined with single spaces, one sentence per line).
Document document_from_conllu(const std::vector<ConlluSentence>& sentences);

// Copies the annotations of `doc` (built by document_from_conllu) back into the sentences.
void annotate_conllu(const Document& doc, std::vector<ConlluSentence>& sentences);

// Writes a Document (tokens and annotations) as CoNLL-U: "# sent_id" numbered from
// `first_sentence_id`, "# text" from the document text, SpaceAfter=No from the tokens.
void write_document_conllu(std::ostream& out, const Document& doc, int first_sentence_id = 1);

}  // namespace claimgraph::extract
