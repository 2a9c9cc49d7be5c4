# SPDX-License-Identifier: Apache-2.0
"""Random runways of the pipeline types other than ec2, drawn over what Foremast v5.15.4 reads.

`draw(seed, kind)` returns a runways.Case for kind lambda, s3, datapipeline, stepfunction,
cloudfunction, manual or onetime; the same seed and kind always give the same case
(`differential.py --type KIND --seed N --keep DIR`).

The space follows ../shared/docs/foremast-pipeline-types.md: envs and their order (prod-like names
included), files missing or extra, regions absent / a list / a dict with overrides (several AWS or
GCP regions), approval keys, completion webhooks, v1/v2 notifications, owner_email, promote_restrict,
each type's own keys (lambda handler and triggers, s3 per-env deploy strategies and bucket
settings, data pipeline and step function definitions, cloudfunction keys and foremast.cfg `[gcp]
envs` written as JSON), manual `pipeline_files` (plain JSON objects and lists, Jinja templates with
`template_variables` and Foremast's template functions, `templates://` files) and one-time
pipelines (`--onetime ENV --existing FILE`) of every type. Values Foremast accepts although they
are odd (numbers as text, empty lists, null) are drawn too.

A case's text may hold `{CASE}`: the folder the case is written to (templates_path, args).
"""
import json

import runways
from runways import Case, Draw

TYPES = ['lambda', 's3', 'datapipeline', 'stepfunction', 'cloudfunction', 'manual', 'onetime']
GCP_REGION_POOL = ['us-central1', 'europe-west1', 'us-east1']
HOOK_URLS = ['https://hooks.example.com/%d', 'https://ci.example.com/notify/%d']


def _envs(d):
    envs = [e for e in ['dev', 'stage', 'prod'] if d.p(0.6)] or [d.pick(['dev', 'prod'])]
    if d.p(0.15):
        envs.insert(d.r.randint(0, len(envs)), d.pick(['qa', 'uat', 'perf']))
    if d.p(0.1):
        d.r.shuffle(envs)
    if d.p(0.04):
        envs.append(d.pick(['prodb', 'prod-eu']))  # prod-named: Foremast looks for a template it lacks
    return envs


def _hooks(d):
    hooks = []
    for index in range(d.r.randint(0 if d.p(0.15) else 1, 2)):
        hook = {'name': d.text(['Notify %d' % index, 'Tell QA']), 'url': d.pick(HOOK_URLS) % index}
        if d.p(0.8):
            hook['method'] = d.pick(['POST', 'post', 'PUT', 'get'])
        if d.p(0.9):
            hook['payload'] = d.pick([{}, {'text': 'deployed'}, {'n': 1, 'list': [1, 'a']}, None, 'plain'])
        if d.p(0.3):
            hook['custom_headers'] = d.pick([{'X-Token': 'abc'}, {}])
        hooks.append(hook)
    return hooks


def _app(d, kind):
    app = {}
    if d.p(0.2):
        app['approval_skip'] = d.pick([True, False, True])
    if d.p(0.2):
        app['approval_timeout'] = d.pick([d.number(60000, 900000), 0, None])
    if d.p(0.1):
        app['app_description'] = d.text(['Thumbnails', 'Web site'])
    if d.p(0.1):
        app['custom_tags'] = {'team': d.text(['web', 'data'])}
    if kind == 'lambda':
        for key, values in (('lambda_memory', ['256', 512, '1024']), ('lambda_timeout', ['60', 900]),
                            ('lambda_role', ['arn:aws:iam::1:role/x', None]),
                            ('lambda_environment', [{'variables': {'A': '1'}}, {}]),
                            ('lambda_layers', [[], ['arn:aws:lambda:us-east-1:1:layer:x:1']]),
                            ('lambda_concurrency_limit', [5, None]), ('lambda_subnet_count', [2, None])):
            if d.p(0.2):
                app[key] = d.pick(values)
    if kind == 'cloudfunction':
        for key, values in (('cloudfunction_timeout', ['120', 30]), ('cloudfunction_memory_mb', ['256', 512]),
                            ('cloudfunction_max_instances', ['3', 0]), ('cloudfunction_vpc_connector', ['conn', None])):
            if d.p(0.25):
                app[key] = d.pick(values)
    return app


