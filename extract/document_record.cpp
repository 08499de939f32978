#include "extract/document_record.hpp"

#include "common/error.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <limits>
#include <unordered_map>

namespace claimgraph::extract {

namespace {

constexpr std::string_view kFormat = "claimgraph-claims";
constexpr int kVersion = 1;

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void put(Writer& w, const char* key, std::string_view value) {
    w.Key(key);
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

[[noreturn]] void fail(std::string_view source, std::size_t line, std::size_t column,
                       const std::string& what) {
    throw InputError(std::string(source) + ":" + std::to_string(line) + ":" +
                     std::to_string(column) + ": " + what +
                     "; a claims file is written by `claimgraph build --claims-out`");
}

// Typed field access with messages naming the field.
struct Fields {
    const rapidjson::Value& v;
    std::string where;  // "record", "actor 3", "claim 7"
    std::string_view source;
    std::size_t line;

    const rapidjson::Value& get(const char* key) const {
        auto it = v.FindMember(key);
        if (it == v.MemberEnd()) {
            fail(source, line, 1, std::string(where) + ": missing \"" + key + "\"");
        }
        return it->value;
    }
    [[noreturn]] void wrong(const char* key, const char* want) const {
        fail(source, line, 1, std::string(where) + ": \"" + key + "\" must be " + want);
    }
    std::string str(const char* key, bool optional = false) const {
        if (optional && !v.HasMember(key)) return {};
        const auto& x = get(key);
        if (!x.IsString()) wrong(key, "a string");
        return std::string(x.GetString(), x.GetStringLength());
    }
    uint64_t uint(const char* key, uint64_t max) const {
        const auto& x = get(key);
        if (!x.IsUint64() || x.GetUint64() > max) wrong(key, "a non-negative integer");
        return x.GetUint64();
    }
    bool boolean(const char* key) const {
        const auto& x = get(key);
        if (!x.IsBool()) wrong(key, "true or false");
        return x.GetBool();
    }
    double number(const char* key) const {
        const auto& x = get(key);
        if (!x.IsNumber()) wrong(key, "a number");
        return x.GetDouble();
    }
    const rapidjson::Value& array(const char* key) const {
        const auto& x = get(key);
        if (!x.IsArray()) wrong(key, "an array");
        return x;
    }
    // Calls read(Fields) for each object of the array under `key`; `what` names one in messages.
    template <class Read>
    void each_object(const char* key, const char* what, Read read) const {
        const auto& items = array(key);
        for (rapidjson::SizeType i = 0; i < items.Size(); ++i) {
            std::string item = std::string(what) + " " + std::to_string(i);
            if (!items[i].IsObject()) fail(source, line, 1, item + " must be an object");
            read(Fields{items[i], item, source, line});
        }
    }
};

}  // namespace

void add_record(const DocumentRecord& record, graph::KnowledgeGraph& kg) {
    std::unordered_map<std::string_view, graph::Vertex> vertex;
    vertex.reserve(record.actors.size());
    for (const ActorRecord& a : record.actors) {
        graph::Vertex v = kg.add_actor(a.key, a.label, a.type, a.mentions, record.id);
        for (const auto& alias : a.aliases) kg.add_alias(v, alias);
        vertex.emplace(a.key, v);
    }
    for (const ClaimRecord& c : record.claims) {
        auto s = vertex.find(c.subject), o = vertex.find(c.object);
        if (s == vertex.end() || o == vertex.end()) {
            throw InputError("document '" + record.id + "': a claim names actor '" +
                             (s == vertex.end() ? c.subject : c.object) +
                             "', which the document's actors do not include");
        }
        graph::Evidence e;
        e.doc = record.id;
        e.sentence = c.sentence;
        e.start = c.start;
        e.end = c.end;
        e.text = c.text;
        kg.add_claim(s->second, o->second, c.relation, c.negated, c.modality, c.confidence,
                     std::move(e));
    }
    // Sorted and made unique by canonicalize(); callers add each document once.
    kg.documents.push_back(record.id);
    if (!record.info.sha256.empty()) kg.document_info[record.id] = record.info;
}

std::string claims_file_header() {
    return std::string("{\"format\":\"") + std::string(kFormat) + "\",\"version\":" +
           std::to_string(kVersion) + "}";
}

void check_claims_header(std::string_view line, std::string_view source) {
    rapidjson::Document d;
    d.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
    if (d.HasParseError() || !d.IsObject() || !d.HasMember("format") || !d["format"].IsString() ||
        std::string_view(d["format"].GetString()) != kFormat) {
        throw InputError(std::string(source) +
                         ":1: not a claims file (the first line must be " + claims_file_header() +
                         "); give the files written by `claimgraph build --claims-out`");
    }
    if (!d.HasMember("version") || !d["version"].IsInt() || d["version"].GetInt() != kVersion) {
        throw InputError(std::string(source) + ":1: claims file version is not " +
                         std::to_string(kVersion) +
                         "; write it again with this version of claimgraph");
    }
}

std::string record_to_json(const DocumentRecord& r) {
    rapidjson::StringBuffer sb;
    Writer w(sb);
    w.StartObject();
    put(w, "id", r.id);
    put(w, "sha256", r.info.sha256);
    if (!r.info.url.empty()) put(w, "url", r.info.url);
    if (!r.info.date.empty()) put(w, "date", r.info.date);
    w.Key("tokens");
    w.Uint64(r.tokens);
    w.Key("actors");
    w.StartArray();
    for (const auto& a : r.actors) {
        w.StartObject();
        put(w, "key", a.key);
        put(w, "label", a.label);
        put(w, "type", a.type);
        w.Key("mentions");
        w.Uint(a.mentions);
        w.Key("aliases");
        w.StartArray();
        for (const auto& s : a.aliases) w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.Key("claims");
    w.StartArray();
    for (const auto& c : r.claims) {
        w.StartObject();
        put(w, "subject", c.subject);
        put(w, "object", c.object);
        put(w, "relation", c.relation);
        w.Key("negated");
        w.Bool(c.negated);
        put(w, "modality", c.modality);
        w.Key("confidence");
        w.Double(c.confidence);  // shortest text that reads back as the same double
        w.Key("sentence");
        w.Uint(c.sentence);
        w.Key("start");
        w.Uint64(c.start);
        w.Key("end");
        w.Uint64(c.end);
        put(w, "text", c.text);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return std::string(sb.GetString(), sb.GetSize());
}

DocumentRecord record_from_json(std::string_view line, std::string_view source, std::size_t line_number) {
    rapidjson::Document d;
    // Iterative parsing: deep nesting in a damaged line cannot exhaust the stack.
    d.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseFullPrecisionFlag |
            rapidjson::kParseIterativeFlag>(line.data(), line.size());
    if (d.HasParseError()) {
        fail(source, line_number, d.GetErrorOffset() + 1,
             std::string("bad JSON: ") + rapidjson::GetParseError_En(d.GetParseError()));
    }
    if (!d.IsObject()) fail(source, line_number, 1, "a record must be a JSON object");
    DocumentRecord r;
    Fields top{d, "record", source, line_number};
    r.id = top.str("id");
    if (r.id.empty()) top.wrong("id", "a non-empty string");
    r.info.sha256 = top.str("sha256");
    r.info.url = top.str("url", true);
    r.info.date = top.str("date", true);
    r.tokens = d.HasMember("tokens") ? top.uint("tokens", std::numeric_limits<uint64_t>::max()) : 0;
    top.each_object("actors", "actor", [&](const Fields& f) {
        ActorRecord a;
        a.key = f.str("key");
        a.label = f.str("label");
        a.type = f.str("type");
        a.mentions = static_cast<uint32_t>(f.uint("mentions", std::numeric_limits<uint32_t>::max()));
        for (const auto& s : f.array("aliases").GetArray()) {
            if (!s.IsString()) f.wrong("aliases", "an array of strings");
            a.aliases.emplace_back(s.GetString(), s.GetStringLength());
        }
        r.actors.push_back(std::move(a));
    });
    top.each_object("claims", "claim", [&](const Fields& f) {
        ClaimRecord c;
        c.subject = f.str("subject");
        c.object = f.str("object");
        c.relation = f.str("relation");
        c.negated = f.boolean("negated");
        c.modality = f.str("modality");
        c.confidence = f.number("confidence");
        c.sentence = static_cast<uint32_t>(f.uint("sentence", std::numeric_limits<uint32_t>::max()));
        c.start = f.uint("start", std::numeric_limits<uint64_t>::max());
        c.end = f.uint("end", std::numeric_limits<uint64_t>::max());
        c.text = f.str("text");
        r.claims.push_back(std::move(c));
    });
    return r;
}

}  // namespace claimgraph::extract
