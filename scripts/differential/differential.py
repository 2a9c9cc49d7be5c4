#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Differential check: our `generate` / `merged` against the real Foremast v5.15.4 on random runways.

    python3 scripts/differential/differential.py --seeds 0:2000 [--jobs 2] [--binary PATH]
    python3 scripts/differential/differential.py --seed 17 --keep /tmp/case17   # one case, kept
    python3 scripts/differential/differential.py --type lambda,s3 --seeds 0:1000 # other pipeline types
    python3 scripts/differential/differential.py --type types --seeds 0:1000     # every non-ec2 kind
    python3 scripts/differential/differential.py --odd 0 --seeds 0:1000          # documented forms only

For each seed a runway and a foremast.cfg are drawn (runways.py for ec2, runways_types.py for
lambda, s3, datapipeline, stepfunction, cloudfunction, manual and onetime), Foremast renders them
through ../shared/tools/render_foremast.py or render_foremast_types.py (run by /usr/bin/python3,
which has Debian's python3-jinja2) and the designer's CLI does the same. Pipelines (one file per region) and merged settings are compared
as JSON values. Each seed ends in one of:

* identical     both sides produced the same pipelines and the same merged settings
* both refuse   Foremast failed and we refused (merged settings may still agree: compared then)
* warned        Foremast failed, we rendered, and we printed a `warning:` saying Foremast cannot
* we refuse     Foremast rendered, we refused for a documented reason: a value of the wrong type
                (DELIBERATE), or Foremast's own pipeline fails our validation
* mismatch      anything else (also a warning that Foremast cannot render a runway it rendered),
                grouped into classes; the smallest example of each is printed

With several kinds (--type), each gets its own table.

Exit status 0 when there is no mismatch.
"""
import argparse
import configparser
import json
import os
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
import runways_types  # noqa: E402  pylint: disable=wrong-import-position
import oddities  # noqa: E402  pylint: disable=wrong-import-position
from outcomes import classify, read_json_files  # noqa: E402  pylint: disable=wrong-import-position

REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(REPO), 'shared')


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
    """runway/, foremast.cfg, existing.json (if drawn) and, for cloudfunction, Foremast's config.py."""
    runway = os.path.join(folder, 'runway')
    os.makedirs(runway, exist_ok=True)
    for name, text in case.files.items():
        path = os.path.normpath(os.path.join(runway, name))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as handle:
            handle.write(text)
    cfg = os.path.join(folder, 'foremast.cfg')
    with open(cfg, 'w') as handle:
        handle.write(case.cfg.replace('{CASE}', folder))
    if case.existing is not None:
        with open(os.path.join(folder, 'existing.json'), 'w') as handle:
            json.dump(case.existing, handle, indent=2)
    return runway, cfg


def config_py_for(cfg, folder):
    """The config.py a team gives Foremast for the settings an INI file cannot hold ([gcp] envs and
    [base] env_configs as dicts): our foremast.cfg writes those as JSON (golden types README)."""
    parser = configparser.ConfigParser()
    parser.read(cfg)
    config = {section: dict(parser[section]) for section in parser.sections()}
    for section, key in (('gcp', 'envs'), ('base', 'env_configs')):
        if key in config.get(section, {}):
            config[section][key] = json.loads(config[section][key])
    path = os.path.join(folder, 'config.py')
    with open(path, 'w') as handle:
        handle.write('CONFIG = {0!r}\n'.format(config))
    return path


def needs_config_py(case):
    """cloudfunction reads [gcp] envs as a dict: only a config.py gives Foremast one."""
    return case.kind == 'cloudfunction'


def ours(binary, runway, cfg, case, out):
    common = ['--project', case.project, '--repo', case.repo, '--config', cfg]
    extra = [arg.replace('{CASE}', os.path.dirname(out)) for arg in case.args]
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen', HOME=os.path.dirname(out))
    gen = subprocess.run([binary, 'generate', runway, '--out', out] + common + extra,
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



ODD = 0.5   # share of seeds whose files oddities.py rewrites (--odd)


def draw(kind, seed):
    case = runways.draw(seed) if kind == 'ec2' else runways_types.draw(seed, kind)
    if ODD > 0:
        oddities.apply(case, seed, ODD)
    return case


def run_seed(kind, seed, worker, binary, root, keep=None):
    case = draw(kind, seed)
    folder = keep or os.path.join(root, '%s-%d' % (kind, seed))
    if os.path.exists(folder):
        shutil.rmtree(folder)
    runway, cfg = write_case(case, folder)
    foremast_out = os.path.join(folder, 'foremast')
    request = {'runway': runway, 'cfg': cfg, 'out': foremast_out, 'project': case.project, 'repo': case.repo}
    if kind != 'ec2':
        request['driver'] = 'types'
        request['args'] = [arg.replace('{CASE}', folder) for arg in case.args]
        if needs_config_py(case):
            request['config_py'] = config_py_for(cfg, folder)
    foremast = worker.render(request)
    mine = ours(binary, runway, cfg, case, os.path.join(folder, 'ours'))
    outcome, klass, detail = classify(case, foremast, foremast_out, mine, binary)
    if not keep:
        shutil.rmtree(folder, ignore_errors=True)
    return kind, seed, case.size(), outcome, klass, detail


def parse_seeds(text):
    if ':' in text:
        start, end = text.split(':')
        return list(range(int(start), int(end)))
    return [int(text)]


# Classes fixed elsewhere, printed with a note (they still count as mismatches).
KNOWN = {
    ('cloudfunction', 'merged differs at .<env>'):
        'deliberate when foremast.cfg has no [gcp] envs: we merge every env (warned), Foremast none; '
        'envs that [gcp] envs lacks were listed too before branch typesrest',
}


def parse_kinds(text):
    kinds = runways_types.TYPES if text == 'types' else text.split(',')
    for kind in kinds:
        if kind != 'ec2' and kind not in runways_types.TYPES:
            raise SystemExit('unknown --type {0}: ec2, types or any of {1}'.format(kind, ', '.join(runways_types.TYPES)))
    return kinds


def report(kind, results, elapsed, jobs):
    """Print one kind's table; return its number of mismatch classes."""
    counts = defaultdict(int)
    classes = {}
    for _, seed, size, outcome, klass, detail, _ in results:
        counts[outcome] += 1
        if outcome == 'mismatch':
            entry = classes.setdefault(klass, {'count': 0, 'seed': seed, 'size': size, 'detail': detail})
            entry['count'] += 1
            if size < entry['size']:
                entry.update(seed=seed, size=size, detail=detail)
    streak = best = 0
    for result in results:
        streak = 0 if result[3] == 'mismatch' else streak + 1
        best = max(best, streak)
    busy = sum(result[6] for result in results)
    print('{0}: seeds {1}  ({2:.1f} s, {3:.0f} ms/seed per job, {4} job(s))'.format(
        kind, len(results), elapsed, 1000 * busy / max(1, len(results)), jobs))
    why = defaultdict(lambda: defaultdict(int))
    for result in results:
        why[result[3]][result[4]] += 1
    for outcome in ('identical', 'both refuse', 'warned', 'we refuse', 'mismatch'):
        print('  {0:<12} {1}'.format(outcome, counts[outcome]))
        if outcome in ('both refuse', 'warned', 'we refuse') and why[outcome]:
            top = sorted(why[outcome].items(), key=lambda item: -item[1])[:6]
            print('               ({0})'.format('; '.join('{0} {1}'.format(n, k[:60]) for k, n in top)))
    print('  longest run without a mismatch: {0}'.format(best))
    if classes:
        print('\n{0:>6}  {1:>6}  {2}'.format('count', 'seed', 'mismatch class (smallest example)'))
        for klass, entry in sorted(classes.items(), key=lambda item: -item[1]['count']):
            print('{0:>6}  {1:>6}  {2}'.format(entry['count'], entry['seed'], klass))
            if (kind, klass) in KNOWN:
                print('                ({0})'.format(KNOWN[(kind, klass)]))
            print('                {0}'.format(str(entry['detail'])[:240]))
    print()
    return len(classes)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--seeds', default='0:200', help='START:END (end excluded) or one seed')
    parser.add_argument('--seed', type=int, help='one seed, printed in full')
    parser.add_argument('--type', default='ec2',
                        help='what to draw: ec2 (default), a comma-separated list of {0}, or "types" for all of '
                             'them'.format(', '.join(runways_types.TYPES)))
    parser.add_argument('--keep', help='with --seed: keep the case folder here')
    parser.add_argument('--jobs', type=int, default=1, help='parallel workers (the machine may be shared: 1-2)')
    parser.add_argument('--binary', help='foremast-designer to test (default: build/app/...)')
    parser.add_argument('--shared', default=SHARED, help='folder holding tools/ and reference/')
    parser.add_argument('--json', help='write per-seed results here')
    parser.add_argument('--odd', type=float, default=0.5,
                        help='share of seeds written "differently" by oddities.py (0: the documented forms only)')
    args = parser.parse_args()
    global ODD  # pylint: disable=global-statement
    ODD = args.odd
    binary = args.binary or find_binary()
    kinds = parse_kinds(args.type)

    if args.seed is not None:
        worker = Worker(args.shared)
        keep = os.path.abspath(args.keep or tempfile.mkdtemp(prefix='differential-'))
        result = run_seed(kinds[0], args.seed, worker, binary, None, keep)
        worker.close()
        print(json.dumps({'type': result[0], 'seed': result[1], 'outcome': result[3], 'class': result[4],
                          'detail': result[5], 'notes': draw(kinds[0], args.seed).notes, 'folder': keep},
                         indent=2, default=str))
        return 0 if result[3] != 'mismatch' else 1

    tasks = [(kind, seed) for kind in kinds for seed in parse_seeds(args.seeds)]
    root = tempfile.mkdtemp(prefix='differential-')
    workers = [Worker(args.shared) for _ in range(max(1, args.jobs))]
    free = list(workers)
    lock = threading.Lock()

    def task(item):
        with lock:
            worker = free.pop()
        try:
            begun = time.time()
            return run_seed(item[0], item[1], worker, binary, root) + (time.time() - begun,)
        finally:
            with lock:
                free.append(worker)

    started = time.time()
    results = []
    with ThreadPoolExecutor(max_workers=len(workers)) as pool:
        for index, result in enumerate(pool.map(task, tasks)):
            results.append(result)
            if (index + 1) % 100 == 0:
                print('... {0} seeds, {1:.1f} s'.format(index + 1, time.time() - started), file=sys.stderr)
    for worker in workers:
        worker.close()
    shutil.rmtree(root, ignore_errors=True)
    elapsed = time.time() - started

    failing = 0
    for kind in kinds:
        failing += report(kind, [r for r in results if r[0] == kind], elapsed, len(workers))
    if args.json:
        with open(args.json, 'w') as handle:
            json.dump([{'type': r[0], 'seed': r[1], 'outcome': r[3], 'class': r[4]} for r in results], handle, indent=1)
    return 1 if failing else 0


if __name__ == '__main__':
    sys.exit(main())
