// A pipeline of named components over one Document, and the Extractor that owns the standard
// pipeline (tokenizer -> sentence splitter -> tagger -> lemmatizer -> parser -> claim extractor ->
// mention resolver) and turns documents into a KnowledgeGraph.
#pragma once

#include "extract/document.hpp"
#include "extract/document_record.hpp"
#include "extract/ontology.hpp"
#include "graph/knowledge_graph.hpp"

#include <memory>
#include <string>
#include <vector>

namespace claimgraph::extract {

class Pipeline {
public:
    // Appends a component. Throws ConfigError when a layer it needs is not provided by an earlier
    // component, naming both.
    void add(std::shared_ptr<const Component> component);
    void run(Document& doc) const;
    std::vector<std::string> names() const;

private:
    std::vector<std::shared_ptr<const Component>> components_;
    uint32_t provided_ = 0;
};

struct ExtractorOptions {
    std::string model_path;     // empty: the shipped model
    std::string ontology_path;  // empty: the shipped ontology
    // Larger documents are refused (InputError). Extraction holds 40 to 100 bytes of memory per
    // byte of text (measured: prose ~40, one-word sentences ~90), so 10 MiB, a long book, costs
    // 0.4-1 GB. Offsets are 32-bit, so at most 4 GiB - 1.
    std::size_t max_document_bytes = 10u << 20;
    std::size_t max_sentence_tokens = 300;       // longer sentences are cut by the splitter
};

// Checks that `text` can be processed: valid UTF-8, no NUL bytes, within the size limit. Throws
// InputError naming `source` and the byte offset of the first problem. Strips a UTF-8 BOM.
void check_text(std::string& text, const std::string& source, std::size_t max_bytes);
// The size part of check_text alone: InputError "SOURCE: larger than the limit of MAX bytes for one
// document (--max-document-bytes)..." when size > max_bytes.
void check_document_size(std::size_t size, const std::string& source, std::size_t max_bytes);

// What a processed document contributes to a graph: its actors (label, type, aliases, mentions)
// and claims with their evidence. Small next to the Document, which can then be dropped.
DocumentRecord summarize(const Document& doc);

// One Extractor may be shared by any number of threads: process() is const, the models and
// lexicons are read-only after loading, and components keep their scratch space thread_local.
class Extractor {
public:
    explicit Extractor(const ExtractorOptions& options);
    const ExtractorOptions& options() const { return options_; }
    ~Extractor();

    // Runs the whole pipeline on one document.
    Document process(std::string id, std::string text) const;
    // Adds a processed document's actors and claims to the graph (add_record(summarize(doc))).
    void add_to_graph(const Document& doc, graph::KnowledgeGraph& kg) const;

    const Ontology& ontology() const { return *ontology_; }
    const Pipeline& pipeline() const { return pipeline_; }

private:
    ExtractorOptions options_;
    std::shared_ptr<const Ontology> ontology_;
    Pipeline pipeline_;
};

// Expands inputs (files, directories searched recursively for .txt, .md and .jsonl, "-" for
// stdin) into a list of files: in the order given, each directory's files sorted. Throws
// InputError for a missing path or a directory without such files.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs);

// Builds one graph from inputs with one thread: reads, checks, extracts, merges, canonicalizes.
// (build_corpus in corpus.hpp has the options: threads, JSON Lines, an existing graph, progress.)
graph::KnowledgeGraph build_graph_from_files(const std::vector<std::string>& inputs,
                                             const ExtractorOptions& options);

}  // namespace claimgraph::extract
