#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Differential check: our `generate` / `merged` against the real Foremast v5.15.4 on random runways.

    python3 scripts/differential/differential.py --seeds 0:2000 [--jobs 2] [--binary PATH]
    python3 scripts/differential/differential.py --seed 17 --keep /tmp/case17   # one case, kept

For each seed a runway and a foremast.cfg are drawn (runways.py), Foremast renders them through
../shared/tools/render_foremast.py (run by /usr/bin/python3, which has Debian's python3-jinja2) and
the designer's CLI does the same. Pipelines (one file per region) and merged settings are compared
as JSON values. Each seed ends in one of:

* identical     both sides produced the same pipelines and the same merged settings
* both refuse   Foremast failed and we refused (merged settings may still agree: compared then)
* warned        Foremast failed, we rendered, and we printed a `warning:` saying Foremast cannot
* mismatch      anything else, grouped into classes; the smallest example of each is printed

Exit status 0 when there is no mismatch.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import runways  # noqa: E402  pylint: disable=wrong-import-position

REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(REPO), 'shared')
FOREMAST_SAYS = 'Foremast cannot'   # what our warning says when Foremast itself would fail


def find_binary():
    for candidate in ('build/app/foremast-designer', 'build/app/cli/foremast-designer', 'build/foremast-designer'):
        path = os.path.join(REPO, candidate)
        if os.access(path, os.X_OK):
            return path
    found = shutil.which('foremast-designer')
    if found:
        return found
    raise SystemExit('foremast-designer not found: build it or pass --binary')


