#include "export/graphml.hpp"

#include "common/error.hpp"
#include "common/file_io.hpp"
#include "export/bulk_load.hpp"
#include "export/claim_pipeline.hpp"
#include "export/format.hpp"
#include "export/json.hpp"

#include <spdlog/spdlog.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <iterator>
#include <limits>
#include <optional>
#include <ostream>
#include <set>
#include <unordered_map>

namespace claimgraph::io {

using graph::Actor;
using graph::Claim;
using graph::Evidence;
using graph::KnowledgeGraph;
using graph::Vertex;

namespace {

// =============================================================================================
// Writing

// Per byte: 0 = copy, 1 = needs attention in element content, 2 = only in attribute values.
constexpr std::array<uint8_t, 256> make_escape_table() {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[c] = 1;
    t['\t'] = 2;
    t['\n'] = 2;
    t['&'] = 1;
    t['<'] = 1;
    t['>'] = 1;
    t['"'] = 2;
    t['\''] = 2;
    t[0xEF] = 1;  // may start U+FFFE / U+FFFF
    return t;
}
constexpr auto kEscape = make_escape_table();

const char* const kReplacement = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

void detail::append_xml_escaped(std::string& out, std::string_view raw, bool attribute,
                                std::string& scratch) {
    std::string_view s = detail::valid_utf8(raw, scratch);
    const uint8_t level = attribute ? 2 : 1;
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        uint8_t e = kEscape[c];
        if (e == 0 || e > level) continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\t': out += "&#9;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            case 0xEF:
                // Valid UTF-8 here, so a 3-byte sequence follows.
                if (i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
                    (static_cast<unsigned char>(s[i + 2]) == 0xBE ||
                     static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
                    out += kReplacement;
                    i += 2;
                    run = i + 1;
                } else {
                    run = i;  // keep the byte: copied with the next run
                }
                break;
            default: out += kReplacement; break;  // other C0 controls
        }
    }
    out.append(s.data() + run, s.size() - run);
}

namespace {

struct KeySpec {
    const char* id;
    const char* domain;
    const char* name;
    const char* type;
};

constexpr KeySpec kKeys[] = {
    {"d0", "graph", "name", "string"},      {"d1", "graph", "documents", "string"},
    {"d2", "node", "label", "string"},      {"d3", "node", "key", "string"},
    {"d4", "node", "type", "string"},       {"d5", "node", "aliases", "string"},
    {"d6", "node", "mentions", "int"},      {"d7", "edge", "label", "string"},
    {"d8", "edge", "relation", "string"},   {"d9", "edge", "negated", "boolean"},
    {"d10", "edge", "modality", "string"},  {"d11", "edge", "confidence", "double"},
    {"d12", "edge", "weight", "double"},    {"d13", "edge", "evidence", "string"},
};

class XmlOut {
public:
    explicit XmlOut(std::ostream& out) : out_(out) { buf_.reserve(1 << 21); }
    ~XmlOut() = default;

    void raw(std::string_view s) { buf_.append(s); }
    void text(std::string_view s) { detail::append_xml_escaped(buf_, s, false, scratch_); }
    void attr(std::string_view s) { detail::append_xml_escaped(buf_, s, true, scratch_); }
    void data(const char* key, std::string_view value) {
        buf_ += "<data key=\"";
        buf_ += key;
        buf_ += "\">";
        text(value);
        buf_ += "</data>";
    }
    void data_raw(const char* key, std::string_view value) {  // value needs no escaping
        buf_ += "<data key=\"";
        buf_ += key;
        buf_ += "\">";
        buf_ += value;
        buf_ += "</data>";
    }
    void maybe_flush() {
        if (buf_.size() > (1u << 20)) flush();
    }
    void flush() {
        out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
        buf_.clear();
    }
    std::string& scratch() { return json_; }

private:
    std::ostream& out_;
    std::string buf_;
    std::string scratch_;
    std::string json_;
};

// =============================================================================================
// Reading

enum class Domain { graph, node, edge, all, other };

enum class Role {
    unknown,
    graph_name, graph_documents,
    label, node_key, type, aliases, mentions,
    relation, edge_label, negated, modality, confidence, weight, evidence,
};

Role role_of(Domain where, std::string_view name) {
    if (where == Domain::graph) {
        if (name == "name") return Role::graph_name;
        if (name == "documents") return Role::graph_documents;
    } else if (where == Domain::node) {
        if (name == "label") return Role::label;
        if (name == "key") return Role::node_key;
        if (name == "type") return Role::type;
        if (name == "aliases") return Role::aliases;
        if (name == "mentions") return Role::mentions;
    } else if (where == Domain::edge) {
        if (name == "relation") return Role::relation;
        if (name == "label") return Role::edge_label;
        if (name == "negated") return Role::negated;
        if (name == "modality") return Role::modality;
        if (name == "confidence") return Role::confidence;
        if (name == "weight") return Role::weight;
        if (name == "evidence") return Role::evidence;
    }
    return Role::unknown;
}

struct KeyDecl {
    std::string id;
    Domain domain = Domain::all;
    std::string name;
    std::string type = "string";
    std::optional<std::string> default_value;
    std::array<Role, 3> roles{};  // for graph, node, edge
    std::size_t offset = 0;
};

struct Attr {
    std::string_view name;
    std::string_view raw;  // undecoded
    std::size_t offset;    // of the value
};

struct Tag {
    std::string_view name;  // qualified name as written
    std::string_view local;
    std::vector<Attr> attrs;
    bool empty = false;  // <x/>
    std::size_t offset = 0;
};

struct PendingEdge {
    std::string source, target;
    Claim claim;
    std::size_t offset;
};

struct Stop {};  // internal: parse error already formatted into the parser

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

bool name_char(unsigned char c) {
    return !(c <= 0x20 || c == '/' || c == '>' || c == '=' || c == '<' || c == '"' ||
             c == '\'' || c == '?' || c == '!');
}

// Text-run bytes that need attention when reading: '&', CR and C0 controls other than tab/LF.
constexpr std::array<uint8_t, 256> make_text_table() {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[c] = 1;
    t['\t'] = 0;
    t['\n'] = 0;
    t['&'] = 1;
    return t;
}
constexpr auto kTextSpecial = make_text_table();

class GraphmlReader {
public:
    GraphmlReader(std::string_view text, const std::string& source, KnowledgeGraph& kg)
        : t_(text), src_(source), kg_(kg), nodes_(kg), bulk_(text) {}

