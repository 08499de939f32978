// ClaimPipeline: the graph readers' second thread. On a large graph file a reader spends about a
// quarter of its time adding claims to the graph (finding both ends, Boost's add_edge, merging
// repeated claims) and the rest parsing. With the pipeline the parsing thread hands each parsed
// claim over in batches and a worker adds them, in the same order, so the graph is the one the
// reader alone would build.
//
// The worker reads the node table and writes the graph; the reader must not touch either while
// the worker may be running: before adding a node it calls sync(), which waits for the worker to
// go idle. A claim whose end is not (yet) a node is not an error here: like the readers' own
// loop, the worker keeps it and every claim after it, in order, and finish() returns them for
// the reader to add (or report) once all nodes are known.
#pragma once

#include "export/format.hpp"
#include "graph/knowledge_graph.hpp"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace claimgraph::io::detail {

// Whether readers may use a ClaimPipeline (large inputs, more than one core). Tests switch it off
// to compare with the reader alone.
bool parallel_reading();
void set_parallel_reading(bool on);

// Record: has std::string source, target and graph::Claim claim (the readers' pending edges).
template <class Record>
class ClaimPipeline {
public:
    ClaimPipeline(graph::KnowledgeGraph& kg, const NodeTable& nodes) : kg_(kg), nodes_(nodes) {
        filling_.reserve(kBatch);
        worker_ = std::thread([this] { run(); });
    }
    ~ClaimPipeline() { stop(); }
    ClaimPipeline(const ClaimPipeline&) = delete;
    ClaimPipeline& operator=(const ClaimPipeline&) = delete;

    void push(Record&& r) {
        filling_.push_back(std::move(r));
        if (filling_.size() == kBatch) hand_over();
    }

    // Returns when the worker has added everything pushed so far.
    void sync() {
        hand_over();
        std::unique_lock<std::mutex> lock(mutex_);
        idle_.wait(lock, [this] { return (queue_.empty() && !busy_) || error_; });
        rethrow(lock);
    }

    // Stops the worker; returns the records it could not add, in order.
    std::vector<Record> finish() {
        sync();
        stop();
        return std::move(pending_);
    }

private:
    static constexpr std::size_t kBatch = 1024;
    static constexpr std::size_t kMaxQueued = 8;  // batches in flight: bounded memory

    void hand_over() {
        if (filling_.empty()) return;
        std::unique_lock<std::mutex> lock(mutex_);
        room_.wait(lock, [this] { return queue_.size() < kMaxQueued || error_; });
        rethrow(lock);
        queue_.push_back(std::move(filling_));
        if (!spare_.empty()) {
            filling_ = std::move(spare_.back());
            spare_.pop_back();
        } else {
            filling_ = {};
            filling_.reserve(kBatch);
        }
        lock.unlock();
        work_.notify_one();
    }

    void rethrow(std::unique_lock<std::mutex>& lock) {
        if (!error_) return;
        std::exception_ptr e = error_;
        lock.unlock();
        std::rethrow_exception(e);
    }

    void stop() {
        if (!worker_.joinable()) return;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stopping_ = true;
        }
        work_.notify_one();
        worker_.join();
    }

    void run() {
        std::vector<Record> batch;
        for (;;) {
            {
                std::unique_lock<std::mutex> lock(mutex_);
                if (!batch.empty() || batch.capacity() != 0) {
                    batch.clear();
                    spare_.push_back(std::move(batch));
                    batch = {};
                }
                busy_ = false;
                idle_.notify_all();
                work_.wait(lock, [this] { return !queue_.empty() || stopping_; });
                if (queue_.empty()) return;  // stopping, nothing left
                batch = std::move(queue_.front());
                queue_.pop_front();
                busy_ = true;
            }
            room_.notify_one();
            try {
                add(batch);
            } catch (...) {
                std::lock_guard<std::mutex> lock(mutex_);
                error_ = std::current_exception();
                queue_.clear();
                busy_ = false;
                idle_.notify_all();
                room_.notify_all();
                return;
            }
        }
    }

    void add(std::vector<Record>& batch) {
        constexpr std::size_t kAhead = 8;  // the actors of claims a few ahead are fetched early
        const auto prefetch = [&](const Record& r) {
            for (const std::string* end : {&r.source, &r.target}) {
                if (const graph::Vertex* v = nodes_.find(*end)) kg_.prefetch(*v);
            }
        };
        for (std::size_t i = 0; i < std::min(kAhead, batch.size()); ++i) prefetch(batch[i]);
        for (std::size_t i = 0; i < batch.size(); ++i) {
            if (i + kAhead < batch.size()) prefetch(batch[i + kAhead]);
            Record& r = batch[i];
            if (pending_.empty()) {
                const graph::Vertex* s = nodes_.find(r.source);
                const graph::Vertex* t = nodes_.find(r.target);
                if (s != nullptr && t != nullptr) {
                    kg_.add_claim(*s, *t, std::move(r.claim));
                    continue;
                }
            }
            pending_.push_back(std::move(r));
        }
    }

    graph::KnowledgeGraph& kg_;
    const NodeTable& nodes_;
    std::vector<Record> filling_;  // the reader's batch being filled
    std::thread worker_;

    std::mutex mutex_;
    std::condition_variable work_;  // a batch is queued, or stop
    std::condition_variable room_;  // the queue has room
    std::condition_variable idle_;  // the worker has nothing left
    std::deque<std::vector<Record>> queue_;
    std::vector<std::vector<Record>> spare_;  // emptied batches, their memory reused
    bool busy_ = false;
    bool stopping_ = false;
    std::exception_ptr error_;

    std::vector<Record> pending_;  // the worker's: claims not added (an end not yet a node)
};

}  // namespace claimgraph::io::detail
