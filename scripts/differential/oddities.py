# SPDX-License-Identifier: Apache-2.0
"""Runways "written differently": odd forms layered over a drawn case.

`apply(case, seed)` rewrites some of a drawn case's pipeline.json and application-master-*.json
files the way real teams' files differ from the documented examples: values of unexpected JSON
types (numbers and booleans as text, null, empty lists and objects, nested nulls, floats and
exponents, -0, huge numbers), unicode and escapes in names and values, keys in unusual order,
duplicate keys, unknown keys, deep overrides of default objects, region blocks holding null,
pipeline.json `type` and `env` variants, image settings, instance links, chaos monkey, traffic
guards, permissions, notifications in every shape, and the file's bytes (BOM, CRLF, tabs, one
line). foremast.cfg lists with spaces and repeats, and odd project/repo names, are drawn too.

It uses its own random stream (seeded from the case's seed), so the base draw of a seed is the
same as before; `case.notes` lists what was changed.
"""
import json
import random

# Numbers as their JSON text (a str subclass marks "write me raw").


class Raw(str):
    """A JSON literal written as is (1e3, 2.50, -0): json.dumps cannot spell these."""


ODD_NUMBERS = ['1e3', '2.50', '-0', '2.0', '0.5', '180.0', '1E2', '-1', '9007199254740993', '1e400', '3.0e0']
ODD_TEXT = ['é', 'Ünïcödé', '日本', '\u2028', '😀', 'a/b', 'tab\there', 'new\nline', '"quoted"', 'back\\slash',
            '', ' ', '{{ app }}', '${ trigger.x }', '<b>', "it's", '%s', '\u0000nul']

# Key paths of the env settings Foremast reads, with the JSON types it expects (docs/generation.md
# "Audit"); the mutation puts other types there.
ENV_KEYS = [
    ('app', 'instance_type'), ('app', 'instance_profile'), ('app', 'app_description'), ('app', 'eureka_enabled'),
    ('app', 'canary'), ('app', 'approval_skip'), ('app', 'approval_timeout'), ('app', 'custom_tags'),
    ('app', 'email'), ('app', 'archaius_enabled'),
    ('asg', 'min_inst'), ('asg', 'max_inst'), ('asg', 'hc_type'), ('asg', 'hc_grace_period'),
    ('asg', 'app_grace_period'), ('asg', 'ssh_keypair'), ('asg', 'subnet_purpose'), ('asg', 'enable_public_ips'),
    ('asg', 'provider_healthcheck'), ('asg', 'scaling_policy'), ('asg', 'custom_scaling_policies'),
    ('asg', 'scheduled_actions'),
    ('elb', 'i_port'), ('elb', 'target'), ('elb', 'health'), ('elb', 'subnet_purpose'), ('elb', 'certificate'),
    ('security_group', 'instance_extras'), ('security_group', 'elb_extras'), ('security_group', 'ingress'),
    ('security_group', 'egress'), ('security_group', 'description'),
    ('dns', 'ttl'), ('dns', 'failover_dns'), ('dns', 'region_specific'),
    ('deploy_strategy',), ('completion_webhooks',), ('qe',), ('regions',),
    ('app',), ('asg',), ('elb',), ('security_group',), ('dns',),
]
PIPELINE_KEYS = [
    ('type',), ('env',), ('base',), ('owner_email',), ('documentation',), ('notifications',),
    ('notifications', 'email'), ('notifications', 'slack'), ('pipeline_notifications',), ('promote_restrict',),
    ('primary_region',), ('image',), ('image', 'root_volume_size'), ('image', 'bake_instance_type'),
    ('image', 'builder'), ('chaos_monkey',), ('chaos_monkey', 'enabled'), ('chaos_monkey', 'mean_time'),
    ('instance_links',), ('permissions',), ('traffic_guards',), ('traffic_guards', 'accounts'), ('regions',),
]


def odd_value(r, current):
    """Mostly a value of the same JSON type in an odd spelling (which our type checks
    accept, so generation is compared), else a value of any other type (null included)."""
    same = []
    if isinstance(current, bool):
        same = [not current, current]
    elif isinstance(current, int):
        same = [str(current), Raw('%d.0' % current), Raw('%de0' % current), Raw('-0'), 0, current * 1000003,
                Raw(r.choice(ODD_NUMBERS)), str(current) + '.0', ' %d' % current]
    elif isinstance(current, str):
        same = [current.upper(), current + ' ', current + r.choice(ODD_TEXT), r.choice(ODD_TEXT), '']
    elif isinstance(current, dict):
        same = [dict(reversed(list(current.items()))), {k: None for k in current}, {}, dict(current, extra=None)]
    elif isinstance(current, list):
        same = [current * 2, current[:1], [], current + [None], [r.choice(ODD_TEXT)]]
    if same and r.random() < 0.7:
        return r.choice(same)
    return r.choice([None, None, '', [], {}, 'true', 'false', True, False, 0, Raw(r.choice(ODD_NUMBERS)),
                     r.choice(ODD_TEXT), {'nested': None}, [None], ['a', 'a'], {'': 1}])


