#!/usr/bin/env python3
"""Audit of the organisation part of roles (issue #4) in a `khabar batch` output: roles whose org is one
word that is no place and no organisation of the article (org_1tok), ends in a stop word (org_ends_fn),
is contained in a longer organisation mention of the same article (longer_in_article), is followed
within three words by one (org_follows), or opens with a portfolio word (portfolio_as_org). Counts are
of suspects, not errors: read the examples.
usage: scripts/audit_role_orgs.py OUT.jsonl TEXTS.jsonl [CATEGORY]   (TEXTS: the batch input, {id,text})"""
import json, os, re, sys, collections
LEX = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lexicons')
FN = set(l.strip() for l in list(open(os.path.join(LEX, 'function_words.tsv'), encoding='utf-8'))[1:])
PREP = {'از', 'با', 'به', 'در', 'برای', 'و', 'بر', 'تا', 'که', 'را', 'یا', 'علیه', 'درباره'}
PLACES = set(l.split('\t')[0] for l in list(open(os.path.join(LEX, 'places.tsv'), encoding='utf-8'))[1:])
HEADS = set(l.split('\t')[0] for l in list(open(os.path.join(LEX, 'org_heads.tsv'), encoding='utf-8'))[1:])
def norm(s):
    s = s.replace('ي', 'ی').replace('ك', 'ک').replace('ـ', '').replace('ى', 'ی')
    return re.sub(r'[\s\u200c]+', ' ', s).strip()
texts = {}
for l in open(sys.argv[2], encoding='utf-8'):
    x = json.loads(l); texts[x['id']] = norm(x['text'])
show = sys.argv[3] if len(sys.argv) > 3 else None
cnt = collections.Counter(); ex = collections.defaultdict(list); total = 0
for l in open(sys.argv[1], encoding='utf-8'):
    d = json.loads(l); t = texts.get(d['id'], '')
    orgs = set()
    for o in d.get('organizations') or []:
        orgs.add(norm(o['name']['fa']))
        for m in o.get('mentions') or []:
            if m.get('kind') in ('name', 'alias'): orgs.add(norm(m['text']))
    for o in d.get('officials') or []:
        for r in o['roles']:
            total += 1
            org = r.get('organization')
            if not org: cnt['no_org'] += 1; continue
            ti, og = norm(r['title']['fa']), norm(org['fa'])
            ws = og.split(' ')
            i = t.find(ti + ' ' + og)
            after = t[i + len(ti) + len(og) + 1:][:60] if i >= 0 else ''
            cats = []
            if len(ws) == 1 and og not in orgs and ws[0] not in ('کشور',) and og not in PLACES: cats.append('org_1tok')
            if ws[-1] in PREP or ws[-1] in FN: cats.append('org_ends_fn')
            longer = [x for x in orgs if og in x and x != og and len(x) > len(og)]
            if longer: cats.append('longer_in_article')
            aw = after.split(' ')[:5]
            nxt = ' '.join(aw)
            if after and any((' '.join(aw[a:])).startswith(x) for x in orgs for a in range(0, 3) if len(x) > 3) and og not in orgs:
                cats.append('org_follows')
            if ws[0] in ('مبارزه', 'امور', 'پروژه', 'انتظامی', 'روابط', 'حوزه') and og not in orgs: cats.append('portfolio_as_org')
            for c in cats:
                cnt[c] += 1
                ex[c].append(f"{d['id']}\t{o['name']['fa']}\t{ti} | {og}\t>> {nxt}\t{longer[:2]}")
            if cats: cnt['ANY'] += 1
print('roles', total, dict(cnt.most_common()))
if show:
    for e in ex[show]: print(e)
