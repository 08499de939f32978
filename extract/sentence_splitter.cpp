#include "extract/sentence_splitter.hpp"

#include "common/error.hpp"
#include "common/utf8.hpp"

#include <algorithm>
#include <string_view>

namespace claimgraph::extract {

namespace {

constexpr uint32_t kNone = UINT32_MAX;

inline bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

bool starts_lower(std::string_view f) { return !f.empty() && ascii_lower(f[0]); }

bool in(std::string_view f, std::initializer_list<std::string_view> set) {
    return std::find(set.begin(), set.end(), f) != set.end();
}

bool iequal(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (ascii_upper(x)) x = static_cast<char>(x - 'A' + 'a');
        if (ascii_upper(y)) y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

// Sentence-final punctuation: ".", "!", "?", their runs ("...", "?!"), "…", and the CJK forms.
bool is_terminal(std::string_view f) {
    if (f.empty()) return false;
    const auto c0 = static_cast<unsigned char>(f[0]);
    if (c0 != '.' && c0 != '!' && c0 != '?' && c0 != 0xE2 && c0 != 0xE3 && c0 != 0xEF)
        return false;  // cheap rejection: this runs for every token
    if (std::all_of(f.begin(), f.end(), [](char c) { return c == '.' || c == '!' || c == '?'; }))
        return true;
    static constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
    if (f.size() % 3 == 0) {
        bool all = true;
        for (std::size_t i = 0; i < f.size(); i += 3)
            if (f.substr(i, 3) != kEllipsis) all = false;
        if (all) return true;
    }
    return in(f, {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F"});  // 。！？
}

// Closing quotes and brackets that belong to the sentence before them.
// Closing quotes and brackets that belong to the sentence before them; so do emoticons.
bool is_closer(std::string_view f) {
    return in(f, {")", "]", "}", "\"", "''", "'", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB",
                  "\xE2\x80\xBA",  // ” ’ » ›
                  ":)", ":-)", ":(", ":-(", ":D", ":-D", ";)", ";-)", ":P", ":-P", ":p", ":-p",
                  ":/", ":-/", ":'(", "=)", "=(", "^_^", "^^"});
}

// Lower-case words that open sentences in informal text ("i think ...", "thanks for ...").
bool is_lowercase_opener(std::string_view f) {
    return in(f, {"i", "you", "he", "she", "we", "they", "it", "there", "this", "that", "these",
                  "the", "what", "why", "how", "who", "where", "when", "just", "and", "but", "so",
                  "plus", "please", "thanks", "thank", "my", "our", "your", "if", "do", "are",
                  "is", "can", "will", "let", "lol", "ok", "okay", "also", "now", "then", "well",
                  "yes", "no", "oh", "hi", "hey", "anyway"});
}

// Words that typically open a sentence, used after abbreviations that may also end one.
bool is_sentence_opener(std::string_view f) {
    return in(f, {"The", "This", "That", "These", "Those", "It", "Its", "He", "She", "We", "They",
                  "I", "You", "There", "Here", "In", "On", "At", "But", "And", "Or", "However",
                  "A", "An", "If", "When", "As", "For", "Our", "His", "Her", "Their", "My",
                  "Your", "What", "Why", "How", "Who", "Which", "Where", "So", "Then", "Also",
                  "After", "Before", "Some", "Many", "Most", "All", "Each", "Both", "No", "Not",
                  "Yes", "Now", "Today", "While", "Although", "Since", "Because", "With", "From",
                  "By", "To", "Meanwhile", "Moreover", "Furthermore", "Thus", "Therefore",
                  "Mr.", "Mrs.", "Ms.", "Dr.", "Please", "Thanks", "Thank"});
}

// Line-start list markers as the tokenizer joins them: "1.", "12)", "a.", "iv.".
bool is_marker_token(std::string_view w) {
    if (w.size() < 2 || (w.back() != '.' && w.back() != ')')) return false;
    const auto body = w.substr(0, w.size() - 1);
    if (body.size() <= 3 && std::all_of(body.begin(), body.end(), ascii_digit)) return true;
    if (body.size() == 1 && (ascii_lower(body[0]) || ascii_upper(body[0]))) return true;
    if (body.size() <= 4) {
        const bool lo = std::all_of(body.begin(), body.end(),
                                    [](char c) { return c == 'i' || c == 'v' || c == 'x'; });
        const bool up = std::all_of(body.begin(), body.end(),
                                    [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
        return lo || up;
    }
    return false;
}

bool is_enumerator(std::string_view w) {
    if (w.empty() || w.size() > 4) return false;
    if (std::all_of(w.begin(), w.end(), ascii_digit)) return w.size() <= 3;
    if (w.size() == 1) return ascii_lower(w[0]) || ascii_upper(w[0]);
    const auto lower_roman = [](char c) { return c == 'i' || c == 'v' || c == 'x'; };
    const auto upper_roman = [](char c) { return c == 'I' || c == 'V' || c == 'X'; };
    return std::all_of(w.begin(), w.end(), lower_roman) ||
           std::all_of(w.begin(), w.end(), upper_roman);
}

// • · – — ▪ ◦ ● ■ ► ➢ ✓ ✔ →, and "o" as used for second-level bullets in office documents.
bool is_bullet(std::string_view f) {
    return in(f, {"-", "*", "+", "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\x93", "\xE2\x80\x94",
                  "\xE2\x96\xAA", "\xE2\x97\xA6", "\xE2\x97\x8F", "\xE2\x96\xA0", "\xE2\x96\xBA",
                  "\xE2\x9E\xA2", "\xE2\x9C\x93", "\xE2\x9C\x94", "\xE2\x86\x92", "o"});
}

// Ordinal and number words that lead section titles ("Second, the importance of ...",
// "Three. China's measures ...").
bool is_ordinal_word(std::string_view f) {
    static constexpr std::string_view kWords[] = {
        "first",   "second",   "third",   "fourth",  "fifth",   "sixth",  "seventh", "eighth",
        "ninth",   "tenth",    "firstly", "secondly", "thirdly", "fourthly", "fifthly", "one",
        "two",     "three",    "four",    "five",    "six",     "seven",  "eight",   "nine",
        "ten",     "eleven",   "twelve"};
    if (f.empty() || !ascii_upper(f[0])) return false;
    for (auto w : kWords)
        if (iequal(f, w)) return true;
    return false;
}

// Words whose presence shows a clause rather than a title: auxiliaries and subject pronouns.
bool is_clause_cue(std::string_view f) {
    static constexpr std::string_view kCues[] = {
        "is",  "are", "was",  "were", "be",   "been",  "am",   "has",   "have", "had",
        "will", "would", "can", "could", "should", "must", "may", "might", "shall", "do",
        "does", "did", "we",  "i",    "you",  "he",    "she",  "they",  "it",   "there"};
    for (auto w : kCues)
        if (iequal(f, w)) return true;
    return false;
}

// A line that ends like this continues on the next one (hard-wrapped text).
bool is_continuation(std::string_view f) {
    return in(f, {",", "-", "\xE2\x80\x93", "&", "/", "and", "or", "of", "the", "a", "an", "to",
                  "in", "for", "with", "by", "on", "at", "from", "that", "which", "as", "but"});
}

// A dash standing between words: em dash, en dash, "--", or a spaced hyphen.
bool is_spaced_dash(std::string_view f) {
    return in(f, {"\xE2\x80\x94", "\xE2\x80\x93", "--", "-"});
}

bool is_month(std::string_view f) {
    return in(f, {"January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.",
                  "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec."});
}

// A capital letter of the Latin alphabets, accented ones too ("ÅLESUND", "ŁÓDŹ"): A-Z, the
// Latin-1 capitals and the capitals of Latin Extended-A. Sets `len` to the letter's bytes.
bool capital_at(std::string_view f, std::size_t pos, std::size_t& len) {
    len = 1;
    if (pos >= f.size()) return false;
    std::size_t next = pos;
    const char32_t cp = utf8::decode(f, next);
    len = next - pos;
    if (cp < 0x80) return ascii_upper(static_cast<char>(cp));
    if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;  // not the multiplication sign
    if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
    if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
    if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
    return cp == 0x178 || cp == 0x179 || cp == 0x17B || cp == 0x17D;
}

bool starts_capital(std::string_view f) {
    std::size_t len = 0;
    return capital_at(f, 0, len);
}

// "BRUSSELS", "NEW": a word of capitals only, three letters or more.
bool all_capitals(std::string_view f) {
    if (f.size() < 3) return false;
    for (std::size_t k = 0, len = 0; k < f.size(); k += len) {
        if (!capital_at(f, k, len)) return false;
    }
    return true;
}

enum class LineKind : uint8_t { normal, list, navigation };

struct Line {
    uint32_t first;
    uint32_t end;
    uint32_t paragraph;
    LineKind kind = LineKind::normal;
    uint32_t marker = 0;  // tokens of the list marker
};

struct Span {
    uint32_t first;
    uint32_t end;
    Block block;
    int32_t item;
    uint32_t paragraph;
};

class Splitter {
public:
    Splitter(const Document& doc, const Abbreviations& abbr, uint32_t max_tokens)
        : doc_(doc), tok_(doc.tokens), abbr_(abbr), max_(max_tokens) {}

    std::vector<Span> run() {
        build_lines();
        for (std::size_t li = 0; li < lines_.size(); ++li) do_line(li);
        return std::move(spans_);
    }

private:
    std::string_view form(uint32_t k) const { return tok_[k].form; }

    void build_lines() {
        uint32_t paragraph = 0;
        const auto& text = doc_.text;
        for (uint32_t k = 0; k < tok_.size(); ++k) {
            bool new_line = k == 0;
            if (k > 0) {
                const uint32_t from = std::min<uint32_t>(tok_[k - 1].end, tok_[k].start);
                int newlines = 0;
                for (uint32_t i = from; i < tok_[k].start && i < text.size(); ++i)
                    if (text[i] == '\n') ++newlines;
                if (newlines > 0) new_line = true;
                if (newlines > 1) ++paragraph;
            }
            if (new_line) lines_.push_back({k, k + 1, paragraph});
            else lines_.back().end = k + 1;
        }
        for (auto& line : lines_) classify(line);
        paragraph_end_.assign(paragraph + 1, 0);
        for (const auto& line : lines_) paragraph_end_[line.paragraph] = line.end;
    }

    void classify(Line& line) {
        const uint32_t f = line.first, n = line.end - line.first;
        if (n >= 2) {
            const auto f0 = form(f);
            if (is_marker_token(f0)) line.marker = 1;
            else if (is_bullet(f0) && tok_[f].space_after) line.marker = 1;
            else if (f0 == "(" && n >= 4 && form(f + 2) == ")" && is_enumerator(form(f + 1)))
                line.marker = 3;
            if (line.marker) {
                line.kind = LineKind::list;
                return;
            }
        }
        if (is_navigation(line)) line.kind = LineKind::navigation;
    }

    // Breadcrumbs: at least two separators of one kind standing between spaces, and all parts
    // but the last short, capitalised and without sentence punctuation.
    bool is_navigation(const Line& line) const {
        const uint32_t n = line.end - line.first;
        if (n < 5 || n > 200) return false;
        // Count each kind of separator standing between spaces; the most frequent one splits.
        static constexpr std::string_view kSeparators[] = {
            "-", ">", ">>", "|", "/", "\xC2\xBB", "\xE2\x80\xBA", "\xE2\x80\x93",
            "\xE2\x80\x94", "\xE2\x86\x92", "::", "\xC2\xB7", "\xE2\x80\xA2"};
        constexpr std::size_t kinds = sizeof(kSeparators) / sizeof(kSeparators[0]);
        int counts[kinds] = {};
        for (uint32_t k = line.first + 1; k + 1 < line.end; ++k) {
            if (!tok_[k - 1].space_after || !tok_[k].space_after) continue;
            for (std::size_t j = 0; j < kinds; ++j)
                if (form(k) == kSeparators[j]) ++counts[j];
        }
        std::string_view sep;
        int best = 0;
        for (std::size_t j = 0; j < kinds; ++j)
            if (counts[j] > best) {
                best = counts[j];
                sep = kSeparators[j];
            }
        // A pipe never separates prose: "Published 14 November 2026 | Press Office" is a byline.
        if (counts[3] >= 1 && counts[3] >= best) {
            const auto last = form(line.end - 1);
            bool sentence_end = last == "." || last == "!" || last == "?";
            uint32_t seg = 0, longest = 0;
            for (uint32_t k = line.first; k < line.end; ++k) {
                seg = form(k) == "|" ? 0 : seg + 1;
                longest = std::max(longest, seg);
            }
            if (!sentence_end && longest <= 8) return true;
        }
        if (best < 2) return false;
        uint32_t seg_start = line.first;
        bool first_segment = true;
        for (uint32_t k = line.first; k < line.end; ++k) {
            const bool is_sep = k > line.first && k + 1 < line.end && form(k) == sep &&
                                tok_[k - 1].space_after && tok_[k].space_after;
            if (!is_sep) continue;
            const uint32_t len = k - seg_start;
            if (len == 0 || len > 6) return false;
            const auto head = form(seg_start);
            if (starts_lower(head) || ascii_digit(head[0])) return false;
            // The first part may carry a label: "You are here: Home / News / ...".
            for (uint32_t j = seg_start; j < k; ++j)
                if (is_terminal(form(j)) || in(form(j), {",", ";"}) ||
                    (form(j) == ":" && !first_segment))
                    return false;
            seg_start = k + 1;
            first_segment = false;
        }
        return seg_start < line.end;
    }

    bool ends_with_final(const Line& line) const {
        uint32_t k = line.end - 1;
        while (k > line.first && is_closer(form(k))) --k;
        const auto f = form(k);
        if (is_terminal(f)) return true;
        return f.size() > 1 && f.back() == '.' && abbr_.contains(f) && !is_marker_token(f);
    }

    bool last_in_paragraph(std::size_t li) const {
        return li + 1 == lines_.size() || lines_[li + 1].paragraph != lines_[li].paragraph;
    }

    bool break_after(std::size_t li) const {
        if (last_in_paragraph(li)) return true;
        const Line& line = lines_[li];
        const Line& next = lines_[li + 1];
        if (line.kind == LineKind::navigation || next.kind != LineKind::normal) return true;
        if (ends_with_final(line)) return true;
        if (starts_lower(form(next.first))) return false;
        return !is_continuation(form(line.end - 1));
    }

    // Where a sentence ends when token k is a candidate boundary: one past the boundary (after
    // closing quotes and brackets), or kNone.
    uint32_t boundary_after(uint32_t k, uint32_t line_end, uint32_t par_end) const {
        const auto f = form(k);
        const bool terminal = is_terminal(f);
        Abbreviations::Kind ak = Abbreviations::Kind::none;
        if (!terminal) {
            if (f.size() < 2 || f.back() != '.') return kNone;
            ak = abbr_.kind(f);
            if (ak == Abbreviations::Kind::none) return kNone;
        }
        uint32_t e = k + 1;
        while (e < line_end && is_closer(form(e)) &&
               (form(e) != "\"" && form(e) != "'" ? true : !tok_[e - 1].space_after))
            ++e;
        if (e >= par_end) return e;
        const auto next = form(e);
        // ". . ." and "? ? ?" end where the run ends; "(sp?)," and "?:" go on.
        if (is_terminal(next) || in(next, {",", ";", ":"})) return kNone;
        if (ak == Abbreviations::Kind::title) return kNone;
        if (starts_lower(next)) {
            // After "?" and "!" informal text often goes on in lower case; after a period only a
            // typical opener makes a new sentence ("... tomorrow. i think ...").
            if (!terminal || e > k + 1) return kNone;
            if (f.find_first_of("?!") != std::string_view::npos) return e;
            return f == "." && is_lowercase_opener(next) ? e : kNone;
        }
        if (ak == Abbreviations::Kind::common) return is_sentence_opener(next) ? e : kNone;
        return e;
    }

    bool ordinal_heading(const Line& line) const {
        const uint32_t n = line.end - line.first;
        if (n < 3 || n > 25 || !is_ordinal_word(form(line.first))) return false;
        const auto punct = form(line.first + 1);
        if (!in(punct, {",", ".", ":", "\xE3\x80\x81"})) return false;  // 、
        for (uint32_t k = line.first + 2; k < line.end; ++k) {
            if (is_clause_cue(form(k))) return false;
            if (k + 1 < line.end && is_terminal(form(k))) return false;
        }
        return true;
    }

    bool plain_heading(const Line& line) const {
        const uint32_t n = line.end - line.first;
        if (n > 20 || ends_with_final(line)) return false;
        const auto head = form(line.first);
        if (starts_lower(head)) return false;
        const auto last = form(line.end - 1);
        if (in(last, {",", ";", ":"}) || is_continuation(last)) return false;
        for (uint32_t k = line.first; k < line.end; ++k)
            if (!tok_[k].form.empty() &&
                (ascii_lower(tok_[k].form[0]) || ascii_upper(tok_[k].form[0]) ||
                 static_cast<unsigned char>(tok_[k].form[0]) >= 0xC3))
                return true;
        return false;
    }

    // "9:45", "10:30", "08.05": hours of one or two digits, a colon or a point, two digits of minutes.
    static bool is_clock(std::string_view f) {
        const std::size_t sep = f.find_first_of(":.");
        if (sep == std::string_view::npos || sep < 1 || sep > 2 || f.size() != sep + 3) return false;
        for (std::size_t k = 0; k < f.size(); ++k) {
            if (k != sep && !ascii_digit(f[k])) return false;
        }
        return true;
    }

    // A news dateline opening a paragraph: "BRUSSELS, March 4 (Reuters) — The Commission ...",
    // "WASHINGTON (AP) -- ...", "Geneva, 12 May 2025 – ...". Returns one past its dash, or kNone.
    // Up to 15 capitalised words, commas, dates and a bracketed agency before a spaced dash, with
    // a place in capitals and a comma, a month and a number, or a bracketed source; a capital
    // after the dash. A clock time before the dash ("17:05 - ") is a live report's stamp.
    uint32_t dateline_end(const Line& line) const {
        constexpr uint32_t kMaxWords = 15;
        uint32_t dash = kNone;
        for (uint32_t k = line.first + 1; k + 3 < line.end && k <= line.first + kMaxWords; ++k) {
            const auto f = form(k);
            if (is_spaced_dash(f) && tok_[k - 1].space_after && tok_[k].space_after) {
                dash = k;
                break;
            }
            // A bracketed source may be lower case: "BERLIN (dpa) -".
            const bool bracketed = form(k - 1) == "(" && form(k + 1) == ")";
            if (is_terminal(f) || (starts_lower(f) && !bracketed)) return kNone;
        }
        if (dash == kNone || !ascii_upper(form(dash + 1)[0])) return kNone;
        bool capitals = all_capitals(form(line.first)), month = false, number = false,
             source = false, comma = false;
        for (uint32_t k = line.first; k < dash; ++k) {
            const auto f = form(k);
            month = month || is_month(f);
            number = number || ascii_digit(f[0]);
            comma = comma || f == ",";
            source = source || (f == "(" && k + 2 < dash && form(k + 2) == ")" &&
                                (ascii_upper(form(k + 1)[0]) || ascii_lower(form(k + 1)[0])));
        }
        // A live report's time stamp: "10:30 - The union said", "08.05 GMT - ...": a clock time
        // and at most two more words before the dash.
        if (is_clock(form(line.first)) && dash <= line.first + 3) return dash + 1;
        if (!starts_capital(form(line.first))) return kNone;
        // A place in capitals has its comma ("SAN JOSE, Calif. --") or stands alone, one to three
        // words of four or more capitals ("OSLO - Norway's parliament"); "FYI - See rows 49-53"
        // is an acronym.
        bool only_capitals = dash - line.first <= 3;
        for (uint32_t k = line.first; k < dash && only_capitals; ++k) {
            only_capitals = all_capitals(form(k)) && form(k).size() >= 4;  // not "FYI"
        }
        return (capitals && (comma || only_capitals)) || (month && number) || source ? dash + 1
                                                                                     : kNone;
    }

    void do_line(std::size_t li) {
        const Line& line = lines_[li];
        if (line.paragraph != current_paragraph_) {
            current_paragraph_ = line.paragraph;
            item_ = -1;
        }
        const bool fresh = open_ == kNone;
        const bool brk = break_after(li);
        if (line.kind == LineKind::navigation) {
            item_ = -1;
            push(line.first, line.end, Block::navigation, line.paragraph);
            return;
        }
        if (fresh && brk && line.kind == LineKind::normal) {
            const bool markdown = line.end - line.first >= 2 &&
                                  form(line.first).find_first_not_of('#') == std::string_view::npos;
            if (ordinal_heading(line) || markdown) {
                item_ = -1;
                push(line.first, line.end, Block::heading, line.paragraph);
                return;
            }
        }
        if (line.kind == LineKind::list) item_ = -1;
        // A dateline is the paragraph's metadata, not part of its first sentence.
        uint32_t start = line.first;
        if (fresh && line.kind == LineKind::normal &&
            (li == 0 || lines_[li - 1].paragraph != line.paragraph)) {
            const uint32_t d = dateline_end(line);
            if (d != kNone) {
                push(line.first, d, Block::navigation, line.paragraph);
                start = d;
            }
        }
        const std::size_t spans_before = spans_.size();

        const uint32_t par_end = paragraph_end_[line.paragraph];

        bool label_pending = line.kind == LineKind::list;
        for (uint32_t k = start; k < line.end; ++k) {
            if (open_ == kNone) {
                open_ = k;
                open_block_ = (k == line.first && line.kind == LineKind::list) ? Block::list_item
                                                                               : Block::body;
            }
            if (line.kind == LineKind::list && k < line.first + line.marker) continue;
            if (label_pending && form(k) == ":" && k > line.first + line.marker &&
                k - line.first <= 25 && k + 1 < line.end) {
                push(open_, k + 1, open_block_, line.paragraph);
                label_pending = false;
                continue;
            }
            const uint32_t e = boundary_after(k, line.end, par_end);
            if (e == kNone) continue;
            if (e >= line.end && !brk && !is_terminal(form(k))) continue;
            push(open_, std::min(e, line.end), open_block_, line.paragraph);
            label_pending = false;
            k = std::min(e, line.end) - 1;
        }
        if (brk && open_ != kNone) push(open_, line.end, open_block_, line.paragraph);

        // A short line standing alone without final punctuation is a heading.
        if (fresh && brk && line.kind == LineKind::normal && spans_.size() == spans_before + 1 &&
            spans_.back().first == line.first && spans_.back().end == line.end &&
            plain_heading(line)) {
            spans_.back().block = Block::heading;
            spans_.back().item = -1;
            item_ = -1;
        }
    }

    void push(uint32_t first, uint32_t end, Block block, uint32_t paragraph) {
        open_ = kNone;
        if (first >= end) return;
        if (block == Block::list_item) item_ = static_cast<int32_t>(spans_.size());
        const int32_t item = block == Block::navigation || block == Block::heading ? -1 : item_;
        // Cut monsters at the best place in the last half of each window.
        if (end - first > max_) ++cut_count_;
        while (end - first > max_) {
            const uint32_t lo = first + std::max<uint32_t>(1, max_ / 2);
            const uint32_t hi = first + max_;
            uint32_t cut = kNone;
            for (uint32_t c = hi; c > lo && cut == kNone; --c)
                if (in(form(c - 1), {";", ":"})) cut = c;
            for (uint32_t c = hi; c > lo && cut == kNone; --c)
                if (form(c - 1) == ",") cut = c;
            for (uint32_t c = hi; c > lo && cut == kNone; --c)
                if (in(form(c), {"and", "but", "or", "while", "which", "because", "so"})) cut = c;
            if (cut == kNone) cut = hi;
            spans_.push_back({first, cut, block, item, paragraph});
            if (block == Block::list_item) block = Block::body;
            first = cut;
        }
        spans_.push_back({first, end, block, item, paragraph});
    }

public:
    uint32_t cut_count() const { return cut_count_; }

private:
    uint32_t cut_count_ = 0;  // sentences longer than max_, cut into pieces
    const Document& doc_;
    const std::vector<Token>& tok_;
    const Abbreviations& abbr_;
    uint32_t max_;
    std::vector<Line> lines_;
    std::vector<uint32_t> paragraph_end_;  // one past the last token of each paragraph
    std::vector<Span> spans_;
    uint32_t open_ = kNone;
    Block open_block_ = Block::body;
    int32_t item_ = -1;
    uint32_t current_paragraph_ = kNone;
};

}  // namespace

SentenceSplitter::SentenceSplitter(uint32_t max_tokens)
    : SentenceSplitter(Abbreviations::shipped(), max_tokens) {}

SentenceSplitter::SentenceSplitter(Abbreviations abbreviations, uint32_t max_tokens)
    : abbreviations_(std::move(abbreviations)), max_tokens_(max_tokens) {
    if (max_tokens_ < 2)
        throw ConfigError("the sentence splitter's maximum sentence length must be at least 2 "
                          "tokens, got " + std::to_string(max_tokens_));
}

void SentenceSplitter::process(Document& doc) const {
    doc.sentences.clear();
    Splitter splitter(doc, abbreviations_, max_tokens_);
    const auto spans = splitter.run();
    doc.sentences_cut = splitter.cut_count();
    doc.sentences.reserve(spans.size());
    for (const auto& s : spans) {
        Sentence out;
        out.first_token = s.first;
        out.end_token = s.end;
        out.start = doc.tokens[s.first].start;
        out.end = doc.tokens[s.end - 1].end;
        out.block = s.block;
        out.paragraph = s.paragraph;
        out.item = s.item;
        doc.sentences.push_back(out);
    }
    doc.layers |= kSentences;
}

}  // namespace claimgraph::extract
