// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "generator/PipelineGenerator.h"

namespace Fd {

/// Foremast's manual pipeline types (`SpinnakerPipelineManual`): each file of
/// `pipeline.pipeline_files`, in order, is one or more pipelines — plain JSON, or a Jinja
/// template (`.j2`, rendered with the real Jinja2) with that file's `template_variables`.
/// `templates://NAME` is `{templates_path}/pipeline/NAME`. Foremast fills in `application`,
/// `name` (from the file name, with its lstrip quirk) and `id` (the existing pipeline of that
/// name, else null), and adds nothing else: no trigger, no renumbering, no stale clean-up.
Result<Generation> generateManualPipelines(const RunwayContext &context, const GenerationOptions &options);
/// The pipelines of `pipeline_files[index]` alone, rendered as generateManualPipelines() renders
/// them (that file's template_variables); for previewing one file.
Result<Generation> generateManualFile(const RunwayContext &context, const GenerationOptions &options, int index);

/// The name Foremast gives a pipeline whose file sets none: `file.lstrip("templates://")` (a set
/// of characters, so "maintenance.json" gives "intenance.json"), then \ / ? % # → _.
QString manualPipelineName(const QString &file);

/// The templates_path generation uses: `options.templatesPath`, else foremast.cfg's.
QString effectiveTemplatesPath(const RunwayContext &context, const GenerationOptions &options);

} // namespace Fd
