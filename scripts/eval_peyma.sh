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
# PEYMA tags every mention, khabar lists a figure once (GOLD rule 12) with its later mentions in the
# same words in figures[].repeats: one MON/PCT mention per place
python3 - "$OUT/system.jsonl" "$OUT/mentions.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as o:
    for line in f:
        d = json.loads(line)
        if "figures" in d:
            d["figures"] = [g for x in d["figures"] for g in [x] * (1 + len(x.get("repeats", [])))]
        o.write(json.dumps(d, ensure_ascii=False) + "\n")
PY
python3 "$SHARED/tools/score_ner.py" --conll "$SHARED/data/ner/peyma600k.conll" \
    --index "$SHARED/data/ner/peyma600k_docs.tsv" --system "$OUT/mentions.jsonl" | grep -E '^(MON|PCT|DAT)'
