#!/usr/bin/env bash
# A/B of `khabar normalize` between two (or more) binaries, for speed work:
# first checks that they write byte-identical output, then times them.
#
#   scripts/bench_normalize_ab.sh OLD_BIN NEW_BIN [RUNS]      (default 4 runs)
#
# Identity: the text column of ../shared/data/zwnj/{peyma600k,fars-silver}.
# {gold,spaced,glued}.tsv and the unique news text, with and without
# KHABAR_NO_CACHE=1, and with --full-repair; any difference is reported and
# the script stops (a speed change must not change one byte).
# Timing: the unique news text (the `text` field of ../shared/data/news/*.jsonl,
# as benches/throughput.rs builds it) repeated to >= 100 MB, written under /tmp (never
# commit it: publisher text). The binaries run alternately, caches off
# (KHABAR_NO_CACHE=1) and on, RUNS times each; the script prints the median
# and best MB/s of wall time and of CPU time (user + sys: less disturbed when
# others share the machine) and `cat` of the same file as the baseline.
# Set SHARED to the shared data directory if it is not ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n 2,17p "$0"; exit 2; }
OLD=$1 NEW=$2 RUNS=${3:-4}
SHARED=${SHARED:-}
for d in "$SHARED" ../shared ../../shared /work/shared; do
  if [ -n "$d" ] && [ -d "$d/data/news" ]; then SHARED=$d; break; fi
done
[ -d "$SHARED/data/news" ] || { echo "shared data not found; set SHARED" >&2; exit 2; }
WORK=${TMPDIR:-/tmp}/khabar-normalize-ab
mkdir -p "$WORK"
UNIQUE=$WORK/news_unique.txt BIG=$WORK/news100.txt
if [ ! -s "$BIG" ]; then
  python3 - "$SHARED/data/news" "$UNIQUE" "$BIG" <<'EOF'
import json, pathlib, sys
src, unique, big = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
lines = []
for f in sorted(src.glob("*.jsonl")):
    for line in f.open(encoding="utf-8"):
        try:
            t = json.loads(line).get("text")
        except ValueError:
            continue
        if isinstance(t, str):
            lines.append(t.replace("\r", "") + "\n")
text = "".join(lines)
open(unique, "w", encoding="utf-8").write(text)
n = len(text.encode("utf-8"))
with open(big, "w", encoding="utf-8") as out:
    for _ in range(-(-100_000_000 // n)):
        out.write(text)
EOF
fi

echo "== identical output"
run() { # BIN ARGS... (stdin to stdout)
  local bin=$1; shift
  "$bin" normalize "$@"
}
bad=0
for set in peyma600k fars-silver; do
  for kind in gold spaced glued; do
    f=$SHARED/data/zwnj/$set.$kind.tsv
    [ -f "$f" ] || continue
    for mode in cache nocache full; do
      for b in OLD NEW; do
        bin=${!b}
        case $mode in
          cache) cut -f2- "$f" | run "$bin" > "$WORK/$b.out" ;;
          nocache) cut -f2- "$f" | KHABAR_NO_CACHE=1 run "$bin" > "$WORK/$b.out" ;;
          full) cut -f2- "$f" | KHABAR_NO_CACHE=1 run "$bin" --full-repair > "$WORK/$b.out" ;;
        esac
      done
      if cmp -s "$WORK/OLD.out" "$WORK/NEW.out"; then echo "same  $set.$kind $mode"; else echo "DIFF  $set.$kind $mode"; bad=1; fi
    done
  done
done
for mode in cache nocache full; do
  for b in OLD NEW; do
    bin=${!b}
    case $mode in
      cache) run "$bin" < "$UNIQUE" > "$WORK/$b.out" ;;
      nocache) KHABAR_NO_CACHE=1 run "$bin" < "$UNIQUE" > "$WORK/$b.out" ;;
      full) KHABAR_NO_CACHE=1 run "$bin" --full-repair < "$UNIQUE" > "$WORK/$b.out" ;;
    esac
  done
  if cmp -s "$WORK/OLD.out" "$WORK/NEW.out"; then echo "same  news $mode"; else echo "DIFF  news $mode"; bad=1; fi
done
rm -f "$WORK/OLD.out" "$WORK/NEW.out"
[ $bad = 0 ] || { echo "outputs differ: not timing" >&2; exit 1; }

echo "== timing: $(stat -c %s "$BIG") bytes, $RUNS runs each, alternating; $(uptime | sed 's/.*load/load/')"
python3 - "$BIG" "$RUNS" "$OLD" "$NEW" <<'EOF'
import os, resource, statistics, subprocess, sys, time
big, runs, bins = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
size = os.path.getsize(big)
res = {}
def timed(cmd, env):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return wall, cpu
for _ in range(runs):
    for b in bins:
        for mode in ("caches off", "caches on"):
            env = dict(os.environ)
            env.pop("KHABAR_NO_CACHE", None)
            if mode == "caches off":
                env["KHABAR_NO_CACHE"] = "1"
            res.setdefault((b, mode), []).append(timed([b, "normalize", big], env))
    res.setdefault(("cat", ""), []).append(timed(["cat", big], dict(os.environ)))
mb = size / 1e6
for (b, mode), v in res.items():
    w = [mb / x[0] for x in v]
    c = [mb / x[1] for x in v if x[1] > 0]
    cpu = f"cpu MB/s median {statistics.median(c):7.1f} best {max(c):7.1f}" if c else ""
    print(f"{b:45s} {mode:10s} wall MB/s median {statistics.median(w):7.1f} best {max(w):7.1f} | {cpu}")
EOF