def _type_keys(d, kind, settings):
    if kind == 'lambda' and d.p(0.35):
        triggers = []
        for _ in range(d.r.randint(0, 2)):
            triggers.append(d.pick([
                {'type': 'api-gateway', 'api_name': 'api', 'resource': '/thumb', 'method': 'GET'},
                {'type': 'sns', 'topic': 'events'},
                {'type': 'cloudwatch-schedule', 'schedule': 'rate(5 minutes)'},
                {'type': 's3', 'bucket': 'uploads', 'events': ['s3:ObjectCreated:*']},
            ]))
        settings['lambda_triggers'] = triggers
    if kind == 's3':
        if d.p(0.4):
            settings['deploy_strategy'] = d.pick(['highlander', 'redblack', 'canary', 'Canary', 'redblack', ''])
        if d.p(0.35):
            s3 = {}
            if d.p(0.6):
                s3['bucket_name'] = d.pick(['brochure-site', ''])
            if d.p(0.4):
                s3['path'] = d.pick(['/', '/site', ''])
            if d.p(0.3):
                s3['website'] = {'enabled': d.p(0.6)}
            if d.p(0.2):
                s3['content_metadata'] = d.pick([[], [{'path': 'css', 'content-encoding': 'gzip'}]])
            if d.p(0.1):
                s3['shared_bucket_master'] = d.p(0.5)
            settings['s3'] = s3
    if kind in ('datapipeline', 'stepfunction') and d.p(0.4):
        block = {}
        if d.p(0.6):
            block['json_definition'] = d.pick([{}, {'objects': [{'id': 'Default'}]}, {'StartAt': 'A', 'States': {}}])
        if d.p(0.3):
            block['description'] = d.text(['nightly', ''])
        if kind == 'datapipeline' and d.p(0.3):
            block['activate_on_deploy'] = d.p(0.5)
        if kind == 'stepfunction' and d.p(0.3):
            block['statemachine_type'] = d.pick(['STANDARD', 'EXPRESS'])
        settings[kind] = block


def _regions(d, kind, region_pool):
    form = d.r.random()
    if form < 0.15:
        return None
    if form < 0.2:
        return []
    regions = d.subset(region_pool, 1, 3)
    if form < 0.55:
        return regions
    block = {}
    for region in regions:
        override = {}
        if kind == 's3' and d.p(0.3):
            override['deploy_strategy'] = d.pick(['canary', 'redblack', 'highlander'])
        if d.p(0.15):
            override['app'] = {'approval_timeout': d.number(1000, 9000)}
        if d.p(0.08):
            override['completion_webhooks'] = _hooks(d)
        block[region] = override
    return block


def _env_settings(d, kind, region_pool):
    settings = {}
    if d.p(0.7):
        settings['app'] = _app(d, kind)
    if d.p(0.15):
        settings['completion_webhooks'] = _hooks(d)
    _type_keys(d, kind, settings)
    if d.p(0.05):
        settings['x_team_notes'] = {'keep': ['me', 1]}
    regions = _regions(d, kind, region_pool)
    if regions is not None:
        settings['regions'] = regions
    return settings


