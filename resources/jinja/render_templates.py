# SPDX-License-Identifier: Apache-2.0
# Renders Jinja templates for Foremast Designer the way Foremast v5.15.4 renders them: the real
# Jinja2 (Debian: python3-jinja2), the same loader order (templates_path, then Foremast's own
# templates) and the same functions Foremast gives manual pipeline templates.
#
# Request on stdin (JSON):
#   {"searchPath": [dir, ...], "builtinTemplates": {name: text}, "pipelines": [existing pipeline, ...], "canaryConfigs": [...] | null,
#    "jobs": [{"template": "pipeline/x.json.j2"} | {"text": "..."}, "context": {...},
#             "contextText": {name: JSON text, read in its key order}], ...]}
# Answer on stdout (JSON): {"results": [{"text": "..."} | {"error": "...", "line": n}, ...]}
# or {"missing": "jinja2"} when Jinja2 is not installed.
import json
import sys
import uuid

try:
    import jinja2
except ImportError:
    json.dump({"missing": "jinja2"}, sys.stdout)
    sys.exit(0)

# Foremast's namespace for generate_predictable_pipeline_id (foremast/utils/pipelines.py).
PIPELINE_NAMESPACE = uuid.UUID('098f0a30-180e-4aa4-b9bd-72d63fda3c18')

request = json.load(sys.stdin)
existing = request.get("pipelines") or []
canary_configs = request.get("canaryConfigs")
calls = []


def get_pipeline_id(app='', name=''):
    calls.append("get_pipeline_id")
    for pipeline in existing:
        if pipeline.get("application", app) == app and pipeline.get("name") == name:
            return pipeline.get("id")
    return None


def generate_predictable_pipeline_id(application_name, pipeline_name):
    return uuid.uuid5(PIPELINE_NAMESPACE, application_name + pipeline_name)


def get_canary_id(name, application=None):
    if canary_configs is None:
        # Offline: the placeholder id the offline Foremast renderer gives (the caller warns).
        calls.append("get_canary_id offline")
        return str(uuid.uuid5(uuid.NAMESPACE_URL, 'kayenta-canary-config:' + name))
    names = []
    for config in canary_configs:
        names.append(config.get('name'))
        if config.get('name') == name and (application is None or application in config.get('applications', [])):
            return config.get('id')
    raise Exception('Could not resolve canary config id for: {0}.  Options are: {1}'.format(name, names))


def raise_exception(message):
    raise Exception(message)


FUNCTIONS = {
    "get_canary_id": get_canary_id,
    "get_pipeline_id": get_pipeline_id,
    "raise_exception": raise_exception,
    "generate_predictable_pipeline_id": generate_predictable_pipeline_id,
}

# templates_path first, then Foremast's own templates (sent along by the designer).
environment = jinja2.Environment(loader=jinja2.ChoiceLoader([
    jinja2.FileSystemLoader(request.get("searchPath") or []),
    jinja2.DictLoader(request.get("builtinTemplates") or {}),
]))
results = []
for job in request.get("jobs", []):
    try:
        if "template" in job:
            template = environment.get_template(job["template"])
        else:
            template = environment.from_string(job["text"])
        context = dict(job.get("context") or {})
        for name, text in (job.get("contextText") or {}).items():
            context[name] = json.loads(text)  # the file's key order, as Foremast's json.load keeps it
        if job.get("functions"):
            context.update(FUNCTIONS)
        results.append({"text": template.render(**context)})
    except jinja2.TemplateNotFound as error:
        results.append({"error": 'Unable to find template "{0}" in {1} or Foremast\'s own templates'.format(
            error.name, ", ".join(request.get("searchPath") or []) or "no templates folder"), "notFound": error.name})
    except jinja2.TemplateSyntaxError as error:
        results.append({"error": error.message or str(error), "line": error.lineno,
                        "template": error.name or job.get("template")})
    except Exception as error:  # the template's own code may raise anything (raise_exception)
        line = None
        tb = sys.exc_info()[2]
        while tb is not None:
            if tb.tb_frame.f_code.co_filename in ("<template>",) or tb.tb_frame.f_code.co_filename.endswith(".j2"):
                line = tb.tb_lineno
            tb = tb.tb_next
        results.append({"error": "{0}: {1}".format(type(error).__name__, error), "line": line})
json.dump({"results": results, "calls": calls}, sys.stdout)
