// DocId: a document id as evidence holds it. Ids are interned in one process-wide table (a
// corpus has thousands of documents and hundreds of thousands of pieces of evidence naming them),
// so each piece of evidence keeps a pointer instead of its own copy of a path: 8 bytes instead of
// 32 plus a heap block for any id over 15 characters. It reads like a const std::string.
// Interned ids live until the process ends, like symbols; the table is safe to use from several
// threads.
#pragma once

#include <compare>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace claimgraph::graph {

class DocId {
public:
    DocId() : s_(empty_id()) {}
    DocId(std::string_view id) : s_(intern(id)) {}
    DocId(const std::string& id) : s_(intern(id)) {}
    DocId(const char* id) : s_(intern(id)) {}

    DocId& operator=(std::string_view id) {
        s_ = intern(id);
        return *this;
    }
    DocId& operator=(const std::string& id) { return *this = std::string_view(id); }
    DocId& operator=(const char* id) { return *this = std::string_view(id); }
    void assign(const char* data, std::size_t size) { *this = std::string_view(data, size); }

    const std::string& str() const { return *s_; }
    operator const std::string&() const { return *s_; }
    operator std::string_view() const { return *s_; }
    const char* data() const { return s_->data(); }
    const char* c_str() const { return s_->c_str(); }
    std::size_t size() const { return s_->size(); }
    bool empty() const { return s_->empty(); }

    // Interned: equal ids are the same string.
    friend bool operator==(const DocId& a, const DocId& b) { return a.s_ == b.s_; }
    friend std::strong_ordering operator<=>(const DocId& a, const DocId& b) {
        if (a.s_ == b.s_) return std::strong_ordering::equal;
        return a.s_->compare(*b.s_) < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    friend bool operator==(const DocId& a, std::string_view b) { return *a.s_ == b; }
    friend std::strong_ordering operator<=>(const DocId& a, std::string_view b) {
        const int c = std::string_view(*a.s_).compare(b);
        return c < 0 ? std::strong_ordering::less
                     : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
    }
    // Exact overloads, so that comparing with a literal or a string is not ambiguous between
    // converting the right side to a DocId and to a string_view.
    friend bool operator==(const DocId& a, const char* b) { return *a.s_ == b; }
    friend bool operator==(const DocId& a, const std::string& b) { return *a.s_ == b; }
    friend std::strong_ordering operator<=>(const DocId& a, const char* b) {
        return a <=> std::string_view(b);
    }
    friend std::strong_ordering operator<=>(const DocId& a, const std::string& b) {
        return a <=> std::string_view(b);
    }
    friend std::string operator+(const DocId& a, std::string_view b) {
        std::string out(*a.s_);
        out += b;
        return out;
    }
    friend std::string operator+(std::string_view a, const DocId& b) {
        std::string out(a);
        out += *b.s_;
        return out;
    }
    friend std::ostream& operator<<(std::ostream& out, const DocId& id) { return out << *id.s_; }

private:
    static const std::string* intern(std::string_view id);
    static const std::string* empty_id();
    const std::string* s_;
};

}  // namespace claimgraph::graph
