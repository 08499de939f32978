#include "extract/tokenizer.hpp"

#include "common/ascii.hpp"

#include "common/error.hpp"
#include "common/file_io.hpp"
#include "common/paths.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace claimgraph::extract {

namespace {

// ---------------------------------------------------------------------------------------------
// Characters. The scanner works on bytes and decodes UTF-8 itself so that an invalid byte can be
// turned into a one-byte symbol instead of an exception.

enum Cls : uint8_t {
    kSpace,   // separates tokens (whitespace, control characters including NUL)
    kLetter,  // part of words (letters, '_', most non-ASCII)
    kDigit,
    kPunct,   // punctuation and symbols, emoji, invalid bytes
    kExtend,  // joiners, variation selectors, skin tones: stick to the previous character
};

struct Cp {
    char32_t cp;
    uint8_t len;
    Cls cls;
};

constexpr std::array<Cls, 128> make_ascii_table() {
    std::array<Cls, 128> t{};
    for (int c = 0; c < 128; ++c) {
        if (c <= 0x20 || c == 0x7F) t[c] = kSpace;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') t[c] = kLetter;
        else if (c >= '0' && c <= '9') t[c] = kDigit;
        else t[c] = kPunct;
    }
    return t;
}
constexpr std::array<Cls, 128> kAscii = make_ascii_table();

Cls classify(char32_t cp) {
    if (cp < 0x80) return kAscii[cp];
    if (cp < 0xA0 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) ||
        cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
        cp == 0xFEFF)
        return kSpace;
    if (cp == 0x200C || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) ||
        (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0000 && cp <= 0xE007F) ||
        (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x20D0 && cp <= 0x20FF))
        return kExtend;
    if (cp <= 0xBF) return (cp == 0xAA || cp == 0xB5 || cp == 0xBA) ? kLetter : kPunct;
    if (cp == 0xD7 || cp == 0xF7) return kPunct;
    if (cp >= 0x2070 && cp <= 0x209F) return kLetter;  // super- and subscripts
    if (cp >= 0x2010 && cp <= 0x2BFF) return kPunct;   // punctuation, currency, arrows, shapes
    if (cp >= 0x3001 && cp <= 0x303F) return kPunct;
    if (cp >= 0xFE30 && cp <= 0xFE6F) return kPunct;
    if ((cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
        (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65))
        return kPunct;
    if (cp >= 0xE000 && cp <= 0xF8FF) return kPunct;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return kPunct;  // emoji and pictographs
    return kLetter;
}

// Decodes one character at i (i < s.size()); an invalid sequence is one kPunct byte.
inline Cp decode_at(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return {c, 1, kAscii[c]};
    const Cp bad{0xFFFD, 1, kPunct};
    unsigned len;
    char32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
    } else {
        return bad;
    }
    if (i + len > s.size()) return bad;
    for (unsigned k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return bad;
        cp = (cp << 6) | (b & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return bad;
    return {cp, static_cast<uint8_t>(len), classify(cp)};
}

inline bool is_word(Cls c) { return c == kLetter || c == kDigit || c == kExtend; }
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline char lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

using ascii::iequals;

bool istarts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

// Apostrophes: ASCII ' and U+2019 (3 bytes E2 80 99). Returns the byte length or 0.
inline unsigned apostrophe_at(std::string_view s, std::size_t i) {
    if (i >= s.size()) return 0;
    if (s[i] == '\'') return 1;
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
        static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x99)
        return 3;
    return 0;
}

// Clitics that follow an apostrophe ("'s", "'re", ...), compared case-insensitively.
bool is_clitic_tail(std::string_view tail) {
    static constexpr std::string_view kTails[] = {"s", "m", "re", "ve", "ll", "d"};
    for (auto t : kTails)
        if (iequals(tail, t)) return true;
    return false;
}

