#include "cli/progress.hpp"

#include <cstdio>
#include <string>
#include <unistd.h>

namespace claimgraph::cli {

namespace {

std::string clock_text(double seconds) {
    long s = static_cast<long>(seconds + 0.5);
    char buf[32];
    if (s >= 3600) {
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    } else {
        std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    }
    return buf;
}

}  // namespace

ProgressLine::ProgressLine(bool enabled) : active_(enabled && ::isatty(STDERR_FILENO) == 1) {}

ProgressLine::~ProgressLine() { finish(); }

void ProgressLine::update(const extract::BuildProgress& p) {
    if (!active_ || (last_ >= 0 && p.seconds - last_ < 0.2)) return;
    last_ = p.seconds;
    const double mb = p.bytes / 1e6;
    const double rate = p.seconds > 0 ? mb / p.seconds : 0;
    char line[200];
    if (p.bytes_total) {
        double left = rate > 0 ? (p.bytes_total / 1e6 - mb) / rate : 0;
        std::snprintf(line, sizeof line, "%llu docs  %.1f/%.1f MB (%.0f%%)  %llu claims  %.2f MB/s  ETA %s",
                      static_cast<unsigned long long>(p.documents), mb, p.bytes_total / 1e6,
                      100.0 * p.bytes / p.bytes_total, static_cast<unsigned long long>(p.claims),
                      rate, clock_text(left > 0 ? left : 0).c_str());
    } else {
        std::snprintf(line, sizeof line, "%llu docs  %.1f MB  %llu claims  %.2f MB/s  %s",
                      static_cast<unsigned long long>(p.documents), mb,
                      static_cast<unsigned long long>(p.claims), rate, clock_text(p.seconds).c_str());
    }
    // Carriage return and erase-line: the line is redrawn in place.
    std::fprintf(stderr, "\r\033[K%s", line);
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressLine::finish() {
    if (!drawn_) return;
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
    drawn_ = false;
}

}  // namespace claimgraph::cli