def get_path(data, path):
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def set_path(data, path, value):
    for key in path[:-1]:
        if not isinstance(data.get(key), dict):
            data[key] = {}
        data = data[key]
    data[path[-1]] = value


def shuffle_keys(r, value):
    if isinstance(value, dict):
        items = list(value.items())
        r.shuffle(items)
        return {k: shuffle_keys(r, v) for k, v in items}
    if isinstance(value, list):
        return [shuffle_keys(r, v) for v in value]
    return value


def _mutate_env(r, data, notes, name):
    for _ in range(r.choice([1, 1, 2, 3])):
        path = r.choice(ENV_KEYS)
        value = odd_value(r, get_path(data, path))
        set_path(data, path, value)
        notes.append('%s: %s = %r' % (name, '.'.join(path), value))
    regions = data.get('regions')
    if isinstance(regions, dict) and regions and r.random() < 0.3:
        region = r.choice(list(regions))
        block = regions[region]
        form = r.random()
        if form < 0.25:
            regions[region] = None
        elif form < 0.5 and isinstance(block, dict):
            path = r.choice(ENV_KEYS[:-7])
            set_path(block, path, odd_value(r, get_path(data, path)))
        elif form < 0.75 and isinstance(block, dict):
            block[r.choice(['app', 'asg', 'elb', 'security_group'])] = r.choice([None, {}, [], 'x'])
        else:
            regions[region] = r.choice([[], 'us-east-1', 1, {'regions': ['eu-west-1']}])
        notes.append('%s: regions.%s = %r' % (name, region, regions[region]))
    if r.random() < 0.15:
        # deep overrides of the default objects
        data.setdefault('elb', {}) if isinstance(data.get('elb'), dict) else None
        if isinstance(data.get('elb'), dict):
            data['elb']['health'] = {'interval': r.choice([5, '5', None]), 'extra': True}
        if isinstance(data.get('asg'), dict):
            data['asg']['provider_healthcheck'] = r.choice([{'amazon': True}, {'Amazon': True, 'amazon': False},
                                                            {'discovery': None}, {}, {'DISCOVERY': 'yes'}])
        notes.append('%s: deep overrides' % name)
    if r.random() < 0.1:
        data['regions'] = r.choice([[], {}, ['us-east-1', 'us-east-1'], 'us-east-1', None, ['US-EAST-1'],
                                    {'us-east-1': {}, 'us-west-2': None}])
        notes.append('%s: regions = %r' % (name, data['regions']))
    if r.random() < 0.1:
        data[r.choice(['x_custom', 'App', 'ASG'])] = r.choice([None, {'min_inst': 5}, 'kept'])
        notes.append('%s: unknown key' % name)


def _mutate_pipeline(r, data, notes):
    for _ in range(r.choice([1, 1, 2])):
        path = r.choice(PIPELINE_KEYS)
        current = get_path(data, path)
        if path == ('type',):
            value = r.choice(['EC2', 'ec2 ', ' ec2', None, '', 'rolling', 'Ec2', 'ec2'])
        elif path == ('env',):
            envs = [e for e in current if isinstance(e, str)] if isinstance(current, list) else ['dev']
            value = r.choice([envs + envs[:1], [e.upper() for e in envs], 'dev', None, [], [None] + envs,
                              [e + ' ' for e in envs], envs[::-1], [1] + envs, {'dev': True}])
        elif path == ('chaos_monkey',):
            value = r.choice([{'enabled': True}, {'enabled': 'true', 'mean_time': '7'}, None, {},
                              {'enabled': True, 'exceptions': [{'account': 'prod'}]}])
        elif path == ('instance_links',):
            value = r.choice([{'wiki': 'https://wiki/x'}, {}, None, {'a"b': 'c\\d'}, ['x']])
        elif path == ('traffic_guards',):
            value = r.choice([{'accounts': ['prod']}, {'accounts': None}, None, {}, {'accounts': 'prod'}])
        elif path == ('permissions',):
            value = r.choice([{'read_roles': ['a'], 'write_roles': ['b']}, None, {}, {'read_roles': 'x'}])
        elif path == ('pipeline_notifications',):
            value = r.choice([None, {}, [], [{}], [{'type': 'slack'}], [{'type': 'email', 'address': None}],
                              [{'type': 'slack', 'address': '#a', 'when': 'pipeline.failed'}],
                              [{'type': 'slack', 'address': '#a', 'when': ['pipeline.failed'], 'message': {
                                  'pipeline.failed': {'text': 'x "y"'}}}]])
        elif path == ('notifications',):
            value = r.choice([None, {}, [], {'email': None, 'slack': None}, {'slack': ['#a']},
                              {'email': 'a@b', 'slack': '#x', 'extra': 1}])
        else:
            value = odd_value(r, current)
        set_path(data, path, value)
        notes.append('pipeline.json: %s = %r' % ('.'.join(path), value))


