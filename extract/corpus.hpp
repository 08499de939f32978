// Building one graph from a corpus: many files, directories, stdin and JSON Lines, extracted on
// several threads with a bounded number of documents in memory, merged in input order into a
// graph that may already hold documents (incremental builds). The result does not depend on the
// number of threads, and not on the order of documents either (see KnowledgeGraph::add_actor).
#pragma once

#include "extract/document_record.hpp"
#include "extract/pipeline.hpp"
#include "graph/knowledge_graph.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace claimgraph::extract {

enum class InputFormat {
    automatic,  // by extension: .jsonl is JSON Lines, anything else (and stdin) plain text
    text,       // every input is one document
    jsonl,      // every input is JSON Lines
};

struct BuildProgress {
    uint64_t documents = 0;    // merged into the graph so far
    uint64_t bytes = 0;        // input bytes read so far
    uint64_t bytes_total = 0;  // size of all input files; 0 when unknown (stdin)
    uint64_t claims = 0;       // claim occurrences merged so far
    double seconds = 0;        // since the build started
};

struct BuildOptions {
    ExtractorOptions extractor;
    InputFormat format = InputFormat::automatic;
    unsigned jobs = 1;                // extraction threads; 1 runs everything on the caller's
    std::size_t max_in_flight = 0;    // documents read but not yet merged; 0: by bytes (see .cpp)
    // Called on the calling thread for each document merged, in input order (claims files).
    std::function<void(const DocumentRecord&)> on_record;
    // Called on the calling thread after each merged document and at the end; may be throttled
    // by the callee.
    std::function<void(const BuildProgress&)> on_progress;
};

struct BuildSummary {
    uint64_t documents = 0;   // added to the graph
    uint64_t duplicates = 0;  // skipped: same id and content as a document already there
    uint64_t empty = 0;       // skipped: no text
    uint64_t bad = 0;         // skipped: bad documents or records, conflicting ids (reported)
    uint64_t bytes = 0;       // text bytes extracted from
    uint64_t tokens = 0;
    uint64_t claims = 0;      // claim occurrences
};

// Adds the documents of `inputs` to `kg` (which may hold a graph read from a file). A document
// whose id is already in the graph or earlier in the input is skipped when its text is the same
// (SHA-256) and reported as bad when it differs. A bad document — a text file or a JSON Lines
// record that is binary, not UTF-8 or over the size limit, or a record that is not valid JSON —
// is reported through spdlog (file, line and column or byte offset), counted in `bad` and
// skipped, and the rest goes on. A file that cannot be opened or read, or an extraction failure,
// throws (claimgraph::Error). Throws InputError when no document could be read. Does not
// canonicalize.
BuildSummary build_corpus(const std::vector<std::string>& inputs, const BuildOptions& options,
                          graph::KnowledgeGraph& kg);

// Merges claims files written by `build --claims-out` into `kg`: the same graph whatever the
// order of the files and of the records in them, and however the documents were split into
// files. Duplicate documents are handled as in build_corpus. Does not canonicalize.
BuildSummary merge_claims_files(const std::vector<std::string>& files, graph::KnowledgeGraph& kg);

}  // namespace claimgraph::extract
