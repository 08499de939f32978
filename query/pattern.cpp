#include "query/pattern.hpp"

#include <cctype>
#include <optional>
#include <unordered_map>

#include "common/utf8.hpp"

namespace claimgraph::query {

std::string format_position_error(std::string_view text, std::size_t offset,
                                  std::string_view origin, std::string_view message) {
    if (offset > text.size()) offset = text.size();
    auto pos = utf8::position_of(text, offset);
    std::string out = std::string(origin) + ":" + std::to_string(pos.line) + ":" +
                      std::to_string(pos.column) + ": " + std::string(message);
    std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    line_start = (line_start == std::string_view::npos || offset == 0) ? 0 : line_start + 1;
    if (offset > 0 && text[offset - 1] == '\n') line_start = offset;
    std::size_t line_end = text.find('\n', offset);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view line = text.substr(line_start, line_end - line_start);
    std::string caret;
    // One space per code point before the error (tabs copied, so that the caret lines up).
    std::string_view before = text.substr(line_start, offset - line_start);
    for (std::size_t i = 0; i < before.size();) {
        char32_t cp = utf8::decode(before, i);
        caret.push_back(cp == U'\t' ? '\t' : ' ');
    }
    out += "\n  ";
    out += line;
    out += "\n  ";
    out += caret;
    out += "^";
    return out;
}

namespace {

enum class Tok { variable, constant, dot, end };

struct Token {
    Tok kind = Tok::end;
    std::string name;  // variable name or constant value
    std::string type;  // variable type
    std::size_t offset = 0;
    std::size_t length = 0;  // raw length in the pattern
};

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}
bool is_type_char(char c) {
    return is_name_char(c) || c == '-';
}

class Parser {
public:
    Parser(std::string_view text, std::string_view origin) : text_(text), origin_(origin) {}

    Pattern parse() {
        Pattern p;
        Token t = next();
        if (t.kind == Tok::end) {
            fail(t.offset, "empty pattern: expected a triple such as '?x funds ?y'");
        }
        while (true) {
            Triple tr;
            if (t.kind != Tok::variable && t.kind != Tok::constant) {
                fail(t.offset, "expected a subject (a variable or a name), found " + show(t));
            }
            tr.subject = term(t);
            Token r = next();
            if (r.kind != Tok::variable && r.kind != Tok::constant) {
                fail(r.offset, "expected a relation after " + show(t) + ", found " + show(r));
            }
            if (r.kind == Tok::variable && !r.type.empty()) {
                fail(r.offset, "a relation variable cannot have a type: " + show(r));
            }
            tr.relation = term(r);
            Token o = next();
            if (o.kind != Tok::variable && o.kind != Tok::constant) {
                fail(o.offset, "expected an object after " + show(r) + ", found " + show(o));
            }
            tr.object = term(o);
            declare(p, tr.subject, false);
            declare(p, tr.relation, true);
            declare(p, tr.object, false);
            p.triples.push_back(std::move(tr));

            Token sep = next();
            if (sep.kind == Tok::end) break;
            if (sep.kind != Tok::dot) {
                fail(sep.offset, "expected '.' between triples, found " + show(sep));
            }
            t = next();
            if (t.kind == Tok::end) break;
        }
        return p;
    }

private:
    [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
        auto pos = utf8::position_of(text_, offset);
        throw PatternError(format_position_error(text_, offset, origin_, message), pos.line,
                           pos.column);
    }

    std::string show(const Token& t) const {
        if (t.kind == Tok::end) return "end of pattern";
        std::string s = "'";
        s.append(text_.substr(t.offset, t.length));
        s.push_back('\'');
        return s;
    }

    static Term term(const Token& t) {
        Term x;
        x.variable = t.kind == Tok::variable;
        x.name = t.name;
        x.type = t.type;
        x.offset = t.offset;
        return x;
    }

    void declare(Pattern& p, const Term& x, bool as_relation) {
        if (!x.variable) return;
        for (std::size_t i = 0; i < p.variables.size(); ++i) {
            if (p.variables[i] != x.name) continue;
            if (p.relation_variable[i] != as_relation) {
                fail(x.offset, "variable '?" + x.name + "' stands for " +
                                   (as_relation ? "an actor" : "a relation") +
                                   " elsewhere; it cannot also stand for " +
                                   (as_relation ? "a relation" : "an actor"));
            }
            if (!x.type.empty()) {
                auto& known = types_[x.name];
                if (!known.empty() && known != x.type) {
                    fail(x.offset, "variable '?" + x.name + "' has type '" + x.type +
                                       "' here but '" + known + "' before");
                }
                known = x.type;
            }
            return;
        }
        p.variables.push_back(x.name);
        p.relation_variable.push_back(as_relation);
        if (!x.type.empty()) types_[x.name] = x.type;
    }

    Token next() {
        while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
        Token t;
        t.offset = pos_;
        if (pos_ >= text_.size()) return t;
        char c = text_[pos_];
        if (c == '.') {
            t.kind = Tok::dot;
            t.length = 1;
            ++pos_;
            return t;
        }
        if (c == '?') {
            std::size_t p = pos_ + 1;
            while (p < text_.size() && is_name_char(text_[p])) ++p;
            if (p == pos_ + 1) fail(p, "expected a variable name after '?'");
            t.kind = Tok::variable;
            t.name = std::string(text_.substr(pos_ + 1, p - pos_ - 1));
            if (p < text_.size() && text_[p] == ':') {
                std::size_t q = p + 1;
                while (q < text_.size() && is_type_char(text_[q])) ++q;
                if (q == p + 1) fail(q, "expected a type name after '?" + t.name + ":'");
                t.type = std::string(text_.substr(p + 1, q - p - 1));
                p = q;
            }
            t.length = p - pos_;
            pos_ = p;
            return t;
        }
        if (c == '"') {
            std::size_t p = pos_ + 1;
            std::string value;
            bool closed = false;
            while (p < text_.size()) {
                char d = text_[p];
                if (d == '\\' && p + 1 < text_.size()) {
                    value.push_back(text_[p + 1]);
                    p += 2;
                    continue;
                }
                if (d == '"') {
                    closed = true;
                    ++p;
                    break;
                }
                value.push_back(d);
                ++p;
            }
            if (!closed) fail(pos_, "unterminated quoted name (missing closing '\"')");
            if (value.empty()) fail(pos_, "empty name in quotes");
            t.kind = Tok::constant;
            t.name = std::move(value);
            t.length = p - pos_;
            pos_ = p;
            return t;
        }
        // A bare word runs to the next space or quote; trailing dots end the triple.
        std::size_t p = pos_;
        while (p < text_.size() && !is_space(text_[p]) && text_[p] != '"') ++p;
        std::size_t end = p;
        while (end > pos_ && text_[end - 1] == '.') --end;
        t.kind = Tok::constant;
        t.name = std::string(text_.substr(pos_, end - pos_));
        t.length = end - pos_;
        pos_ = end;  // any trailing dots are read next as separators
        return t;
    }

    std::string_view text_;
    std::string_view origin_;
    std::size_t pos_ = 0;
    std::unordered_map<std::string, std::string> types_;
};

}  // namespace

Pattern parse_pattern(std::string_view text, std::string_view origin) {
    return Parser(text, origin).parse();
}

}  // namespace claimgraph::query
