#!/usr/bin/env python3
"""Derive the ZWNJ-repair lexicons of khabar from the MIT word lists.

usage: python3 lexicons/scripts/derive_zwnj.py [SOURCES_DIR]

SOURCES_DIR defaults to ../shared/data/lexicon-sources (relative to the project root, or ../../shared
from a worktree) and holds
hazm/ (words.dat, verbs.dat), shekar/ (vocab.csv, compound_words.csv, verbs.csv) and cpvi/
(irregulars.json), all MIT.  Writes, byte for byte reproducibly (stdlib only, sorted in byte order):

  lexicons/zwnj_words.tsv      word  freq  pos   plain words (no ZWNJ) that must never be split
  lexicons/zwnj_compounds.tsv  form  freq  join  ZWNJ spellings; join=1: trusted to join spaced parts
  lexicons/zwnj_verbs.tsv      past  present     verb stems for the conjugator

Every entry is written normalized the way khabar normalizes text (ي ك ة ۀ folded, diacritics and
kashida removed, ZWNJ after a non-joining letter dropped, no ZWNJ at an edge).

Cleaning (the sources are noisy, see ../shared/docs/ZWNJ.md):
  * a plain word is dropped when it is a glued misspelling of a ZWNJ form: an untagged or
    shekar-only entry that analyses as می/نمی + verb, noun + ها…, adjective + تر/ترین, a word in ه +
    ای/ام/اش/…, a participle + اند/ام/…, or the glued spelling of a listed compound (میشود, آنها,
    کتابها, بهرهبرداری);
  * a ZWNJ entry is dropped when it is a phrase: a part that is a function word (یکی‌از, آن‌را), two
    number words (سه‌هزار), a time expression (سال‌گذشته); shekar's compound list is used to split
    glued words but not to join spaced ones unless hazm or shekar's counts attest the form too.
The hand-curated lists (zwnj_never_join.tsv, zwnj_never_split.tsv) are not written by this script.
"""
import json
import os
import re
import sys
import unicodedata

ZWNJ = "\u200c"
NONJOIN = set("اآأإٱدذرزژوؤء")
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ې": "ی", "ۍ": "ی", "ك": "ک", "ڪ": "ک", "ة": "ه",
                      "ۀ": "ه", "ھ": "ه", "ە": "ه", "إ": "ا", "ٱ": "ا", "\u0640": None,
                      "\u200d": None, "\u200f": None, "\u200e": None})
MARKS = re.compile("[\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed]")
PERSIAN = re.compile("^[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0622\u200c]+$")


def norm(w):
    w = unicodedata.normalize("NFC", w.strip())
    w = w.replace("\u0627\u0653", "آ").replace("\u06cc\u0654", "ئ").replace("\u064a\u0654", "ئ")
    w = MARKS.sub("", w.translate(FOLD))
    w = re.sub(ZWNJ + "+", ZWNJ, w).strip(ZWNJ + " ")
    w = re.sub(" +", " ", w)
    out = []
    for k, c in enumerate(w):
        if c == ZWNJ and (w[k - 1] in NONJOIN or w[k + 1] == " " or w[k - 1] == " "):
            continue
        out.append(c)
    return "".join(out)


def persian(w):
    return bool(PERSIAN.match(w)) and len(w.replace(ZWNJ, "")) >= 2


