#!/usr/bin/env python3
"""Re-attach article texts to khabar's committed gold annotations.

The annotations in tests/gold/*.annotations.jsonl hold ids and facts only (the article texts are
research data and are not committed). This joins them with the source articles into the GOLD.md
format that ../shared/tools/score_entities.py reads.

usage: scripts/gold_with_text.py [--annotations tests/gold/fars30.annotations.jsonl]
                                 [--news ../shared/data/news/farsnews.jsonl] > gold.jsonl
       scripts/gold_with_text.py --articles > articles.jsonl   # {id, text, jalali_date} for khabar batch
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--annotations", default=os.path.join(HERE, "..", "tests", "gold", "fars30.annotations.jsonl"))
    # ../shared next to the checkout, else the machine's /work/shared (as the eval scripts do)
    news = os.path.join(HERE, "..", "..", "shared", "data", "news", "farsnews.jsonl")
    if not os.path.exists(news):
        news = "/work/shared/data/news/farsnews.jsonl"
    ap.add_argument("--news", default=news)
    ap.add_argument("--articles", action="store_true", help="print the articles instead of the gold")
    a = ap.parse_args()
    ann = [json.loads(l) for l in open(a.annotations, encoding="utf-8") if l.strip()]
    want = {d["id"] for d in ann}
    arts = {}
    with open(a.news, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in want:
                arts[d["id"]] = d
    missing = want - arts.keys()
    if missing:
        sys.exit(f"articles not found in {a.news}: {sorted(missing)}")
    for d in ann:
        src = arts[d["id"]]
        if a.articles:
            rec = {"id": d["id"], "text": src["text"], "jalali_date": src.get("jalali_date")}
        else:
            rec = dict(d)
            rec["text"] = src["text"]
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()
