#!/usr/bin/env python3
"""Reproduce the choice of the 25 PEYMA-600K documents of the blind gold set peyma25.

usage: python3 scripts/select_gold_peyma.py [--shared DIR] [--all] [--set a|b]
       (prints the chosen ids, one a line, in the shuffled order; --all prints every candidate)

Why: khabar was tuned on Fars News articles; peyma25 measures how it generalises to other Persian news
sites' house styles (PEYMA-600K documents come from many sites).

Documents are made as ../shared/tools/conll_to_jsonl.py makes them (tokens joined by spaces, ids
`peyma-600K/NER-…`), shuffled with seed 20261129; a candidate has at most 4,000 characters, a role word
(رئیس, وزیر, معاون, مدیرکل, مدیرعامل, نماینده, سخنگو, استاندار, فرماندار, شهردار, دبیرکل, فرمانده, دبیر;
Arabic or Persian yeh/kaf) and a digit. Candidates were read in this order and the first 25 with a named
person holding a role in the text were taken; SKIPPED lists the candidates passed over on reading (no named
person with a role in the text): NER-368466 (tyre industry report), NER-82715 (Prague street feature),
NER-24910 (weekly stock-market report). PEYMA's own PER/ORG tags were not used.

`--set b` chooses the second blind set, peymab25 (tests/gold/peymab25.annotations.jsonl): same seed, same
candidate rule, same reading order, but it starts after set a's last chosen candidate (NER-319268), so no
id of peyma25 and nothing read for peyma25 can come back, and it takes the next 25 candidates with a named
person holding a role in the text. SKIPPED_B lists the candidates of set b passed over on reading:
NER-351620 (opinion column on the US election; people are named but none is given a role).
Without --set (or with --set a) the output is exactly set a's, as before.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261129
WANT = 25
MAX_CHARS = 4000
ROLE = re.compile("ر[ئي][يی]س|وز[يی]ر|معاون|مد[يی]ر[كک]ل|مد[يی]رعامل|نما[يی]نده|سخنگو|استاندار|فرماندار"
                  "|شهردار|دب[يی]ر[كک]ل|فرمانده|دب[يی]ر")
DIGIT = re.compile("[0-9۰-۹٠-٩]")
# candidates read and passed over (no named person holding a role in the text)
SKIPPED = {"peyma-600K/NER-368466", "peyma-600K/NER-82715", "peyma-600K/NER-24910"}
# set b: candidates after set a's last pick that were read and passed over (same reason)
SKIPPED_B = {"peyma-600K/NER-351620"}


def default_shared():
    shared = os.path.join(HERE, "..", "..", "shared")
    return shared if os.path.isdir(os.path.join(shared, "data")) else "/work/shared"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=default_shared())
    ap.add_argument("--all", action="store_true", help="print every candidate, not just the chosen 25")
    ap.add_argument("--set", choices=("a", "b"), default="a",
                    help="a: peyma25 (default); b: peymab25, the next 25 after set a's last pick")
    a = ap.parse_args()
    ner = os.path.join(a.shared, "data", "ner")
    out = subprocess.run(
        [sys.executable, os.path.join(a.shared, "tools", "conll_to_jsonl.py"),
         "--conll", os.path.join(ner, "peyma600k.conll"), "--index", os.path.join(ner, "peyma600k_docs.tsv")],
        capture_output=True, check=True, text=True).stdout
    docs = [json.loads(line) for line in out.splitlines() if line.strip()]
    order = list(range(len(docs)))
    random.Random(SEED).shuffle(order)
    candidates = [docs[i] for i in order
                  if len(docs[i]["text"]) <= MAX_CHARS and ROLE.search(docs[i]["text"]) and DIGIT.search(docs[i]["text"])]
    skipped = SKIPPED
    if a.set == "b":
        # set a's picks end at its WANT-th candidate not in SKIPPED; set b reads on from the next one
        picked = 0
        for n, d in enumerate(candidates):
            if d["id"] not in SKIPPED:
                picked += 1
                if picked == WANT:
                    break
        candidates = candidates[n + 1:]
        skipped = SKIPPED_B
    chosen = 0
    for d in candidates:
        if a.all:
            print(d["id"], "skipped" if d["id"] in skipped else "")
            continue
        if d["id"] in skipped:
            continue
        print(d["id"])
        chosen += 1
        if chosen == WANT:
            break


if __name__ == "__main__":
    main()
