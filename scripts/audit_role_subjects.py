#!/usr/bin/env python3
"""Audit: role-only speech subjects ("مدیرکل X گفت: …") that khabar links to no person.

usage: scripts/audit_role_subjects.py ARTICLES.jsonl OUT.jsonl [--new-roles] [--show CLASS]

ARTICLES.jsonl: the input of `khabar batch` (lines {id, text, …}); OUT.jsonl: its output
(`khabar batch -q -o OUT.jsonl ARTICLES.jsonl`). Lists the sentences whose speech clause opens
with a title word (after an optional "به گزارش …،" lead) before the first speech verb, with no
person named before the verb and no official's role mention covering the title. Each is classed
by where the title stands:
  start  the clause starts with it;
  open   a short opening (up to five words: "در ادامه", "در این مراسم،", "همچنین");
  other  a longer opening;
and by what the article offers as its holder:
  fwd    a person is named in one of the next three sentences;
  cont   none is, but a person was named before (the current speaker, maybe);
  none   neither.
--new-roles skips titles whose first word some official of the article already holds (then the
miss is one of mentions, not of roles). --show CLASS prints the sentences of a class ("start",
"fwd", "open/fwd", … or "all"). Heuristic by design (plain regex tokens, a lexicon's first
words): a worklist to read, not a score. Standard library only.
"""
import collections
import json
import os
import re
import sys

LEX = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lexicons')


def norm(s):
    return (s.replace('ي', 'ی').replace('ك', 'ک').replace('ى', 'ی').replace('ـ', '')
            .replace('رییس', 'رئیس'))


def first_words(path, skip_kind=None):
    out = set()
    with open(path, encoding='utf-8') as f:
        next(f)
        for line in f:
            cols = line.rstrip('\n').split('\t')
            if skip_kind and cols[2] == skip_kind:
                continue
            out.add(norm(cols[0]).replace('\u200c', ' ').split()[0])
    return out


# title words that are mostly something else at a clause start
TITLE_WORDS = first_words(os.path.join(LEX, 'titles.tsv'), 'modifier') - {
    'حال', 'امام', 'مقام', 'امیر', 'نخست', 'پزشک', 'جانشین', 'رهبر', 'کارشناس', 'خبرنگار',
    'مجری', 'استاد'}
with open(os.path.join(LEX, 'speech_verbs.tsv'), encoding='utf-8') as f:
    next(f)
    SPEECH = [norm(l.split('\t')[0]).replace('\u200c', ' ').split() for l in f]
TOK = re.compile(r'[^\s.,،:;؛!?؟«»"()\[\]]+|[.,،:;؛!?؟«»"()\[\]]')
NOT_OPENING = {'با', 'به', 'از', 'برای', 'و', 'که', 'توسط', 'را', 'گفته', 'قول', 'نقل', 'سوی',
               'همراه', 'همتای', 'این'}


def sentences(text):
    out, cur, prev = [], [], 0
    for m in TOK.finditer(text):
        if '\n' in text[prev:m.start()] and cur:
            out.append(cur)
            cur = []
        cur.append((m.start(), m.end(), norm(m.group()).replace('\u200c', ' ')))
        if m.group() in '.!?؟':
            out.append(cur)
            cur = []
        prev = m.end()
    if cur:
        out.append(cur)
    return out


def first_word(w):
    return (w.split() or [''])[0]


def main():
    args = sys.argv[1:]
    new_roles = '--new-roles' in args
    show = args[args.index('--show') + 1] if '--show' in args else None
    paths = [a for i, a in enumerate(args) if not a.startswith('--') and (i == 0 or args[i - 1] != '--show')]
    texts = {}
    with open(paths[0], encoding='utf-8') as f:
        for line in f:
            x = json.loads(line)
            texts[x['id']] = x['text']
    counts = collections.Counter()
    shown = collections.defaultdict(list)
    with open(paths[1], encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            text = texts.get(d['id'])
            if text is None:
                continue
            officials = d.get('officials') or []
            roles = [(m['start'], m['end']) for o in officials for m in o['mentions'] if m['kind'] == 'role']
            held = {first_word(norm(r['title']['fa']).replace('\u200c', ' ')) for o in officials for r in o['roles']}
            names = [(m['start'], p['name']['fa']) for p in d.get('people') or [] for m in p['mentions']
                     if m['kind'] == 'name']
            sents = sentences(text)
            for si, s in enumerate(sents):
                ws = [t[2] for t in s]
                verb = next((i for i in range(len(ws)) if any(ws[i:i + len(v)] == v for v in SPEECH)), None)
                if verb is None:
                    continue
                start = ws.index('،') + 1 if ws[:2] == ['به', 'گزارش'] and '،' in ws[:20] else 0
                title = next((i for i in range(start, verb) if first_word(ws[i]) in TITLE_WORDS), None)
                if title is None:
                    continue
                at = s[title][0]
                opening = ws[start:title]
                # (a subject already: "وی با بیان اینکه وزیر …", "این مقام مسئول")
                if opening and (opening[-1] in NOT_OPENING or 'را' in opening
                                or any(w in ('وی', 'او', 'ایشان') for w in opening)
                                or opening[-2:] == ['این', 'مقام']):
                    continue
                if any(a <= at < b for a, b in roles):
                    continue
                if start < len(s) and any(s[start][0] <= n < s[verb][0] for n, _ in names):
                    continue
                if new_roles and first_word(ws[title]) in held:
                    continue
                place = 'start' if not opening else ('open' if len(opening) <= 5 else 'other')
                later = [n for sj in range(si + 1, min(len(sents), si + 4)) for a, n in names
                         if sents[sj][0][0] <= a < sents[sj][-1][1]]
                before = [n for a, n in names if a < at]
                holder = 'fwd' if later else ('cont' if before else 'none')
                counts[(place, holder)] += 1
                if show in (place, holder, place + '/' + holder, 'all'):
                    shown[place + '/' + holder].append(
                        (d['id'], ' '.join(ws[start:verb + 3]), 'next: ' + ', '.join(later[:1]),
                         'before: ' + ', '.join(before[-1:])))
    print('total', sum(counts.values()))
    for (place, holder), n in counts.most_common():
        print(f'{place}/{holder}\t{n}')
    for k, rows in shown.items():
        print('==', k, len(rows))
        for r in rows:
            print(*r, sep='  |  ')


if __name__ == '__main__':
    main()
