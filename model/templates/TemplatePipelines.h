// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "generator/PipelineGenerator.h"

namespace Fd {

/// Foremast's block template for `env` of a pipeline of `type` (get_template_name):
/// "pipeline/pipeline_stages[_type].json.j2", or "pipeline/pipeline_{env}[_type].json.j2" for
/// envs whose name starts with "prod".
QString templateNameFor(const QString &env, const QString &type);

/// Whether the templates folder holds a template Foremast would use for pipelines of `type`
/// (one of its own overridden, or the type's own block templates).
bool overridesTemplatesOf(const RunwayContext &context, const GenerationOptions &options, const QString &type);

/// Overrides in the templates folder the designer does not apply: Foremast's merge defaults
/// (`configs/configs.json.j2`, `configs/pipeline.json.j2`), which Foremast renders through the same
/// loader. Each is an error naming the file: the merged settings, and so the pipelines, could
/// differ from Foremast's.
Errors unappliedTemplateOverrides(const RunwayContext &context, const GenerationOptions &options);

/// Pipelines rendered from Jinja templates exactly as Foremast renders them: the templates
/// folder first, then Foremast's own templates, with the data Foremast gives each template.
/// Used for rolling and custom ec2 types and whenever the templates folder overrides a template.
Result<Generation> generateTemplatePipelines(const RunwayContext &context, const Flow &flow,
                                             const GenerationOptions &options);

} // namespace Fd
