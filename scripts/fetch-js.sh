#!/usr/bin/env bash
# Fetches the JavaScript library the HTML viewer embeds (cytoscape.js, MIT licence) from the npm
# registry with `npm pack`, checks the tarball against the checksum pinned here, and keeps the
# minified build and its licence in vendor/js/ (ignored by git). The build tree finds them there;
# `cmake --install` copies them to <prefix>/share/claimgraph/js/. Idempotent: does nothing when
# the pinned version is already in place. Run by scripts/install-deps.sh.
set -euo pipefail
version=3.35.0
sha256=058a81a7534777ea68dc737e9b77bd5b701e00acd9bee246245a576eeeac32e6
root=$(cd "$(dirname "$0")/.." && pwd)
dest=$root/vendor/js

if [ -f "$dest/cytoscape.min.js" ] && [ -f "$dest/cytoscape.LICENSE" ] &&
   [ "$(cat "$dest/cytoscape.VERSION" 2>/dev/null)" = "$version" ]; then
    exit 0
fi
command -v npm >/dev/null || {
    echo "fetch-js: npm is missing; install Node.js and npm (Debian: apt-get install nodejs npm)" >&2
    exit 2
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "fetch-js: fetching cytoscape@$version" >&2
(cd "$tmp" && npm pack --silent "cytoscape@$version" >/dev/null)
tarball=$tmp/cytoscape-$version.tgz
got=$(sha256sum "$tarball" | cut -d' ' -f1)
if [ "$got" != "$sha256" ]; then
    echo "fetch-js: cytoscape-$version.tgz has sha256 $got, expected $sha256; not using it" >&2
    exit 2
fi
tar -xzf "$tarball" -C "$tmp" package/dist/cytoscape.min.js package/LICENSE
mkdir -p "$dest"
cp "$tmp/package/dist/cytoscape.min.js" "$dest/cytoscape.min.js.tmp"
cp "$tmp/package/LICENSE" "$dest/cytoscape.LICENSE.tmp"
mv "$dest/cytoscape.min.js.tmp" "$dest/cytoscape.min.js"
mv "$dest/cytoscape.LICENSE.tmp" "$dest/cytoscape.LICENSE"
echo "$version" > "$dest/cytoscape.VERSION"