def _pipeline(d, kind, envs):
    pipeline = {'type': kind}
    if d.p(0.97):
        pipeline['env'] = envs
    if d.p(0.3):
        pipeline['owner_email'] = d.text(['owner@example.com', ''])
    runways.notifications(d, pipeline, 0.2, 0.15)
    if d.p(0.15):
        pipeline['promote_restrict'] = d.pick(['none', 'masters-only'])
    if kind == 'lambda' and d.p(0.6):
        block = {}
        if d.p(0.7):
            block['handler'] = d.text(['lambda.handler', 'index.main', '', 'main', 'pkg/fn.handler'], odd=0.06)
        if d.p(0.3):
            block['runtime'] = d.pick(['python3.9', 'java11', 'nodejs18.x'])
        if d.p(0.2):
            block['package_type'] = d.pick(['zip', 'image'])
        if d.p(0.2):
            block['vpc_enabled'] = d.p(0.5)
        pipeline['lambda'] = block
    if kind == 'cloudfunction' and d.p(0.5):
        pipeline['cloudfunction'] = {key: value for key, value in (
            ('entry_point', d.pick(['handle', 'resize'])), ('runtime', d.pick(['python39', 'nodejs16'])),
            ('project_name', d.pick(['img-*', 'platform']))) if d.p(0.6)}
    if kind not in ('lambda', 'cloudfunction') and d.p(0.05):
        pipeline['lambda'] = {'handler': 'unused.handler'}
    if d.p(0.05):
        pipeline['x_owner_notes'] = 'kept as is'
    return pipeline


def _gcp_envs(d, envs):
    """[gcp] envs as config.py would hold it, written as JSON (golden types README convention)."""
    names = list(envs)
    if names and d.p(0.1):
        names.remove(d.pick(names))
    if d.p(0.08):
        names.append(d.pick([e for e in runways.ENV_POOL if e not in names] or ['extra']))
    return {env: {'organization': 'example.com', 'service_account_project': env + '-foremast-sa',
                  'service_account_path': '/dev/null'} for env in names}


def _cfg(d, kind, file_envs, cfg_regions, envs):
    text, cfg_envs = runways._cfg(d, file_envs, cfg_regions)  # pylint: disable=protected-access
    extra = []
    if d.p(0.04):
        extra.append('aws_types = ec2,s3' if kind != 's3' else 'aws_types = ec2,lambda')
    if kind == 'cloudfunction':
        if d.p(0.95):
            text += '\n[gcp]\nenvs = ' + json.dumps(_gcp_envs(d, envs)) + '\n'
    if extra:
        text = text.replace('[base]\n', '[base]\n' + '\n'.join(extra) + '\n', 1)
    return text, cfg_envs


def _region_draw(d, kind):
    pool = GCP_REGION_POOL if kind == 'cloudfunction' else runways.REGION_POOL
    cfg_regions = [r for r in pool if d.p(0.6)]
    if kind != 'cloudfunction' and 'us-east-1' not in cfg_regions and d.p(0.85):
        cfg_regions.insert(0, 'us-east-1')
    if kind == 'cloudfunction' and d.p(0.3):
        cfg_regions.append('us-east-1')
    return pool, cfg_regions or [pool[0]]


def _region_type(d, kind, case):
    envs = _envs(d)
    pool, cfg_regions = _region_draw(d, kind)
    file_envs = [e for e in envs if d.p(0.95)]
    if d.p(0.08):
        file_envs.append(d.pick([e for e in runways.ENV_POOL if e not in envs] or ['extra']))
    for env in file_envs:
        settings = _env_settings(d, kind, pool if d.p(0.1) else cfg_regions)
        case.files['application-master-%s.json' % env] = json.dumps(settings, indent=2) + '\n'
    case.files['pipeline.json'] = json.dumps(_pipeline(d, kind, envs), indent=2) + '\n'
    case.cfg, _ = _cfg(d, kind, file_envs, cfg_regions, envs)
    return envs, cfg_regions


# --- manual -----------------------------------------------------------------------------------

