#!/usr/bin/env python3
"""Overlap scores of khabar's dates against the parstdex test set (MIT; date AND time spans).

usage: scripts/eval_parstdex.py [--tests ../shared/data/dates/parstdex_tests.json]

Builds khabar and runs `khabar batch` on every snippet, then reports: the share of parstdex spans
that one of khabar's dates overlaps (recall-like; parstdex also marks clock times and durations,
which khabar does not report as dates), the share of khabar's dates that overlap a parstdex span
(precision-like), and how many date-free snippets got a date.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    ap = argparse.ArgumentParser()
    default = os.path.join(ROOT, "..", "shared", "data", "dates", "parstdex_tests.json")
    if not os.path.exists(default):
        default = "/work/shared/data/dates/parstdex_tests.json"
    ap.add_argument("--tests", default=default)
    a = ap.parse_args()
    tests = json.load(open(a.tests, encoding="utf-8"))
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    inp = "".join(json.dumps({"id": str(i), "text": t["test_input"] or " "}, ensure_ascii=False) + "\n"
                  for i, t in enumerate(tests))
    # khabar batch exits 1 when some records are error records (blank snippets): still a result
    run = subprocess.run([os.path.join(ROOT, "target", "release", "khabar"), "batch", "-q", "--jobs", "1"],
                         input=inp.encode(), capture_output=True)
    if run.returncode not in (0, 1):
        sys.exit(run.stderr.decode())
    out = run.stdout.decode()
    docs = {d["id"]: d for d in map(json.loads, out.splitlines())}
    ov = (lambda a, b: a[0] < b[1] and b[0] < a[1])
    g_tot = g_hit = s_tot = s_hit = neg = neg_fp = 0
    for i, t in enumerate(tests):
        exp = json.loads(t["expected"])
        spans = [(d["start"], d["end"]) for d in docs.get(str(i), {"dates": []})["dates"]]
        g_tot += len(exp)
        g_hit += sum(1 for e in exp if any(ov(e, s) for s in spans))
        s_tot += len(spans)
        s_hit += sum(1 for s in spans if any(ov(e, s) for e in exp))
        if not exp:
            neg += 1
            neg_fp += bool(spans)
    print(f"parstdex spans overlapped by a khabar date: {g_hit}/{g_tot} = {g_hit / max(g_tot, 1):.3f}")
    print(f"khabar dates overlapping a parstdex span:   {s_hit}/{s_tot} = {s_hit / max(s_tot, 1):.3f}")
    print(f"date-free snippets given a date:            {neg_fp}/{neg}")


if __name__ == "__main__":
    sys.exit(main())