def dumps(r, data):
    """JSON text in one of several spellings, with Raw numbers written as is."""
    raws = {}

    def mark(value):
        if isinstance(value, Raw):
            key = '@@raw%d@@' % len(raws)
            raws[key] = str(value)
            return key
        if isinstance(value, dict):
            return {k: mark(v) for k, v in value.items()}
        if isinstance(value, list):
            return [mark(v) for v in value]
        return value

    marked = mark(data)
    style = r.random()
    ascii_only = r.random() < 0.3
    if style < 0.5:
        text = json.dumps(marked, indent=2, ensure_ascii=ascii_only)
    elif style < 0.7:
        text = json.dumps(marked, ensure_ascii=ascii_only)
    elif style < 0.85:
        text = json.dumps(marked, indent='\t', ensure_ascii=ascii_only)
    else:
        text = json.dumps(marked, indent=4, separators=(' , ', ' : '), ensure_ascii=ascii_only)
    for key, literal in raws.items():
        text = text.replace('"%s"' % key, literal)
    return text + r.choice(['\n', '', '\n\n', '  \n'])


def duplicate_key(r, text):
    """`{"a": 1, ..., "a": 2}`: Python's json keeps the last value."""
    if not text.lstrip().startswith('{') or text.strip() == '{}':
        return text
    key = r.choice(['deploy_strategy', 'env', 'type', 'app', 'asg'])
    value = json.dumps(r.choice(['redblack', ['dev'], None, {}, 'ec2']))
    brace = text.index('{')
    return text[:brace + 1] + ' "%s": %s,' % (key, value) + text[brace + 1:]


def apply(case, seed, probability=0.5):
    """Rewrite some files of `case` in odd forms; returns whether anything was changed."""
    r = random.Random(seed * 7919 + 17)
    if r.random() >= probability:
        return False
    notes = case.notes
    names = [n for n in case.files if n == 'pipeline.json' or (n.startswith('application-master-')
                                                                and n.endswith('.json') and '/' not in n)]
    for name in names:
        if r.random() > 0.6:
            continue
        try:
            data = json.loads(case.files[name])
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        if name == 'pipeline.json':
            _mutate_pipeline(r, data, notes)
        else:
            _mutate_env(r, data, notes, name)
        if r.random() < 0.3:
            data = shuffle_keys(r, data)
        text = dumps(r, data)
        if r.random() < 0.05:
            text = duplicate_key(r, text)
            notes.append('%s: duplicate key' % name)
        if r.random() < 0.03:
            text = '\ufeff' + text
            notes.append('%s: BOM' % name)
        if r.random() < 0.1:
            text = text.replace('\n', '\r\n')
            notes.append('%s: CRLF' % name)
        case.files[name] = text
    if r.random() < 0.1:
        case.project = r.choice(['Forrest', 'my.team', 'a-b_c', 'Ünï', 'x', 'T3am', 'FORREST', 'team space'])
        case.repo = r.choice(['Core', 'web-app', 'svc.v2', 'çore', 'r', 'CORE_1'])
        notes.append('names: %s/%s' % (case.project, case.repo))
    if r.random() < 0.1:
        lines = case.cfg.split('\n')
        for index, line in enumerate(lines):
            if line.startswith(('envs = ', 'regions = ')) and r.random() < 0.5 and '{' not in line:
                key, value = line.split(' = ', 1)
                items = value.split(',')
                items = r.choice([[' ' + i for i in items], items + items[:1], items + [''], [i.upper() for i in items]])
                lines[index] = key + ' = ' + ','.join(items)
                notes.append('foremast.cfg: %s' % lines[index])
        case.cfg = '\n'.join(lines)
    return True
