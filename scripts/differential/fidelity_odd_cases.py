# SPDX-License-Identifier: Apache-2.0
"""The fidelity cases of runways "written differently" (fidelity_cases.py writes them): one per
class of difference `differential.py` found with oddities.py's draws and fixed. A file given as
text is written byte for byte (BOM, fractions). 'refuse': texts our refusal must print, for the
deliberate refusals of docs/generation.md."""

CFG = '[base]\ndomain = example.com\ngate_api_url = http://gate.invalid:8084\nenvs = {envs}\nregions = {regions}\n'
ONE = CFG.format(envs='dev,stage', regions='us-east-1')

ODD_CASES = {
    '28-odd-byte-order-mark': {
        'cfg': ONE,
        'files': {
            'pipeline.json': '\ufeff{"env": ["stage"]}\n',
            'application-master-stage.json': {'regions': ['us-east-1']},
        },
        'warn': ['pipeline.json', 'byte order mark', 'Foremast cannot render this runway'],
    },
    '29-odd-null-foremast-reads': {
        'cfg': ONE,
        'files': {
            'pipeline.json': {'env': ['stage']},
            'application-master-stage.json': {'regions': {'us-east-1': {'app': None}}, 'asg': {'hc_type': None}},
        },
        'warn': ['application-master-stage.json', 'asg.hc_type', 'null where Foremast reads',
                 'Foremast cannot render this runway'],
    },
    '30-odd-regions-null': {
        'cfg': ONE,
        'files': {
            'pipeline.json': {'env': ['dev', 'stage']},
            'application-master-dev.json': {'regions': ['us-east-1']},
            'application-master-stage.json': {'regions': None},
        },
        'warn': ['application-master-stage.json', '"regions": null', 'Foremast cannot render this runway'],
    },
    '31-odd-cfg-envs-with-spaces': {
        'cfg': CFG.format(envs='dev, stage', regions='us-east-1'),
        'files': {
            'pipeline.json': {'env': ['dev', 'stage']},
            'application-master-dev.json': {'regions': ['us-east-1']},
            'application-master-stage.json': {'regions': ['us-east-1']},
        },
        'warn': ['Foremast cannot render this runway'],
    },
    '32-odd-security-group-extras-as-written': {
        'cfg': ONE,
        'files': {
            'pipeline.json': {'env': ['stage']},
            'application-master-stage.json': {'regions': ['us-east-1'],
                                              'security_group': {'instance_extras': [5, None, 'sg_x']}},
        },
    },
    '33-odd-whole-number-as-fraction': {
        'cfg': ONE,
        'files': {
            'pipeline.json': {'env': ['stage']},
            'application-master-stage.json': '{"regions": ["us-east-1"], "asg": {"hc_grace_period": 180.0}}\n',
        },
        'refuse': ['application-master-stage.json', 'asg.hc_grace_period', 'found 180.0'],
    },
    '34-odd-custom-tags-lists-and-objects': {
        'cfg': ONE,
        'files': {
            'pipeline.json': {'env': ['stage']},
            'application-master-stage.json': {'regions': ['us-east-1'], 'app': {'custom_tags': {
                'list': ['a\tb', 'caf\u00e9\u2028', 1.5, None, True], 'object': {'k': 'v', 'n': [False]}}}},
        },
    },
    '35-odd-object-over-null-default': {
        'cfg': ONE,
        'files': {
            'pipeline.json': {'env': ['stage']},
            'application-master-stage.json': {'regions': ['us-east-1'], 'elb': {'certificate': {'arn': None}}},
        },
        'warn': ['application-master-stage.json', 'elb.certificate', "Foremast's merge fails",
                 'Foremast cannot render this runway'],
    },
    '36-odd-cfg-regions-with-spaces': {
        'cfg': CFG.format(envs='dev,stage', regions='us-east-1, us-west-2,'),
        'files': {
            'pipeline.json': {'env': ['dev']},
            'application-master-dev.json': {},
            'application-master-stage.json': {'regions': ['us-east-1']},
        },
    },
    '37-odd-null-hc-type-in-dev': {
        'cfg': ONE,
        'files': {
            'pipeline.json': {'env': ['dev']},
            'application-master-dev.json': {'regions': ['us-east-1'], 'asg': {'hc_type': None}},
        },
    },
}
