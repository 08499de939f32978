#!/usr/bin/env bash
# Fetches the JavaScript library the HTML viewer embeds (cytoscape.js, MIT licence) into
# vendor/js/ at the version and checksum pinned here (see fetch-npm.sh). The build tree finds it
# there; `cmake --install` copies it to <prefix>/share/claimgraph/js/. Run by
# scripts/install-deps.sh.
set -euo pipefail
exec "$(dirname "$0")/fetch-npm.sh" cytoscape 3.35.0 \
    058a81a7534777ea68dc737e9b77bd5b701e00acd9bee246245a576eeeac32e6 dist/cytoscape.min.js