// Prefixes that UD EWT keeps attached to the hyphen and following word ("e-mail", "non-stop");
// all other letter-letter hyphens are split there ("world - famous", "well - known").
bool is_hyphen_prefix(std::string_view w) {
    static constexpr std::string_view kPrefixes[] = {
        "e",      "non",   "anti",  "pre",   "re",    "mid",    "co",    "post",   "over",
        "pro",    "multi", "ex",    "semi",  "sub",   "neo",    "cross", "un",     "vice",
        "counter", "micro", "intra", "inter", "socio", "psycho", "mis",   "arch",   "ultra",
        "quasi",  "sino",  "euro",  "bio",   "eco",   "cyber",  "trans", "bi",     "tri",
        "pan",    "mono",  "poly",  "macro", "meta",  "hyper",  "infra", "extra",  "de",
        "afro",   "indo",  "franco", "russo", "geo",  "auto",   "tele",  "nano",   "mini"};
    if (w.size() > 7) return false;
    for (auto p : kPrefixes)
        if (iequals(w, p)) return true;
    return false;
}

// Words EWT splits although they have no apostrophe: "cannot" -> "can" "not", "dont" -> "do" "nt".
// Returns the length of the first part, or 0.
std::size_t contraction_split(std::string_view w) {
    struct Rule {
        std::string_view word;
        uint8_t first;
    };
    static constexpr Rule kRules[] = {
        {"cannot", 3}, {"gonna", 3},   {"wanna", 3},   {"gotta", 3},    {"dont", 2},
        {"wont", 2},   {"cant", 2},    {"didnt", 3},   {"doesnt", 4},   {"isnt", 2},
        {"wasnt", 3},  {"arent", 3},   {"werent", 4},  {"couldnt", 5},  {"wouldnt", 5},
        {"shouldnt", 6}, {"havent", 4}, {"hasnt", 3},  {"hadnt", 3},    {"aint", 2},
        {"im", 1},     {"ive", 1},     {"youre", 3},   {"theyre", 4}};
    if (w.size() < 2 || w.size() > 8) return 0;
    // Cheap rejection first: this runs for almost every word.
    switch (lower(w[0])) {
    case 'a': case 'c': case 'd': case 'g': case 'h': case 'i': case 's': case 't': case 'w':
    case 'y':
        break;
    default:
        return 0;
    }
    // Only lower case or capitalised: "IM" or "CANT" are more likely acronyms.
    for (std::size_t i = 1; i < w.size(); ++i)
        if (!is_ascii_lower(w[i])) return 0;
    for (const auto& r : kRules)
        if (r.word.size() == w.size() && r.word[0] == lower(w[0]) && iequals(w, r.word))
            return r.first;
    return 0;
}

bool is_emoticon(std::string_view s) {
    static constexpr std::string_view kEmoticons[] = {
        ":)", ":-)", ":(", ":-(", ":D", ":-D", ";)", ";-)", ":P", ":-P", ":p", ":-p", ":/",
        ":-/", ":'(", ":o", ":O", "=)", "=(", "<3", "^_^", "^^", "(:", "):", ":]", ":["};
    for (auto e : kEmoticons)
        if (s == e) return true;
    return false;
}

// A letter-dot sequence such as "U.S.", "e.g.", "Ph.D.", "a.m.": at least two segments of one to
// three letters, each followed by a period, with at least one single-letter segment.
bool is_dotted_abbreviation(std::string_view w) {
    std::size_t segments = 0;
    bool short_segment = false;
    std::size_t i = 0;
    while (i < w.size()) {
        std::size_t j = i;
        while (j < w.size() && is_ascii_alpha(w[j])) ++j;
        const std::size_t len = j - i;
        if (len == 0 || len > 3 || j >= w.size() || w[j] != '.') return false;
        if (len == 1) short_segment = true;
        ++segments;
        i = j + 1;
    }
    return segments >= 2 && short_segment;
}

// Line-start list markers: "1.", "12)", "a.", "B)", "iv.", "IV)".
bool is_list_marker(std::string_view w) {
    if (w.size() < 2) return false;
    const char last = w.back();
    if (last != '.' && last != ')') return false;
    const auto body = w.substr(0, w.size() - 1);
    if (body.size() <= 3 && std::all_of(body.begin(), body.end(), is_ascii_digit)) return true;
    if (body.size() == 1 && is_ascii_alpha(body[0])) return true;
    if (body.size() <= 4) {
        const bool lower_roman = std::all_of(body.begin(), body.end(), [](char c) {
            return c == 'i' || c == 'v' || c == 'x';
        });
        const bool upper_roman = std::all_of(body.begin(), body.end(), [](char c) {
            return c == 'I' || c == 'V' || c == 'X';
        });
        return lower_roman || upper_roman;
    }
    return false;
}

