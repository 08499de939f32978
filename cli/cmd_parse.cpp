// `claimgraph parse`: tags, lemmatizes and parses text (tokenized and split by the standard
// tokenizer and sentence splitter) or the gold tokenization of a CoNLL-U file, and prints
// CoNLL-U or TSV; with --eval it scores the annotations against the CoNLL-U file's own.
#include "cli/commands.hpp"

#include <cstdio>
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
};

void write_tsv(std::ostream& out, const extract::Document& doc) {
    std::string buf = "sentence\tid\tform\tlemma\tupos\txpos\thead\tdeprel\tstart\tend\n";
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
            buf += std::to_string(s + 1) + '\t' + std::to_string(i - sent.first_token + 1) + '\t' +
                   clean(t.form) + '\t' + clean(t.lemma) + '\t' + t.upos + '\t' + t.xpos + '\t' +
                   std::to_string(t.head + 1) + '\t' + t.deprel + '\t' + std::to_string(t.start) +
                   '\t' + std::to_string(t.end) + '\n';
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
    auto model = extract::load_model(model_path);
    auto components = extract::make_syntax_components(model);

    if (f.input_format == "conllu") {
        std::vector<extract::ConlluSentence> sentences = extract::read_conllu(f.input);
        extract::Document doc = extract::document_from_conllu(sentences);
        for (const auto& c : components) c->process(doc);
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
            if (f.format == "tsv") write_tsv(out, doc);
            else extract::write_conllu(out, sentences);
        });
        return;
    }

    extract::Document doc;
    doc.id = f.input == "-" ? "<stdin>" : f.input;
    doc.text = read_file(f.input);
    extract::check_text(doc.text, doc.id, std::size_t{1} << 30);
    extract::Tokenizer tokenizer;
    extract::SentenceSplitter splitter;
    tokenizer.process(doc);
    splitter.process(doc);
    for (const auto& c : components) c->process(doc);
    write_file_atomic(f.output, [&](std::ostream& out) {
        if (f.format == "tsv") write_tsv(out, doc);
        else extract::write_document_conllu(out, doc);
    });
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
    cmd->callback([f, &global, &status]() {
        run_parse(*f, global);
        status = 0;
    });
}

}  // namespace claimgraph::cli
