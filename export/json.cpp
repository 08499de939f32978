#include "export/json.hpp"

#include "common/error.hpp"
#include "common/file_io.hpp"
#include "export/bulk_load.hpp"
#include "export/claim_pipeline.hpp"
#include "export/format.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <spdlog/spdlog.h>

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

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// ---------------------------------------------------------------------------------------------
// Writing

void put_string(JsonWriter& w, std::string_view s, std::string& scratch) {
    std::string_view v = detail::valid_utf8(s, scratch);
    w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
}

void put_key(JsonWriter& w, const char* key) {
    w.Key(key, static_cast<rapidjson::SizeType>(std::strlen(key)));
}

void put_double(JsonWriter& w, double value) {
    if (!std::isfinite(value)) {
        w.Null();
        return;
    }
    std::string text = detail::format_double(value);
    w.RawValue(text.data(), text.size(), rapidjson::kNumberType);
}

void put_evidence(JsonWriter& w, const std::vector<Evidence>& evidence, std::string& scratch) {
    w.StartArray();
    for (const Evidence& e : evidence) {
        w.StartObject();
        put_key(w, "doc");
        put_string(w, e.doc, scratch);
        put_key(w, "sentence");
        w.Uint(e.sentence);
        put_key(w, "start");
        w.Uint64(e.start);
        put_key(w, "end");
        w.Uint64(e.end);
        put_key(w, "text");
        put_string(w, e.text, scratch);
        w.EndObject();
    }
    w.EndArray();
}

void put_string_array(JsonWriter& w, const std::vector<std::string>& items, std::string& scratch) {
    w.StartArray();
    for (const auto& s : items) put_string(w, s, scratch);
    w.EndArray();
}

// ---------------------------------------------------------------------------------------------
// Reading

constexpr int kMaxDepth = 100;

const char* kind_name(rapidjson::Type t) {
    switch (t) {
        case rapidjson::kNullType: return "null";
        case rapidjson::kFalseType:
        case rapidjson::kTrueType: return "a boolean";
        case rapidjson::kObjectType: return "an object";
        case rapidjson::kArrayType: return "an array";
        case rapidjson::kStringType: return "a string";
        case rapidjson::kNumberType: return "a number";
    }
    return "a value";
}

// Parses a JSON number text as an unsigned integer; integral doubles ("3.0", "1e3") are accepted.
bool parse_unsigned(std::string_view text, uint64_t max, uint64_t& out) {
    uint64_t v = 0;
    auto res = std::from_chars(text.data(), text.data() + text.size(), v);
    if (res.ec == std::errc() && res.ptr == text.data() + text.size()) {
        if (v > max) return false;
        out = v;
        return true;
    }
    double d = 0;
    auto r2 = std::from_chars(text.data(), text.data() + text.size(), d);
    if (r2.ec != std::errc() || r2.ptr != text.data() + text.size()) return false;
    // 2^64 and above do not convert (a double cannot hold UINT64_MAX: the bound rounds up to 2^64).
    if (!(d >= 0) || d != std::floor(d) || d >= 18446744073709551616.0) return false;
    if (static_cast<uint64_t>(d) > max) return false;
    out = static_cast<uint64_t>(d);
    return true;
}

bool parse_number(std::string_view text, double& out) {
    auto res = std::from_chars(text.data(), text.data() + text.size(), out);
    return res.ec == std::errc() && res.ptr == text.data() + text.size();
}

// What the next value in the current object is for.
enum class Field {
    unknown,
    // root
    directed, multigraph, graph, nodes, edges,
    // graph
    name, documents, document_info, info_entry,
    // document_info entry
    info_sha256, info_url, info_date,
    // node
    node_id, label, type, aliases, mentions, node_key, label_doc, type_doc,
    // edge
    source, target, edge_key, relation, edge_label, negated, modality, confidence, weight,
    evidence,
    // evidence item
    doc, sentence, start, end, text,
};

enum class Ctx { top, root, graph, documents, infos, info, nodes, node, aliases, edges, edge, evidence, item };

const char* field_name(Field f) {
    switch (f) {
        case Field::directed: return "directed";
        case Field::multigraph: return "multigraph";
        case Field::graph: return "graph";
        case Field::nodes: return "nodes";
        case Field::edges: return "edges";
        case Field::name: return "name";
        case Field::documents: return "documents";
        case Field::document_info: return "document_info";
        case Field::info_entry: return "document_info entry";
        case Field::info_sha256: return "sha256";
        case Field::info_url: return "url";
        case Field::info_date: return "date";
        case Field::node_id: return "id";
        case Field::label: return "label";
        case Field::type: return "type";
        case Field::aliases: return "aliases";
        case Field::mentions: return "mentions";
        case Field::node_key: return "key";
        case Field::label_doc: return "label_doc";
        case Field::type_doc: return "type_doc";
        case Field::source: return "source";
        case Field::target: return "target";
        case Field::edge_key: return "key";
        case Field::relation: return "relation";
        case Field::edge_label: return "label";
        case Field::negated: return "negated";
        case Field::modality: return "modality";
        case Field::confidence: return "confidence";
        case Field::weight: return "weight";
        case Field::evidence: return "evidence";
        case Field::doc: return "doc";
        case Field::sentence: return "sentence";
        case Field::start: return "start";
        case Field::end: return "end";
        case Field::text: return "text";
        case Field::unknown: break;
    }
    return "?";
}

