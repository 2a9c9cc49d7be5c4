// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "generator/PipelineGenerator.h"

namespace Fd {

/// Foremast's one-time pipelines (`foremast-pipeline-onetime`, SpinnakerPipelineOnetime) for
/// `options.onetimeEnv`. Generation runs with that env alone; this turns the result into what
/// Foremast posts: the ec2 wrapper's Bake first for every type, the name
/// "{app} [{region}] (onetime-{env})", every trigger disabled, the id of an existing one-time
/// pipeline (none after Foremast's clean-up, so normally no id) — and Foremast's failure when the
/// app has no regular pipeline for the region yet.
namespace Onetime {

/// The flow a one-time pipeline of a non-ec2 type is generated with: `ec2Flow`'s pipeline and
/// start stages (the Bake), `typeFlow`'s env blocks and checks.
Result<Flow> flowFor(const Flow &ec2Flow, const Flow &typeFlow);

/// Applies Foremast's post_pipeline() to each pipeline of `generation`.
Result<Generation> finish(Generation generation, const RunwayContext &context, const GenerationOptions &options,
                          bool ec2Data);

} // namespace Onetime
} // namespace Fd
