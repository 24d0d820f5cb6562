#!/usr/bin/env python3
"""Re-attach article texts to khabar's committed gold annotations.

The annotations in tests/gold/*.annotations.jsonl hold ids and facts only (the article texts are
research data and are not committed). This joins them with the source articles into the GOLD.md
format that ../shared/tools/score_entities.py reads.

Each annotation's `source` names where its text is:
- `farsnews` (or missing): ../shared/data/news/farsnews.jsonl, by id;
- `varzesh3`: ../shared/data/news/varzesh3.jsonl, by id;
- `peyma`: a PEYMA-600K document of ../shared/data/ner/peyma600k.conll, id `peyma-600K/NER-…`, text as
  ../shared/tools/conll_to_jsonl.py makes it (tokens joined by spaces).

usage: scripts/gold_with_text.py [--annotations tests/gold/fars30.annotations.jsonl] [--shared DIR] > gold.jsonl
       scripts/gold_with_text.py --articles > articles.jsonl   # {id, text, jalali_date} for khabar batch
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NEWS = {"farsnews": "farsnews.jsonl", "varzesh3": "varzesh3.jsonl"}


def default_shared():
    # ../shared next to the checkout, else the machine's /work/shared (as the eval scripts do)
    shared = os.path.join(HERE, "..", "..", "shared")
    return shared if os.path.isdir(os.path.join(shared, "data")) else "/work/shared"


def load_news(path, want):
    arts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in want:
                arts[d["id"]] = d
    return arts


def load_peyma(shared, want):
    ner = os.path.join(shared, "data", "ner")
    out = subprocess.run(
        [sys.executable, os.path.join(shared, "tools", "conll_to_jsonl.py"),
         "--conll", os.path.join(ner, "peyma600k.conll"), "--index", os.path.join(ner, "peyma600k_docs.tsv")],
        capture_output=True, check=True, text=True).stdout
    arts = {}
    for line in out.splitlines():
        d = json.loads(line)
        if d["id"] in want:
            arts[d["id"]] = d
    return arts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--annotations", default=os.path.join(HERE, "..", "tests", "gold", "fars30.annotations.jsonl"))
    ap.add_argument("--shared", default=default_shared())
    ap.add_argument("--news", help="read every farsnews record from this file instead")
    ap.add_argument("--articles", action="store_true", help="print the articles instead of the gold")
    a = ap.parse_args()
    ann = [json.loads(l) for l in open(a.annotations, encoding="utf-8") if l.strip()]
    by_source = {}
    for d in ann:
        by_source.setdefault(d.get("source") or "farsnews", set()).add(d["id"])
    arts = {}
    for source, want in by_source.items():
        if source == "peyma":
            got = load_peyma(a.shared, want)
        elif source in NEWS:
            path = a.news if (a.news and source == "farsnews") else os.path.join(a.shared, "data", "news", NEWS[source])
            got = load_news(path, want)
        else:
            sys.exit(f"{a.annotations}: unknown source {source!r} (farsnews, varzesh3 or peyma)")
        missing = want - got.keys()
        if missing:
            sys.exit(f"{source} articles not found: {sorted(missing)}")
        arts.update({(source, k): v for k, v in got.items()})
    for d in ann:
        src = arts[(d.get("source") or "farsnews", d["id"])]
        if a.articles:
            rec = {"id": d["id"], "text": src["text"], "jalali_date": src.get("jalali_date")}
        else:
            rec = dict(d)
            rec["text"] = src["text"]
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()
