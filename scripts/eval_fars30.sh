#!/bin/sh
# Score khabar's figures and dates on the hand-annotated fars30 gold (GOLD.md format).
# usage: scripts/eval_fars30.sh [OUTDIR]   (default: target/eval-fars30). Needs ../shared.
set -eu
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
[ -d "$SHARED/data/news" ] || SHARED=/work/shared
OUT=${1:-target/eval-fars30}
mkdir -p "$OUT"
python3 scripts/gold_with_text.py --news "$SHARED/data/news/farsnews.jsonl" > "$OUT/gold.jsonl"
python3 scripts/gold_with_text.py --news "$SHARED/data/news/farsnews.jsonl" --articles > "$OUT/articles.jsonl"
cargo build --release --quiet
./target/release/khabar batch -q --jobs 1 "$OUT/articles.jsonl" -o "$OUT/system.jsonl" || [ $? -eq 1 ]
python3 "$SHARED/tools/score_entities.py" --gold "$OUT/gold.jsonl" --system "$OUT/system.jsonl" \
    | grep -E '^(figures|  kind=|  unit|dates)'