    void run() {
        if (t_.size() >= 2 && ((t_[0] == '\xFF' && t_[1] == '\xFE') ||
                               (t_[0] == '\xFE' && t_[1] == '\xFF'))) {
            fail(0, "the file is UTF-16; claimgraph reads UTF-8 GraphML only. Convert it, e.g. "
                    "with iconv -f UTF-16 -t UTF-8");
        }
        if (t_.substr(0, 3) == "\xEF\xBB\xBF") p_ = 3;
        std::size_t bad = detail::find_invalid_utf8(t_);
        if (bad != std::string_view::npos) {
            fail(bad, "invalid UTF-8; GraphML must be UTF-8 encoded. Convert the file (iconv) "
                      "or fix the bytes at this position");
        }
        // XML 1.0's characters stop at U+FFFD: the noncharacters U+FFFE and U+FFFF are allowed
        // nowhere in a document (the writer replaces them), and a reader that took them would
        // give a graph that changes when written and read back (found by fuzz_graphml).
        for (std::size_t i = 0; i + 2 < t_.size(); ++i) {
            const void* ef = std::memchr(t_.data() + i, '\xEF', t_.size() - i);
            if (ef == nullptr) break;
            i = static_cast<std::size_t>(static_cast<const char*>(ef) - t_.data());
            if (i + 2 < t_.size() && t_[i + 1] == '\xBF' && (t_[i + 2] == '\xBE' || t_[i + 2] == '\xBF')) {
                fail(i, std::string("noncharacter U+FFF") + (t_[i + 2] == '\xBE' ? "E" : "F") +
                            " is not allowed in XML 1.0; remove it");
            }
        }
        prolog();
        Tag root;
        if (p_ >= t_.size()) fail(p_, "no <graphml> element; the file is empty or not GraphML");
        if (t_[p_] != '<') {
            fail(p_, "this is not GraphML: expected '<graphml' (is it a JSON or text file?)");
        }
        read_start_tag(root);
        if (root.local != "graphml") {
            fail(root.offset, "the root element is <" + std::string(root.name) +
                                  ">, not <graphml>; this is not a GraphML file");
        }
        if (!root.empty) graphml_content(root);
        epilog();
        if (pipeline_) {
            pending_ = pipeline_->finish();
            pipeline_.reset();
        }
        for (auto& e : pending_) add_edge(e, true);
    }

private:
    // ---------------------------------------------------------------- errors
    [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
        auto pos = detail::text_position(t_, offset);
        throw InputError(src_ + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) +
                         ": " + message);
    }
    void warn_once(const std::string& what, const std::string& message) {
        if (warned_.insert(what).second) spdlog::warn("{}: {}", src_, message);
    }

    // ---------------------------------------------------------------- lexing
    bool starts(std::string_view s) const {
        // Inline compare: these prefixes are 2 to 9 bytes and checked at every '<'.
        if (t_.size() - p_ < s.size()) return false;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (t_[p_ + i] != s[i]) return false;
        }
        return true;
    }

    void skip_ws() {
        while (p_ < t_.size() && is_space(t_[p_])) ++p_;
    }

    std::size_t find(std::string_view s, std::size_t from, const char* what) const {
        std::size_t at = t_.find(s, from);
        if (at == std::string_view::npos) {
            fail(from, std::string("unterminated ") + what + " (no '" + std::string(s) +
                           "' follows); the file is truncated or not well-formed");
        }
        return at;
    }

    // Skips a comment, PI or CDATA at p_ (returns false when none is there).
    bool skip_misc() {
        if (starts("<!--")) {
            std::size_t at = find("-->", p_ + 4, "comment");
            p_ = at + 3;
            return true;
        }
        if (starts("<?")) {
            std::size_t start = p_;
            std::size_t at = find("?>", p_ + 2, "processing instruction");
            std::string_view pi = t_.substr(start + 2, at - start - 2);
            if (pi.substr(0, 3) == "xml" && (pi.size() == 3 || is_space(pi[3]))) {
                if (start != (t_.substr(0, 3) == "\xEF\xBB\xBF" ? 3u : 0u)) {
                    fail(start, "the XML declaration must come first in the file");
                }
                check_encoding(pi, start);
            }
            p_ = at + 2;
            return true;
        }
        return false;
    }

    void check_encoding(std::string_view decl, std::size_t offset) {
        auto at = decl.find("encoding");
        if (at == std::string_view::npos) return;
        auto q = decl.find_first_of("\"'", at);
        if (q == std::string_view::npos) return;
        auto e = decl.find(decl[q], q + 1);
        if (e == std::string_view::npos) return;
        std::string enc(decl.substr(q + 1, e - q - 1));
        for (auto& c : enc) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (enc != "utf-8" && enc != "utf8" && enc != "us-ascii" && enc != "ascii") {
            fail(offset, "the file declares encoding '" + std::string(decl.substr(q + 1, e - q - 1)) +
                             "'; claimgraph reads UTF-8 GraphML only. Convert it with iconv and "
                             "change the declaration");
        }
    }