class Worker:
    """One long-lived foremast_worker.py process; used by one thread at a time."""

    def __init__(self, shared):
        self.proc = subprocess.Popen(
            ['/usr/bin/python3', os.path.join(HERE, 'foremast_worker.py'), os.path.join(shared, 'tools'),
             os.path.join(shared, 'reference', 'foremast-5.15.4'), os.path.join(shared, 'reference', 'foremast-utils')],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def render(self, request):
        self.proc.stdin.write(json.dumps(request) + '\n')
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


def write_case(case, folder):
    runway = os.path.join(folder, 'runway')
    os.makedirs(runway, exist_ok=True)
    for name, text in case.files.items():
        with open(os.path.join(runway, name), 'w') as handle:
            handle.write(text)
    cfg = os.path.join(folder, 'foremast.cfg')
    with open(cfg, 'w') as handle:
        handle.write(case.cfg)
    return runway, cfg


def read_json_files(folder, pattern=r'^pipeline-(.+)\.json$'):
    found = {}
    if os.path.isdir(folder):
        for name in sorted(os.listdir(folder)):
            match = re.match(pattern, name)
            if match:
                with open(os.path.join(folder, name)) as handle:
                    found[match.group(1)] = json.load(handle)
    return found


def ours(binary, runway, cfg, case, out):
    common = ['--project', case.project, '--repo', case.repo, '--config', cfg]
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen', HOME=os.path.dirname(out))
    gen = subprocess.run([binary, 'generate', runway, '--out', out] + common,
                         capture_output=True, text=True, env=env, check=False)
    merged = subprocess.run([binary, 'merged', runway] + common, capture_output=True, text=True, env=env, check=False)
    result = {'gen_code': gen.returncode, 'gen_err': gen.stderr, 'merged_code': merged.returncode,
              'merged_err': merged.stderr, 'pipelines': read_json_files(out) if gen.returncode == 0 else None,
              'merged': None}
    if merged.returncode == 0:
        try:
            result['merged'] = json.loads(merged.stdout)
        except ValueError:
            result['merged_code'] = 'bad json'
    return result


def normalise_path(path):
    """Key path with list indices and region names folded, so one class covers many seeds."""
    out = re.sub(r'\[\d+\]', '[*]', path)
    for region in runways.REGION_POOL:
        out = out.replace(region, '<region>')
    for env in runways.ENV_POOL + ['prodb', 'extra']:
        out = re.sub(r'(^|\.)%s(\.|$)' % env, r'\1<env>\2', out)
    return out


def first_difference(theirs, mine, path=''):
    if type(theirs) is not type(mine):  # pylint: disable=unidiomatic-typecheck
        if isinstance(theirs, (int, float)) and isinstance(mine, (int, float)) and not isinstance(theirs, bool) \
                and not isinstance(mine, bool) and theirs == mine:
            return None
        return path or '.', theirs, mine
    if isinstance(theirs, dict):
        for key in sorted(set(theirs) | set(mine)):
            if key not in theirs or key not in mine:
                return '{0}.{1}'.format(path, key), theirs.get(key, '<absent>'), mine.get(key, '<absent>')
            found = first_difference(theirs[key], mine[key], '{0}.{1}'.format(path, key))
            if found:
                return found
        return None
    if isinstance(theirs, list):
        if len(theirs) != len(mine):
            return '{0}.length'.format(path), len(theirs), len(mine)
        for index, (a, b) in enumerate(zip(theirs, mine)):
            found = first_difference(a, b, '{0}[{1}]'.format(path, index))
            if found:
                return found
        return None
    return None if theirs == mine else (path or '.', theirs, mine)


def warned(text):
    return any('warning:' in line and FOREMAST_SAYS in line for line in text.splitlines())


def classify(case, foremast, out_dir, mine):
    """(outcome, class, detail) of one seed."""
    theirs_pipelines = read_json_files(out_dir) if foremast['ok'] else None
    theirs_merged = None
    merged_path = os.path.join(out_dir, 'merged-configs.json')
    if os.path.exists(merged_path):
        with open(merged_path) as handle:
            theirs_merged = json.load(handle)

    # merged settings: compare whenever Foremast wrote them
    if theirs_merged is not None:
        if mine['merged'] is None:
            return 'mismatch', 'merged: only we refuse', mine['merged_err'].strip()[-300:]
        diff = first_difference(theirs_merged, mine['merged'])
        if diff:
            return 'mismatch', 'merged differs at ' + normalise_path(diff[0]), diff
    elif mine['merged'] is not None and not warned(mine['merged_err']):
        return 'mismatch', 'merged: Foremast fails, we do not warn', foremast['error']

    if foremast['ok']:
        if mine['pipelines'] is None:
            return 'mismatch', 'pipelines: only we refuse', mine['gen_err'].strip()[-300:]
        if sorted(theirs_pipelines) != sorted(mine['pipelines']):
            return 'mismatch', 'pipelines: other regions', (sorted(theirs_pipelines), sorted(mine['pipelines']))
        for region in theirs_pipelines:
            diff = first_difference(theirs_pipelines[region], mine['pipelines'][region])
            if diff:
                return 'mismatch', 'pipeline differs at ' + normalise_path(diff[0]), diff
        return 'identical', '', ''
    if mine['pipelines'] is None:
        return 'both refuse', foremast['error'].split(':')[0], ''
    if warned(mine['gen_err']):
        return 'warned', foremast['error'].split(':')[0], ''
    return 'mismatch', 'pipelines: Foremast fails ({0}), we render without warning'.format(
        foremast['error'].split(':')[0]), foremast['error'][:200]


def run_seed(seed, worker, binary, root, keep=None):
    case = runways.draw(seed)
    folder = keep or os.path.join(root, 'seed-%d' % seed)
    if os.path.exists(folder):
        shutil.rmtree(folder)
    runway, cfg = write_case(case, folder)
    foremast_out = os.path.join(folder, 'foremast')
    foremast = worker.render({'runway': runway, 'cfg': cfg, 'out': foremast_out,
                              'project': case.project, 'repo': case.repo})
    mine = ours(binary, runway, cfg, case, os.path.join(folder, 'ours'))
    outcome, klass, detail = classify(case, foremast, foremast_out, mine)
    if not keep:
        shutil.rmtree(folder, ignore_errors=True)
    return seed, case.size(), outcome, klass, detail


def parse_seeds(text):
    if ':' in text:
        start, end = text.split(':')
        return list(range(int(start), int(end)))
    return [int(text)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--seeds', default='0:200', help='START:END (end excluded) or one seed')
    parser.add_argument('--seed', type=int, help='one seed, printed in full')
    parser.add_argument('--keep', help='with --seed: keep the case folder here')
    parser.add_argument('--jobs', type=int, default=1, help='parallel workers (the machine may be shared: 1-2)')
    parser.add_argument('--binary', help='foremast-designer to test (default: build/app/...)')
    parser.add_argument('--shared', default=SHARED, help='folder holding tools/ and reference/')
    parser.add_argument('--json', help='write per-seed results here')
    args = parser.parse_args()
    binary = args.binary or find_binary()

    if args.seed is not None:
        worker = Worker(args.shared)
        keep = os.path.abspath(args.keep or tempfile.mkdtemp(prefix='differential-'))
        result = run_seed(args.seed, worker, binary, None, keep)
        worker.close()
        print(json.dumps({'seed': result[0], 'outcome': result[2], 'class': result[3], 'detail': result[4],
                          'folder': keep}, indent=2, default=str))
        return 0 if result[2] != 'mismatch' else 1

    seeds = parse_seeds(args.seeds)
    root = tempfile.mkdtemp(prefix='differential-')
    workers = [Worker(args.shared) for _ in range(max(1, args.jobs))]
    free = list(workers)
    lock = threading.Lock()

    def task(seed):
        with lock:
            worker = free.pop()
        try:
            return run_seed(seed, worker, binary, root)
        finally:
            with lock:
                free.append(worker)

    started = time.time()
    results = []
    with ThreadPoolExecutor(max_workers=len(workers)) as pool:
        for index, result in enumerate(pool.map(task, seeds)):
            results.append(result)
            if (index + 1) % 100 == 0:
                print('... {0} seeds, {1:.1f} s'.format(index + 1, time.time() - started), file=sys.stderr)
    for worker in workers:
        worker.close()
    shutil.rmtree(root, ignore_errors=True)
    elapsed = time.time() - started

    counts = defaultdict(int)
    classes = {}
    for seed, size, outcome, klass, detail in results:
        counts[outcome] += 1
        if outcome == 'mismatch':
            entry = classes.setdefault(klass, {'count': 0, 'seed': seed, 'size': size, 'detail': detail})
            entry['count'] += 1
            if size < entry['size']:
                entry.update(seed=seed, size=size, detail=detail)
    streak = best = 0
    for _, _, outcome, _, _ in results:
        streak = 0 if outcome == 'mismatch' else streak + 1
        best = max(best, streak)

    print('seeds {0}  ({1:.1f} s, {2:.0f} ms/seed, {3} job(s))'.format(
        len(results), elapsed, 1000 * elapsed / max(1, len(results)), len(workers)))
    for outcome in ('identical', 'both refuse', 'warned', 'mismatch'):
        print('  {0:<12} {1}'.format(outcome, counts[outcome]))
    print('  longest run without a mismatch: {0}'.format(best))
    if classes:
        print('\n{0:>6}  {1:>6}  {2}'.format('count', 'seed', 'mismatch class (smallest example)'))
        for klass, entry in sorted(classes.items(), key=lambda item: -item[1]['count']):
            print('{0:>6}  {1:>6}  {2}'.format(entry['count'], entry['seed'], klass))
            print('                {0}'.format(str(entry['detail'])[:240]))
    if args.json:
        with open(args.json, 'w') as handle:
            json.dump([{'seed': r[0], 'outcome': r[2], 'class': r[3]} for r in results], handle, indent=1)
    return 1 if classes else 0


if __name__ == '__main__':
    sys.exit(main())