bool looks_like_url_or_email(std::string_view w) {
    if (istarts_with(w, "http://") || istarts_with(w, "https://") || istarts_with(w, "ftp://") ||
        istarts_with(w, "www.") || istarts_with(w, "mailto:"))
        return true;
    if (w.find("://") != std::string_view::npos) return true;
    const auto at = w.find('@');
    if (at == std::string_view::npos || at == 0) return false;
    // "franz371...@gmail.com": addresses shortened by mail archives keep their dots.
    if ((!is_word(decode_at(w, at - 1).cls) && w[at - 1] != '.') || at + 1 >= w.size())
        return false;
    const auto dot = w.find('.', at + 1);
    return dot != std::string_view::npos && dot + 1 < w.size() && is_ascii_alpha(w[dot + 1]) &&
           is_ascii_alpha(w[at + 1]);
}

// Punctuation characters whose repetitions stay one token ("...", "--", "!!", "**").
inline bool is_run_char(char c) {
    return std::strchr(".!?-*=~#+`'<>^", c) != nullptr && c != '\0';
}

// ---------------------------------------------------------------------------------------------

class Scanner {
public:
    Scanner(std::string_view text, const Abbreviations& abbr, std::vector<Token>& out)
        : s_(text), abbr_(abbr), out_(out) {}

    void run() {
        const std::size_t n = s_.size();
        std::size_t i = 0;
        bool line_start = true;
        while (i < n) {
            // Whitespace.
            Cp c = decode_at(s_, i);
            if (c.cls == kSpace) {
                if (s_[i] == '\n') line_start = true;
                i += c.len;
                continue;
            }
            // A chunk: everything up to the next whitespace. Plain ASCII words, the common case,
            // are noticed on the way and skip the general scanner.
            const std::size_t b = i;
            bool plain = true;
            while (i < n) {
                const auto byte = static_cast<unsigned char>(s_[i]);
                if (byte < 0x80) {
                    const Cls cls = kAscii[byte];
                    if (cls == kSpace) break;
                    if (cls != kLetter || byte == '_') plain = false;
                    ++i;
                    continue;
                }
                plain = false;
                c = decode_at(s_, i);
                if (c.cls == kSpace) break;
                i += c.len;
            }
            const std::size_t before = out_.size();
            if (plain) emit_word(b, i);
            else chunk(b, i, line_start);
            line_start = false;
            if (out_.size() > before) out_.back().space_after = i < n;
        }
    }

private:
    void emit(std::size_t b, std::size_t e) {
        Token& t = out_.emplace_back();
        t.form.assign(s_.data() + b, e - b);
        t.start = static_cast<uint32_t>(b);
        t.end = static_cast<uint32_t>(e);
        t.space_after = false;
    }

    void emit_word(std::size_t b, std::size_t e) {
        if (b >= e) return;
        if (const auto k = contraction_split(s_.substr(b, e - b)); k != 0) {
            emit(b, b + k);
            emit(b + k, e);
            return;
        }
        emit(b, e);
    }

    // One punctuation or symbol character (with its joiners and same-character run) at i; returns
    // its end.
    std::size_t symbol_end(std::size_t i, std::size_t e) const {
        const char c = s_[i];
        std::size_t j = i;
        if (static_cast<unsigned char>(c) < 0x80 && is_run_char(c)) {
            const bool sentence_end = c == '.' || c == '!' || c == '?';
            ++j;
            while (j < e && (s_[j] == c || (sentence_end && (s_[j] == '.' || s_[j] == '!' ||
                                                             s_[j] == '?'))))
                ++j;
            return j;
        }
        j += decode_at(s_, i).len;
        // Joiners, variation selectors and skin tones belong to the symbol; a zero-width joiner
        // also pulls in the next pictograph (family and profession emoji).
        while (j < e) {
            const Cp n = decode_at(s_, j);
            if (n.cls != kExtend) break;
            j += n.len;
            if (n.cp == 0x200D && j < e) {
                const Cp m = decode_at(s_, j);
                if (m.cls == kPunct && m.cp >= 0x2000) j += m.len;
            }
        }
        return j;
    }

