# Regenerate gold.jsonl: python3 eval/figures/build_gold.py (reads ../shared beside the repository).
# Builds eval/figures/gold.jsonl from the hand-written spec: finds each figure's words in the text
# (offsets are computed, never counted by hand) and, for PolNeAR, the source of the annotated
# attribution whose content holds the figure.
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, '..', '..', '..', 'shared')
spec = open(os.path.join(HERE, 'annotations.txt'), encoding='utf-8').read().splitlines()
docs = []; cur = None
for line in spec:
    if not line.strip() or line.startswith('#'): continue
    if line.startswith('= '):
        name = line[2:].strip()
        rel = ('seeds/' + name) if name[0].isdigit() else ('eval/polnear/dev/text/' + name)
        text = open(os.path.join(SHARED, rel), encoding='utf-8').read()
        if text.startswith('\ufeff'): text = text[1:]
        cur = {'text': rel, 'length': len(text), 'figures': [], '_t': text, '_used': []}
        docs.append(cur); continue
    f = [x.strip() for x in line.split(' | ')]
    expr, _, ctx = f[0].partition(' @@ ')
    ctx = ctx or expr
    t = cur['_t']
    hits = [m.start() for m in re.finditer(re.escape(ctx), t)]
    if len(hits) != 1: sys.exit(f"{cur['text']}: context {ctx!r} found {len(hits)} times")
    s = hits[0] + ctx.index(expr); e = s + len(expr)
    num = lambda v: None if v == '-' else (int(v) if re.fullmatch(r'\d+', v) else float(v))
    fig = {'start': s, 'end': e, 'text': expr, 'low': num(f[1]), 'high': num(f[2]), 'approximate': f[3] == 'y', 'unit': f[4]}
    head = f[5]
    if head == '-': fig['counted'] = None
    else:
        ms = [m for m in re.compile(r'\b' + re.escape(head) + r'\b').finditer(t) if -60 < m.start() - e < 80 and not (s <= m.start() < e)]
        ms.sort(key=lambda m: (m.start() < e, abs(m.start() - e)))
        m = ms[0] if ms else None
        if not m: sys.exit(f"{cur['text']}: head {head!r} not near {expr!r}")
        fig['counted'] = {'start': m.start(), 'end': m.end(), 'text': head}
    fig['source'] = f[6] if len(f) > 6 else '?'
    cur['figures'].append(fig)

def polnear_attributions(rel):
    base = os.path.basename(rel)[:-4]
    anns = sorted(glob.glob(f'{SHARED}/eval/polnear/dev/attributions/{base}_*.ann'))
    spans = {}; rels = []
    for line in open(anns[0], encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        if parts[0].startswith('T') and len(parts) >= 2:
            label, _, offs = parts[1].partition(' ')
            spans[parts[0]] = (label, [tuple(map(int, p.split())) for p in offs.split(';')])
        elif parts[0].startswith('E'):
            rels.append(dict(x.split(':') for x in parts[1].split()))
    out = []
    for r in rels:
        content = spans[r['Content']][1] if 'Content' in r else []
        source = sorted(spans[r['Source']][1]) if 'Source' in r else None
        out.append((content, source))
    return out

for d in docs:
    t = d.pop('_t'); d.pop('_used')
    attrs = polnear_attributions(d['text']) if 'polnear' in d['text'] else []
    for fig in d['figures']:
        if fig['source'] != '?':
            name = fig['source']
            if name == '-': fig['source'] = None
            else:
                i = min((m.start() for m in re.finditer(re.escape(name), t)), key=lambda p: abs(p - fig['start']))
                fig['source'] = {'start': i, 'end': i + len(name), 'text': name}
            continue
        holders = [(c, s) for c, s in attrs if any(a <= fig['start'] and fig['end'] <= b for a, b in c)]
        holders.sort(key=lambda cs: sum(b - a for a, b in cs[0]))
        if holders and holders[0][1]:
            a, b = holders[0][1][0]
            fig['source'] = {'start': a, 'end': b, 'text': t[a:b]}
        else:
            fig['source'] = None
with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as out:
    for d in docs:
        out.write(json.dumps(d, ensure_ascii=False) + '\n')
print(sum(len(d['figures']) for d in docs), 'figures in', len(docs), 'articles')
