#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes tests/data/fidelity/: one small runway per mismatch class the differential check found,
with what the real Foremast v5.15.4 made of it (expected/), for tests/generator/tst_fidelity.cpp.

    /usr/bin/python3 scripts/differential/fidelity_cases.py    # rewrites tests/data/fidelity

Each case folder: runway/, foremast.cfg, case.json ({project, repo, warn: [text our stderr must
contain], refuse: [text our deliberate refusal must print], args: [more `generate` arguments,
CASE = the case folder]}), existing.json (the app's
pipelines on Gate) when the case has one, expected/merged-configs.json and
expected/pipeline-<region>.json (-onetime-<env>, manual-<n>) when Foremast wrote them,
expected/error.txt when Foremast failed. Cases of other pipeline types ('types': True) are rendered
with render_foremast_types.py; a cloudfunction case gives Foremast the config.py that our
foremast.cfg stands for (differential.py's config_py_for).
"""
import json
import os
import shutil
import subprocess
import sys

import differential
from fidelity_odd_cases import ODD_CASES
from fidelity_type_cases import TYPE_CASES

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(REPO), 'shared')
OUT = os.path.join(REPO, 'tests', 'data', 'fidelity')

CFG = '[base]\ndomain = example.com\ngate_api_url = http://gate.invalid:8084\nenvs = {envs}\nregions = {regions}\n'

CASES = {
    '01-env-without-regions': {
        'cfg': CFG.format(envs='dev,prod', regions='us-east-1,us-west-2'),
        'files': {
            'pipeline.json': {'env': ['dev', 'prod']},
            'application-master-dev.json': {'asg': {'min_inst': 1}},
            'application-master-prod.json': {'regions': ['us-east-1', 'us-west-2']},
        },
    },
    '02-us-east-1-not-in-cfg': {
        'cfg': CFG.format(envs='dev', regions='us-west-2'),
        'files': {'pipeline.json': {'env': ['dev']}, 'application-master-dev.json': {}},
        'warn': ['application-master-dev.json', 'regions', 'Foremast cannot render this runway'],
    },
    '03-formats-with-env-and-region': {
        'cfg': CFG.format(envs='dev,stage', regions='us-east-1,us-west-2') + (
            '\n[formats]\nsecurity_group_app = {repo}{project}-{env}\nelb_app = {repo}{project}-{region}\n'
            'iam_profile = {project}_{repo}_{env}_profile\n'),
        'files': {
            'pipeline.json': {'env': ['dev', 'stage']},
            'application-master-dev.json': {'regions': ['us-east-1', 'us-west-2']},
            'application-master-stage.json': {'regions': ['us-west-2']},
        },
    },
    '04-numbers-as-text': {
        'cfg': CFG.format(envs='stage,prod', regions='us-east-1,us-west-2'),
        'files': {
            'pipeline.json': {'env': ['stage', 'prod'], 'image': {'root_volume_size': '12'}},
            'application-master-stage.json': {
                'asg': {'min_inst': '2', 'max_inst': '4', 'hc_grace_period': '120', 'app_grace_period': '30'},
                'elb': {'i_port': '8080'},
                'regions': {'us-east-1': {}, 'us-west-2': {'asg': {'max_inst': '6'}}},
            },
            'application-master-prod.json': {'app': {'approval_timeout': '600000'}, 'asg': {'min_inst': 3},
                                             'regions': ['us-east-1']},
        },
    },
    '05-env-not-in-cfg-envs': {
        'cfg': CFG.format(envs='dev,prod', regions='us-east-1'),
        'files': {
            'pipeline.json': {'env': ['dev', 'qa', 'prod']},
            'application-master-dev.json': {'regions': ['us-east-1']},
            'application-master-qa.json': {'regions': ['us-east-1']},
            'application-master-prod.json': {'regions': ['us-east-1']},
        },
        'warn': ['application-master-qa.json', "foremast.cfg's [base] envs", 'Foremast cannot render this runway'],
    },
    '06-missing-env-file': {
        'cfg': CFG.format(envs='dev,stage', regions='us-east-1'),
        'files': {'pipeline.json': {'env': ['dev', 'stage']}, 'application-master-dev.json': {'regions': ['us-east-1']}},
        'warn': ['application-master-stage.json is missing'],
    },
    '07-webhook-without-payload': {
        'cfg': CFG.format(envs='dev', regions='us-east-1'),
        'files': {
            'pipeline.json': {'env': ['dev']},
            'application-master-dev.json': {'regions': ['us-east-1'], 'completion_webhooks': [
                {'name': 'Notify', 'url': 'https://hooks.example.com/1', 'method': 'post'}]},
        },
        'warn': ['completion_webhooks[0].payload', 'Foremast cannot render this runway'],
    },
    '08-prod-named-env': {
        'cfg': CFG.format(envs='dev,prodb', regions='us-east-1'),
        'files': {
            'pipeline.json': {'env': ['dev', 'prodb']},
            'application-master-dev.json': {'regions': ['us-east-1']},
            'application-master-prodb.json': {'regions': ['us-east-1']},
        },
        'warn': ['pipeline.json', 'pipeline_prodb.json.j2', 'Foremast cannot render this runway'],
    },
    '09-text-with-quote': {
        'cfg': CFG.format(envs='dev', regions='us-east-1'),
        'files': {
            'pipeline.json': {'env': ['dev']},
            'application-master-dev.json': {'regions': ['us-east-1'], 'app': {'custom_tags': {'team': 'say "hi"'}}},
        },
        'warn': ['app.custom_tags.team', 'Foremast cannot render this runway'],
    },
    '10-health-provider-order': {
        'cfg': CFG.format(envs='stage', regions='us-east-1'),
        'files': {
            'pipeline.json': {'env': ['stage']},
            'application-master-stage.json': {'regions': ['us-east-1'], 'app': {'eureka_enabled': True},
                                              'asg': {'provider_healthcheck': {'other': True, 'discovery': False}}},
        },
    },
}
CASES.update(TYPE_CASES)
CASES.update(ODD_CASES)


def render(folder, case):
    expected = os.path.join(folder, 'expected')
    tool = 'render_foremast_types.py' if case.get('types') else 'render_foremast.py'
    settings = ['--cfg', os.path.join(folder, 'foremast.cfg')]
    if case.get('config_py'):
        settings = ['--config-py', differential.config_py_for(os.path.join(folder, 'foremast.cfg'), folder)]
    command = ['/usr/bin/python3', os.path.join(SHARED, 'tools', tool),
               '--foremast-src', os.path.join(SHARED, 'reference', 'foremast-5.15.4'),
               '--foremastutils-src', os.path.join(SHARED, 'reference', 'foremast-utils'),
               '--runway-dir', os.path.join(folder, 'runway'), '--project', 'forrest', '--repo', 'core',
               '--out', expected] + settings + [arg.replace('CASE', folder) for arg in case.get('args', [])]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if os.path.exists(os.path.join(expected, 'summary.json')):
        os.remove(os.path.join(expected, 'summary.json'))
    if case.get('config_py'):
        os.remove(os.path.join(folder, 'config.py'))
    if result.returncode != 0:
        last = [line for line in result.stderr.splitlines() if line.strip()][-1]
        with open(os.path.join(expected, 'error.txt'), 'w') as handle:
            handle.write(last.split(' in paths ')[0] + '\n')
    return result.returncode


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    for name, case in CASES.items():
        folder = os.path.join(OUT, name)
        os.makedirs(os.path.join(folder, 'runway'))
        for file_name, content in case['files'].items():
            path = os.path.join(folder, 'runway', file_name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'w') as handle:
                handle.write(content if isinstance(content, str) else json.dumps(content, indent=2) + '\n')
        if 'existing' in case:
            with open(os.path.join(folder, 'existing.json'), 'w') as handle:
                json.dump(case['existing'], handle, indent=2)
                handle.write('\n')
        with open(os.path.join(folder, 'foremast.cfg'), 'w') as handle:
            handle.write(case['cfg'])
        with open(os.path.join(folder, 'case.json'), 'w') as handle:
            meta = {'project': 'forrest', 'repo': 'core', 'warn': case.get('warn', [])}
            if case.get('refuse'):
                meta['refuse'] = case['refuse']
            if case.get('args'):
                meta['args'] = case['args']
            json.dump(meta, handle, indent=2)
            handle.write('\n')
        code = render(folder, case)
        print('{0:<34} Foremast {1}'.format(name, 'ok' if code == 0 else 'failed'))
    return 0


if __name__ == '__main__':
    sys.exit(main())
