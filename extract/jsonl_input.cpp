#include "extract/jsonl_input.hpp"

#include "common/error.hpp"

#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace claimgraph::extract {

namespace {

enum class Field { none, id, text, url, date, other };

// SAX handler for one record. Stops (returns false) with a message and a byte offset on the first
// problem, so the error names the exact column.
class RecordHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, RecordHandler> {
public:
    RecordHandler(InputDocument& doc, const std::size_t& offset) : doc_(doc), offset_(offset) {}

    bool StartObject() {
        if (depth_ == 0) {
            ++depth_;
            return true;
        }
        return nested();
    }
    bool EndObject(rapidjson::SizeType) {
        --depth_;
        return true;
    }
    bool StartArray() {
        if (depth_ == 0) return fail("a record must be a JSON object {\"id\": ..., \"text\": ...}, got an array");
        return nested();
    }
    bool EndArray(rapidjson::SizeType) {
        --depth_;
        return true;
    }
    bool Key(const char* str, rapidjson::SizeType len, bool) {
        if (depth_ > 1) return true;
        std::string_view k(str, len);
        key_ = k == "id" ? Field::id : k == "text" ? Field::text : k == "url" ? Field::url
             : k == "date" ? Field::date : Field::other;
        if (key_ == Field::other) return true;
        unsigned bit = 1u << static_cast<unsigned>(key_);
        if (seen_ & bit) return fail("key \"" + std::string(k) + "\" appears twice; keep one");
        seen_ |= bit;
        return true;
    }
    bool String(const char* str, rapidjson::SizeType len, bool) {
        if (depth_ == 0) return not_object("a string");
        if (depth_ > 1) return true;
        std::string_view v(str, len);
        switch (key_) {
            case Field::id:
                if (v.empty()) return fail("\"id\" is empty; give each document a unique id");
                doc_.id.assign(v);
                break;
            case Field::text: doc_.text.assign(v); break;
            case Field::url: doc_.url.assign(v); break;
            case Field::date: doc_.date.assign(v); break;
            default: break;
        }
        return true;
    }
    bool Null() {
        if (depth_ == 0) return not_object("null");
        if (depth_ > 1 || key_ == Field::url || key_ == Field::date || key_ == Field::other) return true;
        return wrong_type("null");
    }
    bool Bool(bool) {
        if (depth_ == 0) return not_object("a boolean");
        return depth_ > 1 || key_ == Field::other || wrong_type("a boolean");
    }
    bool Int(int i) { return integer(std::to_string(i)); }
    bool Uint(unsigned u) { return integer(std::to_string(u)); }
    bool Int64(int64_t i) { return integer(std::to_string(i)); }
    bool Uint64(uint64_t u) { return integer(std::to_string(u)); }
    bool Double(double) {
        if (depth_ == 0) return not_object("a number");
        return depth_ > 1 || key_ == Field::other || wrong_type("a number with a fraction");
    }

    bool has(Field k) const { return seen_ & (1u << static_cast<unsigned>(k)); }
    const std::string& message() const { return message_; }
    std::size_t error_offset() const { return error_offset_; }

private:
    bool nested() {
        ++depth_;
        if (depth_ == 2 && key_ != Field::other) {
            return fail(std::string("\"") + name(key_) + "\" must be " + expected(key_) +
                        ", got an object or array");
        }
        return true;
    }
    bool integer(std::string text) {
        if (depth_ == 0) return not_object("a number");
        if (depth_ > 1 || key_ == Field::other) return true;
        if (key_ == Field::id) {
            doc_.id = std::move(text);
            return true;
        }
        return wrong_type("a number");
    }
    bool not_object(const char* got) {
        return fail(std::string("a record must be a JSON object {\"id\": ..., \"text\": ...}, got ") + got);
    }
    bool wrong_type(const char* got) {
        return fail(std::string("\"") + name(key_) + "\" must be " + expected(key_) + ", got " + got);
    }
    static const char* name(Field k) {
        switch (k) {
            case Field::id: return "id";
            case Field::text: return "text";
            case Field::url: return "url";
            case Field::date: return "date";
            default: return "?";
        }
    }
    static const char* expected(Field k) {
        return k == Field::id ? "a string or a whole number" : k == Field::text ? "a string" : "a string or null";
    }
    bool fail(std::string message) {
        message_ = std::move(message);
        error_offset_ = offset_;
        return false;
    }

    InputDocument& doc_;
    const std::size_t& offset_;
    int depth_ = 0;
    Field key_ = Field::none;
    unsigned seen_ = 0;
    std::string message_;
    std::size_t error_offset_ = 0;
};

// Byte stream over the line that keeps its read position visible to the handler.
class LineStream {
public:
    using Ch = char;
    explicit LineStream(std::string_view s) : s_(s) {}
    Ch Peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }
    Ch Take() { return pos_ < s_.size() ? s_[pos_++] : '\0'; }
    std::size_t Tell() const { return pos_; }
    const std::size_t& position() const { return pos_; }
    Ch* PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    std::size_t PutEnd(Ch*) { return 0; }

private:
    std::string_view s_;
    std::size_t pos_ = 0;
};

[[noreturn]] void throw_at(std::string_view source, std::size_t line, std::size_t offset,
                           const std::string& what) {
    throw InputError(std::string(source) + ":" + std::to_string(line) + ":" +
                     std::to_string(offset + 1) + ": " + what);
}

}  // namespace

bool parse_jsonl_line(std::string_view line, std::string_view source, std::size_t line_number,
                      InputDocument& out) {
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) return false;
    out = InputDocument{};
    out.source = std::string(source);
    out.line = line_number;
    // A NUL byte would end RapidJSON's input early; report it where it is.
    if (auto nul = line.find('\0'); nul != std::string_view::npos) {
        throw_at(source, line_number, nul, "NUL byte in a JSON Lines record; this looks like a binary file");
    }
    LineStream stream(line);
    RecordHandler handler(out, stream.position());
    rapidjson::Reader reader;
    auto ok = reader.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(stream, handler);
    if (!ok) {
        if (!handler.message().empty()) {
            throw_at(source, line_number, handler.error_offset(),
                     handler.message() + " (JSON Lines: one {\"id\": ..., \"text\": ...} object a line)");
        }
        throw_at(source, line_number, ok.Offset(),
                 std::string("bad JSON: ") + rapidjson::GetParseError_En(ok.Code()) +
                     " (JSON Lines: one {\"id\": ..., \"text\": ...} object a line)");
    }
    if (!handler.has(Field::id)) {
        throw_at(source, line_number, 0, "the record has no \"id\"; give each document a unique id");
    }
    if (!handler.has(Field::text)) {
        throw_at(source, line_number, 0, "the record has no \"text\"; put the document's text under \"text\"");
    }
    return true;
}

}  // namespace claimgraph::extract
