#!/usr/bin/env bash
# Score khabar's officials (person, role = person + title + org), figures, dates and claims on a
# hand-annotated gold set (Fars, varzesh3 or PEYMA articles; see scripts/gold_with_text.py).
#
# usage: scripts/eval_officials.sh [ANNOTATIONS] [OUT_DIR]
#   ANNOTATIONS default tests/gold/fars30.annotations.jsonl; OUT_DIR default target/eval-officials (per checkout)
# Joins the annotations with their texts (scripts/gold_with_text.py), runs `khabar analyze` per article
# (with its Jalali date) and scores with ../shared/tools/score_entities.py (--per-doc JSON kept in OUT_DIR).
# KHABAR=path scores that binary as it is (no build), e.g. a copy kept from an earlier commit; by default
# the checkout is built in release first.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
[ -d "$SHARED/data" ] || SHARED=/work/shared
ANN=${1:-tests/gold/fars30.annotations.jsonl}
OUT=${2:-target/eval-officials}
mkdir -p "$OUT"
KHABAR=${KHABAR:-}
if [ -z "$KHABAR" ]; then
  cargo build --release --quiet
  KHABAR=target/release/khabar
fi
python3 scripts/gold_with_text.py --annotations "$ANN" --shared "$SHARED" > "$OUT/gold.jsonl"
python3 scripts/gold_with_text.py --annotations "$ANN" --shared "$SHARED" --articles > "$OUT/articles.jsonl"
python3 - "$OUT" "$KHABAR" <<'PY'
import json, subprocess, sys
out, binary = sys.argv[1], sys.argv[2]
with open(f"{out}/articles.jsonl", encoding="utf-8") as f, open(f"{out}/system.jsonl", "w", encoding="utf-8") as o:
    for line in f:
        a = json.loads(line)
        cmd = [binary, "analyze", "--compact", "-"]
        if a.get("jalali_date"):
            cmd += ["--date", a["jalali_date"].replace("-", "/")]
        r = subprocess.run(cmd, input=a["text"].encode(), capture_output=True)
        if r.returncode != 0:
            r = subprocess.run([binary, "analyze", "--compact", "-"], input=a["text"].encode(), capture_output=True, check=True)
        d = json.loads(r.stdout)
        d["id"] = a["id"]
        o.write(json.dumps(d, ensure_ascii=False) + "\n")
PY
python3 "$SHARED/tools/score_entities.py" --gold "$OUT/gold.jsonl" --system "$OUT/system.jsonl" > "$OUT/table.txt"
head -2 "$OUT/table.txt"
python3 "$SHARED/tools/score_entities.py" --gold "$OUT/gold.jsonl" --system "$OUT/system.jsonl" --json --per-doc > "$OUT/scores.json"
