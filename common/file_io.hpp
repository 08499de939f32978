// Reading whole files and writing files atomically: output goes to a temporary file in the target
// directory which is renamed into place only when complete, so an existing file is never
// half-overwritten and a failed write leaves nothing behind.
#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace claimgraph {

// Reads a whole file ("-" is stdin). Throws IoError naming the path on failure.
std::string read_file(const std::string& path);
// Reads at most max_bytes + 1 bytes, so that a caller with a size limit can tell "too large"
// (result longer than max_bytes) without holding an arbitrarily large file in memory.
std::string read_file(const std::string& path, std::size_t max_bytes);

// Writes through `writer` into a temporary file beside `path`, flushes and fsyncs it, then renames
// it over `path`. "-" writes to stdout. On any failure the temporary file is removed and IoError
// (naming the path and the reason) is thrown; `path` is untouched.
void write_file_atomic(const std::string& path, const std::function<void(std::ostream&)>& writer);

// Writes several files that belong together (the node and edge tables of one graph): each goes to
// its own temporary file first, and only when every one is complete are they renamed into place,
// one after another. On a failure before the renames no target is touched.
void write_files_atomic(
    const std::vector<std::pair<std::string, std::function<void(std::ostream&)>>>& files);

// Removes temporary files still registered (called from signal handlers and at exit).
void remove_pending_temporaries() noexcept;

}  // namespace claimgraph