// k == lit, with the length compared first and a memcmp of constant size the compiler inlines:
// field_of runs for every key of a graph file, tens of millions of times on a large one.
template <std::size_t N>
bool is(std::string_view k, const char (&lit)[N]) {
    return k.size() == N - 1 && std::memcmp(k.data(), lit, N - 1) == 0;
}

Field field_of(Ctx ctx, std::string_view k) {
    switch (ctx) {
        case Ctx::root:
            if (is(k, "directed")) return Field::directed;
            if (is(k, "multigraph")) return Field::multigraph;
            if (is(k, "graph")) return Field::graph;
            if (is(k, "nodes")) return Field::nodes;
            if (is(k, "edges") || is(k, "links")) return Field::edges;
            break;
        case Ctx::graph:
            if (is(k, "name")) return Field::name;
            if (is(k, "documents")) return Field::documents;
            if (is(k, "document_info")) return Field::document_info;
            break;
        case Ctx::infos: return Field::info_entry;
        case Ctx::info:
            if (is(k, "sha256")) return Field::info_sha256;
            if (is(k, "url")) return Field::info_url;
            if (is(k, "date")) return Field::info_date;
            break;
        case Ctx::node:
            if (is(k, "id")) return Field::node_id;
            if (is(k, "label")) return Field::label;
            if (is(k, "type")) return Field::type;
            if (is(k, "aliases")) return Field::aliases;
            if (is(k, "mentions")) return Field::mentions;
            if (is(k, "key")) return Field::node_key;
            if (is(k, "label_doc")) return Field::label_doc;
            if (is(k, "type_doc")) return Field::type_doc;
            break;
        case Ctx::edge:
            if (is(k, "source")) return Field::source;
            if (is(k, "target")) return Field::target;
            if (is(k, "key")) return Field::edge_key;
            if (is(k, "relation")) return Field::relation;
            if (is(k, "label")) return Field::edge_label;
            if (is(k, "negated")) return Field::negated;
            if (is(k, "modality")) return Field::modality;
            if (is(k, "confidence")) return Field::confidence;
            if (is(k, "weight")) return Field::weight;
            if (is(k, "evidence")) return Field::evidence;
            break;
        case Ctx::item:
            if (is(k, "doc")) return Field::doc;
            if (is(k, "sentence")) return Field::sentence;
            if (is(k, "start")) return Field::start;
            if (is(k, "end")) return Field::end;
            if (is(k, "text")) return Field::text;
            break;
        default: break;
    }
    return Field::unknown;
}

struct EdgeRecord {
    std::string source, target;
    bool has_source = false, has_target = false;
    bool has_relation = false;
    std::string label;
    Claim claim;
    std::size_t offset = 0;
    std::size_t index = 0;
};

// Thrown from inside the handler to stop parsing with a message; caught in read_json_text.
struct HandlerError {
    std::string message;
    std::size_t offset;
};

class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler> {
public:
    Handler(KnowledgeGraph& kg, const rapidjson::MemoryStream& stream, detail::BulkLoad& bulk,
            std::size_t skip)
        : kg_(kg), builder_(kg), stream_(stream), bulk_(bulk), skip_(skip) {}

    // --- structure
    bool StartObject() {
        if (enter()) return true;
        switch (ctx()) {
            case Ctx::top: push(Ctx::root); return true;
            case Ctx::root:
                if (field_ == Field::graph) {
                    push(Ctx::graph);
                    return true;
                }
                break;
            case Ctx::graph:
                if (field_ == Field::document_info) {
                    push(Ctx::infos);
                    return true;
                }
                break;
            case Ctx::infos:
                push(Ctx::info);
                return true;
            case Ctx::nodes:
                node_ = detail::NodeRecord{};
                node_.offset = offset() - 1;  // at the '{'
                node_origin_ = Origin{};

                push(Ctx::node);
                return true;
            case Ctx::edges:
                edge_ = EdgeRecord{};
                edge_.offset = offset() - 1;
                edge_.index = edge_count_;
                edge_.claim.confidence = 1.0;
                edge_.claim.weight = 1;
                push(Ctx::edge);
                return true;
            case Ctx::evidence:
                evidence_ = Evidence{};
                push(Ctx::item);
                return true;
            default: break;
        }
        return wrong(rapidjson::kObjectType);
    }

    bool EndObject(rapidjson::SizeType) {
        if (leave()) return true;
        switch (ctx()) {
            case Ctx::node: finish_node(); break;
            case Ctx::edge: finish_edge(); break;
            case Ctx::item: edge_.claim.evidence.push_back(std::move(evidence_)); break;
            default: break;
        }
        pop();
        field_ = Field::unknown;
        return true;
    }

