#include "export/cytoscape.hpp"

#include "common/file_io.hpp"
#include "export/dot.hpp"
#include "export/format.hpp"
#include "export/json.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <ostream>

namespace claimgraph::io {

namespace {

class ElementWriter {
public:
    explicit ElementWriter(rapidjson::StringBuffer& sb) : w_(sb) {}
    void key(const char* k) { w_.Key(k, static_cast<rapidjson::SizeType>(std::strlen(k))); }
    void string(const char* k, std::string_view v) {
        key(k);
        std::string_view s = detail::valid_utf8(v, scratch_);
        w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    }
    void raw(const char* k, const std::string& json, rapidjson::Type type) {
        key(k);
        w_.RawValue(json.data(), json.size(), type);
    }
    rapidjson::Writer<rapidjson::StringBuffer>& w() { return w_; }

private:
    rapidjson::Writer<rapidjson::StringBuffer> w_;
    std::string scratch_;
};

}  // namespace

void write_cytoscape(const graph::KnowledgeGraph& kg, std::ostream& out) {
    rapidjson::StringBuffer sb;
    std::string json;
    const auto flush_line = [&](const char* after) {
        out.write(sb.GetString(), static_cast<std::streamsize>(sb.GetSize()));
        out << after;
        sb.Clear();
    };
    out << R"({"format_version":"1.0","generated_by":"claimgraph",)"
           R"("target_cytoscapejs_version":"~3","data":)";
    // The graph's data object; the enclosing object is written by hand around the elements, one
    // a line.
    {
        ElementWriter x(sb);
        x.w().StartObject();
        x.string("name", kg.name);
        json.clear();
        detail::append_string_array_json(json, kg.documents);
        x.raw("documents", json, rapidjson::kArrayType);
        x.w().EndObject();
    }
    flush_line(",\n\"elements\":{\"nodes\":[\n");

    char color[8];
    for (std::size_t v = 0; v < kg.actor_count(); ++v) {
        const graph::Actor& a = kg.actor(v);
        ElementWriter x(sb);
        x.w().StartObject();
        x.key("data");
        x.w().StartObject();
        x.string("id", detail::numbered('n', v));
        x.string("label", a.label);
        x.string("name", a.label);
        x.string("type", a.type);
        x.string("key", a.key);
        json.clear();
        detail::append_string_array_json(json, a.aliases);
        x.raw("aliases", json, rapidjson::kArrayType);
        x.key("mentions");
        x.w().Uint(a.mentions);
        Rgb c = type_rgb(a.type);
        std::snprintf(color, sizeof color, "#%02x%02x%02x", c.r, c.g, c.b);
        x.string("color", color);
        x.w().EndObject();
        x.w().EndObject();
        flush_line(v + 1 < kg.actor_count() ? ",\n" : "\n");
    }
    out << "],\n\"edges\":[\n";
    std::size_t eid = 0;
    const std::size_t m = kg.edges().size();
    for (const auto& e : kg.edges()) {
        const graph::Claim& c = kg.claim(e);
        ElementWriter x(sb);
        x.w().StartObject();
        x.key("data");
        x.w().StartObject();
        x.string("id", detail::numbered('e', eid));
        x.string("source", detail::numbered('n', kg.source(e)));
        x.string("target", detail::numbered('n', kg.target(e)));
        x.string("label", claim_label(c));
        x.string("relation", c.relation);
        x.key("negated");
        x.w().Bool(c.negated);
        x.string("modality", c.modality);
        x.key("confidence");
        if (std::isfinite(c.confidence)) {
            std::string d = detail::format_double(c.confidence);
            x.w().RawValue(d.data(), d.size(), rapidjson::kNumberType);
        } else {
            x.w().Null();
        }
        x.key("weight");
        x.w().Uint(c.weight);
        json.clear();
        detail::append_evidence_json(json, c.evidence);
        x.raw("evidence", json, rapidjson::kArrayType);
        x.w().EndObject();
        x.w().EndObject();
        ++eid;
        flush_line(eid < m ? ",\n" : "\n");
    }
    out << "]}}\n";
}

void write_cytoscape(const graph::KnowledgeGraph& kg, const std::string& path) {
    write_file_atomic(path, [&](std::ostream& out) { write_cytoscape(kg, out); });
}

}  // namespace claimgraph::io
