"""Build held-out gold: parse inline-annotated sources, wrap, compute offsets."""
import json, re, sys, unicodedata, pathlib

SRC = pathlib.Path(__file__).resolve().parent / 'src'
OUT_DIR = pathlib.Path(__file__).resolve().parents[1]
OUT_JSONL = pathlib.Path(__file__).resolve().parents[2] / 'heldout.jsonl'
# observation fields (tests/gold/OBSERVATIONS.md), written after `context` in this order
OBS = ('area', 'period', 'indicator', 'measure', 'target')
QUAL = {'ex': 'exact', 'mt': 'more_than', 'nr': 'nearly', 'ap': 'approx', 'al': 'at_least', 'lt': 'less_than'}
TAG = re.compile(r'⟦(.*?)⟧', re.S)
CLOSE = set('，。、；：！？”）》’')

def width(ch):
    return 2 if unicodedata.east_asian_width(ch) in 'WF' else 1

def parse(src):
    header, body = {}, []
    lines = src.split('\n')
    while lines and lines[0].startswith('#'):
        k, _, v = lines.pop(0)[1:].partition(' ')
        header[k] = v.strip()
    body = '\n'.join(lines).strip('\n') + '\n'
    plain, spans, pos, last = [], [], 0, 0
    out = ''
    for m in TAG.finditer(body):
        out += body[last:m.start()]
        fields = m.group(1).split('|')
        typ, text = fields[0], fields[1]
        spans.append((len(out), len(out) + len(text), typ, text, fields[2:]))
        out += text
        last = m.end()
    out += body[last:]
    return header, out, spans

def wrap(text, W):
    """Hard-wrap paragraph lines that start with full-width indent. Returns doc, inserted positions."""
    out, inserted = [], []  # inserted: source indices before which a \n was inserted
    i = 0
    for line in text.split('\n'):
        if line.startswith('　　') and sum(map(width, line)) > W:
            w = 0
            for j, ch in enumerate(line):
                cw = width(ch)
                if w + cw > W and ch not in CLOSE:
                    out.append('\n'); inserted.append(i + j); w = 0
                out.append(ch); w += cw
        else:
            out.append(line)
        out.append('\n')
        i += len(line) + 1
    doc = ''.join(out)
    return doc[:-1] if not text.endswith('\n') else doc, inserted

def build_record(fname, typ, text, f, wrapped):
    """Return (record, observation fields); the latter only for quantities."""
    obs = {}
    if typ == 'q':
        value, unit, qual, subject = f[0], f[1], f[2], f[3]
        rec = {'type': 'quantity', 'text': text, 'value': float(eval(value)), 'unit': unit,
               'qualifier': QUAL[qual], 'subject': subject}
        extras = f[4:]
    elif typ == 'd':
        iso, rel, kind = f[0], f[1], f[2]
        rec = {'type': 'date', 'text': text, 'iso': None if iso == '-' else iso,
               'relative': {'r': True, 'a': False}[rel], 'kind': kind}
        extras = f[3:]
    elif typ in ('o', 'c'):
        rec = {'type': {'o': 'ordinal', 'c': 'code'}[typ], 'text': text}
        if f and f[0]:
            rec['note'] = f[0]
        extras = f[1:]
    else:
        raise ValueError(typ)
    for e in extras:
        k, _, v = e.partition('=')
        if k == 'dec': rec['change'] = 'decrease'
        elif k == 'bl': rec['borderline'] = True
        elif k == 'max': rec['value_max'] = float(eval(v))
        elif k == 'ui': rec['unit_inherited'] = True
        elif k == 'uimp': rec['unit_implied'] = True
        elif k == 'vals': rec['values'] = [float(x) for x in v.split(',')]
        elif k == 'note': rec['note'] = (rec.get('note', '') + '; ' + v).strip('; ')
        elif k in ('area', 'period', 'indicator'): obs[k] = None if v == '-' else v
        elif k == 'measure': obs[k] = v
        elif k == 'target': obs[k] = {'true': True, 'false': False}[v]
        else: raise ValueError(e)
    if typ == 'q':
        missing = [k for k in OBS if k not in obs]
        if missing:
            raise ValueError(f'{fname} {text!r}: missing {missing}')
        obs = {k: obs[k] for k in OBS}
    elif obs:
        raise ValueError(f'{fname} {text!r}: observation fields on a {typ} record')
    return rec, obs

BOUND = re.compile(r'[。！？]')

def context(doc, s, e, wrapped):
    # sentence boundaries: 。！？, blank lines; in unwrapped docs also single newlines
    a = s
    while a > 0:
        ch = doc[a - 1]
        if BOUND.match(ch): break
        if ch == '\n' and (not wrapped or doc[max(0, a - 2):a].strip(' 　\t') == '' or re.search(r'\n[ \t　]*\n$', doc[:a])):
            break
        a -= 1
    b = e
    while b < len(doc):
        ch = doc[b]
        if BOUND.match(ch):
            b += 1
            while b < len(doc) and doc[b] in '”’）': b += 1
            break
        if ch == '\n' and (not wrapped or re.match(r'\n[ \t　]*\n', doc[b:]) or b + 1 >= len(doc)):
            break
        b += 1
    return doc[a:b].strip(' 　\t\n')

def main():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    allrecs = []
    for p in sorted(SRC.glob('p*.src')):
        header, plain, spans = parse(p.read_text(encoding='utf-8'))
        fname = p.stem + '.txt'
        W = int(header.get('wrap', '0'))
        if W:
            doc, ins = wrap(plain, W)
        else:
            doc, ins = plain, []
        import bisect
        def m(i):  # source index -> doc index (newline inserted before i counts)
            return i + bisect.bisect_right(ins, i)
        def m_end(e):
            return (e - 1) + bisect.bisect_right(ins, e - 1) + 1
        (OUT_DIR / fname).write_text(doc, encoding='utf-8')
        pd, _, note = header['pubdate'].partition('|')
        allrecs.append({'file': fname, 'type': 'pubdate', 'iso': None if pd.strip() == '-' else pd.strip(), 'note': note.strip()})
        for s, e, typ, text, f in spans:
            ds, de = m(s), m_end(e)
            rec, obs = build_record(fname, typ, text, f, bool(W))
            rec['text'] = doc[ds:de]
            assert rec['text'].replace('\n', '') == text, (fname, text, rec['text'])
            out = {'file': fname}
            out.update(rec)
            out['start'], out['end'] = ds, de
            out['context'] = context(doc, ds, de, bool(W))
            out.update(obs)
            allrecs.append(out)
    with OUT_JSONL.open('w', encoding='utf-8') as fh:
        for r in allrecs:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(allrecs), 'records')

if __name__ == '__main__':
    main()
