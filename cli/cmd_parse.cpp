// `claimgraph parse`: tags, lemmatizes and parses text (tokenized and split by the standard
// tokenizer and sentence splitter) or the gold tokenization of a CoNLL-U file, and prints
// CoNLL-U or TSV; with --eval it scores the annotations against the CoNLL-U file's own.
#include "cli/commands.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <ostream>
#include <sstream>

#include "common/error.hpp"
#include "common/file_io.hpp"
#include "common/paths.hpp"
#include "extract/conllu.hpp"
#include "extract/model.hpp"
#include "extract/pipeline.hpp"
#include "extract/sentence_splitter.hpp"
#include "extract/tokenizer.hpp"
#include "extract/train.hpp"

namespace claimgraph::cli {

namespace {

struct ParseFlags {
    std::string input = "-";
    std::string input_format = "text";
    std::string format = "conllu";
    std::string output = "-";
    bool eval = false;
    bool timing = false;      // print per-stage times and tokens/s on stderr
    std::string until = "parse";  // last stage to run: tag, lemma or parse
    std::size_t max_document_bytes = extract::ExtractorOptions{}.max_document_bytes;
};

// Stage times are CPU time of this thread: on a shared machine wall-clock time measures the
// neighbours as much as us. (Everything here runs on one thread.)
double cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
struct CpuStamp {
    double ms = cpu_ms();
};
double ms_since(CpuStamp t0) { return cpu_ms() - t0.ms; }

// Runs the syntax components up to `until`, timing each.
void run_components(const std::vector<std::shared_ptr<const extract::Component>>& components,
                    const std::string& until, extract::Document& doc,
                    std::vector<std::pair<std::string, double>>& times) {
    std::size_t stages = until == "tag" ? 1 : until == "lemma" ? 2 : 3;
    for (std::size_t i = 0; i < stages && i < components.size(); ++i) {
        CpuStamp t0;
        components[i]->process(doc);
        times.emplace_back(components[i]->name(), ms_since(t0));
    }
}

// One row per token; `sentence_base` and `offset_base` shift numbers and byte offsets when the
// document is a chunk of a larger input.
void write_tsv(std::ostream& out, const extract::Document& doc, int sentence_base = 0,
               std::size_t offset_base = 0, bool header = false) {
    std::string buf;
    if (header) buf = "sentence\tid\tform\tlemma\tupos\txpos\thead\tdeprel\tstart\tend\n";
    auto clean = [](std::string s) {
        for (char& c : s) {
            if (c == '\t' || c == '\n' || c == '\r') c = ' ';
        }
        return s;
    };
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
        const auto& sent = doc.sentences[s];
        for (uint32_t i = sent.first_token; i < sent.end_token; ++i) {
            const auto& t = doc.tokens[i];
            buf += std::to_string(sentence_base + s + 1) + '\t' +
                   std::to_string(i - sent.first_token + 1) + '\t' +
                   clean(t.form) + '\t' + clean(t.lemma) + '\t' + t.upos + '\t' + t.xpos + '\t' +
                   std::to_string(t.head + 1) + '\t' + t.deprel + '\t' +
                   std::to_string(offset_base + t.start) + '\t' +
                   std::to_string(offset_base + t.end) + '\n';
        }
        if (buf.size() > (1u << 16)) {
            out << buf;
            buf.clear();
        }
    }
    out << buf;
}

void run_parse(const ParseFlags& f, const GlobalOptions& global) {
    if (f.input_format != "text" && f.input_format != "conllu") {
        throw ConfigError("--input must be text or conllu, not '" + f.input_format + "'");
    }
    if (f.format != "conllu" && f.format != "tsv") {
        throw ConfigError("--format must be conllu or tsv, not '" + f.format + "'");
    }
    if (f.eval && f.input_format != "conllu") {
        throw ConfigError("--eval needs --input conllu (gold annotations to compare with)");
    }
    std::string model_path = global.model.empty() ? find_data_file("en.model") : global.model;
    std::vector<std::pair<std::string, double>> times;
    CpuStamp t_load;
    auto model = extract::load_model(model_path);
    auto components = extract::make_syntax_components(model);
    times.emplace_back("load model", ms_since(t_load));
    std::size_t tokens = 0;
    auto report = [&]() {
        if (!f.timing) return;
        double work = 0;
        for (std::size_t i = 1; i < times.size(); ++i) work += times[i].second;
        for (const auto& [stage, ms] : times) {
            std::fprintf(stderr, "timing\t%s\t%.1f ms", stage.c_str(), ms);
            if (stage != "load model" && ms > 0) {
                std::fprintf(stderr, "\t%.0f tokens/s", tokens / (ms / 1000.0));
            }
            std::fprintf(stderr, "\n");
        }
        std::fprintf(stderr, "timing\ttokens\t%zu\ntiming\tall stages\t%.1f ms\t%.0f tokens/s\n",
                     tokens, work, work > 0 ? tokens / (work / 1000.0) : 0.0);
    };

    const std::string source = f.input == "-" ? "<stdin>" : f.input;
    if (f.input_format == "conllu") {
        // Read no further than the limit: a huge file is refused without being held whole.
        std::string conllu = read_file(f.input, f.max_document_bytes);
        extract::check_document_size(conllu.size(), source, f.max_document_bytes);
        std::vector<extract::ConlluSentence> sentences = extract::parse_conllu(conllu, source);
        std::string().swap(conllu);  // the sentences hold all that is needed from here on
        extract::Document doc = extract::document_from_conllu(sentences);
        tokens = doc.tokens.size();
        run_components(components, f.eval ? "parse" : f.until, doc, times);
        report();
        if (f.eval) {
            std::vector<extract::ConlluSentence> predicted = sentences;
            extract::annotate_conllu(doc, predicted);
            extract::Evaluation e = extract::evaluate(sentences, predicted);
            char buf[512];
            std::snprintf(buf, sizeof buf,
                          "words\t%zu\nUPOS\t%.2f\nXPOS\t%.2f\nlemma\t%.2f\nUAS\t%.2f\n"
                          "LAS\t%.2f\nLAS-universal\t%.2f\n",
                          e.words, e.upos, e.xpos, e.lemma, e.uas, e.las, e.las_universal);
            std::string text = buf;
            write_file_atomic(f.output, [&](std::ostream& out) { out << text; });
            return;
        }
        extract::annotate_conllu(doc, sentences);
        write_file_atomic(f.output, [&](std::ostream& out) {
            if (f.format == "tsv") write_tsv(out, doc, 0, 0, true);
            else extract::write_conllu(out, sentences);
        });
        return;
    }

    std::string text = read_file(f.input, f.max_document_bytes);
    extract::check_text(text, source, f.max_document_bytes);
    extract::Tokenizer tokenizer;
    extract::SentenceSplitter splitter;
    double tokenize_ms = 0, split_ms = 0;
    std::vector<std::pair<std::string, double>> stage_times;
    // Large inputs are processed a chunk of paragraphs at a time (split at blank lines, which
    // end sentences anyway), so memory stays bounded by the chunk, not the input.
    constexpr std::size_t kChunk = 1u << 20;
    write_file_atomic(f.output, [&](std::ostream& out) {
        if (f.format == "tsv") {
            out << "sentence\tid\tform\tlemma\tupos\txpos\thead\tdeprel\tstart\tend\n";
        }
        std::size_t pos = 0;
        int sentence_base = 0;
        while (pos < text.size()) {
            std::size_t end = text.size();
            if (text.size() - pos > kChunk) {
                std::size_t cut = text.find("\n\n", pos + kChunk);
                if (cut != std::string::npos) end = cut + 2;
            }
            extract::Document doc;
            doc.id = source;
            doc.text = text.substr(pos, end - pos);
            CpuStamp t0;
            tokenizer.process(doc);
            tokenize_ms += ms_since(t0);
            t0 = CpuStamp{};
            splitter.process(doc);
            split_ms += ms_since(t0);
            tokens += doc.tokens.size();
            std::vector<std::pair<std::string, double>> chunk_times;
            run_components(components, f.until, doc, chunk_times);
            if (stage_times.empty()) {
                stage_times = chunk_times;
            } else {
                for (std::size_t i = 0; i < chunk_times.size(); ++i) {
                    stage_times[i].second += chunk_times[i].second;
                }
            }
            if (f.format == "tsv") write_tsv(out, doc, sentence_base, pos);
            else extract::write_document_conllu(out, doc, sentence_base + 1);
            sentence_base += static_cast<int>(doc.sentences.size());
            pos = end;
        }
    });
    times.emplace_back("tokenize", tokenize_ms);
    times.emplace_back("split sentences", split_ms);
    times.insert(times.end(), stage_times.begin(), stage_times.end());
    report();
}

}  // namespace

