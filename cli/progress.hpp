// The progress line of long builds: one line on stderr, redrawn in place, only when stderr is a
// terminal (and not with -q). Documents, MB read, claims, rate and, when the input size is known,
// the time left.
#pragma once

#include "extract/corpus.hpp"

namespace claimgraph::cli {

class ProgressLine {
public:
    // Draws only when `enabled` and stderr is a terminal.
    explicit ProgressLine(bool enabled);
    ~ProgressLine();
    // Redraws at most a few times a second.
    void update(const extract::BuildProgress& p);
    // Clears the line, so that what comes next starts on a clean line.
    void finish();
    bool active() const { return active_; }

private:
    bool active_ = false;
    bool drawn_ = false;
    double last_ = -1;
};

}  // namespace claimgraph::cli