    bool StartArray() {
        if (enter()) return true;
        switch (ctx()) {
            case Ctx::root:
                if (field_ == Field::nodes) {
                    push(Ctx::nodes);
                    return true;
                }
                if (field_ == Field::edges) {
                    push(Ctx::edges);
                    return true;
                }
                break;
            case Ctx::graph:
                if (field_ == Field::documents) {
                    kg_.documents.clear();
                    push(Ctx::documents);
                    return true;
                }
                break;
            case Ctx::node:
                if (field_ == Field::aliases) {
                    node_.aliases.clear();
                    push(Ctx::aliases);
                    return true;
                }
                break;
            case Ctx::edge:
                if (field_ == Field::evidence) {
                    edge_.claim.evidence.clear();
                    push(Ctx::evidence);
                    return true;
                }
                break;
            default: break;
        }
        return wrong(rapidjson::kArrayType);
    }

    bool EndArray(rapidjson::SizeType) {
        if (leave()) return true;
        if (ctx() == Ctx::nodes) {
            nodes_done_ = true;
            if (bulk_.active()) kg_.use_huge_pages();
        }
        pop();
        field_ = Field::unknown;
        return true;
    }

    bool Key(const char* str, rapidjson::SizeType len, bool) {
        if (skip_depth_ > 0) return true;
        std::string_view k(str, len);
        field_ = field_of(ctx(), k);
        if (ctx() == Ctx::infos) info_id_ = std::string(k);
        if (field_ == Field::unknown) {
            std::string where = ctx() == Ctx::root    ? "top level"
                                : ctx() == Ctx::graph ? "graph"
                                : ctx() == Ctx::info  ? "document_info"
                                : ctx() == Ctx::node  ? "nodes"
                                : ctx() == Ctx::edge  ? "edges"
                                                      : "evidence";
            if (warned_.emplace(where + "\x1f" + std::string(k)).second) {
                spdlog::warn("{}: ignoring unknown field '{}' in {}", source_, k, where);
            }
        }
        return true;
    }

    // --- scalars
    bool Null() { return scalar(rapidjson::kNullType, {}, false); }
    bool Bool(bool b) { return scalar(b ? rapidjson::kTrueType : rapidjson::kFalseType, {}, b); }
    bool RawNumber(const char* str, rapidjson::SizeType len, bool) {
        return scalar(rapidjson::kNumberType, std::string_view(str, len), false);
    }
    bool String(const char* str, rapidjson::SizeType len, bool) {
        return scalar(rapidjson::kStringType, std::string_view(str, len), false);
    }

    void finish(const std::string& source) {
        source_ = source;
        if (pipeline_) {
            pending_ = pipeline_->finish();
            pipeline_.reset();
        }
        for (auto& e : pending_) add_edge(e, true);
        pending_.clear();
        // label_doc and type_doc index graph.documents, which may come after the nodes.
        for (const Origin& o : origins_) {
            for (uint32_t i : {o.label, o.type}) {
                if (i != Origin::kNone && i >= kg_.documents.size()) {
                    throw HandlerError{"node: 'label_doc' and 'type_doc' index graph.documents, "
                                       "which has " + std::to_string(kg_.documents.size()) +
                                       " entries; got " + std::to_string(i),
                                       o.offset};
                }
            }
            const std::string_view label =
                o.label == Origin::kNone ? std::string_view() : kg_.documents[o.label];
            const std::string_view type =
                o.type == Origin::kNone ? label : std::string_view(kg_.documents[o.type]);
            kg_.set_origins(o.vertex, label, type);
        }
        origins_.clear();
    }

    void set_source(const std::string& s) { source_ = s; }
    bool saw_root() const { return saw_root_; }

private:
    // Returns true when the value is being skipped (inside an unknown field's value).
    bool enter() {
        if (++depth_ > kMaxDepth) {
            fail("JSON nested deeper than " + std::to_string(kMaxDepth) +
                 " levels; a graph needs 5");
        }
        if (skip_depth_ > 0) {
            ++skip_depth_;
            return true;
        }
        const Ctx c = ctx();
        const bool in_object = c == Ctx::root || c == Ctx::graph || c == Ctx::node ||
                               c == Ctx::edge || c == Ctx::item || c == Ctx::info;
        if (in_object && field_ == Field::unknown) {
            skip_depth_ = 1;
            return true;
        }
        return false;
    }
    bool leave() {
        --depth_;
        if (skip_depth_ > 0) {
            --skip_depth_;
            if (skip_depth_ == 0) field_ = Field::unknown;
            return true;
        }
        return false;
    }

    Ctx ctx() const { return stack_.empty() ? Ctx::top : stack_.back(); }
    void push(Ctx c) {
        stack_.push_back(c);
        if (c == Ctx::root) saw_root_ = true;
        field_ = Field::unknown;
    }
    void pop() { stack_.pop_back(); }

