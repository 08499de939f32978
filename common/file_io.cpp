#include "common/file_io.hpp"

#include "common/error.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include <ext/stdio_filebuf.h>

namespace claimgraph {

namespace {

// Temporary files being written, so that a signal handler can remove them. A fixed array of
// C strings: signal handlers may only call async-signal-safe functions such as unlink().
constexpr int kMaxPending = 64;
char g_pending[kMaxPending][4096];
volatile int g_pending_used[kMaxPending];
std::mutex g_pending_mutex;

int register_pending(const std::string& path) {
    std::lock_guard<std::mutex> lock(g_pending_mutex);
    for (int i = 0; i < kMaxPending; ++i) {
        if (!g_pending_used[i] && path.size() < sizeof(g_pending[i])) {
            std::memcpy(g_pending[i], path.c_str(), path.size() + 1);
            g_pending_used[i] = 1;
            return i;
        }
    }
    return -1;
}

void unregister_pending(int slot) {
    if (slot < 0) return;
    std::lock_guard<std::mutex> lock(g_pending_mutex);
    g_pending_used[slot] = 0;
}

std::string errno_text(int err) { return std::strerror(err); }

}  // namespace

void remove_pending_temporaries() noexcept {
    for (int i = 0; i < kMaxPending; ++i) {
        if (g_pending_used[i]) {
            ::unlink(g_pending[i]);
            g_pending_used[i] = 0;
        }
    }
}

std::string read_file(const std::string& path) {
    return read_file(path, std::string::npos - 1);
}

std::string read_file(const std::string& path, std::size_t max_bytes) {
    const std::size_t cap = max_bytes + 1;  // one byte more tells the caller it is too large
    int fd = 0;
    if (path != "-") {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) {
            throw IoError(path + ": is a directory, expected a file");
        }
        fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            int err = errno;
            throw IoError(path + ": cannot open: " + errno_text(err) +
                          (err == ENOENT ? " (check the path)" : ""));
        }
    }
    const std::string name = path == "-" ? std::string("<stdin>") : path;
    std::string data;
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        data.reserve(std::min<std::size_t>(static_cast<std::size_t>(st.st_size), cap));
    }
    char buf[1 << 16];
    while (data.size() < cap) {
        ssize_t n = ::read(fd, buf, std::min(sizeof buf, cap - data.size()));
        if (n < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            if (fd != 0) ::close(fd);
            throw IoError(name + ": cannot read: " + errno_text(err));
        }
        if (n == 0) break;
        data.append(buf, static_cast<std::size_t>(n));
    }
    if (fd != 0) ::close(fd);
    return data;
}

namespace {

// A file being written: the temporary beside its target, or (tmp empty) a device written in place.
struct Staged {
    std::string path;
    std::string tmp;
    int slot = -1;
};

void discard(Staged& s) noexcept {
    if (s.tmp.empty()) return;
    ::unlink(s.tmp.c_str());
    unregister_pending(s.slot);
    s.tmp.clear();
}

// Writes through `writer` into a temporary file beside `path`, flushed and fsynced; nothing is
// renamed yet. Devices, pipes and sockets (/dev/stdout, /dev/full, a named pipe) are written in
// place: renaming a file over them would replace the device.
Staged stage(const std::string& path, const std::function<void(std::ostream&)>& writer) {
    namespace fs = std::filesystem;
    Staged staged;
    staged.path = path;
    fs::path target(path);
    struct stat existing;
    if (::stat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode) &&
        !S_ISDIR(existing.st_mode)) {
        std::ofstream out(path, std::ios::binary);
        if (!out) throw IoError(path + ": cannot open for writing: " + errno_text(errno));
        writer(out);
        out.flush();
        if (!out) throw IoError(path + ": write failed: " + errno_text(errno ? errno : EIO));
        return staged;
    }
    fs::path dir = target.parent_path();
    if (dir.empty()) dir = ".";
    std::error_code ec;
    if (fs::is_directory(target, ec)) {
        throw IoError(path + ": is a directory; give a file name for the output");
    }
    if (!fs::is_directory(dir, ec)) {
        throw IoError(path + ": directory " + dir.string() + " does not exist; create it first");
    }
    std::string base(1, '.');  // (not "." + ...: GCC 12's false -Wrestrict)
    base += target.filename().string();
    base += ".tmp.XXXXXX";
    std::string tmpl = (dir / base).string();
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    int fd = ::mkstemp(name.data());
    if (fd < 0) {
        int err = errno;
        throw IoError(path + ": cannot create a temporary file in " + dir.string() + ": " +
                      errno_text(err));
    }
    staged.tmp = name.data();
    staged.slot = register_pending(staged.tmp);
    auto fail = [&](const std::string& what) {
        discard(staged);
        throw IoError(path + ": " + what + "; the existing file, if any, is unchanged");
    };
    {
        __gnu_cxx::stdio_filebuf<char> fb(fd, std::ios::out, 1 << 16);
        std::ostream os(&fb);
        try {
            writer(os);
        } catch (...) {
            discard(staged);
            throw;
        }
        os.flush();
        if (!os) fail("write failed: " + errno_text(errno));
        if (::fsync(fd) != 0 && errno != EINVAL) fail("write failed: " + errno_text(errno));
        // stdio_filebuf closes fd in its destructor.
    }
    return staged;
}

// Renames a staged temporary over its target.
void commit(Staged& s) {
    if (s.tmp.empty()) return;
    // Keep the mode of the file being replaced; new files get the usual 0666 & ~umask
    // (mkstemp makes them 0600).
    struct stat st;
    if (::stat(s.path.c_str(), &st) == 0) {
        ::chmod(s.tmp.c_str(), st.st_mode & 07777);
    } else {
        mode_t mask = ::umask(0);
        ::umask(mask);
        ::chmod(s.tmp.c_str(), 0666 & ~mask);
    }
    if (::rename(s.tmp.c_str(), s.path.c_str()) != 0) {
        int err = errno;
        discard(s);
        throw IoError(s.path + ": cannot rename into place: " + errno_text(err) +
                      "; the existing file, if any, is unchanged");
    }
    unregister_pending(s.slot);
    s.tmp.clear();
}

}  // namespace

void write_file_atomic(const std::string& path,
                       const std::function<void(std::ostream&)>& writer) {
    if (path == "-") {
        writer(std::cout);
        std::cout.flush();
        if (!std::cout) throw IoError("<stdout>: write failed");
        return;
    }
    Staged s = stage(path, writer);
    commit(s);
}

void write_files_atomic(
    const std::vector<std::pair<std::string, std::function<void(std::ostream&)>>>& files) {
    std::vector<Staged> staged;
    staged.reserve(files.size());
    try {
        for (const auto& [path, writer] : files) {
            if (path == "-") throw IoError("cannot write several files to stdout; name files");
            staged.push_back(stage(path, writer));
        }
        for (auto& s : staged) commit(s);
    } catch (...) {
        for (auto& s : staged) discard(s);
        throw;
    }
}

}  // namespace claimgraph
