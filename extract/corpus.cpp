#include "extract/corpus.hpp"

#include "common/error.hpp"
#include "common/file_io.hpp"
#include "common/sha256.hpp"
#include "extract/jsonl_input.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace claimgraph::extract {

namespace {

bool is_jsonl(const std::string& file, InputFormat format) {
    if (format != InputFormat::automatic) return format == InputFormat::jsonl;
    return file != "-" && std::filesystem::path(file).extension() == ".jsonl";
}

std::string display_name(const std::string& file) { return file == "-" ? "<stdin>" : file; }

// Reads documents one at a time from a list of files: a text file is one document, a JSON Lines
// file one document a line. Only the current line (or text file) is in memory.
class DocumentSource {
public:
    DocumentSource(std::vector<std::string> files, InputFormat format, std::size_t max_bytes)
        : files_(std::move(files)), format_(format), max_bytes_(max_bytes) {}

    // The next document, or false at the end. A bad JSON Lines record is reported and counted in
    // `bad`, and reading goes on with the next line.
    bool next(InputDocument& out, uint64_t& bad) {
        for (;;) {
            if (stream_) {
                while (std::getline(*stream_, line_)) {
                    ++line_number_;
                    bytes_ += line_.size() + 1;
                    try {
                        if (parse_jsonl_line(line_, source_, line_number_, out)) return true;
                    } catch (const InputError& e) {
                        spdlog::error("{}", e.what());
                        ++bad;
                    }
                }
                if (stream_->bad()) throw IoError(source_ + ": read failed");
                stream_ = nullptr;
                file_.reset();
            }
            if (index_ == files_.size()) return false;
            const std::string& file = files_[index_++];
            source_ = display_name(file);
            if (is_jsonl(file, format_)) {
                line_number_ = 0;
                if (file == "-") {
                    stream_ = &std::cin;
                } else {
                    file_ = std::make_unique<std::ifstream>(file, std::ios::binary);
                    if (!*file_) {
                        throw IoError(file + ": cannot open: " + std::strerror(errno) +
                                      "; check the path and permissions");
                    }
                    stream_ = file_.get();
                }
                continue;
            }
            out = InputDocument{};
            // No more than the limit is read: a huge file is refused without being held whole.
            out.text = read_file(file, max_bytes_);
            out.id = file == "-" ? "stdin" : file;
            out.source = source_;
            bytes_ += out.text.size();
            return true;
        }
    }

    uint64_t bytes_read() const { return bytes_; }

private:
    std::vector<std::string> files_;
    InputFormat format_;
    std::size_t max_bytes_;
    std::size_t index_ = 0;
    std::unique_ptr<std::ifstream> file_;
    std::istream* stream_ = nullptr;
    std::string source_;
    std::string line_;
    std::size_t line_number_ = 0;
    uint64_t bytes_ = 0;
};

// Documents already taken, by id, with their content hash, to recognise repeats.
class SeenDocuments {
public:
    explicit SeenDocuments(const graph::KnowledgeGraph& kg) {
        for (const auto& id : kg.documents) seen_.emplace(id, std::string());
        for (const auto& [id, info] : kg.document_info) seen_[id] = info.sha256;
    }
    enum class Verdict { fresh, duplicate, conflict, unknown_hash };
    // Records a fresh document; says what a repeated one is.
    Verdict check(const std::string& id, const std::string& sha256) {
        auto [it, fresh] = seen_.emplace(id, sha256);
        if (fresh) return Verdict::fresh;
        if (it->second.empty()) return Verdict::unknown_hash;
        return it->second == sha256 ? Verdict::duplicate : Verdict::conflict;
    }

private:
    std::unordered_map<std::string, std::string> seen_;
};

struct Job {
    uint64_t seq = 0;
    InputDocument doc;
    std::string sha256;
};

struct Done {
    DocumentRecord record;
    std::exception_ptr error;
};

DocumentRecord extract_record(const Extractor& extractor, Job& job) {
    Document doc = extractor.process(std::move(job.doc.id), std::move(job.doc.text));
    if (doc.sentences_cut > 0) {
        spdlog::warn("{}: {} sentence(s) longer than {} tokens cut into pieces before parsing; "
                     "raise --max-sentence-tokens to parse them whole",
                     job.doc.source, doc.sentences_cut, extractor.options().max_sentence_tokens);
    }
    DocumentRecord record = summarize(doc);
    record.info.sha256 = std::move(job.sha256);
    record.info.url = std::move(job.doc.url);
    record.info.date = std::move(job.doc.date);
    return record;
}

// Extraction threads sharing one Extractor. Jobs go in numbered; results come out by number, so
// the caller merges them in input order whatever order they finish in.
class WorkerPool {
public:
    WorkerPool(const Extractor& extractor, unsigned threads) : extractor_(extractor) {
        for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this] { run(); });
    }
    ~WorkerPool() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stop_ = true;
        }
        work_cv_.notify_all();
        for (auto& t : threads_) t.join();
    }

    void submit(Job job) {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            queue_.push_back(std::move(job));
        }
        work_cv_.notify_one();
    }

    // Waits for job `seq` to finish and hands over its result.
    Done take(uint64_t seq) {
        std::unique_lock<std::mutex> lock(mutex_);
        done_cv_.wait(lock, [&] { return done_.count(seq) != 0; });
        auto it = done_.find(seq);
        Done d = std::move(it->second);
        done_.erase(it);
        return d;
    }

    // Hands over job `seq`'s result if it is ready.
    bool try_take(uint64_t seq, Done& out) {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = done_.find(seq);
        if (it == done_.end()) return false;
        out = std::move(it->second);
        done_.erase(it);
        return true;
    }