    void chunk(std::size_t b, std::size_t e, bool line_start) {
        const auto w = s_.substr(b, e - b);
        if (is_emoticon(w)) {
            emit(b, e);
            return;
        }
        if (line_start && is_list_marker(w) && rest_of_line_has_text(e)) {
            emit(b, e);
            return;
        }
        if (looks_like_url_or_email(w)) {
            url_chunk(b, e);
            return;
        }
        scan(b, e);
    }

    bool rest_of_line_has_text(std::size_t i) const {
        for (; i < s_.size() && s_[i] != '\n'; ++i) {
            const auto c = static_cast<unsigned char>(s_[i]);
            if (c >= 0x80 || kAscii[c] != kSpace) return true;
        }
        return false;
    }

    void url_chunk(std::size_t b, std::size_t e) {
        // Opening quotes and brackets before the address, closing punctuation after it.
        std::size_t l = b;
        while (l < e && s_[l] != '\0' && std::strchr("([{<\"'", s_[l]) != nullptr) ++l;
        std::size_t r = e;
        const auto whole = s_.substr(l, r - l);
        const auto opens = std::count(whole.begin(), whole.end(), '(');
        auto closes = std::count(whole.begin(), whole.end(), ')');
        while (r > l) {
            const char c = s_[r - 1];
            if (c != '\0' && std::strchr(".,;:!?'\">]", c) != nullptr) {
                --r;
            } else if (c == ')') {
                // A closing bracket belongs to the address only when it closes one inside it.
                if (opens >= closes) break;
                --closes;
                --r;
            } else {
                break;
            }
        }
        if (l >= r) {
            scan(b, e);
            return;
        }
        if (l > b) scan(b, l);
        emit(l, r);
        if (r < e) scan(r, e);
    }

    // The general scanner over a chunk: words with their internal connectors, clitics split,
    // punctuation split off.
    void scan(std::size_t b, std::size_t e) {
        std::size_t tok = b;  // start of the current word
        std::size_t i = b;
        Cls prev = kSpace;
        while (i < e) {
            const Cp c = decode_at(s_, i);
            if (is_word(c.cls)) {
                prev = c.cls;
                i += c.len;
                continue;
            }
            const std::size_t after = i + c.len;
            const Cp next = after < e ? decode_at(s_, after) : Cp{0, 0, kSpace};
            const bool prev_word = i > tok && is_word(prev);
            const bool next_word = is_word(next.cls);

            // Apostrophes: clitics or word-internal (O'Brien).
            if (const unsigned ap = apostrophe_at(s_, i); ap != 0 && i + ap <= e) {
                std::size_t t_end = i + ap;
                while (t_end < e && is_ascii_alpha(s_[t_end])) ++t_end;
                const bool tail_ends = t_end == e || !is_word(decode_at(s_, t_end).cls);
                const auto tail = s_.substr(i + ap, t_end - i - ap);
                if (prev_word && prev == kLetter && tail_ends) {
                    if (iequals(tail, "t") && lower(s_[i - 1]) == 'n') {
                        if (i - 1 > tok) emit_word(tok, i - 1);
                        emit(i - 1, t_end);
                        tok = i = t_end;
                        prev = kLetter;
                        continue;
                    }
                    if (is_clitic_tail(tail)) {
                        emit_word(tok, i);
                        emit(i, t_end);
                        tok = i = t_end;
                        prev = kLetter;
                        continue;
                    }
                }
                if (!prev_word && i == tok && i == b && tail_ends && is_clitic_tail(tail)) {
                    emit(i, t_end);  // a clitic written apart: "China 's"
                    tok = i = t_end;
                    prev = kLetter;
                    continue;
                }
                // Decades keep their "'s" as EWT does ("80's").
                if (prev_word && prev == kDigit && tail_ends && iequals(tail, "s")) {
                    i = t_end;
                    continue;
                }
                if (prev_word && prev == kLetter && next_word && !tail.empty()) {
                    i += ap;  // O'Brien, o'clock
                    prev = kLetter;
                    continue;
                }
            }

            if (c.cp < 0x80 && connects(static_cast<char>(c.cp), i, tok, e, prev_word, prev,
                                        next_word, next)) {
                i += c.len;
                prev = c.cls;
                continue;
            }
            // A number with a plus sign: "+44" (EWT splits off a minus sign, though).
            if (c.cp == '+' && i == tok && !prev_word && next.cls == kDigit &&
                (i == b || !is_word(prev))) {
                i += c.len;
                prev = kPunct;
                continue;
            }
            // A decimal written without the leading zero: ".5".
            if (c.cp == '.' && i == tok && next.cls == kDigit && i == b) {
                i += c.len;
                continue;
            }

            // The period of an abbreviation stays with it; "Inc.." is "Inc." and ".".
            if (c.cp == '.' && prev_word &&
                (after >= e || s_[after] != '.' || after + 1 >= e || s_[after + 1] != '.')) {
                const auto word = s_.substr(tok, after - tok);
                if (abbr_.contains(word)) {
                    emit(tok, after);
                    tok = i = after;
                    prev = kPunct;
                    continue;
                }
            }

            if (i > tok) emit_word(tok, i);
            const std::size_t sym_end = symbol_end(i, e);
            emit(i, sym_end);
            tok = i = sym_end;
            prev = kPunct;
        }
        if (i > tok) emit_word(tok, i);
    }

