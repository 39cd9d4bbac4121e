#!/usr/bin/python3
"""Whole-process speed of `yiwugraph segment` against the peer @node-rs/jieba 2.0.3 (jieba-rs), same run.

Usage: /usr/bin/python3 tools/parity/speed.py [--reps 5] [--peer-modules /tmp/peer/node_modules]
Builds an ~8 MB text from seeds/*.txt repeated, then times, in alternation, each command reading that file and
writing one line of space-joined tokens per input line: yiwugraph cut, peer cut, yiwugraph --pos, peer tag, and
yiwugraph on an empty file (start-up plus dictionary load). Reports medians of wall time and of CPU time
(user+sys of the child, which is what matters when the machine is shared), characters per second and the ratio
to the peer, and the peak RSS of each process.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))


def build_corpus(path, target_bytes):
    seeds = sorted(os.path.join(REPO, 'seeds', f) for f in os.listdir(os.path.join(REPO, 'seeds')) if f.endswith('.txt'))
    block = b''.join(open(f, 'rb').read().rstrip(b'\n') + b'\n' for f in seeds)
    data = block * (target_bytes // len(block) + 1)
    with open(path, 'wb') as f:
        f.write(data)
    return len(data.decode('utf-8'))


def run(args, env=None):
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    err = proc.stderr.read().decode('utf-8', 'replace')
    proc.stderr.close()
    if status != 0:
        raise SystemExit('%s failed (%d): %s' % (' '.join(args), status, err))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--reps', type=int, default=5)
    parser.add_argument('--bytes', type=int, default=8_000_000)
    parser.add_argument('--yiwugraph', default=os.path.join(REPO, 'src', 'YiwuGraph.Cli', 'bin', 'Release', 'net10.0', 'yiwugraph'))
    parser.add_argument('--peer-modules', default='/tmp/peer/node_modules')
    opts = parser.parse_args()

    work = os.path.join(tempfile.gettempdir(), 'yiwugraph-speed')
    os.makedirs(work, exist_ok=True)
    corpus = os.path.join(work, 'seeds-8mb.txt')
    empty = os.path.join(work, 'empty.txt')
    open(empty, 'w').close()
    chars = build_corpus(corpus, opts.bytes)
    print('corpus: %s, %d bytes, %d characters; %d repetitions; load average %.1f' % (
        corpus, os.path.getsize(corpus), chars, opts.reps, os.getloadavg()[0]))

    y = opts.yiwugraph
    peer_js = os.path.join(REPO, 'tools', 'parity', 'peer-jieba.js')
    env = dict(os.environ, NODE_PATH=opts.peer_modules)
    jobs = [
        ('yiwugraph cut', [y, 'segment', '--input', corpus, '--output', os.path.join(work, 'y.cut')], None, chars),
        ('peer cut', ['node', peer_js, 'cut', corpus, os.path.join(work, 'p.cut')], env, chars),
        ('yiwugraph posseg', [y, 'segment', '--pos', '--input', corpus, '--output', os.path.join(work, 'y.pos')], None, chars),
        ('peer tag', ['node', peer_js, 'tag', corpus, os.path.join(work, 'p.pos')], env, chars),
        ('yiwugraph load only', [y, 'segment', '--input', empty, '--output', os.path.join(work, 'y.empty')], None, 0),
        ('peer load only', ['node', peer_js, 'cut', empty, os.path.join(work, 'p.empty')], env, 0),
    ]
    results = {name: [] for name, _, _, _ in jobs}
    for name, args, e, _ in jobs:
        run(args, e)  # warm the file cache and the JIT/disk caches once
    for _ in range(opts.reps):
        for name, args, e, _ in jobs:
            results[name].append(run(args, e))

    medians = {}
    print('%-22s %10s %10s %14s %14s %9s' % ('command', 'wall s', 'cpu s', 'chars/s wall', 'chars/s cpu', 'RSS MB'))
    for name, _, _, n in jobs:
        wall = statistics.median(r[0] for r in results[name])
        cpu = statistics.median(r[1] for r in results[name])
        rss = max(r[2] for r in results[name])
        medians[name] = (wall, cpu)
        print('%-22s %10.3f %10.3f %14s %14s %9.1f' % (
            name, wall, cpu, '%.2f M' % (n / wall / 1e6) if n else '-', '%.2f M' % (n / cpu / 1e6) if n else '-', rss))
    for ours, peer in (('yiwugraph cut', 'peer cut'), ('yiwugraph posseg', 'peer tag')):
        print('%s vs %s: %.2fx faster by wall time, %.2fx by CPU time' % (
            ours, peer, medians[peer][0] / medians[ours][0], medians[peer][1] / medians[ours][1]))
    return 0


if __name__ == '__main__':
    sys.exit(main())