private:
    void run() {
        for (;;) {
            Job job;
            {
                std::unique_lock<std::mutex> lock(mutex_);
                work_cv_.wait(lock, [&] { return stop_ || !queue_.empty(); });
                if (stop_) return;
                job = std::move(queue_.front());
                queue_.pop_front();
            }
            Done d;
            try {
                d.record = extract_record(extractor_, job);
            } catch (...) {
                d.error = std::current_exception();
            }
            {
                std::lock_guard<std::mutex> lock(mutex_);
                done_.emplace(job.seq, std::move(d));
            }
            done_cv_.notify_all();
        }
    }

    const Extractor& extractor_;
    std::mutex mutex_;
    std::condition_variable work_cv_, done_cv_;
    std::deque<Job> queue_;
    std::map<uint64_t, Done> done_;
    bool stop_ = false;
    std::vector<std::thread> threads_;
};

// Merging records into the graph, with the bookkeeping both build and merge need.
class Merger {
public:
    Merger(graph::KnowledgeGraph& kg, const BuildOptions& options)
        : kg_(kg), options_(options), start_(std::chrono::steady_clock::now()) {}

    void add(const DocumentRecord& record, uint64_t bytes) {
        add_record(record, kg_);
        ++summary.documents;
        summary.bytes += bytes;
        summary.tokens += record.tokens;
        summary.claims += record.claims.size();
        if (options_.on_record) options_.on_record(record);
    }

    void progress(uint64_t bytes_read, uint64_t bytes_total) const {
        if (!options_.on_progress) return;
        BuildProgress p;
        p.documents = summary.documents;
        p.bytes = bytes_read;
        p.bytes_total = bytes_total;
        p.claims = summary.claims;
        p.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
        options_.on_progress(p);
    }

    BuildSummary summary;

private:
    graph::KnowledgeGraph& kg_;
    const BuildOptions& options_;
    std::chrono::steady_clock::time_point start_;
};

// Says whether a document whose id was seen before is skipped quietly or is an error.
bool accept(SeenDocuments& seen, const std::string& id, const std::string& sha256,
            const std::string& where, BuildSummary& summary) {
    switch (seen.check(id, sha256)) {
        case SeenDocuments::Verdict::fresh: return true;
        case SeenDocuments::Verdict::duplicate:
            spdlog::debug("{}: document '{}' is already in the graph with the same text; skipped",
                          where, id);
            ++summary.duplicates;
            return false;
        case SeenDocuments::Verdict::unknown_hash:
            spdlog::warn("{}: document '{}' is already in the graph (which records no content "
                         "hash for it); skipped",
                         where, id);
            ++summary.duplicates;
            return false;
        case SeenDocuments::Verdict::conflict:
            spdlog::error("{}: document id '{}' is already taken by a document with different "
                          "text; skipped. Give each document a unique id",
                          where, id);
            ++summary.bad;
            return false;
    }
    return false;
}

}  // namespace