    // Whether an ASCII punctuation character at i joins the word before it with the word after.
    bool connects(char c, std::size_t i, std::size_t tok, std::size_t e, bool prev_word, Cls prev,
                  bool next_word, Cp next) const {
        if (!prev_word || !next_word) return false;
        const auto word = s_.substr(tok, i - tok);
        switch (c) {
        case '.': {
            // "cooperation.The": a missing space after a sentence, not a file name or domain.
            if (next.cls == kLetter && is_ascii_upper(static_cast<char>(next.cp)) &&
                i + 2 < e && is_ascii_lower(s_[i + 2]) && word.size() >= 2 &&
                std::all_of(word.begin(), word.end(), is_ascii_lower))
                return false;
            return true;
        }
        case ',': {
            // Thousands: "1,000", "3,202.61".
            if (prev != kDigit) return false;
            std::size_t j = i + 1;
            while (j < e && is_ascii_digit(s_[j])) ++j;
            return j - i - 1 == 3 && (j == e || !is_ascii_digit(s_[j]));
        }
        case ':':
            return prev == kDigit && next.cls == kDigit;  // 10:30
        case '/': {
            if (prev == kDigit && next.cls == kDigit) return true;  // 9/11, 11/28/2000
            // Short letter pairs ("w/o", "I/C"), but not word alternatives ("and/or").
            std::size_t seg = i;
            while (seg > tok && s_[seg - 1] != '/') --seg;
            std::size_t j = i + 1;
            while (j < e && is_ascii_alpha(s_[j])) ++j;
            return i - seg == 1 && j - i - 1 == 1;
        }
        case '&':
            // AT&T, R&D, PG&E.
            return is_ascii_upper(s_[i - 1]) && is_ascii_upper(static_cast<char>(next.cp));
        case '@':
            return true;
        case '-': {
            // Segment before the hyphen (since the last hyphen) and after it.
            std::size_t seg = i;
            while (seg > tok && s_[seg - 1] != '-') --seg;
            std::size_t j = i + 1;
            while (j < e && is_word(decode_at(s_, j).cls)) j += decode_at(s_, j).len;
            const auto left = s_.substr(seg, i - seg);
            const auto right = s_.substr(i + 1, j - i - 1);
            const bool left_digit = std::any_of(left.begin(), left.end(), is_ascii_digit);
            const bool right_digit = std::any_of(right.begin(), right.end(), is_ascii_digit);
            if (left_digit && right_digit) {
                // Year ranges are split ("1969 - 1970"); phone numbers and codes stay whole.
                const bool all_digits =
                    std::all_of(left.begin(), left.end(), is_ascii_digit) &&
                    std::all_of(right.begin(), right.end(), is_ascii_digit);
                return !(all_digits && left.size() == 4 &&
                         (right.size() == 4 || right.size() == 2) && seg == tok);
            }
            // "F-16" and "COVID-19" stay whole; "15-year" is split as EWT does.
            if (left_digit || right_digit) return right_digit;
            return seg == tok && is_hyphen_prefix(left);
        }
        default:
            return false;
        }
    }