void add_parse_command(CLI::App& app, GlobalOptions& global, int& status) {
    auto f = std::make_shared<ParseFlags>();
    CLI::App* cmd = app.add_subcommand(
        "parse", "Tag, lemmatize and dependency-parse text or a CoNLL-U file; print CoNLL-U");
    cmd->add_option("input", f->input, "Input file ('-' for stdin)")->capture_default_str();
    cmd->add_option("--input", f->input_format,
                    "Input kind: text (tokenized and split here) or conllu (its tokenization is "
                    "kept, its annotations replaced)")
        ->capture_default_str()
        ->check(CLI::IsMember({"text", "conllu"}));
    cmd->add_option("--format", f->format, "Output format: conllu or tsv")
        ->capture_default_str()
        ->check(CLI::IsMember({"conllu", "tsv"}));
    cmd->add_option("-o,--output", f->output, "Output file ('-' for stdout)")
        ->capture_default_str();
    cmd->add_flag("--eval", f->eval,
                  "With --input conllu: print UPOS, XPOS, lemma, UAS and LAS against the file's "
                  "own annotations instead of the annotations");
    cmd->add_option("--until", f->until, "Last stage to run (for benchmarks): tag, lemma or parse")
        ->capture_default_str()
        ->check(CLI::IsMember({"tag", "lemma", "parse"}));
    add_max_document_bytes_option(cmd, f->max_document_bytes,
                                  "Refuse an input (text or CoNLL-U) larger than this many bytes");
    cmd->add_flag("--timing", f->timing,
                  "Print the CPU time of each stage and tokens per second on stderr");
    cmd->callback([f, &global, &status]() {
        run_parse(*f, global);
        status = 0;
    });
}

}  // namespace claimgraph::cli
