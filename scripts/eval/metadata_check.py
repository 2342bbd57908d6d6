#!/usr/bin/env python3
"""Checks `crosscheck extract` metadata against scripts/eval/metadata_truth.tsv (written by reading each page).

    python3 scripts/eval/metadata_check.py scripts/eval/metadata_truth.tsv extract1.jsonl [extract2.jsonl ...]

Rules: a title matches when it equals one of the truth's alternatives after lower-casing and keeping only letters and
digits; a date matches one of the alternatives exactly; an outlet matches when, normalised the same way, it equals an
alternative, contains it or is contained in it ("cleveland.com" and "cleveland"). Rows whose truth is "-" (the page
shows none) are not counted for that field. Prints accuracy per field and every mismatch.
"""
import json
import sys
import unicodedata


def norm(text):
    text = unicodedata.normalize('NFKC', text or '').lower()
    return ''.join(c for c in text if c.isalnum())


def main():
    truth = []
    with open(sys.argv[1], encoding='utf8') as f:
        lines = [l.rstrip('\n') for l in f if l.strip() and not l.startswith('#')]
    header = lines[0].split('\t')
    for line in lines[1:]:
        truth.append(dict(zip(header, line.split('\t'))))
    pred = {}
    for path in sys.argv[2:]:
        for line in open(path, encoding='utf8'):
            if line.strip():
                d = json.loads(line)
                pred[d['id']] = d
    def find(prefix):
        for k, v in pred.items():
            if k.startswith(prefix):
                return v
        return None
    stats = {f: [0, 0] for f in ('title', 'published', 'outlet')}
    misses = []
    for row in truth:
        p = find(row['id']) or {}
        for field in stats:
            want = row[field].strip()
            if want == '-':
                continue
            got = p.get(field) or ''
            if field == 'title':
                ok = norm(got) in {norm(a) for a in want.split(' || ')}
            elif field == 'published':
                ok = got in want.split('|')
            else:
                g = norm(got)
                ok = bool(g) and any(norm(a) == g or norm(a) in g or g in norm(a) for a in want.split(' || '))
            stats[field][1] += 1
            stats[field][0] += ok
            if not ok:
                misses.append(f"  {row['id']} {field}: got {got!r} want {want!r} "
                              f"(source {p.get('sources', {}).get(field)})")
    for field, (ok, total) in stats.items():
        print(f'{field:<10} {ok}/{total} = {ok / total:.3f}' if total else f'{field}: no rows')
    print('\n'.join(misses))


if __name__ == '__main__':
    main()