    std::size_t offset() const { return stream_.Tell(); }

    [[noreturn]] void fail(const std::string& message) { throw HandlerError{message, offset()}; }
    [[noreturn]] void fail_at(const std::string& message, std::size_t at) {
        throw HandlerError{message, at};
    }

    std::string subject() const {
        switch (ctx()) {
            case Ctx::node:
            case Ctx::aliases: return "node " + std::to_string(node_count_);
            case Ctx::edge:
            case Ctx::evidence: return "edge " + std::to_string(edge_count_);
            case Ctx::item:
                return "edge " + std::to_string(edge_count_) + " evidence " +
                       std::to_string(edge_.claim.evidence.size());
            case Ctx::graph:
            case Ctx::documents: return "graph";
            case Ctx::infos:
            case Ctx::info: return "graph: document_info '" + info_id_ + "'";
            default: return "top level";
        }
    }

    bool wrong(rapidjson::Type got, std::string_view value = {}) {
        const char* want = "";
        switch (ctx()) {
            case Ctx::top: fail(std::string("the graph must be a JSON object, got ") +
                                kind_name(got));
            case Ctx::nodes: fail(std::string("each entry of 'nodes' must be an object, got ") +
                                  kind_name(got));
            case Ctx::edges: fail(std::string("each entry of 'edges' must be an object, got ") +
                                  kind_name(got));
            case Ctx::evidence:
                fail(subject() + ": each entry of 'evidence' must be an object, got " +
                     kind_name(got));
            case Ctx::documents:
                fail(std::string("graph: each entry of 'documents' must be a string, got ") +
                     kind_name(got));
            case Ctx::aliases:
                fail(subject() + ": each entry of 'aliases' must be a string, got " +
                     kind_name(got));
            default: break;
        }
        switch (field_) {
            case Field::graph:
            case Field::document_info:
            case Field::info_entry: want = "an object"; break;
            case Field::nodes:
            case Field::edges:
            case Field::documents:
            case Field::aliases:
            case Field::evidence: want = "an array"; break;
            case Field::directed:
            case Field::multigraph:
            case Field::negated: want = "a boolean"; break;
            case Field::node_id:
            case Field::source:
            case Field::target: want = "a string or a number"; break;
            case Field::mentions:
            case Field::sentence:
            case Field::start:
            case Field::end:
            case Field::weight: want = "a non-negative integer"; break;
            case Field::label_doc:
            case Field::type_doc: want = "an index into graph.documents"; break;
            case Field::confidence: want = "a number"; break;
            case Field::edge_key: want = "a number or a string"; break;
            default: want = "a string"; break;
        }
        std::string what = kind_name(got);
        if (got == rapidjson::kNumberType && !value.empty()) what = std::string(value);
        fail(subject() + ": '" + field_name(field_) + "' must be " + want + ", got " + what);
    }

