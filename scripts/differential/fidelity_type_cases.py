# SPDX-License-Identifier: Apache-2.0
"""The fidelity cases of pipeline types other than ec2 (fidelity_cases.py writes them): one per
class of difference `differential.py --type ...` found and fixed."""

CFG = '[base]\ndomain = example.com\ngate_api_url = http://gate.invalid:8084\nenvs = {envs}\nregions = {regions}\n'
GCP_ENV = {'organization': 'example.com', 'service_account_project': 'sa', 'service_account_path': '/dev/null'}

TYPE_CASES = {
    '11-types-approval-timeout-as-text': {
        'types': True,
        'cfg': CFG.format(envs='dev,stage', regions='us-east-1,us-west-2'),
        'files': {
            'pipeline.json': {'type': 's3', 'env': ['dev', 'stage']},
            'application-master-dev.json': {'regions': ['us-east-1']},
            'application-master-stage.json': {'deploy_strategy': 'canary', 'app': {'approval_timeout': '600000'},
                                              'regions': {'us-east-1': {'app': {'approval_timeout': '8685'}},
                                                          'us-west-2': {}}},
        },
    },
    '12-types-type-not-permitted': {
        'types': True,
        'cfg': CFG.format(envs='dev', regions='us-east-1') + 'aws_types = ec2,s3\n',
        'files': {'pipeline.json': {'type': 'datapipeline', 'env': ['dev']}, 'application-master-dev.json': {}},
        'warn': ['pipeline.json', 'type', 'datapipeline'],
    },
    '13-manual-env-file-missing': {
        'types': True,
        'cfg': CFG.format(envs='dev,stage', regions='us-east-1'),
        'files': {
            'pipeline.json': {'type': 'manual', 'env': ['dev', 'stage'], 'pipeline_files': ['report.json']},
            'application-master-dev.json': {},
            'report.json': {'name': 'Nightly report', 'stages': []},
        },
    },
    '14-manual-control-character': {
        'types': True,
        'cfg': CFG.format(envs='dev', regions='us-east-1'),
        'files': {
            'pipeline.json': {'type': 'manual', 'env': ['dev'], 'owner_email': 'ops@example.com\t',
                              'pipeline_files': ['check.json.j2']},
            'application-master-dev.json': {},
            'check.json.j2': '{"name": "{{ data.app.pipeline.owner_email }} check", "stages": []}\n',
        },
        'warn': ['check.json.j2', 'control character'],
    },
    '15-types-prod-webhook-without-payload': {
        'types': True,
        'cfg': CFG.format(envs='dev,prod', regions='us-east-1'),
        'files': {
            'pipeline.json': {'type': 'stepfunction', 'env': ['dev', 'prod']},
            'application-master-dev.json': {},
            'application-master-prod.json': {'completion_webhooks': [
                {'name': 'Tell "QA"', 'url': 'https://hooks.example.com/1', 'method': 'post'}]},
        },
    },
    '16-lambda-ec2-keys-not-pasted': {
        'types': True,
        'cfg': CFG.format(envs='dev', regions='us-east-1'),
        'files': {
            'pipeline.json': {'type': 'lambda', 'env': ['dev'], 'base': 'say "hi"', 'lambda': {'handler': 'index.main'}},
            'application-master-dev.json': {'app': {'instance_type': 't2."micro"', 'custom_tags': {'team': 'a\\b'}},
                                            'asg': {'hc_grace_period': '120'}, 'deploy_strategy': 'x"y'},
        },
    },
    '17-lambda-handler-with-quote': {
        'types': True,
        'cfg': CFG.format(envs='dev', regions='us-east-1'),
        'files': {
            'pipeline.json': {'type': 'lambda', 'env': ['dev'], 'lambda': {'handler': 'index."main"'}},
            'application-master-dev.json': {},
        },
        'warn': ['lambda.handler', 'Foremast cannot render this runway'],
    },
    '18-onetime-other-env-webhook': {
        'types': True,
        'cfg': CFG.format(envs='dev,stage', regions='us-east-1'),
        'files': {
            'pipeline.json': {'type': 'lambda', 'env': ['dev', 'stage']},
            'application-master-dev.json': {'completion_webhooks': [{'name': 'n', 'url': 'https://h.example.com'}]},
            'application-master-stage.json': {},
        },
        'existing': [{'application': 'coreforrest', 'name': 'coreforrest [us-east-1]', 'id': 'reg-1'}],
        'args': ['--onetime', 'stage', '--existing', 'CASE/existing.json'],
    },
    '19-cloudfunction-env-configs-from-config-py': {
        'types': True,
        'config_py': True,
        'cfg': CFG.format(envs='stage,prod', regions='us-central1') + (
            'env_configs = {"prod": {"enable_approval_skip": true}}\n\n[gcp]\nenvs = '
            '{"stage": %s, "prod": %s}\n') % (str(GCP_ENV).replace("'", '"'), str(GCP_ENV).replace("'", '"')),
        'files': {
            'pipeline.json': {'type': 'cloudfunction', 'env': ['stage', 'prod']},
            'application-master-stage.json': {'regions': ['us-central1']},
            'application-master-prod.json': {'app': {'approval_skip': True}, 'regions': ['us-central1']},
        },
    },
    '20-manual-template-variables-order': {
        'types': True,
        'cfg': CFG.format(envs='dev', regions='us-east-1'),
        'files': {
            'pipeline.json': {'type': 'manual', 'env': ['dev'], 'pipeline_files': ['vars.json.j2'],
                              'template_variables': [{'regions': ['us-east-1'], 'canary': 'latency', 'b': {'z': 1, 'a': 2}}]},
            'application-master-dev.json': {},
            'vars.json.j2': '{"description": "{{ template_variables }}", "stages": []}\n',
        },
    },
    '21-types-prod-named-env-without-regions': {
        'types': True,
        'cfg': CFG.format(envs='dev,prod-eu', regions='us-east-1'),
        'files': {
            'pipeline.json': {'type': 's3', 'env': ['dev', 'prod-eu']},
            'application-master-dev.json': {},
            'application-master-prod-eu.json': {'regions': []},
        },
    },
    '22-onetime-other-env-not-in-cfg': {
        'types': True,
        'cfg': CFG.format(envs='stage', regions='us-east-1'),
        'files': {
            'pipeline.json': {'type': 's3', 'env': ['dev', 'stage']},
            'application-master-dev.json': {},
            'application-master-stage.json': {},
        },
        'existing': [{'application': 'coreforrest', 'name': 'coreforrest [us-east-1]', 'id': 'reg-1'}],
        'args': ['--onetime', 'stage', '--existing', 'CASE/existing.json'],
        'warn': ['application-master-dev.json', "foremast.cfg's [base] envs", 'Foremast cannot render this runway'],
    },
    '23-cloudfunction-unread-env-without-regions': {
        'types': True,
        'config_py': True,
        'cfg': CFG.format(envs='stage', regions='us-central1') + '\n[gcp]\nenvs = {"stage": %s}\n' % (
            str(GCP_ENV).replace("'", '"')),
        'files': {
            'pipeline.json': {'type': 'cloudfunction', 'env': ['stage']},
            'application-master-stage.json': {'regions': ['us-central1']},
            'application-master-qa.json': {},
        },
    },
    '24-types-env-configs-env-without-regions': {
        'types': True,
        'cfg': CFG.format(envs='qa,dev', regions='us-east-1') + 'env_configs = {"qa": {"enable_approval_skip": true}}\n',
        'files': {
            'pipeline.json': {'type': 'lambda', 'env': ['qa', 'dev']},
            'application-master-qa.json': {'regions': []},
            'application-master-dev.json': {},
        },
    },
    '25-onetime-nothing-rendered': {
        'types': True,
        'cfg': CFG.format(envs='dev,prod', regions='us-east-1'),
        'files': {
            'pipeline.json': {'type': 'stepfunction', 'env': ['dev', 'prod'], 'owner_email': '\t'},
            'application-master-dev.json': {},
            'application-master-prod.json': {'regions': []},
        },
        'existing': [{'application': 'coreforrest', 'name': 'coreforrest [us-east-1]', 'id': 'reg-1'}],
        'args': ['--onetime', 'prod', '--existing', 'CASE/existing.json'],
    },
    '26-cloudfunction-env-not-in-gcp-envs': {
        'types': True,
        'config_py': True,
        'cfg': CFG.format(envs='', regions='us-central1') + '\n[gcp]\nenvs = {"stage": %s}\n' % (
            str(GCP_ENV).replace("'", '"')),
        'files': {
            'pipeline.json': {'type': 'cloudfunction', 'env': ['prod']},
            'application-master-prod.json': {'regions': ['us-central1']},
        },
        'warn': ['application-master-prod.json', "foremast.cfg's [gcp] envs", 'Foremast cannot render this runway'],
    },
    '27-manual-env-without-regions': {
        'types': True,
        'cfg': CFG.format(envs='dev', regions='us-west-2'),
        'files': {
            'pipeline.json': {'type': 'manual', 'env': ['dev'], 'pipeline_files': ['report.json']},
            'application-master-dev.json': {},
            'report.json': {'name': 'Nightly report', 'stages': []},
        },
        'warn': ['application-master-dev.json', 'regions', 'Foremast cannot render this runway'],
    },
    # Differential, manual draw, seed 4507: a type rendered from Foremast's templates (rolling)
    # cleans up stale pipelines first, and stops on an env foremast.cfg does not list.
    '38-rolling-env-not-in-cfg-envs': {
        'types': True,
        'cfg': CFG.format(envs='perf', regions='us-east-1'),
        'files': {
            'pipeline.json': {'type': 'rolling', 'env': ['dev']},
            'application-master-dev.json': {'regions': []},
        },
        'warn': ['application-master-dev.json', "foremast.cfg's [base] envs", 'Foremast cannot render this runway'],
    },
    # Seed 4438: every .j2 pipeline file gets notifications.email and .slack; null has neither.
    '39-manual-null-notifications-in-template': {
        'types': True,
        'cfg': CFG.format(envs='dev', regions='us-east-1'),
        'files': {
            'pipeline.json': {'type': 'manual', 'env': ['dev'], 'pipeline_files': ['report.json.j2'],
                              'notifications': None},
            'application-master-dev.json': {},
            'report.json.j2': '{"name": "Nightly report", "stages": []}\n',
        },
        'warn': ['pipeline.json', 'notifications', 'Foremast cannot render this runway'],
    },
}
