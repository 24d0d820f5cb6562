#!/usr/bin/env bash
# Score khabar's ZWNJ/space repair with ../shared/tools/score_zwnj.py.
#
# usage: scripts/eval_zwnj.sh GOLD.tsv INPUT.tsv [score_zwnj.py options, e.g. --show 20]
#        scripts/eval_zwnj.sh all      # the six runs: {peyma600k,fars-silver} x {glued,spaced,gold}
#
# Runs `khabar normalize` (release build) on the text column of INPUT, one line per line, and
# scores the output with `score_zwnj.py --tsv --plain-output`; the figures are the scorer's own.
# KHABAR (binary) and SHARED (the shared directory) may be set in the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-$( [ -d ../shared ] && echo ../shared || echo ../../shared )}
KHABAR=${KHABAR:-target/release/khabar}
[ -n "${KHABAR_NO_BUILD:-}" ] || cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

score() {
    local gold=$1 input=$2
    shift 2
    cut -f2- "$input" | "$KHABAR" normalize > "$tmp/out.txt"
    python3 "$SHARED/tools/score_zwnj.py" --tsv --plain-output --gold "$gold" --input "$input" \
        --output "$tmp/out.txt" "$@"
}

if [ "${1:-}" = all ]; then
    shift
    for set in peyma600k fars-silver; do
        for kind in glued spaced gold; do
            echo "== $set.$kind"
            score "$SHARED/data/zwnj/$set.gold.tsv" "$SHARED/data/zwnj/$set.$kind.tsv" "$@" |
                grep -E 'ZWNJ  P|damage|misaligned'
        done
    done
else
    score "$@"
fi