JINJA_TEMPLATES = [
    # one pipeline per region of template_variables, ids from Foremast's function
    '[\n{%- for region in template_variables.regions %}\n  {"name": "{{ data.app.appname }} deploy [{{ region }}]",'
    ' "id": "{{ generate_predictable_pipeline_id(data.app.appname, \'deploy \' + region) }}",'
    ' "stages": [], "triggers": [{"type": "jenkins", "job": "{{ data.app.triggerjob }}"}]}{{ "," if not loop.last }}\n'
    '{%- endfor %}\n]\n',
    # the deprecated names and data.app
    '{"description": "{{ app_name }} {{ repo_name }} {{ group_name }} {{ trigger_job }} {{ data.app.deploy_type }} '
    '{{ data.app.environment }} {{ data.app.email }} {{ data.app.slack }}", "stages": []}\n',
    # template_variables printed whole (missing: empty), a canary id
    '{"stages": [{"refId": "1", "type": "kayentaCanary", "name": "Canary", "canaryConfig": {"canaryConfigId": '
    '"{{ get_canary_id(template_variables.canary | default(\'latency\')) }}"}}], "description": "{{ template_variables }}"}\n',
    # pipeline settings through data.app.pipeline
    '{"name": "{{ data.app.pipeline.owner_email or \'nobody\' }} check", "keepWaitingPipelines": '
    '{{ data.app.pipeline.x_wait | default(false) | tojson }}, "stages": []}\n',
    # renders something that is not JSON: Foremast fails
    '{"stages": [ {{ template_variables.missing }} ]}\n',
    # raise_exception
    '{% if template_variables.stop %}{{ raise_exception("stopped by template") }}{% endif %}{"stages": []}\n',
]


def _manual_json(d):
    pipeline = {}
    if d.p(0.5):
        pipeline['name'] = d.pick(['Nightly report', 'Manual restart?', 'ops [us-east-1]'])
    if d.p(0.3):
        pipeline['application'] = d.pick(['reporterops', 'otherapp'])
    if d.p(0.3):
        pipeline['id'] = d.pick(['1111-aaaa', None, ''])
    pipeline['stages'] = [] if d.p(0.5) else [{'refId': '1', 'requisiteStageRefIds': [], 'type': 'wait',
                                                'name': 'Wait', 'waitTime': d.number(1, 60)}]
    if d.p(0.4):
        pipeline['triggers'] = []
    return pipeline


def _manual(d, case):
    envs = _envs(d)
    _, cfg_regions = _region_draw(d, 'manual')
    for env in [e for e in envs if d.p(0.9)]:
        case.files['application-master-%s.json' % env] = json.dumps(_env_settings(d, 'manual', cfg_regions)) + '\n'
    files, variables = [], []
    templates_used = False
    for index in range(d.r.choice([0, 1, 1, 2, 2, 3])):
        form = d.r.random()
        folder = d.pick(['', '', 'pipeline/', 'pipelines/'])
        if form < 0.4:
            name = folder + d.pick(['maintenance.json', 'report.json', 'smoke-%d.json' % index, 'a b.json'])
            content = _manual_json(d)
            if d.p(0.3):
                content = [content, _manual_json(d)] if d.p(0.8) else []
            text = json.dumps(content, indent=2) + '\n'
        elif form < 0.85:
            name = folder + d.pick(['batch.json.j2', 'smoke.json.j2', 'tmpl-%d.json.j2' % index])
            text = d.pick(JINJA_TEMPLATES)
        elif form < 0.92:
            name = 'templates://' + d.pick(['shared.json', 'shared.json.j2'])
            templates_used = True
            text = d.pick(JINJA_TEMPLATES) if name.endswith('.j2') else json.dumps(_manual_json(d)) + '\n'
            case.files['../templates/pipeline/' + name[len('templates://'):]] = text
            files.append(name)
            variables.append({'regions': ['us-east-1'], 'canary': 'c'})
            continue
        else:
            name = d.pick(['missing.json', 'odd.json'])
            if name == 'odd.json':
                case.files[name] = d.pick(['"text"\n', '[1]\n', '{"stages": [}\n'])
            files.append(name)
            variables.append({})
            continue
        case.files[name] = text
        files.append(name)
        variables.append(d.pick([{'regions': ['us-east-1', 'us-west-2'], 'canary': 'batch-latency'},
                                 {'regions': []}, {}, {'stop': True}, {'regions': ['eu-west-1']}]))
    pipeline = {'type': 'manual', 'env': envs, 'pipeline_files': files}
    if d.p(0.05):
        pipeline.pop('pipeline_files')
    if variables and d.p(0.75):
        pipeline['template_variables'] = variables[:d.r.randint(0, len(variables))]
    if d.p(0.3):
        pipeline['owner_email'] = d.text(['ops@example.com'])
    if d.p(0.1):
        pipeline['notifications'] = {'slack': '#ops'}
    case.files['pipeline.json'] = json.dumps(pipeline, indent=2) + '\n'
    case.cfg, _ = runways._cfg(d, [e for e in envs], cfg_regions)  # pylint: disable=protected-access
    if templates_used and d.p(0.9):
        case.cfg = case.cfg.replace('[base]\n', '[base]\ntemplates_path = {CASE}/templates\n', 1)
    if d.p(0.5):
        existing = [{'application': case.app(), 'name': name, 'id': 'old-%d' % i}
                    for i, name in enumerate(['Nightly report', 'intenance.json', 'report.json', 'ipeline_smoke.json.j2'])
                    if d.p(0.4)]
        case.existing = existing
        case.args += ['--existing', '{CASE}/existing.json']


