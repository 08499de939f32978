# bash completion for claimgraph (installed as share/bash-completion/completions/claimgraph).
#
# Subcommands, options and the choices of options such as --format are read from the program's
# own --help at completion time, so they never go stale; output formats come from
# `claimgraph formats`. File arguments fall back to bash's file name completion.

# The --help text of `claimgraph ARGS...` (ARGS: the subcommand path, e.g. "query g.json claims").
_claimgraph_help() {
    "$_claimgraph_bin" "$@" --help 2>/dev/null
}

# Subcommand names (aliases included) listed under "Subcommands:" in a help text on stdin.
_claimgraph_subcommands() {
    awk '/^Subcommands:/ { on = 1; next }
         on && /^$/ { exit }
         on && /^  [a-z]/ { sub(/^  /, ""); sub(/  .*/, ""); n = split($0, a, /, /);
                            for (i = 1; i <= n; i++) print a[i] }'
}

# Option names in a help text on stdin; with "values", only those that take a value.
_claimgraph_options() {
    awk -v want="$1" '/^  -/ {
        takes = ($0 ~ /^  (-[a-zA-Z],)?--[a-z0-9-]+ [A-Z]/)
        if (want == "values" && !takes) next
        n = split($1, a, ","); for (i = 1; i <= n; i++) print a[i] }'
}

# The choices of option $1 as the help text on stdin lists them ("--format TEXT:{a,b,c}").
_claimgraph_choices() {
    awk -v opt="$1" '/^  -/ {
        n = split($1, a, ","); hit = 0
        for (i = 1; i <= n; i++) if (a[i] == opt) hit = 1
        if (hit && match($0, /:\{[^}]*\}/)) {
            s = substr($0, RSTART + 2, RLENGTH - 3); m = split(s, c, ",")
            for (i = 1; i <= m; i++) print c[i]
        } }'
}

_claimgraph() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD-1]}
    _claimgraph_bin=${COMP_WORDS[0]}
    COMPREPLY=()

    # Walk the words typed so far: the subcommand path (e.g. "query g.json claims") and how many
    # positional arguments the innermost subcommand has.
    local -a path=()
    local help valued subs i word positionals=0
    help=$(_claimgraph_help)
    valued=$(_claimgraph_options values <<< "$help")
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word == -* ]]; then
            # An option with a value takes the next word too (unless written --opt=value).
            if [[ $word != *=* ]] && grep -qxF -- "$word" <<< "$valued"; then ((i++)); fi
            continue
        fi
        subs=$(_claimgraph_subcommands <<< "$help")
        if grep -qxF -- "$word" <<< "$subs" && { [ ${#path[@]} -eq 0 ] || [ $positionals -ge 1 ]; }; then
            # claimgraph SUB, or query SOURCE KIND: the innermost subcommand changes.
            path+=("$word")
            help=$(_claimgraph_help "${path[@]}")
            valued=$(_claimgraph_options values <<< "$help")
            positionals=0
        elif [ ${#path[@]} -ge 1 ]; then
            # A positional argument (query's source goes on the path: query's kinds need it).
            if [ "${path[0]}" = query ] && [ ${#path[@]} -eq 1 ]; then
                path+=("$word")
                help=$(_claimgraph_help "${path[@]}")
                valued=$(_claimgraph_options values <<< "$help")
            fi
            positionals=$((positionals + 1))
        fi
    done

    # The value of an option.
    if [[ $prev == -* ]] && grep -qxF -- "$prev" <<< "$valued"; then
        local choices
        choices=$(_claimgraph_choices "$prev" <<< "$help")
        if [ -z "$choices" ] && [ "$prev" = --format ] && [ ${#path[@]} -ge 1 ] &&
           [[ ${path[0]} == build || ${path[0]} == convert ]]; then
            choices=$("$_claimgraph_bin" formats 2>/dev/null | awk 'NR > 1 && $4 == "yes" { print $1 }')
        fi
        [ -n "$choices" ] && mapfile -t COMPREPLY < <(compgen -W "$choices" -- "$cur")
        return 0  # no choices: file names (complete -o default)
    fi

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_claimgraph_options all <<< "$help")" -- "$cur")
        return 0
    fi
    # query SOURCE: the kinds; claimgraph: the subcommands.
    subs=$(_claimgraph_subcommands <<< "$help")
    if [ -n "$subs" ] && { [ ${#path[@]} -eq 0 ] || { [ "${path[0]}" = query ] && [ ${#path[@]} -eq 2 ]; }; }; then
        mapfile -t COMPREPLY < <(compgen -W "$subs" -- "$cur")
    fi
    return 0  # otherwise file names
}

complete -o default -F _claimgraph claimgraph
