#!/usr/bin/env python3
"""Writes src/YiwuGraph.Extraction/Lexicons/name-characters.tsv from the annotated persons of MSRA NER train and
CLUENER train (without its last 1,000 lines, the dev set).

usage: derive.py DATA_DIR > name-characters.tsv   (DATA_DIR holds ner/train.txt and cluener/train.jsonl)

Foreign list: every part of a name printed with a name dot (卡洛斯·阿马特: 卡洛斯, 阿马特), each character counted each
time it is printed. Chinese list: every three-character name without a dot that opens with a one-character surname of
surnames.tsv, less those whose characters are likelier foreign by the counts (smoothed unigram odds, three rounds).
"""
import collections, json, math, os, re, sys

data = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
surnames_path = os.path.join(here, '..', '..', 'src', 'YiwuGraph.Extraction', 'Lexicons', 'surnames.tsv')

names = collections.Counter()
current = ''
for line in open(os.path.join(data, 'ner', 'train.txt'), encoding='utf-8'):
    parts = line.split()
    if len(parts) < 2:
        if current: names[current] += 1; current = ''
        continue
    c, tag = parts[0], parts[1]
    if tag == 'B-PER':
        if current: names[current] += 1
        current = c
    elif tag == 'I-PER' and current:
        current += c
    elif current:
        names[current] += 1; current = ''
for line in open(os.path.join(data, 'cluener', 'train.jsonl'), encoding='utf-8').read().splitlines()[:-1000]:
    for name, spans in json.loads(line)['label'].get('name', {}).items():
        names[name] += len(spans)

surnames = set()
for line in open(surnames_path, encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    word = line.split('\t')[0].strip()
    if len(word) == 1: surnames.add(word)

han = re.compile(r'^[\u4e00-\u9fff]+$')
foreign = collections.Counter()
for name in names:
    if '·' in name:
        for part in re.split('[·•]', name):
            if han.match(part):
                foreign.update(part)
total_foreign = sum(foreign.values())
chinese = [n for n in names if '·' not in n and han.match(n) and len(n) == 3 and n[0] in surnames]

SMOOTHING, CHARACTERS = 0.1, 6000
def counts(names):
    return collections.Counter(n[0] for n in names), collections.Counter(c for n in names for c in n[1:])
def log_odds(name, s, g, ns, ng):
    f = sum(math.log((foreign[c] + SMOOTHING) / (total_foreign + SMOOTHING * CHARACTERS)) for c in name)
    h = math.log((s[name[0]] + SMOOTHING) / (ns + SMOOTHING * CHARACTERS))
    h += sum(math.log((g[c] + SMOOTHING) / (ng + SMOOTHING * CHARACTERS)) for c in name[1:])
    return f - h
before = len(chinese)
for _ in range(3):
    s, g = counts(chinese)
    chinese = [n for n in chinese if log_odds(n, s, g, sum(s.values()), sum(g.values())) < 0]
s, g = counts(chinese)
print(f'{before} surname-opening three-character names, {len(chinese)} kept as Chinese', file=sys.stderr)

out = sys.stdout
out.write('''# How often each character is printed in a transliterated (foreign) name and in a Chinese name, for telling the two
# apart where the first character of a name is a surname (罗斯, 鲁宾, 米切尔 and 莫迪凯 open with one, as 罗庆 does).
# Read by PositionExtractor (IsForeignName): a two- or three-character name that opens with a surname reads foreign
# when its characters are far likelier in transliterations than as a Chinese surname and given name.
# Columns: character, class, count (the note).
#   foreign - times the parts of the foreign list below print the character
#   surname - Chinese names of the list below that open with the character
#   given   - Chinese names of the list below that print the character after their surname
# Source: derived by tools/name-characters/derive.py from the annotated persons of MSRA NER train
# (data/ner/train.txt) and CLUENER train (data/cluener/train.jsonl without its last 1,000 lines, which are the dev
# set): the foreign list is every part of a name printed with a name dot (卡洛斯·阿马特: 卡洛斯, 阿马特), 1,167
# parts; the Chinese list is every three-character name without a dot that opens with a one-character surname of
# surnames.tsv, 3,777, less the 354 whose characters were likelier foreign by these counts (three rounds), 3,423
# names. Not edited by hand: rerun the script.

''')
for cls, table in (('foreign', foreign), ('surname', s), ('given', g)):
    for ch, n in sorted(table.items(), key=lambda kv: (-kv[1], kv[0])):
        out.write(f'{ch}\t{cls}\t{n}\n')
