#!/usr/bin/env python3
"""Reproduce the candidate list from which the blind gold set varzesh25 was picked.

usage: python3 scripts/select_gold_varzesh3.py [--news PATH] [--show N]
       (prints candidate ids in order, one per line: id, characters, taken/skipped/unread, title)

varzesh3.jsonl (sports news, another house style, broken ZWNJ) is shuffled with the fixed seed 20261130.
Texts over 4,000 characters are left out; a candidate must contain a role word (مدیرعامل, رئیس, سرمربی,
سخنگو, دبیر, معاون, نایب‌رئیس, سرپرست, …, in any ی/ک/ZWNJ spelling) and a digit. Candidates were then
read in the printed order and the first 25 with a named person holding a role in the text were taken
(the 36th candidate, 972285, was the 25th taken). Skipped on reading (no named person holding a role in
the article text; a role only in the title, only as a verb phrase or only as "بازیکن" does not count):
1262188, 977404, 1698737, 1304942, 1462424, 1010508, 1674391, 1513062, 1552594, 1720245, 1662150.
The third column of the output says taken/skipped for the first 36 candidates.
"""
import argparse
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261130
# role words, matched after folding Arabic yeh/kaf and deleting ZWNJ/spaces inside the word
ROLE = re.compile("مدیرعامل|مدیر عامل|رئیس|رییس|سرمربی|سخنگو|دبیر|معاون|نایب|سرپرست|وزیر|مدیرکل|مدیر کل"
                  "|مدیر|عضو هیئت|عضوهیئت|مربی|کاپیتان")
DIGIT = re.compile("[0-9۰-۹٠-٩]")
SKIPPED = {"1262188", "977404", "1698737", "1304942", "1462424", "1010508", "1674391", "1513062", "1552594",
           "1720245", "1662150"}   # read, no named person holding a role in the text
TAKEN_UPTO = 36   # candidates read; the rest were not needed


def fold(s):
    return s.replace("ي", "ی").replace("ك", "ک").replace("\u200c", " ")


def main():
    news = os.path.join(HERE, "..", "..", "shared", "data", "news", "varzesh3.jsonl")
    if not os.path.exists(news):
        news = "/work/shared/data/news/varzesh3.jsonl"
    ap = argparse.ArgumentParser()
    ap.add_argument("--news", default=news)
    ap.add_argument("--show", type=int, default=40, help="how many candidates to print")
    a = ap.parse_args()
    arts = [json.loads(l) for l in open(a.news, encoding="utf-8")]
    order = list(range(len(arts)))
    random.Random(SEED).shuffle(order)
    shown = 0
    for i in order:
        d = arts[i]
        t = fold(d["text"])
        if len(d["text"]) <= 4000 and ROLE.search(t) and DIGIT.search(t):
            state = "unread" if shown >= TAKEN_UPTO else "skipped" if d["id"] in SKIPPED else "taken"
            print(d["id"], len(d["text"]), state, d.get("title") or "", sep="\t")
            shown += 1
            if shown >= a.show:
                break


if __name__ == "__main__":
    main()