# --- onetime ----------------------------------------------------------------------------------

def _onetime(d, case):
    kind = d.pick(['ec2', 'ec2', 'lambda', 's3', 'datapipeline', 'stepfunction'])
    if kind == 'ec2':
        envs = _envs(d)
        cfg_regions = [r for r in runways.REGION_POOL if d.p(0.6)] or ['us-east-1']
        for env in envs:
            if d.p(0.95):
                settings = runways._env_settings(d, cfg_regions, cfg_regions)  # pylint: disable=protected-access
                case.files['application-master-%s.json' % env] = json.dumps(settings, indent=2) + '\n'
        pipeline = {'env': envs}
        if d.p(0.5):
            pipeline['type'] = 'ec2'
        if d.p(0.3):
            pipeline['base'] = d.pick(['tomcat8', 'ubuntu18'])
        case.files['pipeline.json'] = json.dumps(pipeline, indent=2) + '\n'
        case.cfg, _ = runways._cfg(d, envs, cfg_regions)  # pylint: disable=protected-access
    else:
        envs, cfg_regions = _region_type(d, kind, case)
    env = d.pick(envs) if d.p(0.92) else d.pick(['qa', 'prod', 'dev'])
    regions = cfg_regions + ['us-east-1']
    app = case.app()
    existing = []
    for region in regions:
        if d.p(0.75):
            existing.append({'application': app, 'name': '%s [%s]' % (app, region), 'id': 'reg-' + region})
        if d.p(0.2):
            existing.append({'application': app, 'name': '%s [%s] (onetime-%s)' % (app, region, env),
                             'id': 'one-' + region})
    if d.p(0.1):
        existing.append({'application': app, 'name': '%s [ap-south-1]' % app, 'id': 'stale'})
    if d.p(0.1):
        existing.append({'application': app, 'name': 'Manual us-east-1 job', 'id': 'manual-1'})
    d.r.shuffle(existing)
    case.existing = existing
    case.args += ['--onetime', env, '--existing', '{CASE}/existing.json']
    case.notes.append('onetime %s of type %s' % (env, kind))


def draw(seed, kind):
    d = Draw(seed * 31 + TYPES.index(kind))
    case = Case(seed=seed)
    case.kind = kind
    case.project = d.pick(['forrest', 'world', 'Team'])
    case.repo = d.pick(['core', 'hello', 'edge'])
    if kind == 'manual':
        _manual(d, case)
    elif kind == 'onetime':
        _onetime(d, case)
    else:
        _region_type(d, kind, case)
    return case