# ----------------------------------------------------------------------------- sources
def read_sources(src):
    hazm = {}
    with open(os.path.join(src, "hazm", "words.dat"), encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 3:
                continue
            w = norm(p[0])
            if not persian(w):
                continue
            freq = int(p[1]) if p[1].isdigit() else 0
            tags = "" if p[2] == "0" else p[2]
            old = hazm.get(w)
            if old:
                tags = ",".join(sorted(set(filter(None, (old[1] + "," + tags).split(",")))))
                freq = max(freq, old[0])
            hazm[w] = (freq, tags)
    shekar = {}
    with open(os.path.join(src, "shekar", "vocab.csv"), encoding="utf-8") as f:
        for line in f:
            w, _, c = line.rstrip("\n").rpartition(",")
            w = norm(w)
            if persian(w) and c.isdigit():
                shekar[w] = max(shekar.get(w, 0), int(c))
    compounds = set()
    with open(os.path.join(src, "shekar", "compound_words.csv"), encoding="utf-8") as f:
        for line in f:
            w = norm(line.rstrip("\n").split(",")[0])
            if persian(w):
                compounds.add(w)
    verbs = set()
    with open(os.path.join(src, "hazm", "verbs.dat"), encoding="utf-8") as f:
        for line in f:
            past, _, pres = line.strip().partition("#")
            past, pres = norm(past), norm(pres)
            if past and pres and ZWNJ not in past + pres:
                verbs.add((past, pres))
    with open(os.path.join(src, "shekar", "verbs.csv"), encoding="utf-8") as f:
        for line in f:
            p = line.strip().split(",")
            if len(p) >= 2 and p[0] and p[1]:
                pres, past = norm(p[0]), norm(p[1])
                if ZWNJ not in past + pres:
                    verbs.add((past, pres))
    with open(os.path.join(src, "cpvi", "irregulars.json"), encoding="utf-8") as f:
        for v in json.load(f).values():
            pasts = v.get("formal Persian past stem", "")
            pres = v.get("formal Persian present stem", "")
            for pa in pasts if isinstance(pasts, list) else [pasts]:
                for pr in pres if isinstance(pres, list) else [pres]:
                    pa, pr = norm(pa), norm(pr)
                    if pa and pr and ZWNJ not in pa + pr:
                        verbs.add((pa, pr))
    # a verb with a compound or spaced stem is not a conjugator entry
    verbs = {(a, b) for a, b in verbs if " " not in a + b and len(a) >= 2}
    names = set()
    for fn in ("male_names.txt", "female_names.txt", "last_names.txt"):
        with open(os.path.join(src, "names", fn), encoding="utf-8") as f:
            for line in f:
                w = norm(line)
                if persian(w) and ZWNJ not in w:
                    names.add(w)
    return hazm, shekar, compounds, verbs, names


# ----------------------------------------------------------------------------- morphology
PRES_END = ("م", "ی", "د", "یم", "ید", "ند")
PAST_END = ("", "م", "ی", "یم", "ید", "ند")
PLURAL = ("ها", "هاست", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان")
COMPAR = ("تر", "ترین", "تری")
AFTER_HEH = ("ای", "ام", "اش", "ات", "ایم", "اید", "اند")
PREVERBS = ("", "بر", "در", "باز", "فرا", "وا", "فرو")
NUMBERS = set("یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده "
              "نوزده بیست سی چهل پنجاه شصت هفتاد هشتاد نود صد دویست سیصد چهارصد پانصد ششصد هفتصد "
              "هشتصد نهصد هزار میلیون میلیارد یکی".split())
# parts that make a ZWNJ form a phrase rather than a word
FUNCTION = set("از به در با را که و تا هم یا اما نیز برای این آن همه هر چه چون اگر یکی دیگر دیگری "
               "خود ما من تو او شما ایشان آنها اینها است بود شد شده شود کرد کند باید".split())
PREPOSITIONS = set("از به در با را که و تا یا اما نیز برای اگر چون بر".split())
LIGHT_VERB = set("شدن کردن شده کرده شد کرد کننده کنندگان نمودن گشتن گردیدن داشتن داده دادن مانده".split())
TIME_AFTER = set("گذشته آینده جاری اخیر قبل بعد پیش".split())
DIRECTIONS = set("شرقی غربی شمالی جنوبی مرکزی رضوی".split())
# a compound at least 1/JOIN_RATIO as frequent as its rarer part is trusted to join spaced parts
# (measured on the spaced ZWNJ sets: 10 misses most compounds, 100 joins too many phrases)
JOIN_RATIO = 30


def verb_bodies(verbs):
    bodies = set()
    for past, pres in verbs:
        for e in PAST_END:
            bodies.add(past + e)
        p = pres + "ی" if pres[-1] in "اآ" else pres
        for e in PRES_END:
            bodies.add(p + e)
    return bodies


def glued_misspelling(w, strong, bodies, adjectives, participles, compound_glued):
    """True when w is the glued spelling of a ZWNJ form (see the module doc)."""
    for pv in PREVERBS:
        for pre in ("می", "نمی"):
            if w.startswith(pv + pre) and w[len(pv + pre):] in bodies:
                return True
    for suf in PLURAL:
        b = w[: -len(suf)]
        if w.endswith(suf) and len(b) >= 2 and b[-1] not in NONJOIN and b in strong:
            return True
    for suf in COMPAR:
        b = w[: -len(suf)]
        if w.endswith(suf) and b in adjectives and b[-1] not in NONJOIN:
            return True
    for suf in AFTER_HEH:
        b = w[: -len(suf)]
        if w.endswith(suf) and len(b) >= 3 and b.endswith("ه") and (b in strong or b in participles):
            return True
    return w in compound_glued


def glued_prep_word(w, candidates):
    """True for a preposition glued to a word of two letters or more (درصورتی)."""
    return any(w.startswith(p) and len(w) - len(p) >= 2 and w[len(p):] in candidates
               for p in ("در", "از", "با", "بر", "به"))


def phrase(form):
    parts = form.split(ZWNJ)
    if any(p in FUNCTION for p in parts[1:]) or parts[0] == "یکی":
        return True
    if parts[0] in NUMBERS and parts[1] in NUMBERS:
        return True
    if len(parts) == 2 and parts[1] in TIME_AFTER:
        return True
    return False


def main():
    if len(sys.argv) > 1:
        src = sys.argv[1]
    else:  # ../shared from the project root (a worktree sits one level deeper)
        src = next((p for p in (os.path.join(ROOT, up, "shared", "data", "lexicon-sources")
                                for up in ("..", os.path.join("..", ".."))) if os.path.isdir(p)), "")
        if not src:
            sys.exit("derive_zwnj.py: ../shared/data/lexicon-sources not found; pass SOURCES_DIR")
    hazm, shekar, compounds, verbs, names = read_sources(src)
    # what may follow می/نمی: a conjugated body or a bare present stem (می‌توان)
    bodies = verb_bodies(verbs) | {pres for _, pres in verbs}
    participles = {past + "ه" for past, _ in verbs} | {"ن" + past + "ه" for past, _ in verbs}

    def freq(w):
        h = hazm.get(w, (0, ""))[0]
        return max(h, shekar.get(w, 0) // 20)

    # ZWNJ forms: (frequency, has frequency evidence)
    forms = {}
    for w, (f, tags) in hazm.items():
        if ZWNJ in w:
            forms[w] = freq(w)
    for w, c in shekar.items():
        if ZWNJ in w:
            forms[w] = freq(w)
    for w in compounds:
        if ZWNJ in w and w not in forms:
            forms[w] = 0
    forms = {w: f for w, f in forms.items() if not phrase(w)}

    strong = {w for w, (f, tags) in hazm.items() if ZWNJ not in w and tags}
    strong |= {w for w, c in shekar.items() if ZWNJ not in w and c >= 20000}
    adjectives = {w for w, (f, tags) in hazm.items() if "AJ" in tags.split(",")}

    def glued_verb_or_suffix(w):
        return glued_misspelling(w, strong, bodies, adjectives, participles, set())

    # a glued spelling with counts whose ZWNJ spelling has none is the word (دوومیدانی), unless the
    # morphology says it is a misspelling (میشود, کتابها)
    by_glued = {}
    for w, f in forms.items():
        g = w.replace(ZWNJ, "")
        by_glued[g] = max(by_glued.get(g, 0), f)
    glued_words = {g for g, f in by_glued.items()
                   if freq(g) > 0 and f == 0 and not glued_verb_or_suffix(g)}
    forms = {w: f for w, f in forms.items() if w.replace(ZWNJ, "") not in glued_words}
    compound_glued = {w.replace(ZWNJ, "") for w in forms}

    # join=1: a lexicalized compound, as frequent as a tenth of its rarer part, or as a thirtieth when
    # it is not به, a number or a function word + a word (یک‌سو, هم‌وزن: a phrase as often), a
    # participle phrase (noun + یافته/گرفته …: a passive verb as often) or a place name + a direction
    # (both are house style); rarer forms and forms without counts are only used to split glued words
    def joinable(w, f):
        parts = w.split(ZWNJ)
        if f == 0 or (parts[0] in PREPOSITIONS and parts[0] != "به") or parts[-1] in LIGHT_VERB:
            return False
        rarer = min(freq(p) for p in parts)
        if f * 10 >= rarer:
            return True
        if parts[0] == "به" or parts[0] in NUMBERS or parts[0] in FUNCTION:
            return False
        if parts[-1] in participles or parts[-1] in DIRECTIONS:
            return False
        return f * JOIN_RATIO >= rarer

    forms = {w: (f, joinable(w, f)) for w, f in forms.items()}

    # plain words
    words = {}
    candidates = {w for w in hazm if ZWNJ not in w} | {w for w in shekar if ZWNJ not in w}
    # a preposition glued to این/آن and a word is a misspelling (بااینحال: بااین‌حال)
    glued_prep = re.compile("^(از|با|به|در|بر)(این|آن)(.{2,})$")
    for w in candidates:
        tags = hazm.get(w, (0, ""))[1]
        f = freq(w)
        m = glued_prep.match(w)
        if m and m.group(3) in strong:
            continue
        # "وقتیکه", "درصورتیکه": که after a word in ی is written وقتی‌که, also after a preposition
        # glued to the word (درصورتی)
        if w.endswith("یکه") and len(w) >= 5 and (w[:-2] in candidates or w[:-2] in strong
                                                  or glued_prep_word(w[:-2], candidates)):
            continue
        if w not in glued_words and not (tags and hazm[w][0] > 0):
            if glued_misspelling(w, strong, bodies, adjectives, participles, compound_glued):
                continue
        words[w] = (f, tags)
    for w in names - set(words):
        if not glued_misspelling(w, strong, bodies, adjectives, participles, compound_glued):
            words[w] = (0, "NAME")

    out = os.path.join(ROOT, "lexicons")

    def write(name, header, rows):
        lines = sorted(set("\t".join(map(str, r)) for r in rows), key=lambda s: s.encode())
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(header + "\n")
            for l in lines:
                f.write(l + "\n")
        print(f"{name}: {len(lines)} entries", file=sys.stderr)

    write("zwnj_words.tsv", "word\tfreq\tpos", [(w, f, t) for w, (f, t) in words.items()])
    write("zwnj_compounds.tsv", "form\tfreq\tjoin", [(w, f, int(j)) for w, (f, j) in forms.items()])
    write("zwnj_verbs.tsv", "past\tpresent", sorted(verbs))


if __name__ == "__main__":
    main()
