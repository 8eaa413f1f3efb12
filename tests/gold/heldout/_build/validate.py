"""Validate tests/gold/heldout.jsonl against the texts in tests/gold/heldout/."""
import json, pathlib, sys, collections

ROOT = pathlib.Path(__file__).resolve().parents[2]          # tests/gold
GOLD = ROOT / 'heldout.jsonl'
TEXTS = ROOT / 'heldout'
QUALS = {'exact', 'more_than', 'nearly', 'approx', 'at_least', 'less_than'}
MEASURES = {'level', 'growth', 'difference', 'share', 'points', 'multiple'}
KINDS = {'day', 'month', 'year', 'period', 'range', 'time', 'now', 'vague'}

def main():
    errors, docs, pub = [], {}, collections.Counter()
    spans = collections.defaultdict(list)
    counts = collections.Counter()
    for n, line in enumerate(GOLD.read_text(encoding='utf-8').splitlines(), 1):
        r = json.loads(line)
        def err(msg): errors.append(f'line {n} ({r.get("file")} {r.get("text")!r}): {msg}')
        for k in ('file', 'type'):
            if k not in r: err(f'missing {k}')
        f = r['file']
        if f not in docs:
            p = TEXTS / f
            if not p.exists(): err('text file missing'); continue
            docs[f] = p.read_bytes().decode('utf-8')
        doc = docs[f]
        t = r['type']; counts[t] += 1
        if t == 'pubdate':
            pub[f] += 1
            if 'iso' not in r or 'note' not in r: err('pubdate needs iso and note')
            continue
        for k in ('text', 'start', 'end', 'context'):
            if k not in r: err(f'missing {k}')
        if doc[r['start']:r['end']] != r['text']: err(f'text != doc[start:end] ({doc[r["start"]:r["end"]]!r})')
        if r['text'] not in r['context']: err('text not inside context')
        if r['context'] not in doc: err('context not in doc')
        spans[f].append((r['start'], r['end'], r['text']))
        if t == 'quantity':
            for k in ('value', 'unit', 'qualifier', 'subject', 'area', 'period', 'indicator', 'measure', 'target'):
                if k not in r: err(f'missing {k}')
            if not isinstance(r.get('value'), float): err('value must be a float')
            if r.get('qualifier') not in QUALS: err('bad qualifier')
            if 'value_max' in r and r['value_max'] <= r['value']: err('value_max <= value')
            if r.get('change', 'decrease') != 'decrease': err('bad change')
            if r.get('measure') not in MEASURES: err('bad measure')
            if not isinstance(r.get('target'), bool): err('target must be bool')
        elif t == 'date':
            for k in ('iso', 'relative', 'kind'):
                if k not in r: err(f'missing {k}')
            if r.get('kind') not in KINDS: err('bad kind')
            if not isinstance(r.get('relative'), bool): err('relative must be bool')
        elif t not in ('ordinal', 'code'):
            err('unknown type')
    for f in docs:
        if pub[f] != 1: errors.append(f'{f}: {pub[f]} pubdate records')
        s = sorted(spans[f])
        for a, b in zip(s, s[1:]):
            if b[0] < a[1]: errors.append(f'{f}: overlapping spans {a} {b}')
    for p in TEXTS.glob('*.txt'):
        if p.name not in docs: errors.append(f'{p.name}: no records')
    print(dict(counts), 'files:', len(docs))
    for e in errors: print('ERROR', e)
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
