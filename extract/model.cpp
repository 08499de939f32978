#include "extract/model.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <ostream>

#include "common/error.hpp"
#include "common/file_io.hpp"
#include "common/paths.hpp"
#include "extract/bulk_alloc.hpp"
#include "extract/pipeline.hpp"

namespace claimgraph::extract {

namespace {

constexpr char kMagic[8] = {'C', 'L', 'G', 'R', 'M', 'D', 'L', '\x1a'};
constexpr std::size_t kHeaderSize = 8 + 4 + 8;

constexpr uint32_t section_tag(const char (&s)[5]) {
    return static_cast<uint32_t>(static_cast<unsigned char>(s[0])) |
           static_cast<uint32_t>(static_cast<unsigned char>(s[1])) << 8 |
           static_cast<uint32_t>(static_cast<unsigned char>(s[2])) << 16 |
           static_cast<uint32_t>(static_cast<unsigned char>(s[3])) << 24;
}

constexpr uint32_t kInfo = section_tag("INFO");
constexpr uint32_t kTagger = section_tag("TAGR");
constexpr uint32_t kLemmatizer = section_tag("LEMM");
constexpr uint32_t kParser = section_tag("PARS");

// 64-bit checksum, 8 bytes per step (the payload is ~10 MB; byte-wise FNV would cost ~10 ms).
uint64_t checksum(std::string_view data) {
    uint64_t h = 0x6a09e667f3bcc908ULL ^ data.size();
    std::size_t i = 0;
    for (; i + 8 <= data.size(); i += 8) {
        uint64_t v;
        std::memcpy(&v, data.data() + i, 8);
        h = (h ^ fmix64(v)) * 0x9e3779b97f4a7c15ULL;
        h = (h << 31) | (h >> 33);
    }
    for (; i < data.size(); ++i) h = (h ^ static_cast<unsigned char>(data[i])) * 0x100000001b3ULL;
    return fmix64(h);
}

std::string advice() { return "; retrain with `claimgraph train` or reinstall"; }

}  // namespace

std::string serialize_model(const Model& model) {
    ByteWriter payload;
    auto section = [&](uint32_t tag, const auto& fill) {
        ByteWriter body;
        fill(body);
        payload.u32(tag);
        payload.u64(body.data().size());
        payload.raw(body.data().data(), body.data().size());
    };
    section(kInfo, [&](ByteWriter& w) { w.str(model.info); });
    section(kTagger, [&](ByteWriter& w) { model.tagger.save(w); });
    section(kLemmatizer, [&](ByteWriter& w) { model.lemmatizer.save(w); });
    section(kParser, [&](ByteWriter& w) { model.parser.save(w); });
    ByteWriter file;
    file.raw(kMagic, 8);
    file.u32(kModelFormatVersion);
    file.u64(payload.data().size());
    file.raw(payload.data().data(), payload.data().size());
    file.u64(checksum(payload.data()));
    return std::move(file.data());
}

std::shared_ptr<const Model> parse_model(std::string_view bytes, const std::string& name) {
    if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 8) != 0) {
        throw InputError(name + " is not a claimgraph model (bad magic number)" + advice());
    }
    ByteReader header(bytes.substr(0, kHeaderSize), name);
    header.u64();
    uint32_t version = header.u32();
    if (version != kModelFormatVersion) {
        throw InputError(name + ": model format version " + std::to_string(version) +
                         ", expected " + std::to_string(kModelFormatVersion) + advice());
    }
    uint64_t size = header.u64();
    if (size > bytes.size() || bytes.size() - kHeaderSize < size + 8 || size + 8 < size) {
        throw InputError(name + ": model file truncated at byte " + std::to_string(bytes.size()) +
                         " (expected " + std::to_string(kHeaderSize + size + 8) + " bytes)" +
                         advice());
    }
    if (bytes.size() != kHeaderSize + size + 8) {
        throw InputError(name + ": model file has " +
                         std::to_string(bytes.size() - (kHeaderSize + size + 8)) +
                         " unexpected bytes after its end" + advice());
    }
    std::string_view payload = bytes.substr(kHeaderSize, size);
    uint64_t stored;
    std::memcpy(&stored, bytes.data() + kHeaderSize + size, 8);
    if (stored != checksum(payload)) {
        throw InputError(name + ": model checksum mismatch (the file is damaged)" + advice());
    }
    auto model = std::make_shared<Model>();
    ByteReader r(payload, name, kHeaderSize);
    uint32_t seen = 0;
    while (!r.at_end()) {
        uint32_t tag = r.u32();
        uint64_t len = r.u64();
        r.need(len);
        std::size_t start = r.pos();
        ByteReader sec(payload.substr(start, len), name, kHeaderSize + start);
        if (tag == kInfo) {
            model->info = sec.str();
            seen |= 1;
        } else if (tag == kTagger) {
            model->tagger.load(sec);
            seen |= 2;
        } else if (tag == kLemmatizer) {
            model->lemmatizer.load(sec);
            seen |= 4;
        } else if (tag == kParser) {
            model->parser.load(sec);
            seen |= 8;
        }  // unknown sections are skipped: later minor additions stay readable
        if (tag == kInfo || tag == kTagger || tag == kLemmatizer || tag == kParser) {
            if (!sec.at_end()) sec.fail("section has trailing bytes");
        }
        r.skip(len);
    }
    if (seen != 15) r.fail("missing tagger, lemmatizer or parser section");
    return model;
}

