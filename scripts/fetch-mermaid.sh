#!/usr/bin/env bash
# Fetches Mermaid (MIT licence) into vendor/js/ at the version and checksum pinned here (see
# fetch-npm.sh). Only the tests use it: tests/shared/mermaid_render.sh renders claimgraph's
# Mermaid output with it in headless Chromium.
set -euo pipefail
exec "$(dirname "$0")/fetch-npm.sh" mermaid 11.17.2 \
    6ad2f42c3fc26bbf9e45cbb6d11898972573ea52b33a5f4ff51952899f950ffd dist/mermaid.min.js