    bool scalar(rapidjson::Type t, std::string_view text, bool b) {
        if (skip_depth_ > 0) return true;
        const bool is_str = t == rapidjson::kStringType;
        const bool is_num = t == rapidjson::kNumberType;
        const bool is_bool = t == rapidjson::kTrueType || t == rapidjson::kFalseType;
        switch (ctx()) {
            case Ctx::documents:
                if (!is_str) return wrong(t);
                kg_.documents.emplace_back(text);
                return true;
            case Ctx::aliases:
                if (!is_str) return wrong(t);
                node_.aliases.emplace_back(text);
                return true;
            case Ctx::top:
            case Ctx::nodes:
            case Ctx::edges:
            case Ctx::evidence: return wrong(t);
            default: break;
        }
        uint64_t u = 0;
        switch (field_) {
            case Field::unknown: return true;
            case Field::directed:
                if (!is_bool) return wrong(t);
                if (!b) {
                    spdlog::warn("{}: the graph says \"directed\": false; its edges are read as "
                                 "directed from source to target",
                                 source_);
                }
                return true;
            case Field::multigraph:
                if (!is_bool) return wrong(t);
                return true;
            case Field::name:
                if (!is_str) return wrong(t);
                kg_.name = std::string(text);
                return true;
            case Field::node_id:
                if (!is_str && !is_num) return wrong(t);
                node_.id = std::string(text);
                node_.has_id = true;
                return true;
            case Field::label:
                if (!is_str) return wrong(t);
                node_.label = std::string(text);
                node_.has_label = true;
                return true;
            case Field::type:
                if (!is_str) return wrong(t);
                node_.type = std::string(text);
                return true;
            case Field::node_key:
                if (!is_str) return wrong(t);
                node_.key = std::string(text);
                node_.has_key = true;
                return true;
            case Field::mentions:
                if (!is_num || !parse_unsigned(text, std::numeric_limits<uint32_t>::max(), u)) {
                    return wrong(t, text);
                }
                node_.mentions = static_cast<uint32_t>(u);
                return true;
            case Field::label_doc:
            case Field::type_doc:
                if (!is_num || !parse_unsigned(text, Origin::kNone - 1, u)) return wrong(t, text);
                (field_ == Field::label_doc ? node_origin_.label : node_origin_.type) =
                    static_cast<uint32_t>(u);
                return true;
            case Field::source:
            case Field::target: {
                if (!is_str && !is_num) return wrong(t);
                if (field_ == Field::source) {
                    edge_.source = std::string(text);
                    edge_.has_source = true;
                } else {
                    edge_.target = std::string(text);
                    edge_.has_target = true;
                }
                if (!pipeline_) {
                    if (const Vertex* v = builder_.find(text)) kg_.prefetch(*v);
                }
                return true;
            }
            case Field::edge_key:
                if (!is_str && !is_num) return wrong(t);
                return true;  // recomputed on writing: index among parallel edges
            case Field::relation:
                if (!is_str) return wrong(t);
                edge_.claim.relation = std::string(text);
                edge_.has_relation = true;
                return true;
            case Field::edge_label:
                if (!is_str) return wrong(t);
                edge_.label = std::string(text);
                return true;
            case Field::negated:
                if (!is_bool) return wrong(t);
                edge_.claim.negated = b;
                return true;
            case Field::modality:
                if (!is_str) return wrong(t);
                edge_.claim.modality = std::string(text);
                return true;
            case Field::confidence: {
                if (t == rapidjson::kNullType) {
                    edge_.claim.confidence = std::numeric_limits<double>::quiet_NaN();
                    return true;
                }
                double d = 0;
                if (!is_num || !parse_number(text, d)) return wrong(t);
                edge_.claim.confidence = d;
                return true;
            }
            case Field::weight: {
                if (!is_num) return wrong(t);
                if (parse_unsigned(text, std::numeric_limits<uint32_t>::max(), u)) {
                    edge_.claim.weight = static_cast<uint32_t>(u);
                    return true;
                }
                double d = 0;
                if (parse_number(text, d) && d > 0 && d <= 4294967295.0) {
                    // A weighted graph from another tool: keep the nearest count (at least 1).
                    if (!warned_weight_) {
                        spdlog::warn("{}: edge {}: weight {} is not a whole number; weights are "
                                     "claim counts and are rounded (further cases not reported)",
                                     source_, edge_count_, text);
                        warned_weight_ = true;
                    }
                    edge_.claim.weight = static_cast<uint32_t>(std::max(1.0, std::round(d)));
                    return true;
                }
                return wrong(t, text);
            }
            case Field::doc:
                if (!is_str) return wrong(t);
                evidence_.doc = text;
                return true;
            case Field::info_sha256:
            case Field::info_url:
            case Field::info_date: {
                if (!is_str) return wrong(t);
                auto& info = kg_.document_info[info_id_];
                (field_ == Field::info_sha256 ? info.sha256
                 : field_ == Field::info_url  ? info.url
                                              : info.date) = std::string(text);
                return true;
            }
            case Field::sentence:
                if (!is_num || !parse_unsigned(text, std::numeric_limits<uint32_t>::max(), u)) {
                    return wrong(t, text);
                }
                evidence_.sentence = static_cast<uint32_t>(u);
                return true;
            case Field::start:
            case Field::end:
                if (!is_num || !parse_unsigned(text, std::numeric_limits<uint64_t>::max(), u)) {
                    return wrong(t, text);
                }
                (field_ == Field::start ? evidence_.start : evidence_.end) = u;
                return true;
            case Field::text:
                if (!is_str) return wrong(t);
                evidence_.text = std::string(text);
                return true;
            default: return wrong(t);
        }
    }

    void finish_node() {
        if (!node_.has_id) fail(subject() + ": missing 'id'; every node needs a unique id");
        if (pipeline_) pipeline_->sync();  // the worker reads the node table
        std::string err = builder_.add(node_);
        if (!err.empty()) fail_at("node " + std::to_string(node_count_) + ": " + err, node_.offset);
        if (node_origin_.label != Origin::kNone || node_origin_.type != Origin::kNone) {
            node_origin_.vertex = kg_.actor_count() - 1;
            node_origin_.offset = node_.offset;
            origins_.push_back(node_origin_);
        }
        ++node_count_;
        bulk_.progress(offset() + skip_);
    }

    void finish_edge() {
        if (!edge_.has_source) fail(subject() + ": missing 'source'");
        if (!edge_.has_target) fail(subject() + ": missing 'target'");
        if (!edge_.has_relation) {
            edge_.claim.relation = edge_.label.empty() ? std::string("related-to") : edge_.label;
        }
        ++edge_count_;
        bulk_.progress(offset() + skip_);
        if (!pipeline_ && pending_.empty() && nodes_done_ && bulk_.active() &&
            detail::parallel_reading()) {
            pipeline_.emplace(kg_, builder_);
        }
        if (pipeline_) {
            pipeline_->push(std::move(edge_));
            return;
        }
        if (pending_.empty() && add_edge(edge_, nodes_done_)) return;
        pending_.push_back(std::move(edge_));
    }

