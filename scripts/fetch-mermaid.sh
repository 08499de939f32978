#!/usr/bin/env bash
# Fetches Mermaid (MIT licence) from the npm registry with `npm pack`, checks the tarball against
# the checksum pinned here, and keeps its browser build and licence in vendor/js/ (ignored by
# git). Only the tests use it: tests/shared/mermaid_render.sh renders claimgraph's Mermaid output
# with it in headless Chromium. Idempotent: does nothing when the pinned version is in place.
set -euo pipefail
version=11.17.2
sha256=6ad2f42c3fc26bbf9e45cbb6d11898972573ea52b33a5f4ff51952899f950ffd
root=$(cd "$(dirname "$0")/.." && pwd)
dest=$root/vendor/js

if [ -f "$dest/mermaid.min.js" ] && [ "$(cat "$dest/mermaid.VERSION" 2>/dev/null)" = "$version" ]; then
    exit 0
fi
command -v npm >/dev/null || {
    echo "fetch-mermaid: npm is missing; install Node.js and npm (Debian: apt-get install nodejs npm)" >&2
    exit 2
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "fetch-mermaid: fetching mermaid@$version" >&2
(cd "$tmp" && npm pack --silent "mermaid@$version" >/dev/null)
got=$(sha256sum "$tmp/mermaid-$version.tgz" | cut -d' ' -f1)
if [ "$got" != "$sha256" ]; then
    echo "fetch-mermaid: mermaid-$version.tgz has sha256 $got, expected $sha256; not using it" >&2
    exit 2
fi
tar -xzf "$tmp/mermaid-$version.tgz" -C "$tmp" package/dist/mermaid.min.js package/LICENSE
mkdir -p "$dest"
cp "$tmp/package/LICENSE" "$dest/mermaid.LICENSE"
cp "$tmp/package/dist/mermaid.min.js" "$dest/mermaid.min.js.tmp"
mv "$dest/mermaid.min.js.tmp" "$dest/mermaid.min.js"
echo "$version" > "$dest/mermaid.VERSION"