    void prolog() {
        while (true) {
            skip_ws();
            if (skip_misc()) continue;
            if (starts("<!DOCTYPE")) {
                doctype();
                continue;
            }
            return;
        }
    }

    void doctype() {
        std::size_t start = p_;
        std::size_t i = p_ + 9;
        char quote = 0;
        for (; i < t_.size(); ++i) {
            char c = t_[i];
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                fail(start, "the DOCTYPE has an internal subset (entity or other declarations); "
                            "claimgraph never expands entities and refuses such files. Remove "
                            "the DOCTYPE");
            } else if (c == '>') {
                break;
            }
        }
        if (i >= t_.size()) fail(start, "unterminated DOCTYPE");
        spdlog::debug("{}: ignoring the DOCTYPE (external DTDs are never fetched)", src_);
        p_ = i + 1;
    }

    void epilog() {
        while (true) {
            skip_ws();
            if (p_ >= t_.size()) return;
            if (skip_misc()) continue;
            fail(p_, "unexpected content after </graphml>; the file must end after the root "
                     "element");
        }
    }

    // Reads "<name attrs...>" or "<name .../>" at p_.
    void read_start_tag(Tag& tag) {
        tag.offset = p_;
        tag.attrs.clear();
        tag.empty = false;
        if (p_ >= t_.size() || t_[p_] != '<') fail(p_, "expected an element");
        std::size_t i = p_ + 1;
        std::size_t ns = i;
        while (i < t_.size() && name_char(static_cast<unsigned char>(t_[i]))) ++i;
        if (i == ns) fail(p_, "expected an element name after '<'");
        tag.name = t_.substr(ns, i - ns);
        auto colon = tag.name.rfind(':');
        tag.local = colon == std::string_view::npos ? tag.name : tag.name.substr(colon + 1);
        while (true) {
            std::size_t before = i;
            while (i < t_.size() && is_space(t_[i])) ++i;
            if (i >= t_.size()) fail(tag.offset, "unterminated start tag <" + std::string(tag.name));
            char c = t_[i];
            if (c == '>') {
                p_ = i + 1;
                return;
            }
            if (c == '/') {
                if (i + 1 < t_.size() && t_[i + 1] == '>') {
                    tag.empty = true;
                    p_ = i + 2;
                    return;
                }
                fail(i, "expected '>' after '/' in <" + std::string(tag.name) + ">");
            }
            if (before == i) {
                fail(i, "expected white space between attributes in <" + std::string(tag.name) +
                            ">");
            }
            std::size_t an = i;
            while (i < t_.size() && name_char(static_cast<unsigned char>(t_[i]))) ++i;
            if (i == an) fail(i, "unexpected '" + std::string(1, c) + "' in <" +
                                     std::string(tag.name) + ">");
            std::string_view aname = t_.substr(an, i - an);
            while (i < t_.size() && is_space(t_[i])) ++i;
            if (i >= t_.size() || t_[i] != '=') {
                fail(i, "attribute '" + std::string(aname) + "' has no value (expected '=')");
            }
            ++i;
            while (i < t_.size() && is_space(t_[i])) ++i;
            if (i >= t_.size() || (t_[i] != '"' && t_[i] != '\'')) {
                fail(i, "the value of attribute '" + std::string(aname) + "' must be quoted");
            }
            char q = t_[i];
            std::size_t vs = i + 1;
            const void* qe = std::memchr(t_.data() + vs, q, t_.size() - vs);
            if (qe == nullptr) fail(vs, "unterminated value of attribute '" + std::string(aname) + "'");
            std::size_t ve = static_cast<std::size_t>(static_cast<const char*>(qe) - t_.data());
            std::string_view raw = t_.substr(vs, ve - vs);
            for (std::size_t k = 0; k < raw.size(); ++k) {
                unsigned char b = static_cast<unsigned char>(raw[k]);
                if (b == '<') fail(vs + k, "'<' is not allowed in an attribute value; write &lt;");
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') control_character(vs + k, b);
            }
            for (const auto& a : tag.attrs) {
                if (a.name == aname) fail(an, "attribute '" + std::string(aname) + "' repeated");
            }
            tag.attrs.push_back(Attr{aname, raw, vs});
            i = ve + 1;
        }
    }

    // Decodes an attribute value (entities; white space normalised to spaces as XML requires).
    std::string attr_value(const Attr& a) {
        std::string out;
        decode(a.raw, a.offset, out, true);
        return out;
    }
    const Attr* attr(const Tag& tag, std::string_view name) const {
        for (const auto& a : tag.attrs) {
            if (a.name == name) return &a;
        }
        return nullptr;
    }

    // Appends decoded character data (`raw` starts at byte `offset` of the file).
    void decode(std::string_view raw, std::size_t offset, std::string& out, bool attribute) {
        std::size_t run = 0;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(raw[i]);
            if (!kTextSpecial[c] && !(attribute && (c == '\t' || c == '\n'))) continue;
            out.append(raw.data() + run, i - run);
            run = i + 1;
            if (c == '&') {
                std::size_t semi = raw.find(';', i + 1);
                if (semi == std::string_view::npos || semi - i > 12) {
                    fail(offset + i, "'&' must start an entity reference such as &amp; (write "
                                     "&amp; for a literal '&')");
                }
                std::string_view ent = raw.substr(i + 1, semi - i - 1);
                entity(ent, offset + i, out);
                i = semi;
                run = i + 1;
            } else if (c == '\r') {
                out += attribute ? ' ' : '\n';
                if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i, run = i + 1;
            } else if (c == '\t' || c == '\n') {
                out += ' ';
            } else {
                control_character(offset + i, c);
            }
        }
        out.append(raw.data() + run, raw.size() - run);
    }

    void entity(std::string_view ent, std::size_t offset, std::string& out) {
        if (ent == "lt") {
            out += '<';
        } else if (ent == "gt") {
            out += '>';
        } else if (ent == "amp") {
            out += '&';
        } else if (ent == "quot") {
            out += '"';
        } else if (ent == "apos") {
            out += '\'';
        } else if (!ent.empty() && ent[0] == '#') {
            uint32_t cp = 0;
            std::from_chars_result r{};
            if (ent.size() > 1 && ent[1] == 'x') {
                r = std::from_chars(ent.data() + 2, ent.data() + ent.size(), cp, 16);
            } else {
                r = std::from_chars(ent.data() + 1, ent.data() + ent.size(), cp, 10);
            }
            bool ok = r.ec == std::errc() && r.ptr == ent.data() + ent.size() && ent.size() > 1 &&
                      (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                       (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF));
            if (!ok) {
                fail(offset, "'&" + std::string(ent) +
                                 ";' is not a character XML 1.0 allows; remove it");
            }
            append_utf8(out, cp);
        } else {
            fail(offset, "undefined entity '&" + std::string(ent) +
                             ";'; only &lt; &gt; &amp; &quot; &apos; and character references "
                             "are allowed (claimgraph never expands DTD entities)");
        }
    }

    static void append_utf8(std::string& out, uint32_t cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    // Checks text between elements (element-only content): entity references must be valid;
    // anything else is ignored.
    void skip_text() {
        std::size_t start = p_;
        const void* lt = std::memchr(t_.data() + p_, '<', t_.size() - p_);
        std::size_t end = lt ? static_cast<std::size_t>(static_cast<const char*>(lt) - t_.data())
                             : t_.size();
        p_ = end;
        std::string_view run = t_.substr(start, end - start);
        for (char c : run) {
            if (!is_space(c)) {
                scratch_.clear();
                decode(run, start, scratch_, false);
                break;
            }
        }
    }

    // The next markup in element content: returns false at the end tag of `open` (consumed).
    enum class Next { start, end };
    Next next_markup(const Tag& open) {
        while (true) {
            skip_text();
            if (p_ >= t_.size()) {
                fail(open.offset, "<" + std::string(open.name) +
                                      "> is never closed; the file is truncated");
            }
            if (starts("</")) {
                end_tag(open);
                return Next::end;
            }
            if (starts("<![CDATA[")) {
                p_ = find("]]>", p_ + 9, "CDATA section") + 3;
                continue;
            }
            if (skip_misc()) continue;
            if (starts("<!")) fail(p_, "unexpected '<!' declaration inside an element");
            return Next::start;
        }
    }

    void end_tag(const Tag& open) {
        std::size_t at = p_;
        std::size_t i = p_ + 2;
        std::size_t ns = i;
        while (i < t_.size() && name_char(static_cast<unsigned char>(t_[i]))) ++i;
        std::string_view name = t_.substr(ns, i - ns);
        while (i < t_.size() && is_space(t_[i])) ++i;
        if (i >= t_.size() || t_[i] != '>') fail(at, "malformed end tag");
        if (name != open.name) {
            auto pos = detail::text_position(t_, open.offset);
            fail(at, "</" + std::string(name) + "> does not close <" + std::string(open.name) +
                         "> (opened at line " + std::to_string(pos.line) + ")");
        }
        p_ = i + 1;
    }

    // Skips the content of an element already opened (well-formedness still checked).
    void skip_element(const Tag& open) {
        if (open.empty) return;
        std::vector<Tag> stack;
        stack.push_back(open);
        while (!stack.empty()) {
            if (next_markup(stack.back()) == Next::end) {
                stack.pop_back();
                continue;
            }
            Tag child;
            read_start_tag(child);
            if (!child.empty) {
                if (stack.size() > 1000) fail(child.offset, "elements nested too deeply");
                stack.push_back(std::move(child));
            }
        }
    }

    // Appends a CDATA section's text: taken as it stands, except that line ends are normalised
    // (CR LF and CR become LF, as XML requires) and the control characters XML 1.0 forbids
    // everywhere, CDATA included, are refused (fuzzing found NUL bytes in CDATA accepted and then
    // turned into U+FFFD by the writer).
    void cdata(std::string_view raw, std::size_t offset, std::string& out) {
        std::size_t run = 0;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(raw[i]);
            if (c >= 0x20 || c == '\t' || c == '\n') continue;
            out.append(raw.data() + run, i - run);
            run = i + 1;
            if (c == '\r') {
                out += '\n';
                if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i, run = i + 1;
                continue;
            }
            control_character(offset + i, c);
        }
        out.append(raw.data() + run, raw.size() - run);
    }

    [[noreturn]] void control_character(std::size_t offset, unsigned char c) const {
        char hex[8];
        std::snprintf(hex, sizeof hex, "%02X", c);
        fail(offset, std::string("control character U+00") + hex +
                         " is not allowed in XML 1.0; remove it");
    }

    // Reads the character content of <data> or <default> into `out`. Child elements (yEd's
    // graphics) are skipped; returns false when there were any.
    bool read_content(const Tag& open, std::string& out) {
        out.clear();
        if (open.empty) return true;
        bool plain = true;
        while (true) {
            std::size_t start = p_;
            const void* lt = std::memchr(t_.data() + p_, '<', t_.size() - p_);
            if (lt == nullptr) fail(open.offset, "<" + std::string(open.name) + "> is never closed");
            std::size_t end = static_cast<std::size_t>(static_cast<const char*>(lt) - t_.data());
            decode(t_.substr(start, end - start), start, out, false);
            p_ = end;
            if (starts("</")) {
                end_tag(open);
                return plain;
            }
            if (starts("<![CDATA[")) {
                std::size_t e = find("]]>", p_ + 9, "CDATA section");
                cdata(t_.substr(p_ + 9, e - p_ - 9), p_ + 9, out);
                p_ = e + 3;
                continue;
            }
            if (skip_misc()) continue;
            if (starts("<!")) fail(p_, "unexpected '<!' declaration inside an element");
            Tag child;
            read_start_tag(child);
            skip_element(child);
            plain = false;
        }
    }

    // ---------------------------------------------------------------- GraphML structure
    void graphml_content(const Tag& root) {
        Tag tag;
        while (next_markup(root) == Next::start) {
            read_start_tag(tag);
            if (tag.local == "key") {
                key(tag);
            } else if (tag.local == "graph") {
                if (seen_graph_) {
                    fail(tag.offset, "a second <graph>; claimgraph reads one graph per file. "
                                     "Split the file");
                }
                seen_graph_ = true;
                graph(tag);
            } else if (tag.local == "data") {
                std::string value;
                read_content(tag, value);
            } else {
                if (tag.local != "desc") {
                    warn_once("element:" + std::string(tag.local),
                              "ignoring <" + std::string(tag.name) + "> elements");
                }
                skip_element(tag);
            }
        }
    }

    static Domain domain_of(std::string_view f) {
        if (f == "node") return Domain::node;
        if (f == "edge") return Domain::edge;
        if (f == "graph") return Domain::graph;
        if (f == "all") return Domain::all;
        return Domain::other;
    }

    void key(const Tag& tag) {
        if (seen_graph_) {
            fail(tag.offset, "<key> after <graph>; GraphML declares keys before the graph. Move "
                             "the key declarations up");
        }
        KeyDecl k;
        k.offset = tag.offset;
        const Attr* id = attr(tag, "id");
        if (id == nullptr) fail(tag.offset, "<key> without an id attribute");
        k.id = attr_value(*id);
        if (const Attr* f = attr(tag, "for")) k.domain = domain_of(attr_value(*f));
        if (const Attr* n = attr(tag, "attr.name")) {
            k.name = attr_value(*n);
        } else {
            k.name = k.id;
        }
        if (const Attr* ty = attr(tag, "attr.type")) {
            k.type = attr_value(*ty);
            static const std::set<std::string> types = {"boolean", "int",    "long",
                                                        "float",   "double", "string"};
            if (types.count(k.type) == 0) {
                fail(ty->offset, "attr.type '" + k.type + "' of key '" + k.id +
                                     "' is not a GraphML type (boolean, int, long, float, double, "
                                     "string); NetworkX and igraph refuse it too. Use int");
            }
        }
        if (!tag.empty) {
            Tag child;
            while (next_markup(tag) == Next::start) {
                read_start_tag(child);
                if (child.local == "default") {
                    std::string v;
                    read_content(child, v);
                    k.default_value = std::move(v);
                } else {
                    skip_element(child);
                }
            }
        }
        const Domain doms[3] = {Domain::graph, Domain::node, Domain::edge};
        for (int i = 0; i < 3; ++i) {
            if (k.domain == Domain::all || k.domain == doms[i]) k.roles[i] = role_of(doms[i], k.name);
        }
        if (key_index_.count(k.id) != 0) {
            fail(tag.offset, "key id '" + k.id + "' declared twice; key ids must be unique");
        }
        key_index_.emplace(k.id, keys_.size());
        if (k.domain == Domain::node || k.domain == Domain::edge || k.domain == Domain::all) {
            bool known = k.roles[1] != Role::unknown || k.roles[2] != Role::unknown ||
                         k.roles[0] != Role::unknown;
            if (!known) {
                warn_once("key:" + k.name, "ignoring attribute '" + k.name + "' (key '" + k.id +
                                               "'): claimgraph does not use it");
            }
        }
        keys_.push_back(std::move(k));
    }

    // <data key=...>: returns the declaration, reading the value into value_.
    const KeyDecl& data(const Tag& tag) {
        const Attr* k = attr(tag, "key");
        if (k == nullptr) fail(tag.offset, "<data> without a key attribute");
        std::string_view kid = k->raw;
        std::string decoded;
        if (kid.find('&') != std::string_view::npos) {
            decoded = attr_value(*k);
            kid = decoded;
        }
        // Data elements usually come in the same order for every node or edge: try the key after
        // the last one first, and hash only when that misses.
        std::size_t index = 0;
        if (next_key_ < keys_.size() && keys_[next_key_].id == kid) {
            index = next_key_;
        } else {
            auto it = key_index_.find(std::string(kid));
            if (it == key_index_.end()) {
                fail(tag.offset, "<data> refers to key '" + std::string(kid) +
                                     "', which no <key> declares; declare it (with attr.name and "
                                     "attr.type) or remove the data");
            }
            index = it->second;
        }
        next_key_ = index + 1;
        if (!read_content(tag, value_)) {
            value_.clear();
            value_has_elements_ = true;
        } else {
            value_has_elements_ = false;
        }
        return keys_[index];
    }

    void graph(const Tag& tag) {
        if (const Attr* ed = attr(tag, "edgedefault")) {
            if (attr_value(*ed) == "undirected") {
                spdlog::warn("{}: the graph is undirected (edgedefault=\"undirected\"); its "
                             "edges are read as directed from source to target",
                             src_);
            }
        }
        if (tag.empty) return;
        Tag child;
        while (next_markup(tag) == Next::start) {
            read_start_tag(child);
            if (child.local == "node") {
                node(child);
            } else if (child.local == "edge") {
                if (!edges_started_) {
                    edges_started_ = true;
                    if (bulk_.active()) kg_.use_huge_pages();
                }
                edge(child);
            } else if (child.local == "data") {
                const KeyDecl& k = data(child);
                graph_data(k, child);
            } else if (child.local == "hyperedge") {
                fail(child.offset, "hyperedges are not supported; claimgraph reads ordinary "
                                   "edges only");
            } else {
                if (child.local != "desc") {
                    warn_once("element:" + std::string(child.local),
                              "ignoring <" + std::string(child.name) + "> elements");
                }
                skip_element(child);
            }
        }
    }

    void graph_data(const KeyDecl& k, const Tag& tag) {
        switch (k.roles[0]) {
            case Role::graph_name: kg_.name = value_; break;
            case Role::graph_documents:
                kg_.documents = string_list(value_, tag, "documents");
                break;
            default: break;
        }
    }

    std::vector<std::string> string_list(const std::string& v, const Tag& tag, const char* what) {
        std::vector<std::string> out;
        std::string_view s = trim(v);
        if (s.empty()) return out;
        if (s.front() == '[') {
            std::string err;
            if (!detail::parse_string_array_json(s, out, err)) {
                fail(tag.offset, std::string("'") + what + "' is not a JSON array of strings: " +
                                     err);
            }
            return out;
        }
        std::size_t start = 0;
        while (true) {
            auto bar = v.find(" | ", start);
            out.push_back(v.substr(start, bar == std::string::npos ? bar : bar - start));
            if (bar == std::string::npos) break;
            start = bar + 3;
        }
        return out;
    }

    std::string subject(const char* kind, const std::string& id) const {
        return std::string(kind) + " '" + id + "'";
    }

    // Typed values ------------------------------------------------------------
    bool parse_bool(std::string_view s, bool& out) {
        s = trim(s);
        if (s == "1") {
            out = true;
            return true;
        }
        if (s == "0") {
            out = false;
            return true;
        }
        if (s.size() == 4 || s.size() == 5) {
            std::string l(s);
            for (auto& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (l == "true" || l == "false") {
                out = l == "true";
                return true;
            }
        }
        return false;
    }
    bool parse_double(std::string_view s, double& out) {
        s = trim(s);
        if (s == "INF") {
            out = std::numeric_limits<double>::infinity();
            return true;
        }
        if (s == "-INF") {
            out = -std::numeric_limits<double>::infinity();
            return true;
        }
        if (!s.empty() && s.front() == '+') s.remove_prefix(1);
        auto r = std::from_chars(s.data(), s.data() + s.size(), out);
        return !s.empty() && r.ec == std::errc() && r.ptr == s.data() + s.size();
    }
    bool parse_count(std::string_view s, uint64_t max, uint64_t& out) {
        s = trim(s);
        if (!s.empty() && s.front() == '+') s.remove_prefix(1);
        auto r = std::from_chars(s.data(), s.data() + s.size(), out);
        if (!s.empty() && r.ec == std::errc() && r.ptr == s.data() + s.size()) return out <= max;
        double d = 0;
        if (!parse_double(s, d) || !(d >= 0) || d != std::floor(d) || d > static_cast<double>(max)) {
            return false;
        }
        out = static_cast<uint64_t>(d);
        return true;
    }

    // Nodes -----------------------------------------------------------------
    void apply_node(Role role, const std::string& v, detail::NodeRecord& n, const Tag& tag) {
        switch (role) {
            case Role::label:
                n.label = v;
                n.has_label = true;
                break;
            case Role::node_key:
                n.key = v;
                n.has_key = true;
                break;
            case Role::type: n.type = v; break;
            case Role::aliases: n.aliases = string_list(v, tag, "aliases"); break;
            case Role::mentions: {
                uint64_t u = 0;
                if (!parse_count(v, std::numeric_limits<uint32_t>::max(), u)) {
                    fail(tag.offset, subject("node", n.id) + ": 'mentions' must be a "
                                                             "non-negative integer, got '" +
                                         v + "'");
                }
                n.mentions = static_cast<uint32_t>(u);
                break;
            }
            default: break;
        }
    }

    void node(const Tag& tag) {
        detail::NodeRecord n;
        n.offset = tag.offset;
        const Attr* id = attr(tag, "id");
        if (id == nullptr) fail(tag.offset, "<node> without an id attribute; every node needs one");
        n.id = id->raw.find('&') == std::string_view::npos ? std::string(id->raw)
                                                           : attr_value(*id);
        n.has_id = true;
        uint32_t seen = 0;
        if (!tag.empty) {
            Tag child;
            while (next_markup(tag) == Next::start) {
                read_start_tag(child);
                if (child.local == "data") {
                    const KeyDecl& k = data(child);
                    if (k.roles[1] == Role::unknown) {
                        if (k.domain == Domain::edge || k.domain == Domain::graph) {
                            warn_once("misplaced:" + k.id, "ignoring key '" + k.id +
                                                               "' on nodes: it is declared for " +
                                                               (k.domain == Domain::edge
                                                                    ? "edges"
                                                                    : "the graph"));
                        }
                        continue;
                    }
                    if (value_has_elements_) continue;  // markup (yEd graphics), not a value
                    seen |= 1u << static_cast<int>(k.roles[1]);
                    apply_node(k.roles[1], value_, n, child);
                } else if (child.local == "graph") {
                    fail(child.offset, "nested graphs (a <graph> inside a <node>) are not "
                                       "supported; flatten the graph");
                } else {
                    skip_element(child);
                }
            }
        }
        for (const auto& k : keys_) {
            Role r = k.roles[1];
            if (r != Role::unknown && k.default_value && !(seen & (1u << static_cast<int>(r)))) {
                apply_node(r, *k.default_value, n, tag);
            }
        }
        if (pipeline_) pipeline_->sync();  // the worker reads the node table
        std::string err = nodes_.add(n);
        if (!err.empty()) fail(tag.offset, err);
        bulk_.progress(p_);
    }

    // Edges -----------------------------------------------------------------
    void apply_edge(Role role, const std::string& v, Claim& c, bool& has_relation,
                    std::string& label, const Tag& tag, const std::string& who) {
        switch (role) {
            case Role::relation:
                c.relation = v;
                has_relation = true;
                break;
            case Role::edge_label: label = v; break;
            case Role::modality: c.modality = v; break;
            case Role::negated:
                if (!parse_bool(v, c.negated)) {
                    fail(tag.offset, who + ": 'negated' must be a boolean (true, false, 1 or 0), "
                                           "got '" + v + "'");
                }
                break;
            case Role::confidence:
                if (!parse_double(v, c.confidence)) {
                    fail(tag.offset, who + ": 'confidence' must be a number, got '" + v + "'");
                }
                break;
            case Role::weight: {
                uint64_t u = 0;
                if (parse_count(v, std::numeric_limits<uint32_t>::max(), u)) {
                    c.weight = static_cast<uint32_t>(u);
                    break;
                }
                double d = 0;
                if (parse_double(v, d) && d > 0 && d <= 4294967295.0) {
                    warn_once("weight", who + ": weight " + v + " is not a whole number; weights "
                                              "are claim counts and are rounded (further cases "
                                              "not reported)");
                    c.weight = static_cast<uint32_t>(std::max(1.0, std::round(d)));
                    break;
                }
                fail(tag.offset, who + ": 'weight' must be a non-negative number, got '" + v + "'");
            }
            case Role::evidence: {
                std::string_view s = trim(v);
                if (s.empty()) {
                    c.evidence.clear();
                    break;
                }
                std::string err;
                // Decoded from the file checked in run(): entities and character references
                // decode to valid UTF-8 only (entity() refuses the rest).
                if (!detail::parse_evidence_json(s, c.evidence, err, true)) {
                    fail(tag.offset, who + ": 'evidence' is not a JSON array of evidence objects: " +
                                         err);
                }
                break;
            }
            default: break;
        }
    }

    void edge(const Tag& tag) {
        const Attr* s = attr(tag, "source");
        const Attr* t = attr(tag, "target");
        if (s == nullptr || t == nullptr) {
            fail(tag.offset, "<edge> without a source or target attribute");
        }
        PendingEdge e;
        e.offset = tag.offset;
        e.source = s->raw.find('&') == std::string_view::npos ? std::string(s->raw) : attr_value(*s);
        e.target = t->raw.find('&') == std::string_view::npos ? std::string(t->raw) : attr_value(*t);
        if (!pipeline_) {
            for (const std::string* end : {&e.source, &e.target}) {
                if (const Vertex* v = nodes_.find(*end)) kg_.prefetch(*v);
            }
        }
        Claim& c = e.claim;
        c.confidence = 1.0;
        c.weight = 1;
        bool has_relation = false;
        std::string label;
        std::string who;
        if (const Attr* id = attr(tag, "id")) {
            who = "edge '" + std::string(id->raw) + "'";
        } else {
            who = "edge " + e.source + " -> " + e.target;
        }
        uint32_t seen = 0;
        if (!tag.empty) {
            Tag child;
            while (next_markup(tag) == Next::start) {
                read_start_tag(child);
                if (child.local == "data") {
                    const KeyDecl& k = data(child);
                    if (k.roles[2] == Role::unknown) {
                        if (k.domain == Domain::node || k.domain == Domain::graph) {
                            warn_once("misplaced:" + k.id, "ignoring key '" + k.id +
                                                               "' on edges: it is declared for " +
                                                               (k.domain == Domain::node
                                                                    ? "nodes"
                                                                    : "the graph"));
                        }
                        continue;
                    }
                    if (value_has_elements_) continue;
                    seen |= 1u << static_cast<int>(k.roles[2]);
                    apply_edge(k.roles[2], value_, c, has_relation, label, child, who);
                } else if (child.local == "graph") {
                    fail(child.offset, "nested graphs (a <graph> inside an <edge>) are not "
                                       "supported; flatten the graph");
                } else {
                    skip_element(child);
                }
            }
        }
        for (const auto& k : keys_) {
            Role r = k.roles[2];
            if (r != Role::unknown && k.default_value && !(seen & (1u << static_cast<int>(r)))) {
                apply_edge(r, *k.default_value, c, has_relation, label, tag, who);
            }
        }
        if (!has_relation) c.relation = label.empty() ? std::string("related-to") : label;
        bulk_.progress(p_);
        if (!pipeline_ && pending_.empty() && bulk_.active() &&
            detail::parallel_reading()) {
            pipeline_.emplace(kg_, nodes_);
        }
        if (pipeline_) {
            pipeline_->push(std::move(e));
            return;
        }
        if (pending_.empty() && add_edge(e, false)) return;
        pending_.push_back(std::move(e));
    }

    bool add_edge(PendingEdge& e, bool final) {
        const Vertex* s = nodes_.find(e.source);
        const Vertex* t = nodes_.find(e.target);
        if (s == nullptr || t == nullptr) {
            if (!final) return false;
            fail(e.offset, std::string("the edge's ") + (s ? "target" : "source") + " '" +
                               (s ? e.target : e.source) +
                               "' is not the id of any node; declare the node or fix the edge");
        }
        kg_.add_claim(*s, *t, std::move(e.claim));
        return true;
    }

    std::string_view t_;
    std::size_t p_ = 0;
    const std::string& src_;
    KnowledgeGraph& kg_;
    detail::NodeTable nodes_;
    detail::BulkLoad bulk_;
    std::vector<KeyDecl> keys_;
    std::unordered_map<std::string, std::size_t> key_index_;
    std::size_t next_key_ = 0;
    std::set<std::string> warned_;
    std::string value_;
    bool value_has_elements_ = false;
    std::string scratch_;
    bool seen_graph_ = false;
    bool edges_started_ = false;
    std::vector<PendingEdge> pending_;
    // A large file's claims are added on a second thread (claim_pipeline.hpp); last, so that it
    // stops before the members it uses go.
    std::optional<detail::ClaimPipeline<PendingEdge>> pipeline_;
};

}  // namespace