std::shared_ptr<const Model> load_model(const std::string& path) {
    // One read into an uninitialised buffer: read_file's stream copying costs more than the
    // decoding for a 15 MB model. A bulk buffer (huge pages) also saves ~4000 page faults.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw IoError("cannot open model " + path + ": " + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw IoError("cannot read model " + path + ": not a regular file");
    }
    std::size_t size = static_cast<std::size_t>(st.st_size);
    BulkVector<char> buf(size ? size : 1);
    std::size_t got = 0;
    while (got < size) {
        ssize_t n = ::read(fd, buf.data() + got, size - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int err = errno;
            ::close(fd);
            throw IoError("cannot read model " + path + ": " +
                          (n == 0 ? std::string("file shrank while reading") : std::strerror(err)));
        }
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return parse_model(std::string_view(buf.data(), size), path);
}

void save_model(const Model& model, const std::string& path) {
    std::string bytes = serialize_model(model);
    write_file_atomic(path, [&](std::ostream& out) {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    });
}

std::shared_ptr<const LemmaLexicon> shipped_lemma_lexicon() {
    static const std::shared_ptr<const LemmaLexicon> lexicon =
        LemmaLexicon::load(find_data_file("wordnet-lemmas.tsv"));
    return lexicon;
}

std::vector<std::shared_ptr<const Component>> make_syntax_components(
    const std::shared_ptr<const Model>& model, std::shared_ptr<const LemmaLexicon> lexicon) {
    std::vector<std::shared_ptr<const Component>> out;
    out.push_back(std::make_shared<Tagger>(
        std::shared_ptr<const TaggerModel>(model, &model->tagger), lexicon));
    out.push_back(std::make_shared<Lemmatizer>(
        std::shared_ptr<const LemmatizerModel>(model, &model->lemmatizer), std::move(lexicon)));
    out.push_back(std::make_shared<Parser>(
        std::shared_ptr<const ParserModel>(model, &model->parser)));
    return out;
}

void add_syntax_components(Pipeline& pipeline, const std::shared_ptr<const Model>& model,
                           std::shared_ptr<const LemmaLexicon> lexicon) {
    for (auto& c : make_syntax_components(model, std::move(lexicon))) pipeline.add(std::move(c));
}

}  // namespace claimgraph::extract
