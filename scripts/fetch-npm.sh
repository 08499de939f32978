#!/usr/bin/env bash
# Fetches one JavaScript package's browser build from the npm registry with `npm pack`, checks
# the tarball against a pinned SHA-256, and keeps the build and the package's licence in
# vendor/js/ (ignored by git) as NAME.min.js, NAME.LICENSE and NAME.VERSION. Idempotent: does
# nothing when the pinned version is already in place. Used by fetch-js.sh and fetch-mermaid.sh,
# which pin the versions.
#
#   scripts/fetch-npm.sh NAME VERSION SHA256 PATH-IN-PACKAGE
set -euo pipefail
if [ $# -ne 4 ]; then
    echo "usage: fetch-npm.sh NAME VERSION SHA256 PATH-IN-PACKAGE" >&2
    exit 2
fi
name=$1 version=$2 sha256=$3 file=$4
root=$(cd "$(dirname "$0")/.." && pwd)
dest=$root/vendor/js

if [ -f "$dest/$name.min.js" ] && [ -f "$dest/$name.LICENSE" ] &&
   [ "$(cat "$dest/$name.VERSION" 2>/dev/null)" = "$version" ]; then
    exit 0
fi
command -v npm >/dev/null || {
    echo "fetch-npm: npm is missing; install Node.js and npm (Debian: apt-get install nodejs npm)" >&2
    exit 2
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "fetch-npm: fetching $name@$version" >&2
(cd "$tmp" && npm pack --silent "$name@$version" >/dev/null)
tarball=$tmp/$name-$version.tgz
got=$(sha256sum "$tarball" | cut -d' ' -f1)
if [ "$got" != "$sha256" ]; then
    echo "fetch-npm: $name-$version.tgz has sha256 $got, expected $sha256; not using it" >&2
    exit 2
fi
tar -xzf "$tarball" -C "$tmp" "package/$file" package/LICENSE
mkdir -p "$dest"
# Each file is renamed into place, so an interrupted fetch never leaves half a library.
cp "$tmp/package/$file" "$dest/$name.min.js.tmp"
cp "$tmp/package/LICENSE" "$dest/$name.LICENSE.tmp"
mv "$dest/$name.min.js.tmp" "$dest/$name.min.js"
mv "$dest/$name.LICENSE.tmp" "$dest/$name.LICENSE"
echo "$version" > "$dest/$name.VERSION.tmp"
mv "$dest/$name.VERSION.tmp" "$dest/$name.VERSION"