// =============================================================================================

void write_graphml(const KnowledgeGraph& kg, std::ostream& out) {
    XmlOut x(out);
    x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<!-- claimgraph knowledge graph. Node \"aliases\", graph \"documents\" and edge "
          "\"evidence\" hold JSON arrays;\n"
          "     edge \"weight\" counts how often the claim was made. XML 1.0 cannot carry C0 "
          "control characters:\n"
          "     in plain string values they were replaced with U+FFFD. -->\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
          "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
          "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
          "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (const auto& k : kKeys) {
        x.raw("  <key id=\"");
        x.raw(k.id);
        x.raw("\" for=\"");
        x.raw(k.domain);
        x.raw("\" attr.name=\"");
        x.raw(k.name);
        x.raw("\" attr.type=\"");
        x.raw(k.type);
        x.raw("\"/>\n");
    }
    x.raw("  <graph id=\"G\" edgedefault=\"directed\">\n    ");
    x.data("d0", kg.name);
    x.raw("\n    ");
    std::string& json = x.scratch();
    json.clear();
    detail::append_string_array_json(json, kg.documents);
    x.data("d1", json);
    x.raw("\n");

    char num[32];
    const std::size_t n = kg.actor_count();
    for (std::size_t v = 0; v < n; ++v) {
        const Actor& a = kg.actor(v);
        x.raw("    <node id=\"n");
        auto r = std::to_chars(num, num + sizeof num, v);
        x.raw(std::string_view(num, static_cast<std::size_t>(r.ptr - num)));
        x.raw("\">");
        x.data("d2", a.label);
        x.data("d3", a.key);
        x.data("d4", a.type);
        json.clear();
        detail::append_string_array_json(json, a.aliases);
        x.data("d5", json);
        r = std::to_chars(num, num + sizeof num, a.mentions);
        x.data_raw("d6", std::string_view(num, static_cast<std::size_t>(r.ptr - num)));
        x.raw("</node>\n");
        x.maybe_flush();
    }
    std::size_t eid = 0;
    for (const auto& e : kg.edges()) {
        const Claim& c = kg.claim(e);
        x.raw("    <edge id=\"e");
        auto r = std::to_chars(num, num + sizeof num, eid++);
        x.raw(std::string_view(num, static_cast<std::size_t>(r.ptr - num)));
        x.raw("\" source=\"n");
        r = std::to_chars(num, num + sizeof num, kg.source(e));
        x.raw(std::string_view(num, static_cast<std::size_t>(r.ptr - num)));
        x.raw("\" target=\"n");
        r = std::to_chars(num, num + sizeof num, kg.target(e));
        x.raw(std::string_view(num, static_cast<std::size_t>(r.ptr - num)));
        x.raw("\">");
        x.data("d7", c.relation);
        x.data("d8", c.relation);
        x.data_raw("d9", c.negated ? "true" : "false");
        x.data("d10", c.modality);
        x.data_raw("d11", detail::format_double(c.confidence));
        r = std::to_chars(num, num + sizeof num, c.weight);
        x.data_raw("d12", std::string_view(num, static_cast<std::size_t>(r.ptr - num)));
        json.clear();
        detail::append_evidence_json(json, c.evidence);
        x.data("d13", json);
        x.raw("</edge>\n");
        x.maybe_flush();
    }
    x.raw("  </graph>\n</graphml>\n");
    x.flush();
}

void write_graphml(const KnowledgeGraph& kg, const std::string& path) {
    write_file_atomic(path, [&](std::ostream& out) { write_graphml(kg, out); });
}

KnowledgeGraph read_graphml_text(std::string_view text, const std::string& source_name) {
    KnowledgeGraph kg;
    GraphmlReader reader(text, source_name, kg);
    reader.run();
    return kg;
}

KnowledgeGraph read_graphml(std::istream& in, const std::string& source_name) {
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return read_graphml_text(text, source_name);
}

}  // namespace claimgraph::io
