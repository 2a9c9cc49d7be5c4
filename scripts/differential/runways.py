# SPDX-License-Identifier: Apache-2.0
"""Random ec2 runways drawn over Foremast's documented configuration space.

`draw(seed)` returns a Case: the runway files (as text, exactly as written to disk), the
foremast.cfg text, and the project/repo the app name is built from. The same seed always gives
the same case, so a mismatch can be reproduced with `differential.py --seed N --keep DIR`.

The space follows Foremast v5.15.4's docs (application_json.rst, pipeline_json/, foremast_config.rst)
restricted to what changes ec2 generation or the merged settings: envs and their order, files missing
or extra, regions absent / as a list / as a dict with overrides, every app / asg / elb /
security_group / dns / webhook / notification / scaling / image / pipeline key, numbers written as
text, text that needs escaping, and the foremast.cfg keys generation reads.
"""
import json
import random
from dataclasses import dataclass, field

ENV_POOL = ['dev', 'stage', 'prod', 'qa', 'uat', 'perf']
REGION_POOL = ['us-east-1', 'us-west-2', 'eu-west-1']


@dataclass
class Case:
    seed: int
    files: dict = field(default_factory=dict)   # file name -> text
    cfg: str = ''
    project: str = 'forrest'
    repo: str = 'core'
    notes: list = field(default_factory=list)   # what was drawn, for the report
    kind: str = 'ec2'                           # what differential.py --type drew
    existing: list = None                       # GET pipelineConfigs answer (existing.json), if any
    args: list = field(default_factory=list)    # extra arguments for both sides; {CASE} = case folder

    def size(self):
        return sum(len(text) for text in self.files.values()) + len(self.cfg)

    def app(self):
        """The Spinnaker application Foremast names (foremastutils' default format {repo}{project})."""
        return (self.repo + self.project).lower()


