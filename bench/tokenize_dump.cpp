// A small driver for evaluating and timing the tokenizer and sentence splitter until the CLI has
// a debug flag for it. Not part of the build; compile by hand (see bench/eval_tokenizer.py).
//
//   tokenize_dump FILE            one line per token: start, end, space_after, form; a line
//                                 "S <block> <paragraph> <item>" before each sentence
//   tokenize_dump --bench FILE N  tokenizes FILE N times and prints tokens per CPU second
#include "extract/sentence_splitter.hpp"
#include "extract/tokenizer.hpp"

#include "common/file_io.hpp"

#include <ctime>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

using namespace claimgraph;
using namespace claimgraph::extract;

namespace {

const char* block_name(Block b) {
    switch (b) {
    case Block::body: return "body";
    case Block::heading: return "heading";
    case Block::list_item: return "list_item";
    case Block::navigation: return "navigation";
    }
    return "?";
}

// CPU time of this thread: the machine is shared, and wall time would measure the neighbours.
double cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int bench(const std::string& path, int repeats) {
    Tokenizer tokenizer;
    SentenceSplitter splitter;
    Document doc;
    doc.text = read_file(path);
    double tok_seconds = 0, split_seconds = 0;
    std::size_t tokens = 0;
    for (int r = 0; r < repeats; ++r) {
        const double t0 = cpu_seconds();
        tokenizer.process(doc);
        const double t1 = cpu_seconds();
        splitter.process(doc);
        const double t2 = cpu_seconds();
        tok_seconds += t1 - t0;
        split_seconds += t2 - t1;
        tokens += doc.tokens.size();
    }
    std::printf("bytes %zu tokens/run %zu sentences/run %zu runs %d\n", doc.text.size(),
                doc.tokens.size(), doc.sentences.size(), repeats);
    std::printf("tokenizer: %.2f M tokens/s (%.1f MB/s)\n", tokens / tok_seconds / 1e6,
                doc.text.size() * static_cast<double>(repeats) / tok_seconds / 1e6);
    std::printf("splitter:  %.2f M tokens/s\n", tokens / split_seconds / 1e6);
    std::printf("both:      %.2f M tokens/s\n", tokens / (tok_seconds + split_seconds) / 1e6);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        if (argc == 4 && std::strcmp(argv[1], "--bench") == 0)
            return bench(argv[2], std::stoi(argv[3]));
        if (argc != 2) {
            std::cerr << "usage: tokenize_dump FILE | tokenize_dump --bench FILE N\n";
            return 2;
        }
        Tokenizer tokenizer;
        SentenceSplitter splitter;
        Document doc;
        doc.text = read_file(argv[1]);
        tokenizer.process(doc);
        splitter.process(doc);
        std::string out;
        for (const auto& s : doc.sentences) {
            out += "S\t";
            out += block_name(s.block);
            out += '\t' + std::to_string(s.paragraph) + '\t' + std::to_string(s.item) + '\n';
            for (uint32_t k = s.first_token; k < s.end_token; ++k) {
                const auto& t = doc.tokens[k];
                out += std::to_string(t.start) + '\t' + std::to_string(t.end) + '\t' +
                       (t.space_after ? "1" : "0") + '\t' + t.form + '\n';
            }
        }
        std::fwrite(out.data(), 1, out.size(), stdout);
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "tokenize_dump: " << e.what() << '\n';
        return 2;
    }
}
