#include "export/csv.hpp"

#include "common/error.hpp"
#include "common/file_io.hpp"
#include "export/dot.hpp"
#include "export/format.hpp"
#include "export/json.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <ostream>

namespace claimgraph::io {

namespace {

bool ascii_alnum(unsigned char c) { return c < 0x80 && std::isalnum(c) != 0; }

class CsvOut : public detail::OutBuffer {
public:
    using OutBuffer::OutBuffer;
    void field(std::string_view s) {
        sep();
        detail::append_csv_field(buf_, s, scratch_);
    }
    void number(uint64_t v) {
        sep();
        char num[24];
        auto r = std::to_chars(num, num + sizeof num, v);
        buf_.append(num, r.ptr);
    }
    void raw(std::string_view s) {  // a field that needs no quoting
        sep();
        buf_ += s;
    }
    void header(std::string_view line) {
        buf_ += line;
        end_record();
    }
    void end_record() {
        buf_ += "\r\n";
        first_ = true;
        maybe_flush();
    }

private:
    void sep() {
        if (!first_) buf_ += ',';
        first_ = false;
    }
    std::string scratch_;
    bool first_ = true;
};

void write_nodes(const graph::KnowledgeGraph& kg, CsvOut& out, CsvFlavor flavor) {
    out.header(flavor == CsvFlavor::gephi ? "Id,Label,Type,Mentions,Key,Aliases"
                                          : "id:ID(Actor),:LABEL,label,type,key,aliases,mentions:int");
    std::string json;
    for (std::size_t v = 0; v < kg.actor_count(); ++v) {
        const graph::Actor& a = kg.actor(v);
        json.clear();
        detail::append_string_array_json(json, a.aliases);
        std::string id = detail::numbered('n', v);
        out.raw(id);
        if (flavor == CsvFlavor::gephi) {
            out.field(a.label);
            out.field(a.type);
            out.number(a.mentions);
            out.field(a.key);
            out.field(json);
        } else {
            std::string labels = "Actor";
            std::string type_label = detail::neo4j_label(a.type);
            if (!type_label.empty() && type_label != "Actor") labels += ";" + type_label;
            out.field(labels);
            out.field(a.label);
            out.field(a.type);
            out.field(a.key);
            out.field(json);
            out.number(a.mentions);
        }
        out.end_record();
    }
}

void write_edges(const graph::KnowledgeGraph& kg, CsvOut& out, CsvFlavor flavor) {
    out.header(flavor == CsvFlavor::gephi
                   ? "Source,Target,Type,Id,Label,Kind,Weight,Relation,Negated,Modality,"
                     "Confidence,Evidence"
                   : ":START_ID(Actor),:END_ID(Actor),:TYPE,relation,negated:boolean,modality,"
                     "confidence:double,weight:int,evidence");
    std::string json;
    std::size_t eid = 0;
    for (const auto& e : kg.edges()) {
        const graph::Claim& c = kg.claim(e);
        json.clear();
        detail::append_evidence_json(json, c.evidence);
        out.raw(detail::numbered('n', kg.source(e)));
        out.raw(detail::numbered('n', kg.target(e)));
        if (flavor == CsvFlavor::gephi) {
            const std::string label = claim_label(c);
            out.raw("Directed");
            out.raw(detail::numbered('e', eid++));
            out.field(label);
            out.field(label);
            out.number(c.weight);
            out.field(c.relation);
            out.raw(c.negated ? "true" : "false");
            out.field(c.modality);
            out.raw(detail::format_double(c.confidence));
        } else {
            out.field(detail::neo4j_relationship_type(c.relation));
            out.field(c.relation);
            out.raw(c.negated ? "true" : "false");
            out.field(c.modality);
            out.raw(std::isfinite(c.confidence) ? detail::format_double(c.confidence) : "");
            out.number(c.weight);
        }
        out.field(json);
        out.end_record();
    }
}

}  // namespace

namespace detail {

void append_csv_field(std::string& out, std::string_view field, std::string& scratch) {
    std::string_view s = valid_utf8(field, scratch);
    bool quote = !s.empty() && (s.front() == ' ' || s.back() == ' ');
    if (!quote) quote = s.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!quote) {
        out += s;
        return;
    }
    out += '"';
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

std::string neo4j_relationship_type(std::string_view relation) {
    std::string out;
    bool gap = false;
    for (char ch : relation) {
        auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || ascii_alnum(c)) {
            if (gap && !out.empty()) out += '_';
            gap = false;
            out += static_cast<char>(c < 0x80 ? std::toupper(c) : c);
        } else {
            gap = true;
        }
    }
    return out.empty() ? std::string("RELATED_TO") : out;
}

std::string neo4j_label(std::string_view type) {
    std::string out;
    bool start = true;
    for (char ch : type) {
        auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || ascii_alnum(c)) {
            out += static_cast<char>(start && c < 0x80 ? std::toupper(c) : c);
            start = false;
        } else {
            start = true;
        }
    }
    return out;
}

}  // namespace detail

void write_csv_table(const graph::KnowledgeGraph& kg, std::ostream& out, CsvFlavor flavor,
                     CsvTable table) {
    CsvOut csv(out);
    if (table == CsvTable::nodes) {
        write_nodes(kg, csv, flavor);
    } else {
        write_edges(kg, csv, flavor);
    }
    csv.flush();
}

std::pair<std::string, std::string> csv_table_paths(const std::string& path) {
    std::string stem = path;
    if (stem.size() > 4) {
        std::string ext = stem.substr(stem.size() - 4);
        for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (ext == ".csv") stem.resize(stem.size() - 4);
    }
    return {stem + ".nodes.csv", stem + ".edges.csv"};
}

void write_csv_tables(const graph::KnowledgeGraph& kg, const std::string& path,
                      CsvFlavor flavor) {
    if (path == "-") {
        throw ConfigError("the node and edge tables cannot share stdout; give a file name (-o "
                          "g.csv writes g.nodes.csv and g.edges.csv)");
    }
    auto [nodes, edges] = csv_table_paths(path);
    write_files_atomic(
        {{nodes, [&](std::ostream& out) { write_csv_table(kg, out, flavor, CsvTable::nodes); }},
         {edges, [&](std::ostream& out) { write_csv_table(kg, out, flavor, CsvTable::edges); }}});
}

}  // namespace claimgraph::io
