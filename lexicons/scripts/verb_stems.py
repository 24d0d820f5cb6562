#!/usr/bin/env python3
"""Derive lexicons/verb_stems.tsv from hazm's verbs.dat (MIT licence).

verbs.dat lists Persian verbs as `past#present` stem pairs. khabar's claims
extractor uses the stems to recognise finite verb forms (a clause ends at a
verb, so "و" or "،" after one joins two clauses). The output has one line per
distinct (past, present) pair, sorted in byte order, under the header
`fa<TAB>present`: the same file, byte for byte, as the officials extractor's
lexicons/scripts/derive_names.py writes.

usage: python3 lexicons/scripts/verb_stems.py [--hazm ../shared/data/lexicon-sources/hazm] > lexicons/verb_stems.tsv
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    # the project root's ../shared (a worktree under wt/ has it one level further up)
    default = next((d for d in (os.path.join(HERE, *[".."] * k, "shared", "data", "lexicon-sources", "hazm")
                                for k in (3, 4)) if os.path.isdir(d)), None)
    ap.add_argument("--hazm", default=default)
    a = ap.parse_args()
    rows = set()
    with open(os.path.join(a.hazm, "verbs.dat"), encoding="utf-8") as f:
        for line in f:
            line = " ".join(line.strip().replace("ي", "ی").replace("ك", "ک").split())
            if "#" not in line:
                continue
            past, present = line.split("#", 1)
            if past and present:
                rows.add(f"{past}\t{present}")
    out = sys.stdout
    out.write("fa\tpresent\n")
    for r in sorted(rows, key=lambda s: s.encode("utf-8")):
        out.write(r + "\n")


if __name__ == "__main__":
    main()
