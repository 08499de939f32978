#include "export/gexf.hpp"

#include "common/file_io.hpp"
#include "export/dot.hpp"
#include "export/format.hpp"
#include "export/graphml.hpp"
#include "export/json.hpp"

#include <charconv>
#include <cmath>
#include <ostream>

namespace claimgraph::io {

namespace {

struct Attribute {
    const char* id;
    const char* type;
};

constexpr Attribute kNodeAttributes[] = {
    {"type", "string"}, {"key", "string"}, {"aliases", "string"}, {"mentions", "integer"}};
constexpr Attribute kEdgeAttributes[] = {{"relation", "string"},
                                         {"negated", "boolean"},
                                         {"modality", "string"},
                                         {"confidence", "double"},
                                         {"evidence", "string"}};

class GexfOut : public detail::OutBuffer {
public:
    using OutBuffer::OutBuffer;
    void raw(std::string_view s) { buf_.append(s); }
    void number(uint64_t v) {
        char num[24];
        auto r = std::to_chars(num, num + sizeof num, v);
        buf_.append(num, r.ptr);
    }
    // ` name="value"` with the value escaped.
    void attr(std::string_view name, std::string_view value) {
        buf_ += ' ';
        buf_ += name;
        buf_ += "=\"";
        detail::append_xml_escaped(buf_, value, true, scratch_);
        buf_ += '"';
    }
    void attvalue(const char* id, std::string_view value) {
        buf_ += "<attvalue for=\"";
        buf_ += id;
        buf_ += '"';
        attr("value", value);
        buf_ += "/>";
    }
    void element_text(std::string_view value) {
        detail::append_xml_escaped(buf_, value, false, scratch_);
    }

private:
    std::string scratch_;
};

void declare(GexfOut& x, const char* cls, const Attribute* begin, const Attribute* end) {
    x.raw("    <attributes class=\"");
    x.raw(cls);
    x.raw("\">\n");
    for (const Attribute* a = begin; a != end; ++a) {
        x.raw("      <attribute id=\"");
        x.raw(a->id);
        x.raw("\" title=\"");
        x.raw(a->id);
        x.raw("\" type=\"");
        x.raw(a->type);
        x.raw("\"/>\n");
    }
    x.raw("    </attributes>\n");
}

// 5 + 5 * log2(1 + mentions), with at most two decimals.
std::string node_size(uint32_t mentions) {
    double size = 5.0 + 5.0 * std::log2(1.0 + static_cast<double>(mentions));
    size = std::round(size * 100.0) / 100.0;
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, size);
    return std::string(buf, r.ptr);
}

}  // namespace

void write_gexf(const graph::KnowledgeGraph& kg, std::ostream& out) {
    GexfOut x(out);
    x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<!-- claimgraph knowledge graph. Node \"aliases\" and edge \"evidence\" hold JSON arrays; "
          "edge weight counts\n"
          "     how often the claim was made; edge kind is the relation, so Gephi keeps parallel "
          "claims apart. -->\n"
          "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
          "version=\"1.3\">\n"
          "  <meta>\n    <creator>claimgraph</creator>\n");
    if (!kg.name.empty()) {
        x.raw("    <description>");
        x.element_text(kg.name);
        x.raw("</description>\n");
    }
    x.raw("  </meta>\n  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
    declare(x, "node", std::begin(kNodeAttributes), std::end(kNodeAttributes));
    declare(x, "edge", std::begin(kEdgeAttributes), std::end(kEdgeAttributes));

    std::string json;
    const std::size_t n = kg.actor_count();
    x.raw("    <nodes count=\"");
    x.number(n);
    x.raw("\">\n");
    for (std::size_t v = 0; v < n; ++v) {
        const graph::Actor& a = kg.actor(v);
        x.raw("      <node id=\"n");
        x.number(v);
        x.raw("\"");
        x.attr("label", a.label);
        x.raw("><attvalues>");
        x.attvalue("type", a.type);
        x.attvalue("key", a.key);
        json.clear();
        detail::append_string_array_json(json, a.aliases);
        x.attvalue("aliases", json);
        x.raw("<attvalue for=\"mentions\" value=\"");
        x.number(a.mentions);
        x.raw("\"/></attvalues>");
        Rgb c = type_rgb(a.type);
        x.raw("<viz:color r=\"");
        x.number(static_cast<uint64_t>(c.r));
        x.raw("\" g=\"");
        x.number(static_cast<uint64_t>(c.g));
        x.raw("\" b=\"");
        x.number(static_cast<uint64_t>(c.b));
        x.raw("\"/><viz:size value=\"");
        x.raw(node_size(a.mentions));
        x.raw("\"/></node>\n");
        x.maybe_flush();
    }
    x.raw("    </nodes>\n    <edges count=\"");
    x.number(kg.edges().size());
    x.raw("\">\n");
    std::size_t eid = 0;
    for (const auto& e : kg.edges()) {
        const graph::Claim& c = kg.claim(e);
        const std::string label = claim_label(c);
        x.raw("      <edge id=\"e");
        x.number(eid++);
        x.raw("\" source=\"n");
        x.number(kg.source(e));
        x.raw("\" target=\"n");
        x.number(kg.target(e));
        x.raw("\" weight=\"");
        x.number(c.weight);
        x.raw("\"");
        x.attr("kind", label);
        x.attr("label", label);
        x.raw("><attvalues>");
        x.attvalue("relation", c.relation);
        x.raw(c.negated ? "<attvalue for=\"negated\" value=\"true\"/>"
                        : "<attvalue for=\"negated\" value=\"false\"/>");
        x.attvalue("modality", c.modality);
        x.attvalue("confidence", detail::format_double(c.confidence));
        json.clear();
        detail::append_evidence_json(json, c.evidence);
        x.attvalue("evidence", json);
        x.raw("</attvalues></edge>\n");
        x.maybe_flush();
    }
    x.raw("    </edges>\n  </graph>\n</gexf>\n");
    x.flush();
}

void write_gexf(const graph::KnowledgeGraph& kg, const std::string& path) {
    write_file_atomic(path, [&](std::ostream& out) { write_gexf(kg, out); });
}

}  // namespace claimgraph::io