class Draw:
    """random.Random with the few helpers the drawing needs."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def p(self, probability):
        return self.r.random() < probability

    def pick(self, items):
        return self.r.choice(items)

    def subset(self, items, low=0, high=None):
        high = len(items) if high is None else min(high, len(items))
        count = self.r.randint(min(low, high), high)
        chosen = self.r.sample(items, count)
        return chosen

    def number(self, low, high, as_text=0.12):
        """An int, sometimes written as text ("2") as teams do."""
        value = self.r.randint(low, high)
        return str(value) if self.p(as_text) else value

    def text(self, words, odd=0.04):
        """A plain word, rarely one with a quote, backslash or control character."""
        word = self.pick(words)
        if self.p(odd):
            word += self.pick(['"x"', '\\', '\t', "it's"])
        return word


def _app(d):
    app = {}
    if d.p(0.5):
        app['instance_type'] = d.text(['t2.micro', 't3.small', 'm5.large', 'c5.xlarge'])
    if d.p(0.2):
        app['instance_profile'] = d.text(['custom_profile', 'web_profile'])
    if d.p(0.2):
        app['app_description'] = d.text(['My app', 'Orders service'])
    if d.p(0.2):
        app['eureka_enabled'] = d.p(0.5)
    if d.p(0.1):
        app['canary'] = d.p(0.5)
    if d.p(0.15):
        app['approval_skip'] = d.p(0.6)
    if d.p(0.15):
        app['approval_timeout'] = d.number(60000, 900000)
    if d.p(0.2):
        app['custom_tags'] = {d.pick(['team', 'cost_center', 'tier']): d.pick([d.text(['web', 'data', '1234']), 7, True])
                              for _ in range(d.r.randint(1, 2))}
    if d.p(0.1):
        app['email'] = 'team@example.com'
    if d.p(0.1):
        app['archaius_enabled'] = d.p(0.5)
    return app


def _asg(d):
    asg = {}
    if d.p(0.5):
        asg['min_inst'] = d.number(0, 3)
    if d.p(0.5):
        asg['max_inst'] = d.number(1, 6)
    if d.p(0.25):
        asg['hc_type'] = d.pick(['ELB', 'EC2', 'elb', 'ec2'])
    if d.p(0.2):
        asg['hc_grace_period'] = d.number(60, 600)
    if d.p(0.15):
        asg['app_grace_period'] = d.number(0, 300)
    if d.p(0.2):
        asg['ssh_keypair'] = d.pick(['team_key', '', None])
    if d.p(0.2):
        asg['subnet_purpose'] = d.pick(['internal', 'external'])
    if d.p(0.15):
        asg['enable_public_ips'] = d.pick([True, False, None])
    if d.p(0.2):
        asg['provider_healthcheck'] = {name: d.p(0.6) for name in d.subset(['amazon', 'discovery', 'other'], 1)}
    if d.p(0.25):
        asg['scaling_policy'] = {} if d.p(0.2) else {
            'metric': d.pick(['CPUUtilization', 'NetworkIn']),
            'threshold': d.number(30, 90),
            'period_minutes': d.number(1, 30),
            'statistic': d.pick(['Average', 'Maximum']),
        }
    if d.p(0.05):
        asg['custom_scaling_policies'] = [{'scaling_type': 'step', 'threshold': 50}]
    return asg


def _env_settings(d, regions_pool, cfg_regions):
    settings = {}
    for key, maker in (('app', _app), ('asg', _asg)):
        if d.p(0.75):
            settings[key] = maker(d)
    if d.p(0.3):
        settings['elb'] = {'i_port': d.number(80, 9000), 'target': 'HTTP:8080/health'}
        if d.p(0.3):
            settings['elb']['health'] = {'interval': d.number(5, 30)}
    if d.p(0.25):
        settings['security_group'] = {}
        if d.p(0.7):
            settings['security_group']['instance_extras'] = d.subset(['sg_extra', 'sg_apps', 'sg_offices'], 1, 2)
        if d.p(0.3):
            settings['security_group']['ingress'] = {'other_app': [{'start_port': 80, 'end_port': 80}]}
    if d.p(0.25):
        settings['deploy_strategy'] = d.pick(['highlander', 'redblack', 'canary'])
    if d.p(0.15):
        settings['dns'] = {'ttl': d.number(30, 300)}
    if d.p(0.15):
        hooks = []
        for index in range(d.r.randint(1, 2)):
            hook = {'name': 'Notify %d' % index, 'url': 'https://hooks.example.com/%d' % index}
            if d.p(0.7):
                hook['method'] = d.pick(['POST', 'post', 'PUT'])
            if d.p(0.85):
                hook['payload'] = d.pick([{}, {'text': 'deployed'}, {'n': 1, 'list': [1, 'a']}])
            if d.p(0.3):
                hook['custom_headers'] = {'X-Token': 'abc'}
            hooks.append(hook)
        settings['completion_webhooks'] = hooks
    if d.p(0.05):
        settings['x_team_notes'] = {'keep': ['me', 1]}

    form = d.r.random()
    if form < 0.2:
        pass  # no regions key: Foremast's template default applies
    else:
        regions = d.subset(regions_pool, 1, 3)
        if form < 0.55:
            settings['regions'] = regions
        else:
            block = {}
            for region in regions:
                override = {}
                if d.p(0.4):
                    override['asg'] = {'min_inst': d.number(1, 4), 'max_inst': d.number(4, 8)}
                if d.p(0.15):
                    override['app'] = {'instance_type': d.pick(['m5.large', 'r5.large'])}
                if d.p(0.1):
                    override['deploy_strategy'] = d.pick(['redblack', 'highlander'])
                if d.p(0.08):
                    override.setdefault('asg', {})['provider_healthcheck'] = {'discovery': d.p(0.5), 'amazon': True}
                if d.p(0.08):
                    override.setdefault('app', {})['eureka_enabled'] = d.p(0.5)
                if d.p(0.06):
                    override['security_group'] = {'instance_extras': ['sg_region']}
                if d.p(0.05):
                    override.setdefault('asg', {})['scaling_policy'] = {'metric': 'CPUUtilization', 'threshold': 60}
                block[region] = override
            settings['regions'] = block
    return settings


def notifications(d, pipeline, v1, v2):
    """v1 (slack + email) and v2 (pipeline_notifications) notifications, each with its probability."""
    if d.p(v1):
        pipeline['notifications'] = {}
        if d.p(0.7):
            pipeline['notifications']['email'] = d.pick(['team@example.com', ''])
        if d.p(0.7):
            pipeline['notifications']['slack'] = d.pick(['#deploys', ''])
    if d.p(v2):
        pipeline['pipeline_notifications'] = [{
            'type': d.pick(['slack', 'email']), 'address': d.pick(['deploys', 'team@example.com']),
            'level': 'pipeline', 'when': d.subset(['pipeline.starting', 'pipeline.complete', 'pipeline.failed'], 1),
        }]


def _pipeline(d, envs):
    pipeline = {}
    if d.p(0.96):
        pipeline['env'] = envs
    if d.p(0.5):
        pipeline['type'] = 'ec2'
    if d.p(0.5):
        pipeline['base'] = d.pick(['tomcat8', 'ubuntu18', 'amazonlinux2', None])
    if d.p(0.3):
        pipeline['owner_email'] = d.text(['owner@example.com', 'dev@example.com'])
    if d.p(0.3):
        image = {}
        if d.p(0.7):
            image['root_volume_size'] = d.number(6, 40, as_text=0.25)
        if d.p(0.5):
            image['bake_instance_type'] = d.pick(['t2.small', 't3.medium'])
        if d.p(0.2):
            image['builder'] = d.pick(['ebs', 'docker'])
        pipeline['image'] = image
    notifications(d, pipeline, 0.25, 0.2)
    if d.p(0.2):
        pipeline['promote_restrict'] = d.pick(['none', 'masters-only', 'members-only'])
    if d.p(0.1):
        pipeline['documentation'] = 'https://docs.example.com'
    if d.p(0.05):
        pipeline['x_owner_notes'] = 'kept as is'
    return pipeline


def _cfg(d, file_envs, regions):
    lines = ['[base]', 'domain = example.com', 'gate_api_url = http://gate.invalid:8084']
    envs = list(file_envs)
    if envs and d.p(0.08):
        envs.remove(d.pick(envs))
    if d.p(0.08):
        envs.append(d.pick([e for e in ENV_POOL if e not in envs] or ['extra']))
    d.r.shuffle(envs)
    lines.append('envs = ' + ','.join(envs))
    lines.append('regions = ' + ','.join(regions))
    if d.p(0.3):
        lines.append('default_run_as_user = ' + d.pick(['svc_deploy', 'jenkins@example.com']))
    if d.p(0.15):
        lines.append('default_ec2_securitygroups = ' + ','.join(d.subset(['sg_offices', 'sg_base', 'sg_ops'], 1)))
    elif d.p(0.08):
        groups = {env: d.subset(['sg_offices', 'sg_base'], 0) for env in d.subset(envs, 1)}
        lines.append('default_ec2_securitygroups = ' + json.dumps(groups))
    if d.p(0.1):
        lines.append('securitygroup_replacements = ' + json.dumps({'sg_offices': 'sg_extra'}))
    if d.p(0.06):
        configs = {env: {'enable_approval_skip': d.p(0.7)} for env in d.subset(envs, 1, 2)}
        lines.append('env_configs = ' + json.dumps(configs))
    formats = []
    if d.p(0.08):
        formats.append('security_group_app = {repo}{project}-{env}')
    if d.p(0.08):
        formats.append('elb_app = {repo}{project}-{region}')
    if d.p(0.04):
        formats.append('iam_profile = {project}_{repo}_{env}_profile')
    if d.p(0.04):
        formats.append('jenkins_job_name = {project}-{repo}')
    if formats:
        lines += ['', '[formats]'] + formats
    return '\n'.join(lines) + '\n', envs


def draw(seed):
    d = Draw(seed)
    case = Case(seed=seed)
    case.project = d.pick(['forrest', 'world', 'Team'])
    case.repo = d.pick(['core', 'hello', 'edge'])

    common = ['dev', 'stage', 'prod']
    envs = [e for e in common if d.p(0.6)] or ['dev']
    if d.p(0.15):
        envs.insert(d.r.randint(0, len(envs)), d.pick(['qa', 'uat', 'perf']))
    if d.p(0.1):
        d.r.shuffle(envs)
    if d.p(0.03):
        envs.append('prodb')  # prod-named but not "prod": Foremast has no template for it

    cfg_regions = [r for r in REGION_POOL if d.p(0.6)]
    if 'us-east-1' not in cfg_regions and d.p(0.85):
        cfg_regions.insert(0, 'us-east-1')
    cfg_regions = cfg_regions or ['us-west-2']

    file_envs = [e for e in envs if d.p(0.94)]
    if d.p(0.1):
        file_envs.append(d.pick([e for e in ENV_POOL if e not in envs] or ['extra']))
    for env in file_envs:
        settings = _env_settings(d, REGION_POOL if d.p(0.1) else cfg_regions, cfg_regions)
        case.files['application-master-%s.json' % env] = json.dumps(settings, indent=2) + '\n'
    # A folder without pipeline.json is deliberately not a runway for us (docs/generation.md), where
    # Foremast falls back to env [stage, prod]. The draw stays so that every other seed draws as before.
    d.p(0.95)
    case.files['pipeline.json'] = json.dumps(_pipeline(d, envs), indent=2) + '\n'
    case.cfg, _ = _cfg(d, file_envs, cfg_regions)
    return case
