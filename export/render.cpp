#include "export/render.hpp"

#include "common/error.hpp"
#include "export/dot.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sstream>
#include <vector>

extern char** environ;

namespace claimgraph::io {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// An anonymous in-memory file, closed on destruction.
class MemFile {
public:
    explicit MemFile(const char* name) : fd_(::memfd_create(name, MFD_CLOEXEC)) {
        if (fd_ < 0) throw IoError(std::string("cannot create a memory file: ") + std::strerror(errno));
    }
    ~MemFile() { ::close(fd_); }
    MemFile(const MemFile&) = delete;
    MemFile& operator=(const MemFile&) = delete;
    int fd() const { return fd_; }

    void write_all(const std::string& data) {
        std::size_t done = 0;
        while (done < data.size()) {
            ssize_t k = ::write(fd_, data.data() + done, data.size() - done);
            if (k < 0 && errno == EINTR) continue;
            if (k < 0) throw IoError(std::string("cannot write a memory file: ") + std::strerror(errno));
            done += static_cast<std::size_t>(k);
        }
        ::lseek(fd_, 0, SEEK_SET);
    }
    std::string read_all() const {
        struct stat st {};
        if (::fstat(fd_, &st) != 0) throw IoError("cannot read a memory file");
        std::string out(static_cast<std::size_t>(st.st_size), '\0');
        std::size_t done = 0;
        while (done < out.size()) {
            ssize_t k = ::pread(fd_, out.data() + done, out.size() - done, static_cast<off_t>(done));
            if (k < 0 && errno == EINTR) continue;
            if (k <= 0) break;
            done += static_cast<std::size_t>(k);
        }
        out.resize(done);
        return out;
    }

private:
    int fd_;
};

const char* format_name(ImageFormat f) {
    switch (f) {
        case ImageFormat::svg: return "svg";
        case ImageFormat::png: return "png";
        case ImageFormat::pdf: return "pdf";
    }
    return "svg";
}

}  // namespace

ImageFormat image_format_from_name(const std::string& name) {
    const std::string n = lower(name);
    if (n == "svg") return ImageFormat::svg;
    if (n == "png") return ImageFormat::png;
    if (n == "pdf") return ImageFormat::pdf;
    throw ConfigError("unknown image format '" + name + "'; render writes svg, png or pdf");
}

ImageFormat image_format_from_path(const std::string& path) {
    auto slash = path.find_last_of('/');
    auto dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
        throw ConfigError("cannot tell the image format of '" + path +
                          "' from its extension; name it .svg, .png or .pdf, or give --format");
    }
    const std::string ext = lower(path.substr(dot + 1));
    if (ext == "svg" || ext == "png" || ext == "pdf") return image_format_from_name(ext);
    throw ConfigError("'" + path + "': render writes .svg, .png or .pdf, not ." + ext +
                      " (for graph files use `claimgraph convert`)");
}

Rendered render_graph(const graph::KnowledgeGraph& graph, const RenderOptions& options) {
    Rendered result;
    if (options.layout.empty()) {
        result.layout = graph.actor_count() > options.sfdp_above_nodes ? "sfdp" : "dot";
    } else if (options.layout == "dot" || options.layout == "sfdp") {
        result.layout = options.layout;
    } else {
        throw ConfigError("unknown layout '" + options.layout + "'; use dot or sfdp");
    }

    DotOptions dot_options;
    dot_options.legend_table = true;
    dot_options.pack_isolated = true;
    dot_options.left_to_right = true;
    // The DOT writer switches to sfdp attributes by node count; keep it in step with the layout.
    dot_options.sfdp_above_nodes = result.layout == "sfdp" ? 0 : graph.actor_count();
    std::ostringstream dot_text;
    write_dot(graph, dot_text, dot_options);

    MemFile in("claimgraph-dot"), out("claimgraph-image"), err("claimgraph-stderr");
    in.write_all(dot_text.str());

    const std::string layout_flag = "-K" + result.layout;
    const std::string format_flag = std::string("-T") + format_name(options.format);
    std::vector<std::string> args = {options.program, layout_flag, format_flag};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in.fd(), STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out.fd(), STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err.fd(), STDERR_FILENO);
    pid_t pid = 0;
    int rc = posix_spawnp(&pid, options.program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc == ENOENT) {
        throw ConfigError("render needs Graphviz: the program '" + options.program +
                          "' is not on PATH; install Graphviz (Debian: apt-get install graphviz)");
    }
    if (rc != 0) {
        throw IoError("cannot run '" + options.program + "': " + std::strerror(rc));
    }
    int wstatus = 0;
    while (::waitpid(pid, &wstatus, 0) < 0) {
        if (errno != EINTR) throw IoError(std::string("waiting for Graphviz: ") + std::strerror(errno));
    }
    result.warnings = err.read_all();
    while (!result.warnings.empty() && result.warnings.back() == '\n') result.warnings.pop_back();
    if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
        std::string how = WIFEXITED(wstatus) ? "exited with status " + std::to_string(WEXITSTATUS(wstatus))
                                             : "was killed by signal " + std::to_string(WTERMSIG(wstatus));
        throw InputError("Graphviz (" + options.program + " " + layout_flag + " " + format_flag +
                         ") " + how + (result.warnings.empty() ? "" : ": " + result.warnings) +
                         "; check the Graphviz installation (dot -V) or try --layout sfdp");
    }
    result.image = out.read_all();
    if (result.image.empty()) {
        throw InputError("Graphviz (" + options.program + ") wrote no image" +
                         (result.warnings.empty() ? "" : ": " + result.warnings));
    }
    return result;
}

}  // namespace claimgraph::io
