// The one Document that flows through the extraction pipeline. It owns the original text; every
// token, sentence, mention and claim refers back to it by byte offsets, so evidence always points
// into what the user gave us.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace claimgraph::extract {

// A token of the text, with the annotations later components add. `form` is the token's text as
// the models see it (normally text[start, end); a few tokenizer normalisations, such as curly
// quotes, may differ); `start`/`end` are byte offsets into Document::text.
struct Token {
    std::string form;
    uint32_t start = 0;
    uint32_t end = 0;
    bool space_after = true;
    std::string upos;   // Universal POS tag (tagger)
    std::string xpos;   // Penn Treebank tag (tagger)
    std::string lemma;  // lemmatizer
    int32_t head = -1;  // parser: index of the head token within its sentence, -1 for the root
    std::string deprel; // parser: UD relation ("root" for the root)
};

// What kind of line a sentence stands on, for reading headings and list items in context.
enum class Block : uint8_t {
    body,       // running prose
    heading,    // a short line standing alone ("Second, the importance of ...")
    list_item,  // a numbered or bulleted item ("2. Strengthen cooperation ...")
    navigation, // a breadcrumb or menu line ("Home - News - Education"): no claims from it
};

struct Sentence {
    uint32_t first_token = 0;  // index into Document::tokens
    uint32_t end_token = 0;    // one past the last token
    uint32_t start = 0;        // byte span in Document::text
    uint32_t end = 0;
    Block block = Block::body;
    uint32_t paragraph = 0;    // index of the blank-line separated paragraph
    int32_t item = -1;         // inside a list item: index (in Document::sentences) of the item's
                               // first sentence, which holds its marker and its title ("2.
                               // Strengthen cooperation ...:"); -1 outside list items

    uint32_t size() const { return end_token - first_token; }
};

// The annotation layers; components declare which they need and which they add.
enum Layer : uint32_t {
    kTokens = 1u << 0,
    kSentences = 1u << 1,
    kTags = 1u << 2,
    kLemmas = 1u << 3,
    kParse = 1u << 4,
    kClaims = 1u << 5,
    kActors = 1u << 6,
};

// A noun phrase that names (or refers to) an actor or concept.
struct Mention {
    uint32_t sentence = 0;
    uint32_t head = 0;            // token index (document-wide) of the phrase's head noun
    uint32_t first_token = 0;     // document-wide span of the phrase
    uint32_t end_token = 0;
    std::string label;            // the phrase as a reader would write it
    std::string key;              // normalised key for merging ("china government")
    std::string type;             // ontology type, filled by the typing step
    int32_t antecedent = -1;      // index of the mention it corefers with, or -1
};

// A claim drawn from one sentence: subject and object mentions and a relation.
struct RawClaim {
    uint32_t sentence = 0;
    int32_t subject = -1;         // index into Document::mentions
    int32_t object = -1;
    std::string predicate;        // the relation phrase as it stands (lemmatized): "set up", "fund"
    std::string relation;         // canonical relation after ontology mapping, or the lemma
    bool negated = false;
    std::string modality = "asserted";  // asserted | possible | planned | question
    double confidence = 0.5;
};

struct Document {
    std::string id;    // document id (file name, or the id of a JSON Lines record)
    std::string text;  // the original UTF-8 text
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<Mention> mentions;
    std::vector<RawClaim> claims;
    uint32_t layers = 0;  // which Layer bits are filled
    uint32_t sentences_cut = 0;  // sentences over the splitter's maximum length, cut into pieces

    std::string_view sentence_text(const Sentence& s) const {
        return std::string_view(text).substr(s.start, s.end - s.start);
    }
};

// A pipeline stage. Implementations are stateless with respect to documents (models are loaded at
// construction), so one component may serve many documents and threads.
class Component {
public:
    virtual ~Component() = default;
    virtual const char* name() const = 0;
    virtual uint32_t needs() const = 0;     // Layer bits that must be present
    virtual uint32_t provides() const = 0;  // Layer bits this adds
    virtual void process(Document& doc) const = 0;
};

}  // namespace claimgraph::extract