BuildSummary build_corpus(const std::vector<std::string>& inputs, const BuildOptions& options,
                          graph::KnowledgeGraph& kg) {
    std::vector<std::string> files = expand_inputs(inputs);
    uint64_t bytes_total = 0;
    for (const auto& f : files) {
        std::error_code ec;
        auto size = f == "-" ? 0 : std::filesystem::file_size(f, ec);
        if (f == "-" || ec) {
            bytes_total = 0;
            break;
        }
        bytes_total += size;
    }
    Extractor extractor(options.extractor);
    SeenDocuments seen(kg);
    DocumentSource source(files, options.format, options.extractor.max_document_bytes);
    Merger merger(kg, options);
    BuildSummary& summary = merger.summary;
    const unsigned jobs = std::max(1u, options.jobs);
    // Documents are merged in input order, so one long document holds back the merging of all
    // that follow it. Reading ahead only a fixed number of documents would then leave the other
    // threads idle once they have done those (a corpus mixes 3 KB pages with 1 MB manuals); the
    // default bound is therefore on bytes: at least 4 documents per thread in flight, more while
    // they hold under kReadAheadBytes of text, and never more than 256 per thread.
    const bool explicit_bound = options.max_in_flight != 0;
    const std::size_t min_in_flight = explicit_bound ? options.max_in_flight : 4 * jobs;
    const std::size_t max_in_flight = explicit_bound ? options.max_in_flight : 256 * jobs;
    constexpr uint64_t kReadAheadBytes = uint64_t{8} << 20;
    std::unique_ptr<WorkerPool> pool;
    if (jobs > 1) pool = std::make_unique<WorkerPool>(extractor, jobs);
    std::map<uint64_t, uint64_t> sizes;  // bytes of each job in flight
    uint64_t bytes_in_flight = 0;
    uint64_t seq = 0, next = 0;
    auto merge_done = [&](Done d) {
        if (d.error) std::rethrow_exception(d.error);
        const uint64_t bytes = sizes.at(next);
        merger.add(d.record, bytes);
        bytes_in_flight -= bytes;
        sizes.erase(next++);
        merger.progress(source.bytes_read(), bytes_total);
    };

    InputDocument doc;
    while (source.next(doc, summary.bad)) {
        const bool record = doc.line > 0;  // a JSON Lines record: a bad one is skipped
        const std::string where =
            record ? doc.source + ":" + std::to_string(doc.line) : doc.source;
        try {
            check_text(doc.text, record ? where + ": document '" + doc.id + "'" : doc.source,
                       options.extractor.max_document_bytes);
        } catch (const InputError& e) {
            // A bad document, a text file or a JSON Lines record alike (binary, not UTF-8, over
            // the size limit), is reported with its position and skipped; the rest is built.
            spdlog::error("{}", e.what());
            ++summary.bad;
            continue;
        }
        if (doc.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
            // An empty document among many is skipped; an input with no text at all is an error.
            spdlog::warn("{}: empty, skipped", where);
            ++summary.empty;
            continue;
        }
        Job job;
        job.sha256 = sha256_hex(doc.text);
        if (!accept(seen, doc.id, job.sha256, where, summary)) continue;
        job.seq = seq++;
        job.doc = std::move(doc);
        sizes.emplace(job.seq, job.doc.text.size());
        bytes_in_flight += job.doc.text.size();
        if (!pool) {
            Done d;
            d.record = extract_record(extractor, job);
            merge_done(std::move(d));
            continue;
        }
        // Bound the documents in memory: wait for the oldest before reading further ahead.
        while (seq - next > min_in_flight &&
               (seq - next > max_in_flight || bytes_in_flight > kReadAheadBytes)) {
            merge_done(pool->take(next));
        }
        for (Done d; pool->try_take(next, d);) merge_done(std::move(d));
        pool->submit(std::move(job));
    }
    while (next < seq) merge_done(pool->take(next));
    merger.progress(source.bytes_read(), bytes_total);

    if (summary.documents == 0 && summary.duplicates == 0) {
        std::string what = files.size() == 1 ? display_name(files[0])
                                             : std::to_string(files.size()) + " input files";
        if (summary.bad > 0) {
            throw InputError(what + ": no document could be read (see the errors above)");
        }
        throw InputError(what + ": no text to extract from (empty or only whitespace); give a "
                                "text file with content");
    }
    return summary;
}

BuildSummary merge_claims_files(const std::vector<std::string>& files, graph::KnowledgeGraph& kg) {
    BuildOptions options;
    Merger merger(kg, options);
    BuildSummary& summary = merger.summary;
    SeenDocuments seen(kg);
    for (const auto& file : files) {
        std::ifstream in_file;
        std::istream* in = &std::cin;
        if (file != "-") {
            in_file.open(file, std::ios::binary);
            if (!in_file) {
                throw IoError(file + ": cannot open: " + std::strerror(errno) +
                              "; check the path and permissions");
            }
            in = &in_file;
        }
        const std::string source = display_name(file);
        std::string line;
        std::size_t line_number = 0;
        bool header = false;
        while (std::getline(*in, line)) {
            ++line_number;
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            if (!header) {
                check_claims_header(line, source);
                header = true;
                continue;
            }
            DocumentRecord record;
            try {
                record = record_from_json(line, source, line_number);
            } catch (const InputError& e) {
                spdlog::error("{}", e.what());
                ++summary.bad;
                continue;
            }
            const std::string where = source + ":" + std::to_string(line_number);
            if (!accept(seen, record.id, record.info.sha256, where, summary)) continue;
            try {
                merger.add(record, 0);
            } catch (const InputError& e) {
                throw InputError(where + ": " + e.what());
            }
        }
        if (in->bad()) throw IoError(source + ": read failed");
        if (!header) {
            throw InputError(source + ": empty; a claims file starts with " + claims_file_header());
        }
    }
    return summary;
}

graph::KnowledgeGraph build_graph_from_files(const std::vector<std::string>& inputs,
                                             const ExtractorOptions& options) {
    BuildOptions build;
    build.extractor = options;
    graph::KnowledgeGraph kg;
    build_corpus(inputs, build, kg);
    if (kg.name.empty()) {
        std::vector<std::string> files = expand_inputs(inputs);
        kg.name = files.size() == 1 && files[0] != "-"
                      ? std::filesystem::path(files[0]).stem().string()
                      : std::string("claimgraph");
    }
    kg.canonicalize();
    return kg;
}

}  // namespace claimgraph::extract
