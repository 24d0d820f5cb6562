#!/usr/bin/env bash
# Score khabar's people[] and organizations[] name mentions against PEYMA's PER/ORG spans.
#
# usage: scripts/eval_ner.sh [OUT_DIR]     (default target/eval-ner, per checkout)
# Needs ../shared (or /work/shared). Builds the release binary, turns the CoNLL into articles with
# ../shared/tools/conll_to_jsonl.py, runs `khabar batch` on the articles (one process, as `khabar analyze`
# per article would give) and scores with
# ../shared/tools/score_ner.py. Also writes OUT_DIR/misses.txt: the most common missed and spurious
# PER/ORG strings.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
[ -d "$SHARED/data" ] || SHARED=/work/shared
OUT=${1:-target/eval-ner}
mkdir -p "$OUT"
CONLL=$SHARED/data/ner/peyma600k.conll
INDEX=$SHARED/data/ner/peyma600k_docs.tsv
cargo build --release --quiet
BIN=target/release/khabar
python3 "$SHARED/tools/conll_to_jsonl.py" --conll "$CONLL" --index "$INDEX" > "$OUT/articles.jsonl"
"$BIN" batch --quiet -o "$OUT/system.jsonl" "$OUT/articles.jsonl" || [ $? -eq 1 ]   # 1: some records were errors
python3 "$SHARED/tools/score_ner.py" --conll "$CONLL" --index "$INDEX" --system "$OUT/system.jsonl" | grep -E "^(PER|ORG)"
python3 - "$SHARED" "$CONLL" "$INDEX" "$OUT" <<'PY' > "$OUT/misses.txt"
import json, sys
from collections import Counter
sys.path.insert(0, sys.argv[1] + "/tools")
from score_ner import read_conll, read_index, units, gold_entities, system_entities
from score_entities import norm
gu = units(read_conll(sys.argv[2]), read_index(sys.argv[3]))
sysd = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[4] + "/system.jsonl", encoding="utf-8")}
for t in ("PER", "ORG"):
    miss, spur = Counter(), Counter()
    for uid, g in gu:
        ge = Counter(norm(x) for x in gold_entities(g)[t])
        se = Counter(norm(x) for x in system_entities(sysd.get(uid, {}))[t])
        miss.update(ge - se)
        spur.update(se - ge)
    print(f"== {t} missed (gold not found): {sum(miss.values())}")
    print("  ".join(f"{k}:{v}" for k, v in miss.most_common(60)))
    print(f"== {t} spurious (system not in gold): {sum(spur.values())}")
    print("  ".join(f"{k}:{v}" for k, v in spur.most_common(60)))
PY
echo "misses: $OUT/misses.txt"
