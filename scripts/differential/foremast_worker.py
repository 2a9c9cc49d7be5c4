# SPDX-License-Identifier: Apache-2.0
"""Long-lived runner of the real Foremast (through ../shared/tools/render_foremast.py).

Foremast reads foremast.cfg when `foremast.consts` is imported, so each case needs a fresh import.
Starting a Python per case costs most of the time; instead this process imports jinja2, the
driver and foremastutils once, then forks a child per case: the child imports Foremast with the
case's cfg and renders, and the parent waits for it. Protocol: one JSON request per stdin line
({"runway", "cfg", "out", "project", "repo"}, optionally "driver": "types" for
render_foremast_types.py (every pipeline type), "args": [extra driver arguments] and "config_py":
a config.py Foremast reads instead of the cfg), one JSON answer per stdout line
({"ok": bool, "merged": bool, "error": "Type: message"}).

Importing Foremast itself is the slow part, so the parent imports it once under a placeholder cfg;
each child re-reads only `foremast.consts` under its case's cfg and rebinds the names other
Foremast modules took from it (`from ..consts import X` copies the binding; no module renames one
or derives module-level values from one, checked for v5.15.4).
"""
import importlib
import importlib.util
import io
import json
import os
import sys
import traceback


def load_driver(tools_dir, name='render_foremast'):
    spec = importlib.util.spec_from_file_location(name, os.path.join(tools_dir, name + '.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tolerant_discovery(driver):
    """The drivers read every application-master-*.json only to invent subnets for its envs and
    regions, with json.load: a BOM or a stray type in a file Foremast never reads (an env that
    foremast.cfg does not list) would fail the run as if Foremast had. Foremast's own reads are
    untouched."""
    def discover_runway(runway_dir):
        envs, regions = [], []
        for path in sorted(driver.glob.glob(os.path.join(runway_dir, 'application-master-*.json'))):
            envs.append(os.path.basename(path)[len('application-master-'):-len('.json')])
            try:
                with open(path, encoding='utf-8-sig') as handle:
                    data = json.load(handle)
            except ValueError:
                continue
            found = data.get('regions', {'us-east-1': {}}) if isinstance(data, dict) else None
            if isinstance(found, (list, dict)):
                regions += [region for region in found if isinstance(region, str) and region not in regions]
        return envs, sorted(regions) or ['us-east-1']
    driver.discover_runway = discover_runway
    return driver


def use_cfg(folder, cfg_path):
    """chdir to `folder` holding .foremast/foremast.cfg (a copy of cfg_path): consts reads ./.foremast."""
    os.makedirs(os.path.join(folder, '.foremast'), exist_ok=True)
    with open(cfg_path) as src, open(os.path.join(folder, '.foremast', 'foremast.cfg'), 'w') as dst:
        dst.write(src.read())
    os.chdir(folder)


def preload(driver, foremast_src, utils_src, scratch):
    """Import Foremast's rendering modules once, under a placeholder cfg."""
    for root in (os.path.join(foremast_src, 'src'), os.path.join(utils_src, 'src')):
        sys.path.insert(0, root)
    driver.install_stubs()
    cfg = os.path.join(scratch, 'placeholder.cfg')
    with open(cfg, 'w') as handle:
        handle.write('[base]\nenvs = dev\nregions = us-east-1\ngate_api_url = http://gate.invalid\n')
    use_cfg(scratch, cfg)
    import logging  # pylint: disable=import-outside-toplevel
    logging.disable(logging.CRITICAL)  # consts' import-time warnings about the placeholder
    for name in ('foremast.configs', 'foremast.pipeline', 'foremast.pipeline.create_pipeline',
                 'foremast.pipeline.construct_pipeline_block'):
        importlib.import_module(name)
    logging.disable(logging.NOTSET)
    cache_templates(foremast_src)


def cache_templates(foremast_src):
    """Foremast builds a new Jinja environment (and compiles each template again) per render;
    one environment per templates path, compiled here once, gives the same output faster."""
    templates = sys.modules['foremast.utils.templates']
    build = templates.get_jinja_environment
    environments = {}

    def cached():
        key = templates.TEMPLATES_PATH
        if key not in environments:
            environments[key] = build()
        return environments[key]

    templates.get_jinja_environment = cached
    root = os.path.join(foremast_src, 'src', 'foremast', 'templates')
    for folder in ('configs', 'pipeline'):
        for name in sorted(os.listdir(os.path.join(root, folder))):
            if name.endswith('.j2'):
                cached().get_template(folder + '/' + name)


def reload_consts(folder, cfg_path, config_py=None):
    """Re-read foremast.consts under the case's cfg (or config.py) and rebind what other modules
    imported from it."""
    consts = sys.modules.get('foremast.consts')
    if consts is None:
        return
    old = dict(vars(consts))
    if config_py:
        # consts falls back to FOREMAST_CONFIG_FILE only when no foremast.cfg is found
        folder = folder + '-py'
        os.makedirs(folder, exist_ok=True)
        os.chdir(folder)
        os.environ['FOREMAST_CONFIG_FILE'] = config_py
    else:
        os.environ.pop('FOREMAST_CONFIG_FILE', None)
        use_cfg(folder, cfg_path)
    importlib.reload(consts)
    new = vars(consts)
    for name, module in list(sys.modules.items()):
        if not name.startswith('foremast.') or module is consts or module is None:
            continue
        for attr, value in list(vars(module).items()):
            if attr in old and value is old[attr] and attr in new and not attr.startswith('__'):
                setattr(module, attr, new[attr])


def run_child(drivers, request, foremast_src, utils_src):
    out = request['out']
    os.makedirs(out, exist_ok=True)
    # the driver makes a work folder per run; keep it inside the case's folder
    import tempfile  # pylint: disable=import-outside-toplevel
    tempfile.tempdir = os.path.join(out, 'tmp')
    os.makedirs(tempfile.tempdir, exist_ok=True)
    log = open(os.path.join(out, 'foremast.log'), 'w')
    os.dup2(log.fileno(), 1)
    os.dup2(log.fileno(), 2)
    sys.stdout = io.TextIOWrapper(os.fdopen(1, 'wb', closefd=False), write_through=True)
    sys.stderr = sys.stdout
    argv = ['--foremast-src', foremast_src, '--foremastutils-src', utils_src,
            '--runway-dir', request['runway'], '--project', request['project'], '--repo', request['repo'],
            '--out', out] + (['--config-py', request['config_py']] if request.get('config_py') else ['--cfg', request['cfg']])
    argv += request.get('args', [])
    try:
        reload_consts(os.path.join(out, 'tmp'), request['cfg'], request.get('config_py'))
        drivers[request.get('driver', 'ec2')].main(argv)
        code = 0
    except BaseException as exc:  # pylint: disable=broad-except
        with open(os.path.join(out, 'error.txt'), 'w') as handle:
            handle.write('{0}: {1}\n'.format(type(exc).__name__, exc))
            traceback.print_exc(file=handle)
        code = 1
    sys.stdout.flush()
    os._exit(code)  # pylint: disable=protected-access


def main():
    tools_dir, foremast_src, utils_src = sys.argv[1:4]
    # The reference tree is read-only: without a cache elsewhere every child recompiles Foremast.
    sys.pycache_prefix = os.path.join(os.path.expanduser('~'), '.cache', 'fd-differential', 'pycache')
    sys.path.insert(0, os.path.join(utils_src, 'src'))
    import jinja2  # noqa: F401  pylint: disable=unused-import,import-outside-toplevel
    import foremastutils  # noqa: F401  pylint: disable=unused-import,import-outside-toplevel
    drivers = {'ec2': tolerant_discovery(load_driver(tools_dir)),
               'types': tolerant_discovery(load_driver(tools_dir, 'render_foremast_types'))}
    driver = drivers['ec2']
    import tempfile  # pylint: disable=import-outside-toplevel
    scratch = tempfile.mkdtemp(prefix='foremast-worker-')
    if os.environ.get('FD_DIFFERENTIAL_NO_PRELOAD') != '1':
        preload(driver, foremast_src, utils_src, scratch)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            run_child(drivers, request, foremast_src, utils_src)
        _, status = os.waitpid(pid, 0)
        out = request['out']
        error = ''
        error_path = os.path.join(out, 'error.txt')
        if os.path.exists(error_path):
            with open(error_path) as handle:
                error = handle.readline().strip()
        elif status != 0:
            error = 'exit status {0}'.format(status)
        answer = {'ok': not error, 'merged': os.path.exists(os.path.join(out, 'merged-configs.json')),
                  'error': error}
        sys.stdout.write(json.dumps(answer) + '\n')
        sys.stdout.flush()


if __name__ == '__main__':
    main()