    // Adds the edge when both ends are known. With `final`, an unknown end is an error.
    bool add_edge(EdgeRecord& e, bool final) {
        const Vertex* s = builder_.find(e.source);
        const Vertex* t = builder_.find(e.target);
        if (s == nullptr || t == nullptr) {
            if (!final) return false;
            fail_at("edge " + std::to_string(e.index) + ": " + (s ? "target" : "source") + " '" +
                        (s ? e.target : e.source) +
                        "' is not the id of any node; add the node or fix the edge",
                    e.offset);
        }
        kg_.add_claim(*s, *t, std::move(e.claim));
        return true;
    }

    KnowledgeGraph& kg_;
    detail::NodeTable builder_;
    const rapidjson::MemoryStream& stream_;
    std::string info_id_;  // the document_info entry being read
    detail::BulkLoad& bulk_;
    std::size_t skip_;  // bytes before the stream's start in the text (a byte-order mark)
    std::string source_;
    std::vector<Ctx> stack_;
    Field field_ = Field::unknown;
    int depth_ = 0;
    int skip_depth_ = 0;
    bool saw_root_ = false;
    bool nodes_done_ = false;
    bool warned_weight_ = false;
    std::set<std::string> warned_;
    detail::NodeRecord node_;
    // A node's label_doc and type_doc, resolved once graph.documents is known.
    struct Origin {
        static constexpr uint32_t kNone = ~uint32_t{0};
        uint32_t label = kNone, type = kNone;
        Vertex vertex = 0;
        std::size_t offset = 0;
    };
    Origin node_origin_;
    std::vector<Origin> origins_;
    EdgeRecord edge_;
    Evidence evidence_;
    std::size_t node_count_ = 0;
    std::size_t edge_count_ = 0;
    std::vector<EdgeRecord> pending_;
    // A large file's claims are added on a second thread (claim_pipeline.hpp) once the nodes are
    // read; last, so that it stops before the members it uses go.
    std::optional<detail::ClaimPipeline<EdgeRecord>> pipeline_;
};

std::string located(const std::string& source, std::string_view text, std::size_t offset,
                    const std::string& message) {
    auto pos = detail::text_position(text, offset);
    return source + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + " (byte " +
           std::to_string(offset) + "): " + message;
}

// UTF-8 is checked once over the whole text before parsing (detail::find_invalid_utf8, several
// times faster than RapidJSON's per-string validation), so the parser does not validate again.
constexpr unsigned kReadFlags =
    rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseStopWhenDoneFlag;

// Small SAX handlers for the JSON text GraphML embeds.
class EvidenceHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, EvidenceHandler> {
public:
    explicit EvidenceHandler(std::vector<Evidence>& out) : out_(out) {}
    bool StartArray() { return depth_++ == 0; }
    bool EndArray(rapidjson::SizeType) {
        --depth_;
        return true;
    }
    bool StartObject() {
        if (depth_++ != 1) return bad("each evidence entry must be an object");
        cur_ = Evidence{};
        return true;
    }
    bool EndObject(rapidjson::SizeType) {
        --depth_;
        out_.push_back(std::move(cur_));
        return true;
    }
    bool Key(const char* s, rapidjson::SizeType n, bool) {
        field_ = field_of(Ctx::item, std::string_view(s, n));
        return true;
    }
    bool String(const char* s, rapidjson::SizeType n, bool) {
        if (depth_ != 2) return bad("each evidence entry must be an object");
        if (field_ == Field::doc) {
            cur_.doc.assign(s, n);
        } else if (field_ == Field::text) {
            cur_.text.assign(s, n);
        } else if (field_ != Field::unknown) {
            return bad(std::string("'") + field_name(field_) + "' must be a non-negative integer");
        }
        return true;
    }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool) {
        if (depth_ != 2) return bad("each evidence entry must be an object");
        uint64_t u = 0;
        std::string_view t(s, n);
        switch (field_) {
            case Field::sentence:
                if (!parse_unsigned(t, std::numeric_limits<uint32_t>::max(), u)) break;
                cur_.sentence = static_cast<uint32_t>(u);
                return true;
            case Field::start:
            case Field::end:
                if (!parse_unsigned(t, std::numeric_limits<uint64_t>::max(), u)) break;
                (field_ == Field::start ? cur_.start : cur_.end) = u;
                return true;
            case Field::unknown: return true;
            default: return bad(std::string("'") + field_name(field_) + "' must be a string");
        }
        return bad(std::string("'") + field_name(field_) + "' must be a non-negative integer");
    }
    bool Default() { return depth_ == 2 && field_ == Field::unknown ? true : bad("unexpected value"); }
    std::string error;

private:
    bool bad(std::string m) {
        error = std::move(m);
        return false;
    }
    std::vector<Evidence>& out_;
    Evidence cur_;
    Field field_ = Field::unknown;
    int depth_ = 0;
};