    std::string_view s_;
    const Abbreviations& abbr_;
    std::vector<Token>& out_;
};

}  // namespace

// -------------------------------------------------------------------------------------------------

Abbreviations Abbreviations::parse(std::string_view content, const std::string& source) {
    static constexpr std::string_view kHeader = "# claimgraph abbreviations v1";
    Abbreviations a;
    std::size_t line_no = 0;
    std::size_t pos = 0;
    while (pos <= content.size()) {
        auto nl = content.find('\n', pos);
        if (nl == std::string_view::npos) nl = content.size();
        auto line = content.substr(pos, nl - pos);
        pos = nl + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line_no == 1) {
            if (line != kHeader)
                throw InputError(source + ":1: not an abbreviation list: the first line must be '" +
                                 std::string(kHeader) + "'");
            continue;
        }
        if (line.empty() || line[0] == '#') continue;
        const auto sep = line.find_first_of(" \t");
        const auto word = line.substr(0, sep);
        std::string_view kind_text;
        if (sep != std::string_view::npos) {
            kind_text = line.substr(sep);
            while (!kind_text.empty() && (kind_text[0] == ' ' || kind_text[0] == '\t'))
                kind_text.remove_prefix(1);
            while (!kind_text.empty() && (kind_text.back() == ' ' || kind_text.back() == '\t'))
                kind_text.remove_suffix(1);
        }
        Kind kind;
        if (kind_text == "title") kind = Kind::title;
        else if (kind_text == "common") kind = Kind::common;
        else
            throw InputError(source + ":" + std::to_string(line_no) +
                             ": expected '<abbreviation> title|common', got '" +
                             std::string(line) + "'");
        if (word.size() < 2 || word.back() != '.')
            throw InputError(source + ":" + std::to_string(line_no) + ": the abbreviation '" +
                             std::string(word) + "' must end with a period");
        a.entries_.push_back({std::string(word), kind});
    }
    std::sort(a.entries_.begin(), a.entries_.end(),
              [](const Entry& x, const Entry& y) { return x.word < y.word; });
    a.entries_.erase(std::unique(a.entries_.begin(), a.entries_.end(),
                                 [](const Entry& x, const Entry& y) { return x.word == y.word; }),
                     a.entries_.end());
    return a;
}

Abbreviations Abbreviations::load(const std::string& path) {
    return parse(read_file(path), path);
}

const Abbreviations& Abbreviations::shipped() {
    static const Abbreviations a = load(find_data_file("abbreviations.txt"));
    return a;
}

Abbreviations::Kind Abbreviations::kind(std::string_view word) const {
    if (word.size() < 2 || word.back() != '.') return Kind::none;
    auto it = std::lower_bound(entries_.begin(), entries_.end(), word,
                               [](const Entry& x, std::string_view w) { return x.word < w; });
    if (it != entries_.end() && it->word == word) return it->kind;
    if (word.size() == 2 && is_ascii_upper(word[0])) return Kind::title;  // an initial: "J."
    if (is_dotted_abbreviation(word)) return Kind::common;
    return Kind::none;
}

Tokenizer::Tokenizer() : abbreviations_(Abbreviations::shipped()) {}

Tokenizer::Tokenizer(Abbreviations abbreviations) : abbreviations_(std::move(abbreviations)) {}

void Tokenizer::tokenize(std::string_view text, std::vector<Token>& out) const {
    Scanner(text, abbreviations_, out).run();
}

void Tokenizer::process(Document& doc) const {
    if (doc.text.size() > UINT32_MAX)
        throw InputError("document " + doc.id +
                         " is larger than 4 GiB; split it before extraction");
    doc.tokens.clear();
    doc.tokens.reserve(doc.text.size() / 4 + 16);
    tokenize(doc.text, doc.tokens);
    doc.layers |= kTokens;
}

}  // namespace claimgraph::extract
