#!/usr/bin/env bash
# The bash completion script (scripts/claimgraph-completion.bash): registered for claimgraph, and
# on partial command lines it offers the subcommands, options, option choices and query kinds that
# the program's --help lists.
# Usage: completion.sh CLAIMGRAPH SOURCE_DIR
set -u
cg=$1 src=$2
# shellcheck source=/dev/null
source "$src/scripts/claimgraph-completion.bash"
fails=0
complete -p claimgraph | grep -qx 'complete -o default -F _claimgraph claimgraph' ||
    { echo "FAIL: not registered: $(complete -p claimgraph 2>&1)"; fails=$((fails + 1)); }

offered() {  # WORDS...: what TAB offers after these words (the last one being completed)
    COMP_WORDS=("$cg" "$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    _claimgraph
    echo "${COMPREPLY[*]}"
}
expect() {  # WANT WORDS...: exactly WANT
    local want=$1; shift
    local got; got=$(offered "$@")
    if [ "$got" = "$want" ]; then echo "ok: claimgraph $* -> $got"
    else echo "FAIL: claimgraph $* -> '$got', expected '$want'"; fails=$((fails + 1)); fi
}
expect_has() {  # WORD WORDS...: WORD among the offers
    local want=$1; shift
    local got; got=" $(offered "$@") "
    if [[ $got == *" $want "* ]]; then echo "ok: claimgraph $* offers $want"
    else echo "FAIL: claimgraph $* -> '$got' lacks $want"; fails=$((fails + 1)); fi
}

# Every subcommand of --help, nothing else.
subs=$("$cg" --help | awk '/^Subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }' | tr '\n' ' ')
expect "${subs% }" ""
expect render r
expect "query" -q qu
expect "render" --model m.model re
# Options of a subcommand, values of options, choices listed in --help.
expect "--help --output --format --layout --sfdp-above" render g.json --
expect "--format" build a.txt -o x.json --f
expect "dot sfdp" render g.json --layout ""
expect "png pdf" render g.json --format p
expect "out in both" -q query g.json neighbors China --dir ""
expect "table tsv csv json jsonl dot graphml graph-json" query --format ""
# Output formats from `claimgraph formats` (writable ones).
expect_has html build a.txt --format ""
expect_has json convert g.json -o x --format ""
# query SOURCE KIND: the kinds after the source, then the kind's own options.
expect "neighbors neighbours claims path match measures" query g.json ""
expect "claims" query g.json cl
expect_has --relation query g.json claims --
expect_has --to-type query g.json claims --to
# File names: nothing offered, bash's default completion takes over.
expect "" convert g.json -o ""
expect "" build ""

echo "$fails failed"
[ "$fails" -eq 0 ]
