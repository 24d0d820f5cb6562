#!/usr/bin/env python3
"""How far pair knowledge could lift ZWNJ F1 on the spaced inputs (issue #2), and what the allowed
lexicons know of it.

On spaced input every ZWNJ of the gold is a space, so each word pair (L, R) must be joined or left
apart. This prints, for PEYMA and fars-silver:

1. the per-pair oracle: each pair decided as the two golds mostly write it (fars-silver weighted by
   size), with no other knowledge: the ceiling of any context-free pair list;
2. khabar now (the scorer's own figures, from `scripts/eval_zwnj.sh … --show`);
3. khabar plus every missed pair whose joined form is in the MIT lexicons (hazm words.dat, shekar
   vocab.csv / compound_words.csv) and which that gold mostly joins, at the cost of the gold's spaced
   uses of those pairs: what attested pairs can give when the gold itself chooses which ones;
4. khabar plus every pair the MIT lexicons attest, chosen by nothing: what they give alone.

usage: python3 scripts/zwnj_bound.py   (release build of khabar; ../shared as for eval_zwnj.sh)
"""
import collections
import csv
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("SHARED") or next(p for p in (os.path.join(ROOT, "..", "shared"),
                                                       os.path.join(ROOT, "..", "..", "shared"))
                                          if os.path.isdir(p))
sys.path.insert(0, os.path.join(SHARED, "tools"))
from score_zwnj import FREE  # noqa: E402

Z = "\u200c"
SRC = os.path.join(SHARED, "data", "lexicon-sources")
DATA = os.path.join(SHARED, "data", "zwnj")


def norm(w):
    return w.replace("ي", "ی").replace("ك", "ک")


def attested():
    att = set()
    with open(os.path.join(SRC, "hazm", "words.dat"), encoding="utf-8") as f:
        att.update(norm(line.split("\t")[0].strip()) for line in f)
    for name in ("vocab.csv", "compound_words.csv"):
        with open(os.path.join(SRC, "shekar", name), encoding="utf-8") as f:
            att.update(norm(row[0].strip()) for row in csv.reader(f) if row)
    return att


def pair_counts(gold):
    joined, spaced = collections.Counter(), collections.Counter()
    with open(gold, encoding="utf-8") as f:
        for line in f:
            parts = re.split(r"([ \u200c]+)", line.rstrip("\n").split("\t", 1)[1])
            toks, seps = parts[0::2], parts[1::2]
            for i, sep in enumerate(seps):
                a, b = toks[i], toks[i + 1]
                if a and b and (a, b) not in FREE:
                    (joined if Z in sep else spaced)[(a, b)] += 1
    return joined, spaced


def f1(tp, fp, fn):
    p, r = tp / (tp + fp), tp / (tp + fn)
    return 2 * p * r / (p + r)


def khabar_errors(name):
    out = subprocess.run(
        ["scripts/eval_zwnj.sh", os.path.join(DATA, f"{name}.gold.tsv"), os.path.join(DATA, f"{name}.spaced.tsv"),
         "--show", "1000000"], cwd=ROOT, capture_output=True, text=True, check=True)
    out = out.stdout + out.stderr
    tp, fp, fn = map(int, re.search(r"tp (\d+), fp (\d+), fn (\d+)", out).groups())
    misses, fps = collections.Counter(), collections.Counter()
    for kind, g in re.findall(r"gold (zwnj|space), input space, output (?:space|zwnj)\n    gold  : (.*)\n", out):
        a = re.split(r"[ \u200c]", g.split("[")[0])[-1]
        b = re.split(r"[ \u200c]", g.split("]")[1])[0]
        (misses if kind == "zwnj" else fps)[(a, b)] += 1
    return (tp, fp, fn), misses, fps


def main():
    att = attested()
    sets = {name: pair_counts(os.path.join(DATA, f"{name}.gold.tsv")) for name in ("peyma600k", "fars-silver")}
    (pj, ps), (fj, fs) = sets["peyma600k"], sets["fars-silver"]
    w = sum(pj.values()) / sum(fj.values())
    keys = set(pj) | set(fj)
    join = {k: pj[k] + w * fj[k] >= ps[k] + w * fs[k] for k in keys}
    print("1. per-pair oracle (both golds, weighted):", end="")
    for name, (j, s) in sets.items():
        tot = sum(j.values())
        fn = sum(j[k] for k in keys if not join[k])
        fp = sum(s[k] for k in keys if join[k])
        print(f"  {name} {f1(tot - fn, fp, fn):.4f}", end="")
    print()
    for name, (j, s) in sets.items():
        (tp, fp, fn), misses, fps = khabar_errors(name)
        is_att = lambda k: norm(k[0] + Z + k[1]) in att or norm(k[0] + k[1]) in att  # noqa: E731
        gain = sum(n for k, n in misses.items() if is_att(k) and j[k] >= s[k])
        cost = sum(s[k] for k in misses if is_att(k) and j[k] >= s[k])
        all_gain = sum(n for k, n in misses.items() if is_att(k))
        all_cost = sum(n - fps[k] for k, n in s.items() if is_att(k) and n > fps[k])
        print(f"{name}: 2. khabar {f1(tp, fp, fn):.4f} (fn {fn})"
              f"  3. + attested pairs the gold mostly joins {f1(tp + gain, fp + cost, fn - gain):.4f}"
              f" (+{gain} joins, +{cost} false)"
              f"  4. + every attested pair {f1(tp + all_gain, fp + all_cost, fn - all_gain):.4f}")


if __name__ == "__main__":
    main()
