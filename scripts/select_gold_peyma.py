#!/usr/bin/env python3
"""Reproduce the choice of the 25 PEYMA-600K documents of the blind gold set peyma25.

usage: python3 scripts/select_gold_peyma.py [--shared DIR] [--all]
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


def default_shared():
    shared = os.path.join(HERE, "..", "..", "shared")
    return shared if os.path.isdir(os.path.join(shared, "data")) else "/work/shared"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=default_shared())
    ap.add_argument("--all", action="store_true", help="print every candidate, not just the chosen 25")
    a = ap.parse_args()
    ner = os.path.join(a.shared, "data", "ner")
    out = subprocess.run(
        [sys.executable, os.path.join(a.shared, "tools", "conll_to_jsonl.py"),
         "--conll", os.path.join(ner, "peyma600k.conll"), "--index", os.path.join(ner, "peyma600k_docs.tsv")],
        capture_output=True, check=True, text=True).stdout
    docs = [json.loads(line) for line in out.splitlines() if line.strip()]
    order = list(range(len(docs)))
    random.Random(SEED).shuffle(order)
    chosen = 0
    for i in order:
        d = docs[i]
        if len(d["text"]) > MAX_CHARS or not ROLE.search(d["text"]) or not DIGIT.search(d["text"]):
            continue
        if a.all:
            print(d["id"], "skipped" if d["id"] in SKIPPED else "")
            continue
        if d["id"] in SKIPPED:
            continue
        print(d["id"])
        chosen += 1
        if chosen == WANT:
            break


if __name__ == "__main__":
    main()
