#include "extract/conllu.hpp"

#include <charconv>
#include <ostream>

#include "common/error.hpp"
#include "common/file_io.hpp"

namespace claimgraph::extract {

namespace {

[[noreturn]] void bad_line(const std::string& name, int line, const std::string& what) {
    throw InputError(name + ":" + std::to_string(line) + ": " + what +
                     " (expected a CoNLL-U line: 10 tab-separated columns, or a # comment)");
}

bool parse_int(std::string_view s, int& out) {
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

std::string_view strip_cr(std::string_view s) {
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    return s;
}

}  // namespace

std::vector<ConlluSentence> parse_conllu(std::string_view text, const std::string& name) {
    std::vector<ConlluSentence> out;
    ConlluSentence cur;
    bool open = false;
    std::vector<std::pair<int, int>> heads;  // (head column, line) of the current sentence
    auto close = [&]() {
        if (!open) return;
        int n = static_cast<int>(cur.words.size());
        for (std::size_t i = 0; i < heads.size(); ++i) {
            int h = heads[i].first;
            if (h > n) {
                bad_line(name, heads[i].second,
                         "HEAD " + std::to_string(h) + " points past the sentence's last word " +
                             std::to_string(n));
            }
            cur.words[i].head = h - 1;
        }
        out.push_back(std::move(cur));
        cur = ConlluSentence{};
        heads.clear();
        open = false;
    };
    std::size_t pos = 0;
    int line_no = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = strip_cr(text.substr(pos, nl - pos));
        pos = nl + 1;
        ++line_no;
        if (line.find_first_not_of(" \t") == std::string_view::npos) {
            close();
            continue;
        }
        if (!open) {
            open = true;
            cur.first_line = line_no;
        }
        if (line[0] == '#') {
            cur.comments.emplace_back(line);
            continue;
        }
        std::string_view cols[10];
        int ncol = 0;
        std::size_t p = 0;
        while (ncol < 10) {
            std::size_t tab = line.find('\t', p);
            if (tab == std::string_view::npos) {
                cols[ncol++] = line.substr(p);
                p = line.size() + 1;
                break;
            }
            cols[ncol++] = line.substr(p, tab - p);
            p = tab + 1;
        }
        if (ncol != 10 || p <= line.size()) {
            bad_line(name, line_no, "found " + std::to_string(ncol == 10 ? 11 : ncol) +
                                        (ncol == 10 ? "+" : "") + " columns");
        }
        std::string_view id = cols[0];
        int n = static_cast<int>(cur.words.size());
        if (id.find('-') != std::string_view::npos) {
            int a = 0, b = 0;
            std::size_t dash = id.find('-');
            if (!parse_int(id.substr(0, dash), a) || !parse_int(id.substr(dash + 1), b) ||
                a != n + 1 || b < a) {
                bad_line(name, line_no, "bad multiword token range '" + std::string(id) + "'");
            }
            cur.extras.push_back(ConlluExtraLine{n, std::string(line)});
            continue;
        }
        if (id.find('.') != std::string_view::npos) {
            int a = 0, b = 0;
            std::size_t dot = id.find('.');
            if (!parse_int(id.substr(0, dot), a) || !parse_int(id.substr(dot + 1), b) || a != n) {
                bad_line(name, line_no, "bad empty node id '" + std::string(id) + "'");
            }
            cur.extras.push_back(ConlluExtraLine{n, std::string(line)});
            continue;
        }
        int idn = 0;
        if (!parse_int(id, idn) || idn != n + 1) {
            bad_line(name, line_no,
                     "word ID '" + std::string(id) + "' where " + std::to_string(n + 1) +
                         " was expected");
        }
        if (cols[1].empty()) bad_line(name, line_no, "empty FORM");
        ConlluWord w;
        w.form = std::string(cols[1]);
        w.lemma = std::string(cols[2]);
        w.upos = std::string(cols[3]);
        w.xpos = std::string(cols[4]);
        w.feats = std::string(cols[5]);
        w.deprel = std::string(cols[7]);
        w.deps = std::string(cols[8]);
        w.misc = std::string(cols[9]);
        int head = 0;
        if (cols[6] == "_") {
            head = 0;
        } else if (!parse_int(cols[6], head) || head < 0) {
            bad_line(name, line_no, "bad HEAD '" + std::string(cols[6]) + "'");
        }
        heads.emplace_back(head, line_no);
        cur.words.push_back(std::move(w));
    }
    close();
    // A "sentence" made only of comments (e.g. a trailing "# newdoc") carries no words.
    std::vector<ConlluSentence> kept;
    kept.reserve(out.size());
    for (auto& s : out) {
        if (!s.words.empty()) kept.push_back(std::move(s));
    }
    return kept;
}

std::vector<ConlluSentence> read_conllu(const std::string& path) {
    std::string text = read_file(path);
    return parse_conllu(text, path == "-" ? std::string("<stdin>") : path);
}

void write_conllu(std::ostream& out, const std::vector<ConlluSentence>& sentences) {
    std::string buf;
    for (const ConlluSentence& s : sentences) {
        buf.clear();
        for (const std::string& c : s.comments) {
            buf += c;
            buf += '\n';
        }
        std::size_t x = 0;
        int n = static_cast<int>(s.words.size());
        for (int i = 0; i <= n; ++i) {
            // Empty nodes "i.k" follow word i; multiword tokens precede their first word. Both
            // are stored with before_word = number of words seen, so order is preserved.
            while (x < s.extras.size() && s.extras[x].before_word == i) {
                buf += s.extras[x++].line;
                buf += '\n';
            }
            if (i == n) break;
            const ConlluWord& w = s.words[i];
            buf += std::to_string(i + 1);
            for (const std::string* col : {&w.form, &w.lemma, &w.upos, &w.xpos, &w.feats}) {
                buf += '\t';
                buf += col->empty() ? std::string("_") : *col;
            }
            buf += '\t';
            buf += w.deprel == "_" && w.head < 0 ? std::string("_") : std::to_string(w.head + 1);
            for (const std::string* col : {&w.deprel, &w.deps, &w.misc}) {
                buf += '\t';
                buf += col->empty() ? std::string("_") : *col;
            }
            buf += '\n';
        }
        while (x < s.extras.size()) {
            buf += s.extras[x++].line;
            buf += '\n';
        }
        buf += '\n';
        out << buf;
    }
}

Document document_from_conllu(const std::vector<ConlluSentence>& sentences) {
    Document doc;
    std::size_t total = 0;
    for (const auto& s : sentences) total += s.words.size();
    doc.tokens.reserve(total);
    doc.sentences.reserve(sentences.size());
    for (const auto& s : sentences) {
        Sentence sent;
        sent.first_token = static_cast<uint32_t>(doc.tokens.size());
        sent.start = static_cast<uint32_t>(doc.text.size());
        for (std::size_t i = 0; i < s.words.size(); ++i) {
            if (i) doc.text += ' ';
            Token t;
            t.form = s.words[i].form;
            t.start = static_cast<uint32_t>(doc.text.size());
            doc.text += t.form;
            t.end = static_cast<uint32_t>(doc.text.size());
            doc.tokens.push_back(std::move(t));
        }
        sent.end = static_cast<uint32_t>(doc.text.size());
        sent.end_token = static_cast<uint32_t>(doc.tokens.size());
        doc.text += '\n';
        doc.sentences.push_back(sent);
    }
    doc.layers = kTokens | kSentences;
    return doc;
}

void annotate_conllu(const Document& doc, std::vector<ConlluSentence>& sentences) {
    for (std::size_t s = 0; s < sentences.size() && s < doc.sentences.size(); ++s) {
        const Sentence& sent = doc.sentences[s];
        auto& words = sentences[s].words;
        for (std::size_t i = 0; i < words.size() && sent.first_token + i < sent.end_token; ++i) {
            const Token& t = doc.tokens[sent.first_token + i];
            ConlluWord& w = words[i];
            if (doc.layers & kTags) {
                w.upos = t.upos.empty() ? "_" : t.upos;
                w.xpos = t.xpos.empty() ? "_" : t.xpos;
            }
            if (doc.layers & kLemmas) w.lemma = t.lemma.empty() ? "_" : t.lemma;
            if (doc.layers & kParse) {
                w.head = t.head;
                w.deprel = t.deprel.empty() ? "dep" : t.deprel;
                w.deps = "_";
            }
        }
    }
}

void write_document_conllu(std::ostream& out, const Document& doc, int first_sentence_id) {
    // Written straight from the tokens (no ConlluSentence copy: documents can be large).
    auto clean = [](std::string& buf, std::string_view s, char replacement) {
        if (s.empty()) {
            buf += '_';
            return;
        }
        for (char c : s) buf += (c == '\t' || c == '\n' || c == '\r') ? replacement : c;
    };
    std::string buf;
    int sent_id = first_sentence_id;
    for (const Sentence& sent : doc.sentences) {
        buf += "# sent_id = " + std::to_string(sent_id++) + "\n# text = ";
        clean(buf, doc.sentence_text(sent), ' ');
        buf += '\n';
        for (uint32_t i = sent.first_token; i < sent.end_token && i < doc.tokens.size(); ++i) {
            const Token& t = doc.tokens[i];
            buf += std::to_string(i - sent.first_token + 1);
            buf += '\t';
            clean(buf, t.form, '_');
            buf += '\t';
            clean(buf, (doc.layers & kLemmas) ? std::string_view(t.lemma) : "", '_');
            buf += '\t';
            clean(buf, (doc.layers & kTags) ? std::string_view(t.upos) : "", '_');
            buf += '\t';
            clean(buf, (doc.layers & kTags) ? std::string_view(t.xpos) : "", '_');
            buf += "\t_\t";
            if (doc.layers & kParse) {
                buf += std::to_string(t.head + 1);
                buf += '\t';
                clean(buf, t.deprel.empty() ? std::string_view("dep") : std::string_view(t.deprel),
                      '_');
            } else {
                buf += "_\t_";
            }
            buf += "\t_\t";
            buf += (i + 1 < sent.end_token && !t.space_after) ? "SpaceAfter=No" : "_";
            buf += '\n';
        }
        buf += '\n';
        if (buf.size() > (1u << 16)) {
            out << buf;
            buf.clear();
        }
    }
    out << buf;
}

}  // namespace claimgraph::extract
