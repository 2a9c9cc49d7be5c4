# SPDX-License-Identifier: Apache-2.0
"""What one seed of the differential check ended in: both sides' outputs compared, and our refusals
and warnings sorted into the deliberate ones (docs/generation.md "Deliberate differences") and
mismatches, each mismatch in a class that covers many seeds (key paths with indices, regions and
envs folded). differential.py draws, runs and reports; this module only reads what was written."""
import json
import os
import re
import subprocess

import runways
import runways_types

FOREMAST_SAYS = 'Foremast cannot'   # what our warning says when Foremast itself would fail

def read_json_files(folder, pattern=r'^pipeline-(.+)\.json$'):
    found = {}
    if os.path.isdir(folder):
        for name in sorted(os.listdir(folder)):
            match = re.match(pattern, name)
            if match:
                with open(os.path.join(folder, name)) as handle:
                    found[match.group(1)] = json.load(handle)
    return found



def normalise_path(path):
    """Key path with list indices and region names folded, so one class covers many seeds."""
    out = re.sub(r'\[\d+\]', '[*]', path)
    for region in runways.REGION_POOL + runways_types.GCP_REGION_POOL:
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


def warnings_of(text):
    return [line for line in lines(text) if 'warning:' in line and FOREMAST_SAYS in line]


def warned(text):
    return bool(warnings_of(text))


def over_warning(mine):
    """Our "Foremast cannot render" warning on a runway Foremast rendered, as a class name."""
    lines = warnings_of(mine['gen_err']) or warnings_of(mine['merged_err'])
    if not lines:
        return None
    # the message without file names, numbers and quoted env names: one class per kind of warning
    text = re.sub(r'^.*?warning:\s*', '', lines[0])
    text = re.sub(r'"[^"]*"', '"…"', re.sub(r'\S*/\S*|\d+', '#', text))
    return 'we warn, Foremast renders: ' + text[:90], lines[0]


# Our refusals that docs/generation.md "Deliberate differences" lists: a value of the wrong JSON type
# for a key Foremast knows, a region that is no region name, an env listed twice.
# Also a number beyond a double's range (1e400), which Python reads as inf.
DELIBERATE = re.compile(r'error: (?:(\S+): )?(Expected (?:a|an|text|true|the)\b|.*is not a region name|'
                        r'An environment is listed twice|Invalid JSON: illegal number)')


def lines(text):
    """Our output's lines. Not str.splitlines(): that also ends a line at U+2028, U+2029 and other
    separators, which a message quoting a runway's value may hold (a region named "\u2028")."""
    return text.split('\n')


def deliberate_refusal(err):
    """The key of our refusal when every error is one of DELIBERATE's, else None."""
    errors = [line for line in lines(err) if 'error:' in line]
    keys = []
    for line in errors:
        match = DELIBERATE.search(line)
        if not match:
            return None
        keys.append(normalise_path(match.group(1) or '(file)'))
    return ', '.join(sorted(set(keys))[:3]) if errors else None


def invalid_in_foremast(binary, out_dir):
    """Our validation's first error on a pipeline Foremast wrote, or None: then our refusal is the
    documented validation (docs/generation.md "Validation rules"), not a difference in generation."""
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen', HOME=out_dir)
    for name in sorted(os.listdir(out_dir)):
        if re.match(r'^pipeline-.+\.json$', name):
            check = subprocess.run([binary, 'validate', os.path.join(out_dir, name)], capture_output=True, text=True,
                                   env=env, check=False)
            if check.returncode == 1:
                errors = [line for line in lines(check.stdout) + lines(check.stderr) if 'error:' in line]
                text = re.sub(r'^.*?error:\s*', '', errors[0]) if errors else 'invalid'
                return re.sub(r'\[[^]]*\]: |\d+', '#', text)[:70]
    return None


def classify(case, foremast, out_dir, mine, binary=None):
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
            deliberate = deliberate_refusal(mine['merged_err'])
            if deliberate:
                return 'we refuse', 'wrong type: ' + deliberate, ''
            return 'mismatch', 'merged: only we refuse', mine['merged_err'].strip()[-300:]
        diff = first_difference(theirs_merged, mine['merged'])
        if diff:
            return 'mismatch', 'merged differs at ' + normalise_path(diff[0]), diff
    elif mine['merged'] is not None and not warned(mine['merged_err']):
        return 'mismatch', 'merged: Foremast fails, we do not warn', foremast['error']

    if foremast['ok']:
        if mine['pipelines'] is None:
            deliberate = deliberate_refusal(mine['gen_err'])
            if deliberate:
                return 'we refuse', 'wrong type: ' + deliberate, ''
            invalid = binary and invalid_in_foremast(binary, out_dir)
            if invalid:
                return 'we refuse', "Foremast's pipeline fails validation: " + invalid, ''
            return 'mismatch', 'pipelines: only we refuse', mine['gen_err'].strip()[-300:]
        if sorted(theirs_pipelines) != sorted(mine['pipelines']):
            return 'mismatch', 'pipelines: other regions', (sorted(theirs_pipelines), sorted(mine['pipelines']))
        for region in theirs_pipelines:
            diff = first_difference(theirs_pipelines[region], mine['pipelines'][region])
            if diff:
                return 'mismatch', 'pipeline differs at ' + normalise_path(diff[0]), diff
        over = over_warning(mine)
        if over:
            return 'mismatch', over[0], over[1]
        return 'identical', '', ''
    if mine['pipelines'] is None:
        return 'both refuse', foremast['error'].split(':')[0], ''
    if warned(mine['gen_err']):
        return 'warned', foremast['error'].split(':')[0], ''
    return 'mismatch', 'pipelines: Foremast fails ({0}), we render without warning'.format(
        foremast['error'].split(':')[0]), foremast['error'][:200]