class StringArrayHandler
    : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, StringArrayHandler> {
public:
    explicit StringArrayHandler(std::vector<std::string>& out) : out_(out) {}
    bool StartArray() { return depth_++ == 0; }
    bool EndArray(rapidjson::SizeType) {
        --depth_;
        return true;
    }
    bool String(const char* s, rapidjson::SizeType n, bool) {
        if (depth_ != 1) return false;
        out_.emplace_back(s, n);
        return true;
    }
    bool RawNumber(const char*, rapidjson::SizeType, bool) { return false; }
    bool Default() { return false; }

private:
    std::vector<std::string>& out_;
    int depth_ = 0;
};

template <typename H>
bool parse_small(std::string_view text, H& handler, std::string& error, bool utf8_checked = false) {
    if (std::size_t bad = utf8_checked ? std::string_view::npos : detail::find_invalid_utf8(text);
        bad != std::string_view::npos) {
        error = "invalid UTF-8 at character " + std::to_string(bad);
        return false;
    }
    rapidjson::MemoryStream ms(text.data(), text.size());
    rapidjson::Reader reader;
    auto ok = reader.Parse<kReadFlags>(ms, handler);
    if (!ok) {
        if (error.empty()) {
            error = std::string(rapidjson::GetParseError_En(ok.Code())) + " at character " +
                    std::to_string(ok.Offset());
        }
        return false;
    }
    // Only whitespace may follow.
    for (std::size_t i = ms.Tell(); i < text.size(); ++i) {
        char c = text[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            error = "unexpected text after the JSON array";
            return false;
        }
    }
    return true;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

void write_json(const KnowledgeGraph& kg, std::ostream& out) {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    std::string scratch;
    const auto flush = [&](bool force) {
        if (force || sb.GetSize() > (1u << 20)) {
            out.write(sb.GetString(), static_cast<std::streamsize>(sb.GetSize()));
            sb.Clear();
        }
    };

    w.StartObject();
    put_key(w, "directed");
    w.Bool(true);
    put_key(w, "multigraph");
    w.Bool(true);
    put_key(w, "graph");
    w.StartObject();
    put_key(w, "name");
    put_string(w, kg.name, scratch);
    put_key(w, "documents");
    put_string_array(w, kg.documents, scratch);
    if (!kg.document_info.empty()) {
        // Content hashes (so that adding a document again changes nothing) and metadata.
        put_key(w, "document_info");
        w.StartObject();
        for (const auto& [id, info] : kg.document_info) {
            std::string_view key = detail::valid_utf8(id, scratch);
            w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
            w.StartObject();
            put_key(w, "sha256");
            put_string(w, info.sha256, scratch);
            if (!info.url.empty()) {
                put_key(w, "url");
                put_string(w, info.url, scratch);
            }
            if (!info.date.empty()) {
                put_key(w, "date");
                put_string(w, info.date, scratch);
            }
            w.EndObject();
        }
        w.EndObject();
    }
    w.EndObject();
    w.EndObject();
    // Keep all but the closing brace: the rest is laid out by hand, one node or edge per line.
    out.write(sb.GetString(), static_cast<std::streamsize>(sb.GetSize() - 1));
    sb.Clear();
    out << ",\n\"nodes\":[";

    // Where each actor's label and type came from, as indexes into graph.documents, so that a
    // build --into this graph decides labels and types as one build of all documents would.
    std::unordered_map<std::string_view, std::size_t> doc_index;
    doc_index.reserve(kg.documents.size());
    for (std::size_t i = 0; i < kg.documents.size(); ++i) doc_index.emplace(kg.documents[i], i);
    const auto origin_index = [&](uint32_t origin) -> std::optional<std::size_t> {
        const std::string& id = kg.origin(origin);
        if (id.empty()) return std::nullopt;
        auto it = doc_index.find(id);
        if (it == doc_index.end()) return std::nullopt;
        return it->second;
    };

    const std::size_t n = kg.actor_count();
    for (std::size_t v = 0; v < n; ++v) {
        const Actor& a = kg.actor(v);
        sb.Put(v == 0 ? '\n' : ',');
        if (v != 0) sb.Put('\n');
        w.Reset(sb);
        w.StartObject();
        put_key(w, "id");
        std::string id = "n" + std::to_string(v);
        w.String(id.data(), static_cast<rapidjson::SizeType>(id.size()));
        put_key(w, "label");
        put_string(w, a.label, scratch);
        put_key(w, "type");
        put_string(w, a.type, scratch);
        put_key(w, "aliases");
        put_string_array(w, a.aliases, scratch);
        put_key(w, "mentions");
        w.Uint(a.mentions);
        put_key(w, "key");
        put_string(w, a.key, scratch);
        const auto label_doc = origin_index(a.label_origin);
        if (label_doc) {
            put_key(w, "label_doc");
            w.Uint64(*label_doc);
        }
        if (a.type != "concept" && a.type_origin != a.label_origin) {
            if (const auto type_doc = origin_index(a.type_origin)) {
                put_key(w, "type_doc");
                w.Uint64(*type_doc);
            }
        }
        w.EndObject();
        flush(false);
    }
    if (n > 0) sb.Put('\n');
    sb.Put(']');
    sb.Put(',');
    sb.Put('\n');
    const char* edges_head = "\"edges\":[";
    for (const char* p = edges_head; *p; ++p) sb.Put(*p);

    std::unordered_map<uint64_t, uint32_t> parallel;
    parallel.reserve(kg.edges().size());
    bool first = true;
    for (const auto& e : kg.edges()) {
        const Claim& c = kg.claim(e);
        const auto s = kg.source(e);
        const auto t = kg.target(e);
        uint32_t key = parallel[(static_cast<uint64_t>(s) << 32) | static_cast<uint64_t>(t)]++;
        sb.Put(first ? '\n' : ',');
        if (!first) sb.Put('\n');
        first = false;
        w.Reset(sb);
        w.StartObject();
        std::string sid = "n" + std::to_string(s);
        std::string tid = "n" + std::to_string(t);
        put_key(w, "source");
        w.String(sid.data(), static_cast<rapidjson::SizeType>(sid.size()));
        put_key(w, "target");
        w.String(tid.data(), static_cast<rapidjson::SizeType>(tid.size()));
        put_key(w, "key");
        w.Uint(key);
        put_key(w, "relation");
        put_string(w, c.relation, scratch);
        put_key(w, "negated");
        w.Bool(c.negated);
        put_key(w, "modality");
        put_string(w, c.modality, scratch);
        put_key(w, "confidence");
        put_double(w, c.confidence);
        put_key(w, "weight");
        w.Uint(c.weight);
        put_key(w, "evidence");
        put_evidence(w, c.evidence, scratch);
        w.EndObject();
        flush(false);
    }
    if (!first) sb.Put('\n');
    sb.Put(']');
    sb.Put('}');
    sb.Put('\n');
    flush(true);
}

void write_json(const KnowledgeGraph& kg, const std::string& path) {
    write_file_atomic(path, [&](std::ostream& out) { write_json(kg, out); });
}

KnowledgeGraph read_json_text(std::string_view text, const std::string& source_name) {
    KnowledgeGraph kg;
    std::size_t skip = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;  // a UTF-8 byte-order mark
    if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
        std::size_t at = static_cast<std::size_t>(static_cast<const char*>(nul) - text.data());
        throw InputError(located(source_name, text, at,
                                 "NUL byte in JSON text; the file is binary or truncated"));
    }
    if (std::size_t bad = detail::find_invalid_utf8(text); bad != std::string_view::npos) {
        throw InputError(located(source_name, text, bad,
                                 "invalid UTF-8; JSON must be UTF-8 encoded. Convert the file "
                                 "(iconv) or fix the bytes at this position"));
    }
    detail::BulkLoad bulk(text);
    rapidjson::MemoryStream ms(text.data() + skip, text.size() - skip);
    Handler handler(kg, ms, bulk, skip);
    handler.set_source(source_name);
    rapidjson::Reader reader;
    try {
        auto ok = reader.Parse<kReadFlags>(ms, handler);
        if (!ok) {
            std::size_t at = ok.Offset() + skip;
            throw InputError(located(source_name, text, at,
                                     std::string("malformed JSON: ") +
                                         rapidjson::GetParseError_En(ok.Code()) +
                                         " Fix the file or write it again with claimgraph"));
        }
        for (std::size_t i = ms.Tell() + skip; i < text.size(); ++i) {
            char c = text[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                throw InputError(located(source_name, text, i,
                                         "unexpected text after the end of the JSON graph"));
            }
        }
        handler.finish(source_name);
    } catch (const HandlerError& e) {
        throw InputError(located(source_name, text, e.offset + skip, e.message));
    }
    return kg;
}

KnowledgeGraph read_json(std::istream& in, const std::string& source_name) {
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return read_json_text(text, source_name);
}

namespace detail {

void append_evidence_json(std::string& out, const std::vector<Evidence>& evidence) {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    std::string scratch;
    put_evidence(w, evidence, scratch);
    out.append(sb.GetString(), sb.GetSize());
}

void append_string_array_json(std::string& out, const std::vector<std::string>& items) {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    std::string scratch;
    put_string_array(w, items, scratch);
    out.append(sb.GetString(), sb.GetSize());
}

bool parse_evidence_json(std::string_view text, std::vector<Evidence>& out, std::string& error,
                         bool utf8_checked) {
    out.clear();
    error.clear();
    EvidenceHandler h(out);
    if (parse_small(text, h, h.error, utf8_checked)) return true;
    error = h.error;
    return false;
}

bool parse_string_array_json(std::string_view text, std::vector<std::string>& out,
                             std::string& error) {
    out.clear();
    error.clear();
    StringArrayHandler h(out);
    if (parse_small(text, h, error)) return true;
    error = "expected a JSON array of strings (" + error + ")";
    return false;
}

}  // namespace detail

}  // namespace claimgraph::io
