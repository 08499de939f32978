#include "export/rdf.hpp"

#include "common/file_io.hpp"
#include "export/format.hpp"

#include <ostream>
#include <set>
#include <utility>
#include <vector>

namespace claimgraph::io {

namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kVocab = "urn:claimgraph:vocab:";
constexpr std::string_view kType = "urn:claimgraph:type:";
constexpr std::string_view kRel = "urn:claimgraph:relation:";
constexpr std::string_view kActor = "urn:claimgraph:actor:";

// A term as N-Triples writes it and as Turtle writes it.
struct Term {
    std::string nt;
    std::string ttl;
};

// An IRI from a namespace and a local name. In Turtle, `prefix:local` where the (percent-encoded)
// local name is a valid PN_LOCAL, the full <IRI> otherwise.
Term iri(std::string_view ns, std::string_view prefix, std::string_view local) {
    Term t;
    t.nt.reserve(ns.size() + local.size() + 2);
    t.nt += '<';
    t.nt += ns;
    t.nt += local;
    t.nt += '>';
    bool prefixed = !local.empty() && local.front() != '-' && local.front() != '.' &&
                    local.back() != '.' && local.find('~') == std::string_view::npos;
    if (prefixed) {
        t.ttl.reserve(prefix.size() + local.size() + 1);
        t.ttl += prefix;
        t.ttl += ':';
        t.ttl += local;
    } else {
        t.ttl = t.nt;
    }
    return t;
}

Term vocab(std::string_view local) { return iri(kVocab, "cg", local); }
Term rdf(std::string_view local) { return iri(kRdf, "rdf", local); }
Term rdfs(std::string_view local) { return iri(kRdfs, "rdfs", local); }
Term type_class(std::string_view type) {
    return iri(kType, "type", detail::iri_local_name(type));
}
Term relation_property(std::string_view relation) {
    return iri(kRel, "rel", detail::iri_local_name(relation));
}
Term actor_iri(const graph::Actor& a) {
    return iri(kActor, "actor", detail::iri_local_name(a.key));
}
Term blank(std::string label) { return {"_:" + label, "_:" + std::move(label)}; }
Term string_literal(std::string_view text) {
    std::string s = detail::rdf_string_literal(text);
    return {s, s};
}
// A literal that Turtle may write bare (integers, booleans) or with a prefixed datatype.
Term typed(std::string lexical, std::string_view datatype, bool bare_in_turtle) {
    Term t;
    t.nt = '"' + lexical + "\"^^<" + std::string(kXsd) + std::string(datatype) + '>';
    t.ttl = bare_in_turtle ? std::move(lexical)
                           : '"' + lexical + "\"^^xsd:" + std::string(datatype);
    return t;
}
Term integer(uint64_t v) { return typed(std::to_string(v), "integer", true); }
Term boolean(bool v) { return typed(v ? "true" : "false", "boolean", true); }
Term xsd_double(double v) { return typed(detail::format_double(v), "double", false); }

// Collects the predicate-object pairs of one subject, then writes them: one triple a line in
// N-Triples, one subject block with ';' in Turtle.
class RdfOut : public detail::OutBuffer {
public:
    RdfOut(std::ostream& out, bool turtle) : OutBuffer(out), turtle_(turtle) {
        if (turtle_) {
            buf_ += "@prefix rdf: <" + std::string(kRdf) + "> .\n";
            buf_ += "@prefix rdfs: <" + std::string(kRdfs) + "> .\n";
            buf_ += "@prefix xsd: <" + std::string(kXsd) + "> .\n";
            buf_ += "@prefix cg: <" + std::string(kVocab) + "> .\n";
            buf_ += "@prefix type: <" + std::string(kType) + "> .\n";
            buf_ += "@prefix rel: <" + std::string(kRel) + "> .\n";
            buf_ += "@prefix actor: <" + std::string(kActor) + "> .\n";
        }
    }
    void comment(std::string_view text) {
        buf_ += "\n# ";
        buf_ += text;
        buf_ += '\n';
    }
    void subject(Term s) {
        subject_ = std::move(s);
        pairs_.clear();
    }
    void add(const Term& predicate, Term object) { pairs_.emplace_back(predicate, std::move(object)); }
    void add_type(Term object) { pairs_.emplace_back(rdf_type_, std::move(object)); }
    void end_subject() {
        if (turtle_) {
            buf_ += subject_.ttl;
            for (std::size_t i = 0; i < pairs_.size(); ++i) {
                buf_ += i == 0 ? " " : " ;\n    ";
                buf_ += pairs_[i].first.nt == rdf_type_.nt ? std::string_view("a")
                                                           : std::string_view(pairs_[i].first.ttl);
                buf_ += ' ';
                buf_ += pairs_[i].second.ttl;
            }
            buf_ += " .\n";
        } else {
            for (const auto& [p, o] : pairs_) {
                buf_ += subject_.nt;
                buf_ += ' ';
                buf_ += p.nt;
                buf_ += ' ';
                buf_ += o.nt;
                buf_ += " .\n";
            }
        }
        pairs_.clear();
        maybe_flush();
    }

private:
    bool turtle_;
    Term subject_;
    std::vector<std::pair<Term, Term>> pairs_;
    const Term rdf_type_ = rdf("type");
};

void write_rdf(const graph::KnowledgeGraph& kg, std::ostream& out, bool turtle) {
    RdfOut x(out, turtle);
    const Term label = rdfs("label");
    const Term document = vocab("document");

    x.comment("claimgraph knowledge graph");
    x.subject(blank("graph"));
    x.add_type(vocab("Graph"));
    if (!kg.name.empty()) x.add(label, string_literal(kg.name));
    for (const auto& d : kg.documents) x.add(document, string_literal(d));
    x.end_subject();

    std::set<std::string> types, relations;
    for (std::size_t v = 0; v < kg.actor_count(); ++v) types.insert(kg.actor(v).type);
    for (const auto& e : kg.edges()) relations.insert(kg.claim(e).relation);
    x.comment("Actor types (classes) and relations (properties)");
    for (const auto& t : types) {
        x.subject(type_class(t));
        x.add_type(rdfs("Class"));
        x.add(rdfs("subClassOf"), vocab("Actor"));
        x.add(label, string_literal(t));
        x.end_subject();
    }
    for (const auto& r : relations) {
        x.subject(relation_property(r));
        x.add_type(rdf("Property"));
        x.add(label, string_literal(r));
        x.end_subject();
    }

    x.comment("Actors");
    const Term actor_class = vocab("Actor"), key = vocab("key"), alias = vocab("alias"),
               mentions = vocab("mentions");
    std::vector<Term> actors;
    actors.reserve(kg.actor_count());
    for (std::size_t v = 0; v < kg.actor_count(); ++v) {
        const graph::Actor& a = kg.actor(v);
        actors.push_back(actor_iri(a));
        x.subject(actors.back());
        x.add_type(actor_class);
        x.add_type(type_class(a.type));
        x.add(label, string_literal(a.label));
        x.add(key, string_literal(a.key));
        for (const auto& al : a.aliases) x.add(alias, string_literal(al));
        x.add(mentions, integer(a.mentions));
        x.end_subject();
    }

    x.comment("Claims: the facts (asserted, not negated), then every claim as a statement with "
              "its evidence");
    const Term statement = rdf("Statement"), subject = rdf("subject"), predicate = rdf("predicate"),
               object = rdf("object"), negated = vocab("negated"), modality = vocab("modality"),
               confidence = vocab("confidence"), weight = vocab("weight"),
               evidence = vocab("evidence"), sentence = vocab("sentenceIndex"),
               start = vocab("start"), end = vocab("end"), text = vocab("text");
    std::size_t i = 0;
    for (const auto& e : kg.edges()) {
        const graph::Claim& c = kg.claim(e);
        const Term& s = actors[kg.source(e)];
        const Term& o = actors[kg.target(e)];
        Term p = relation_property(c.relation);
        if (!c.negated && c.modality == "asserted") {
            x.subject(s);
            x.add(p, o);
            x.end_subject();
        }
        std::string id = detail::numbered('c', i++);
        x.subject(blank(id));
        x.add_type(statement);
        x.add(subject, s);
        x.add(predicate, p);
        x.add(object, o);
        x.add(negated, boolean(c.negated));
        x.add(modality, string_literal(c.modality));
        x.add(confidence, xsd_double(c.confidence));
        x.add(weight, integer(c.weight));
        for (std::size_t k = 0; k < c.evidence.size(); ++k) {
            x.add(evidence, blank(id + detail::numbered('e', k)));
        }
        x.end_subject();
        for (std::size_t k = 0; k < c.evidence.size(); ++k) {
            const graph::Evidence& ev = c.evidence[k];
            x.subject(blank(id + detail::numbered('e', k)));
            x.add(document, string_literal(ev.doc));
            x.add(sentence, integer(ev.sentence));
            x.add(start, integer(ev.start));
            x.add(end, integer(ev.end));
            x.add(text, string_literal(ev.text));
            x.end_subject();
        }
    }
    x.flush();
}

}  // namespace

namespace detail {

std::string iri_local_name(std::string_view text) {
    static const char* const kHex = "0123456789ABCDEF";
    std::string scratch;
    std::string_view s = valid_utf8(text, scratch);
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                          (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out += ch;
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string rdf_string_literal(std::string_view text) {
    static const char* const kHex = "0123456789ABCDEF";
    std::string scratch;
    std::string_view s = valid_utf8(text, scratch);
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    out += "\\u00";
                    out += kHex[c >> 4];
                    out += kHex[c & 15];
                } else {
                    out += ch;
                }
        }
    }
    out += '"';
    return out;
}

}  // namespace detail

void write_ntriples(const graph::KnowledgeGraph& kg, std::ostream& out) {
    write_rdf(kg, out, false);
}
void write_ntriples(const graph::KnowledgeGraph& kg, const std::string& path) {
    write_file_atomic(path, [&](std::ostream& out) { write_ntriples(kg, out); });
}
void write_turtle(const graph::KnowledgeGraph& kg, std::ostream& out) { write_rdf(kg, out, true); }
void write_turtle(const graph::KnowledgeGraph& kg, const std::string& path) {
    write_file_atomic(path, [&](std::ostream& out) { write_turtle(kg, out); });
}

}  // namespace claimgraph::io
