// ASCII case folding, the one the whole project uses: only A-Z change, every other byte
// (digits, punctuation, UTF-8 sequences) is kept, whatever the C locale says.
#pragma once

#include <string>
#include <string_view>

namespace claimgraph::ascii {

inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

inline void lower_in_place(std::string& s) {
    for (char& c : s) c = lower(c);
}

inline std::string lower(std::string_view s) {
    std::string out(s);
    lower_in_place(out);
    return out;
}

// True when `a` and `b` are equal ignoring ASCII case, without a copy.
inline bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

}  // namespace claimgraph::ascii
