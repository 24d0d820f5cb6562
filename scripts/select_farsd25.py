#!/usr/bin/env python3
"""Reproduce the candidate lists from which tests/gold/farsd25.annotations.jsonl was picked.

usage: python3 scripts/select_farsd25.py [--news PATH]   (prints one line per stratum: group, 13x, quota, candidates)

Fixed seed 20261128 (farsb25 used 20261126, farsc25 20261127). Articles in fars30, farsb25 or farsc25 and texts over 4,000 characters
are left out; a candidate must contain a role word and a digit. Strata: province 1 (138x) + 4 (139x);
politics, economy, social, world, sports 2 (138x) + 2 (139x) each. Candidates were then read in the printed
order and the first ones with a named person holding a role in the text were taken. Province 138x has no
candidate left, so province 139x gave five. Skipped on reading (no named person with a role in the text):
13961020001905, 13971009000360 (also skipped for farsc25), 13920919000966, 13940609001376, 13990529000506,
13940403000728, 9002292247; sports 138x's only candidate 8611270181 has no person, so sports 139x gave four.
"""
import argparse
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROLE = re.compile("رئيس|رئیس|رييس|رییس|وزير|وزیر|معاون|مديركل|مدیرکل|استاندار|فرماندار|نماينده|نماینده|سخنگو"
                  "|مديرعامل|مدیرعامل|دبيركل|دبیرکل|شهردار|فرمانده|دبير|دبیر")
DIGIT = re.compile("[0-9۰-۹٠-٩]")
OTHER = {"farsplus-magazine", "arts-media", "culture", "scientific-academic", "", "viewpoint", "education",
         "other-media", "multimedia", "myfars", "last-clay"}


def group(category):
    if category in ("politics", "foreign-policy"):
        return "politics"
    if category in ("economy", "social", "world", "sports"):
        return category
    return None if category in OTHER else "province"   # province, regional-offices, per-province categories


def main():
    ap = argparse.ArgumentParser()
    news = os.path.join(HERE, "..", "..", "shared", "data", "news", "farsnews.jsonl")
    if not os.path.exists(news):
        news = "/work/shared/data/news/farsnews.jsonl"
    ap.add_argument("--news", default=news)
    a = ap.parse_args()
    arts = [json.loads(l) for l in open(a.news, encoding="utf-8")]
    seen = set()
    for name in ("fars30", "farsb25", "farsc25"):
        path = os.path.join(HERE, "..", "tests", "gold", f"{name}.annotations.jsonl")
        seen |= {json.loads(l)["id"] for l in open(path, encoding="utf-8") if l.strip()}
    quota = {("province", "138"): 1, ("province", "139"): 4}
    for g in ("politics", "economy", "social", "world", "sports"):
        quota[(g, "138")] = quota[(g, "139")] = 2
    order = list(range(len(arts)))
    random.Random(20261128).shuffle(order)
    pools = {k: [] for k in quota}
    for i in order:
        d = arts[i]
        k = (group(d["category"]), (d.get("jalali_date") or "")[:3])
        if k in pools and d["id"] not in seen and len(d["text"]) <= 4000 and ROLE.search(d["text"]) \
                and DIGIT.search(d["text"]):
            pools[k].append(d["id"])
    for k, ids in pools.items():
        print(k[0], k[1], quota[k], " ".join(ids[:quota[k] + 8]))


if __name__ == "__main__":
    main()
