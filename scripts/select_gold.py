#!/usr/bin/env python3
"""Reproduce the candidate lists from which the blind gold sets farsc25, farsd25, farse25, farsf25, farsg25,
farsh25, farsi25 and farsj25 were picked.

usage: python3 scripts/select_gold.py farsc25|farsd25|farse25|farsf25|farsg25|farsh25|farsi25|farsj25 [--news PATH]
       (prints one line per stratum: group, 13x, quota, candidates)

Each set has a fixed seed and leaves out the sets annotated before it (farsb25 used seed 20261126 and was
picked by hand from its own shuffled order). Texts over 4,000 characters are left out; a candidate must
contain a role word and a digit. Strata: province 1 (138x) + 4 (139x); politics, economy, social, world,
sports 2 (138x) + 2 (139x) each. Candidates were then read in the printed order and the first ones with a
named person holding a role in the text were taken.
- farsc25 (seed 20261127, without fars30, farsb25): skipped on reading (no named person with a role):
  13971009000360, 8405270088, 8304260093, 8212160197, 8811191180, 8611270181; sports 138x had only one
  usable article, so sports 139x gave three.
- farsd25 (seed 20261128, without fars30, farsb25, farsc25): province 138x has no candidate left, so
  province 139x gave five. Skipped on reading: 13961020001905, 13971009000360, 13920919000966,
  13940609001376, 13990529000506, 13940403000728, 9002292247; sports 138x's only candidate 8611270181 has
  no person, so sports 139x gave four.
- farse25 (seed 20261129, without fars30, farsb25, farsc25, farsd25): skipped on reading (no named person
  with a role in the text): 13970821000658 (athletes only), 13971009000360 (bill text), 13930610000826
  and 13921112001395 (unnamed officials, budget text), 8604210024 (headline list), and in sports
  8611270181, 13940609001376, 13990529000506, 13940403000728 (اکبر احدی has no role in the text),
  9002292247, 13921109000100. Province 138x has no candidate and sports gave only 13980617000288, so
  province 139x gave eight (its first eight usable candidates); the other strata gave their quota.
- farsf25 (seed 20261130, without fars30, farsb25, farsc25, farsd25, farse25): skipped on reading (no named
  person with a role in the text): politics 138x 8307140085 (the district mayor is unnamed); economy 138x
  8304260093 (کالین پاول has no role in the text; the spokesman is unnamed) and 8405270088 (unnamed bank
  head), so economy 138x gave none; economy 139x 13920919000966 and 13930610000826 (unnamed officials);
  social 138x 8312290032 (no person); world 138x 8604210024 and world 139x 9004270940 (headline lists).
  Province 138x has no candidate, and the sports candidates are the ones skipped for farse25
  (8611270181, 13940609001376, 13921109000100, 13940403000728, 9002292247, 13990529000506), so the
  seven places of province 138x (1), economy 138x (2) and sports (4) went to province 139x, which gave
  eleven (its first eleven candidates, all usable); the other strata gave their quota.
- farsg25 (seed 20261201, without fars30, farsb25, farsc25, farsd25, farse25, farsf25): skipped on reading
  (no named person with a role in the text): province 139x 13950230000431 (conference, no person) and
  13960607000179 (the officials are unnamed); politics 138x 8203150005 (الراوی is only "فرد شماره 30");
  politics 139x 13971009000360 (bill text); economy 138x 8405270088 and 8304260093 (as for farsf25), so
  economy 138x gave none; economy 139x 9003226329 (محمود خواجه نصیر has no role in the text); social 139x
  13900612000765 (no person); world 138x 8907061695 (no person); world 139x 9004270940 (headline list).
  Province 138x has no candidate and the sports candidates are the six skipped for farse25/farsf25, so
  the seven places of province 138x (1), economy 138x (2) and sports (4) were filled in order: province
  139x gave ten (all twelve printed candidates read, two skipped) and the 25th place went to the next
  usable candidate of the first stratum in printed order with candidates left, politics 138x
  (8305040254); the other strata gave their quota.
- farsh25 (seed 20261202, without fars30, farsb25 .. farsg25): the pool is thin: province 138x has no
  candidate, economy 138x only the two skipped for farsf25/farsg25 (8304260093, 8405270088), and the sports
  candidates are 8611270181 (no person) and the five skipped for farse25 (13990529000506, 13940609001376,
  13921109000100, 13940403000728, 9002292247), so sports and economy 138x gave none. Skipped on reading (no
  named person with a role in the text): province 139x 13940905001089 (wrestling report, athletes only);
  politics 138x 8202190002 (headline list); politics 139x 13971009000360 (bill text) and 13980231000783
  (bill text, no person), so politics 139x gave one (its last printed candidate, 13941212001249); economy
  139x 13920919000966 (the minister is unnamed), 13990305000440 (unnamed source and spokesman), 9003226329
  (محمود خواجه نصیر has no role in the text), 13921112001395 (budget text) and 13930610000826 (unnamed
  officials), so economy 139x gave one (13921112001863, its last printed candidate). The seven places of
  province 138x (1), economy 138x (2) and sports (4) went to province 139x, which gave eleven (all twelve
  printed candidates read, one skipped); the two places politics 139x and economy 139x left went to the
  next usable candidates of the first stratum in printed order with candidates left, politics 138x, which
  gave four (8708180847, 8405270022, 8211070051, 8610210218); social and world gave their quota.
- farsi25 (seed 20261203, without fars30, farsb25 .. farsh25): farsh25 emptied province 138x, politics 139x,
  economy 138x/139x and sports, so for farsi25 only these six strata (WIDEN) take, after their usual candidates,
  the texts that pass a wider filter: up to 6,000 characters, no digit required, and in sports also the
  team-role words سرمربی/سرپرست/مدیر (SPORT_ROLE); the older sets' output is byte-identical (checked with cmp
  for farsc25 .. farsh25). Province 138x still has no candidate. Skipped on reading (no named person with a role
  in the text): province 139x 13901217001196 (book launch: the ayatollah, the poet and his teacher have no
  role); economy 138x 8405270088 and 8304260093 (as for farsf25) and 8406280228 (widened; محمدرضا رحیم‌نژاد is
  only "استاد دانشگاه"/"فعال سیاسی", احمدی‌نژاد's presidency only by coreference), so economy 138x gave the next
  widened candidates 8503220030 and 8603100001; economy 139x 13920919000966, 13990305000440, 13921112001395,
  13930610000826, 9003226329 (as for farsh25) and 13980617000290 (customs statement, no person), so economy 139x
  gave one (13950123000283, a widened 5,732-character text); politics 139x 13971009000360 and 13980231000783 (as
  for farsh25), so the widened 13970918000263 and 13990405000494 were taken; sports 138x 8611270181 and sports
  139x 13921109000100, 13940609001376, 13940403000728, 13990529000506, 9002292247 (as for farse25), so sports
  gave the first widened candidates (8503300306, 8411050099; 13930106000575, 13930106000361). The two places of
  province 138x (1) and economy 139x (1) went to the first stratum in printed order with candidates left,
  province 139x, which gave six (its first seven printed candidates read, one skipped); the other strata gave
  their quota: politics 138x 8912230678, 8504110265; social 138x 8802040101, 8811191300; social 139x 9001150097,
  13930629000917; world 138x 8406110175, 8705180113; world 139x 13990125000490, 13940204000221.
- farsj25 (seed 20261204, without fars30, farsb25 .. farsi25): the same six strata as for farsi25 take the
  widened candidates (WIDEN["farsj25"] = WIDEN["farsi25"], not widened further); the older sets' output is
  byte-identical (checked with cmp for farsc25 .. farsi25). Province 138x still has no candidate. Skipped on
  reading (no named person with a role in the text): province 139x 13980209000095 (air-quality bulletin, no
  person) and 13950230000431 (conference report, no person); politics 139x 13980231000783 and 13971009000360
  (as for farsh25), so 13941029001623 and 13910708001356 were taken; economy 138x 8405270088, 8304260093 (as for
  farsf25), 8510240305 (government statement, no person) and 8406280228 (as for farsi25), so economy 138x gave
  one (8401140274, its last printed candidate); economy 139x all six printed candidates (as for farsh25/farsi25),
  so it gave none; social 138x 8811191180 (deadline notice, the head of the students' welfare fund unnamed) and
  8212160197 (district notice, no person), so it gave 8604210013 and 8506280349; social 139x 13900612000765 (as
  for farsg25); world 138x 8907061695 (as for farsg25); sports 138x 8611270181 (as for farsh25), its only
  candidate, so it gave none; sports 139x 13990529000506, 9002292247, 13921109000100, 13940403000728,
  13940609001376 (as for farse25), so it gave 13910708000449 and 13930106000437. The six places of province 138x
  (1), economy 138x (1), economy 139x (2) and sports 138x (2) went to the first stratum in printed order with
  candidates left, province 139x, which gave ten (all twelve printed candidates read, two skipped); the other
  strata gave their quota: social 139x 13971116000007, 13980705000150; world 138x 8510240486, 8809120951; world
  139x 13990723000695, 13940912000242.
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
SPORT_ROLE = re.compile("سرمربی|سرمربي|سرپرست|مدیر|مدير")
# set: (seed, sets left out, candidates printed beyond the quota)
SETS = {
    "farsc25": (20261127, ("fars30", "farsb25"), 4),
    "farsd25": (20261128, ("fars30", "farsb25", "farsc25"), 8),
    "farse25": (20261129, ("fars30", "farsb25", "farsc25", "farsd25"), 8),
    "farsf25": (20261130, ("fars30", "farsb25", "farsc25", "farsd25", "farse25"), 8),
    "farsg25": (20261201, ("fars30", "farsb25", "farsc25", "farsd25", "farse25", "farsf25"), 8),
    "farsh25": (20261202, ("fars30", "farsb25", "farsc25", "farsd25", "farse25", "farsf25", "farsg25"), 8),
    "farsi25": (20261203, ("fars30", "farsb25", "farsc25", "farsd25", "farse25", "farsf25", "farsg25",
                           "farsh25"), 8),
    "farsj25": (20261204, ("fars30", "farsb25", "farsc25", "farsd25", "farse25", "farsf25", "farsg25",
                           "farsh25", "farsi25"), 8),
}
# farsi25 only: strata that farsh25 emptied take, after their usual candidates, the texts that pass a wider
# filter (up to 6,000 characters, no digit required, and for sports also the team-role words of SPORT_ROLE), so
# older sets' output stays identical.
WIDEN = {"farsi25": {("province", "138"), ("politics", "139"), ("economy", "138"), ("economy", "139"),
                     ("sports", "138"), ("sports", "139")}}
WIDEN["farsj25"] = WIDEN["farsi25"]
WIDE_MAX = 6000
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
    ap.add_argument("set", choices=sorted(SETS))
    ap.add_argument("--news", default=news)
    a = ap.parse_args()
    seed, before, shown = SETS[a.set]
    arts = [json.loads(l) for l in open(a.news, encoding="utf-8")]
    seen = set()
    for name in before:
        path = os.path.join(HERE, "..", "tests", "gold", f"{name}.annotations.jsonl")
        seen |= {json.loads(l)["id"] for l in open(path, encoding="utf-8") if l.strip()}
    quota = {("province", "138"): 1, ("province", "139"): 4}
    for g in ("politics", "economy", "social", "world", "sports"):
        quota[(g, "138")] = quota[(g, "139")] = 2
    order = list(range(len(arts)))
    random.Random(seed).shuffle(order)
    pools = {k: [] for k in quota}
    wide = {k: [] for k in quota}
    widen = WIDEN.get(a.set, set())
    for i in order:
        d = arts[i]
        k = (group(d["category"]), (d.get("jalali_date") or "")[:3])
        if k not in pools or d["id"] in seen:
            continue
        role = ROLE.search(d["text"])
        if role and DIGIT.search(d["text"]) and len(d["text"]) <= 4000:
            pools[k].append(d["id"])
        elif k in widen and len(d["text"]) <= WIDE_MAX and \
                (role or (k[0] == "sports" and SPORT_ROLE.search(d["text"]))):
            wide[k].append(d["id"])
    for k in widen:
        pools[k] += wide[k]
    for k, ids in pools.items():
        print(k[0], k[1], quota[k], " ".join(ids[:quota[k] + shown]))


if __name__ == "__main__":
    main()
