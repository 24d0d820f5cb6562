#!/usr/bin/env python3
"""How far PEYMA's DAT tagging lets any dates extractor go (issue #3's DAT F1 >= 0.85).

usage: scripts/eval_peyma.sh && python3 scripts/dat_bound.py [target/eval-peyma/system.jsonl]

Scores khabar's dates against PEYMA's DAT spans as ../shared/tools/score_ner.py does (normalized strings,
multiset per document) and prints:
- now: khabar as it is;
- by kind: precision of calendar dates, relative expressions and occasions;
- per-string oracle: every surface string kept only where PEYMA tags it at least as often as not — the best
  any context-free choice of what to call a date can do, fitted to PEYMA itself (and dropping relative
  expressions the issue requires);
- no false calendar dates: every false positive of kind `date` removed, relative expressions and occasions
  kept as the issue requires, at khabar's recall and at perfect recall.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = next(p for p in (os.path.join(HERE, "..", "..", "shared"), "/work/shared") if os.path.isdir(p))
sys.path.insert(0, os.path.join(SHARED, "tools"))
import score_ner as S  # noqa: E402


def main():
    system = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "target", "eval-peyma", "system.jsonl")
    ner = os.path.join(SHARED, "data", "ner")
    units = S.units(S.read_conll(os.path.join(ner, "peyma600k.conll")), S.read_index(os.path.join(ner, "peyma600k_docs.tsv")))
    docs = {}
    with open(system, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            docs[d.get("id")] = d
    tp, fp, tp_kind, sys_kind = (collections.Counter() for _ in range(4))
    kind_of, gold = {}, 0
    for uid, g in units:
        spans = S.gold_entities(g)["DAT"]
        gold += len(spans)
        left = collections.Counter(S.norm(x) for x in spans)
        for x in docs.get(uid, {}).get("dates") or []:
            n, k = S.norm(x["text"]), x.get("kind")
            kind_of[n] = k
            sys_kind[k] += 1
            if left[n] > 0:
                left[n] -= 1
                tp[n] += 1
                tp_kind[k] += 1
            else:
                fp[n] += 1

    def line(name, t, f, g=gold):
        p, r = t / (t + f), t / g
        print(f"{name:52s} P {p:.3f}  R {r:.3f}  F1 {2 * p * r / (p + r):.3f}")

    T, F = sum(tp.values()), sum(fp.values())
    line("now", T, F)
    for k in sorted(sys_kind):
        print(f"  kind {k:10s} system {sys_kind[k]:5d}  true {tp_kind[k]:5d}  precision {tp_kind[k] / sys_kind[k]:.3f}")
    keep = [n for n in set(tp) | set(fp) if tp[n] >= fp[n]]
    line("per-string oracle (fitted to PEYMA)", sum(tp[n] for n in keep), sum(fp[n] for n in keep))
    false_dates = sum(fp[n] for n in fp if kind_of[n] == "date")
    line("no false calendar dates", T, F - false_dates)
    line("no false calendar dates, perfect recall", gold, F - false_dates)


if __name__ == "__main__":
    main()
