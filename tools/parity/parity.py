#!/usr/bin/python3
"""Line-by-line parity of `yiwugraph segment` with Python jieba 0.42.1 (Debian python3-jieba).

Run with the Debian interpreter that has jieba:  /usr/bin/python3 tools/parity/parity.py
Each input line is segmented by jieba.cut / jieba.posseg.cut and by `yiwugraph segment [--pos]`; the lines are
formatted the same way (tokens joined by one space, whitespace-only tokens dropped, word/tag for posseg) and
compared. Lines are split like .NET's StreamReader.ReadLine (\\r\\n, \\r or \\n; a leading BOM is dropped), so both
sides see the same lines. Python strings are code points; .NET's are UTF-16, but both sides write UTF-8, so
characters outside the BMP compare equal when both treat them as one character.
Exit code 1 when a mode is below its target (cut 99.9 %, posseg 99.5 %).
The peer jieba.NET 0.42.2 (the C# port the design card names) is compared the same way when its runner is built
(`dotnet build -c Release bench/YiwuGraph.Benchmarks`, mode `jiebanet cut|posseg FILE`); it has no target.
"""
import argparse
import hashlib
import logging
import os
import re
import subprocess
import sys
import tempfile
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
DEFAULT_INPUTS = sorted(
    os.path.join(REPO, 'seeds', f) for f in os.listdir(os.path.join(REPO, 'seeds')) if f.endswith('.txt'))
MSRA = os.path.abspath(os.path.join(REPO, '..', 'shared', 'data', 'news-raw', 'msra_train_sentences.txt'))
TARGETS = {'cut': 99.9, 'posseg': 99.5}
LINE_BREAK = re.compile('\r\n|\r|\n')


def read_lines(path):
    with open(path, 'rb') as f:
        text = f.read().decode('utf-8', errors='replace')
    if text.startswith('\ufeff'):
        text = text[1:]
    lines = LINE_BREAK.split(text)
    if lines and lines[-1] == '':
        lines.pop()
    return lines


def jieba_lines(lines, mode, hmm):
    import jieba
    import jieba.posseg
    jieba.setLogLevel(logging.WARNING)
    out = []
    for line in lines:
        if mode == 'cut':
            out.append(' '.join(w for w in jieba.cut(line, HMM=hmm) if w.strip()))
        else:
            out.append(' '.join('%s/%s' % (p.word, p.flag) for p in jieba.posseg.cut(line, HMM=hmm) if p.word.strip()))
    return out


def cached_jieba_lines(path, lines, mode, hmm, cache_dir):
    digest = hashlib.sha1(open(path, 'rb').read()).hexdigest()[:16]
    cache = os.path.join(cache_dir, '%s.%s.%s.txt' % (digest, mode, 'hmm' if hmm else 'nohmm'))
    if os.path.exists(cache):
        with open(cache, 'r', encoding='utf-8', newline='\n') as f:
            cached = f.read().split('\n')[:-1]
        if len(cached) == len(lines):
            return cached
    out = jieba_lines(lines, mode, hmm)
    os.makedirs(cache_dir, exist_ok=True)
    with open(cache, 'w', encoding='utf-8', newline='\n') as f:
        f.write(''.join(l + '\n' for l in out))
    return out


def yiwugraph_lines(cmd, path, mode, hmm):
    args = cmd + ['segment', '--input', path]
    if mode == 'posseg':
        args.append('--pos')
    if not hmm:
        args.append('--no-hmm')
    started = time.time()
    result = subprocess.run(args, stdout=subprocess.PIPE, check=True)
    elapsed = time.time() - started
    return result.stdout.decode('utf-8').split('\n')[:-1], elapsed


def jiebanet_lines(cmd, path, mode):
    result = subprocess.run(cmd + ['jiebanet', mode, path], stdout=subprocess.PIPE, check=True)
    return result.stdout.decode('utf-8').split('\n')[:-1]


def count_same(expected, actual):
    return sum(1 for e, a in zip(expected, actual) if e == a)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('inputs', nargs='*', help='UTF-8 text files (default: seeds/*.txt and the MSRA sentences)')
    parser.add_argument('--yiwugraph', help='the yiwugraph executable (default: the Release build, else dotnet run)')
    parser.add_argument('--modes', default='cut,posseg')
    parser.add_argument('--no-hmm', action='store_true')
    parser.add_argument('--show', type=int, default=5, help='differing lines to print per file and mode')
    parser.add_argument('--jiebanet', help='the bench executable that runs jieba.NET (default: its Release build if present)')
    parser.add_argument('--no-peer', action='store_true', help='do not compare jieba.NET')
    parser.add_argument('--cache-dir', default=os.path.join(tempfile.gettempdir(), 'yiwugraph-parity'))
    opts = parser.parse_args()

    inputs = opts.inputs or DEFAULT_INPUTS + ([MSRA] if os.path.exists(MSRA) else [])
    if opts.yiwugraph:
        cmd = [opts.yiwugraph]
    else:
        built = os.path.join(REPO, 'src', 'YiwuGraph.Cli', 'bin', 'Release', 'net10.0', 'yiwugraph')
        cmd = [built] if os.path.exists(built) else [
            'dotnet', 'run', '--project', os.path.join(REPO, 'src', 'YiwuGraph.Cli'), '-c', 'Release', '--']
    hmm = not opts.no_hmm
    peer_cmd = None
    if not opts.no_peer and hmm:
        peer = opts.jiebanet or os.path.join(REPO, 'bench', 'YiwuGraph.Benchmarks', 'bin', 'Release', 'net10.0', 'YiwuGraph.Benchmarks')
        peer_cmd = [peer] if os.path.exists(peer) else None
        if peer_cmd is None:
            print('jieba.NET runner not built (%s); peer comparison skipped' % peer)
    failed = False
    for mode in opts.modes.split(','):
        same_total = 0
        lines_total = 0
        peer_same_total = 0
        for path in inputs:
            lines = read_lines(path)
            expected = cached_jieba_lines(path, lines, mode, hmm, opts.cache_dir)
            actual, _ = yiwugraph_lines(cmd, path, mode, hmm)
            if len(actual) != len(expected):
                print('%s %s: line count differs: jieba %d, yiwugraph %d' % (mode, path, len(expected), len(actual)))
            same = 0
            shown = 0
            for i, (e, a) in enumerate(zip(expected, actual)):
                if e == a:
                    same += 1
                elif shown < opts.show:
                    shown += 1
                    print('  %s:%d\n    jieba:     %s\n    yiwugraph: %s' % (os.path.basename(path), i + 1, e, a))
            same_total += same
            lines_total += len(expected)
            print('%-6s %-40s %6d/%6d identical (%.3f %%)' % (
                mode, os.path.basename(path), same, len(expected), 100.0 * same / max(1, len(expected))))
            if peer_cmd:
                peer_lines = jiebanet_lines(peer_cmd, path, mode)
                if len(peer_lines) != len(expected):
                    print('%s %s: line count differs: jieba %d, jieba.NET %d' % (mode, path, len(expected), len(peer_lines)))
                peer_same_total += count_same(expected, peer_lines)
        pct = 100.0 * same_total / max(1, lines_total)
        target = TARGETS[mode]
        print('%-6s TOTAL %d/%d identical lines = %.3f %% (target %.1f %%)' % (mode, same_total, lines_total, pct, target))
        if peer_cmd:
            print('%-6s jieba.NET 0.42.2: %d/%d identical lines = %.3f %% (a peer: no target)' % (
                mode, peer_same_total, lines_total, 100.0 * peer_same_total / max(1, lines_total)))
        failed |= pct < target
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
