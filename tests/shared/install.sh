#!/usr/bin/env bash
# Installation: `cmake --install` into a temporary prefix puts the binary, the model, ontology and
# lexicons, the viewer's JavaScript with its licence, the man page and the bash completion in the
# GNUInstallDirs places; the installed binary, moved to another prefix, run with an empty
# environment from another folder, finds its data there (not in the source tree) and builds the
# seed article to the same bytes as the build tree's binary. `cpack -G DEB` makes a package that
# holds them, with library dependencies filled in.
# usage: bash install.sh CLAIMGRAPH_BINARY SOURCE_DIR
# Exit 77 (skipped) when cpack, dpkg-deb or help2man are missing, unless CI=true.
set -euo pipefail
cg=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") src=$2
missing() {
    if [ "${CI:-}" = true ]; then echo "FAIL: $1 is missing (CI=true: run scripts/install-deps.sh)"; exit 1; fi
    echo "SKIP: $1 is missing"; exit 77
}
command -v cpack >/dev/null || missing "cpack (Debian package cmake)"
command -v dpkg-deb >/dev/null || missing "dpkg-deb"
build=$(cd "$(dirname "$cg")" && pwd)
[ -f "$build/claimgraph.1" ] || missing "the man page (help2man was not found when cmake configured)"
[ -f "$src/vendor/js/cytoscape.min.js" ] || missing "cytoscape.js (scripts/fetch-js.sh)"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

cmake --install "$build" --prefix "$tmp/prefix" > "$tmp/install.log"
for f in bin/claimgraph share/claimgraph/en.model share/claimgraph/ontology.json \
         share/claimgraph/lexicon.json share/claimgraph/wordnet-types.tsv \
         share/claimgraph/js/cytoscape.min.js share/claimgraph/js/cytoscape.LICENSE \
         share/man/man1/claimgraph.1 share/bash-completion/completions/claimgraph; do
    [ -f "$tmp/prefix/$f" ] && echo "ok: installed $f" || fail "$f is not installed"
done

# Moved elsewhere, so only the binary's own relative lookup can find the data.
mv "$tmp/prefix" "$tmp/moved"
mkdir "$tmp/cwd" && cp "$src/examples/china-education-cooperation.txt" "$tmp/cwd/seed.txt"
(cd "$tmp/cwd" && env -i "$tmp/moved/bin/claimgraph" -v build seed.txt -o seed.json -o seed.html) \
    2> "$tmp/run.log" || { cat "$tmp/run.log"; exit 1; }
grep 'data file' "$tmp/run.log" | sed 's/^/  /'
if grep 'data file' "$tmp/run.log" | grep -v "data file $tmp/moved/share/claimgraph/" | grep -q .; then
    fail "the installed binary took data from elsewhere"
fi
grep -q "data file $tmp/moved/share/claimgraph/js/cytoscape.min.js" "$tmp/run.log" ||
    fail "the viewer's JavaScript was not taken from the installation"
(cd "$tmp/cwd" && "$cg" -q build seed.txt -o "$tmp/reference.json")
cmp -s "$tmp/cwd/seed.json" "$tmp/reference.json" && echo "ok: the installed binary builds the seed to the same bytes" ||
    fail "the installed binary's seed.json differs from the build tree's"
grep -q 'Copyright (c) 2016-' "$tmp/cwd/seed.html" || fail "seed.html lacks cytoscape.js's licence"

# The man page has every subcommand's help.
page=$tmp/moved/share/man/man1/claimgraph.1
for sub in $("$cg" --help | awk '/^Subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }'); do
    grep -qx "\.SS $sub" "$page" || fail "the man page lacks the subcommand $sub"
done
grep -q '^\.SH ENVIRONMENT' "$page" || fail "the man page lacks ENVIRONMENT"
if command -v man >/dev/null; then
    MANWIDTH=100 man -l "$page" 2> "$tmp/man.err" | grep -q 'claimgraph render \[OPTIONS\] graph' ||
        fail "man -l does not show render's usage"
    [ -s "$tmp/man.err" ] && fail "man -l warned: $(cat "$tmp/man.err")"
fi

# The Debian package.
cpack -G DEB -B "$tmp/pkg" --config "$build/CPackConfig.cmake" > "$tmp/cpack.log" 2>&1 ||
    { cat "$tmp/cpack.log"; exit 1; }
deb=$(ls "$tmp"/pkg/*.deb)
echo "package: $(basename "$deb")"
dpkg-deb -c "$deb" > "$tmp/contents"
for f in ./usr/bin/claimgraph ./usr/share/claimgraph/en.model ./usr/share/claimgraph/ontology.json \
         ./usr/share/claimgraph/js/cytoscape.min.js ./usr/share/man/man1/claimgraph.1 \
         ./usr/share/bash-completion/completions/claimgraph; do
    grep -q " $f\$" "$tmp/contents" && echo "ok: the package holds $f" || fail "the package lacks $f"
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libc6 libstdc++6 libspdlog; do
    [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib"
done
[ "$(dpkg-deb -f "$deb" Recommends)" = graphviz ] || fail "Recommends is not graphviz"
[ $status -eq 0 ] && echo "PASS: install, relocation and the Debian package"
exit $status
