#!/bin/sh
# Score khabar's money, percent and date extraction on PEYMA (MON, PCT, DAT).
# usage: scripts/eval_peyma.sh [OUTDIR]   (default: target/eval-peyma)
# Needs ../shared (the shared data and tools). Rerunnable; builds in release.
set -eu
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
[ -d "$SHARED/data/ner" ] || SHARED=/work/shared
OUT=${1:-target/eval-peyma}
mkdir -p "$OUT"
python3 "$SHARED/tools/conll_to_jsonl.py" --conll "$SHARED/data/ner/peyma600k.conll" \
    --index "$SHARED/data/ner/peyma600k_docs.tsv" > "$OUT/units.jsonl"
cargo build --release --quiet
./target/release/khabar batch -q --jobs 1 "$OUT/units.jsonl" -o "$OUT/system.jsonl" || [ $? -eq 1 ]
python3 "$SHARED/tools/score_ner.py" --conll "$SHARED/data/ner/peyma600k.conll" \
    --index "$SHARED/data/ner/peyma600k_docs.tsv" --system "$OUT/system.jsonl" | grep -E '^(MON|PCT|DAT)'
