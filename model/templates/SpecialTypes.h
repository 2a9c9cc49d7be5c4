// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "generator/PipelineGenerator.h"

#include <optional>

namespace Fd {

/// The pipeline types that flows do not generate on their own: types foremast.cfg does not allow
/// (Foremast refuses them), manual types (pipeline files), types that need custom templates
/// (rolling, custom `ec2_pipeline_types`). Nothing for the types flows generate.
/// The error when foremast.cfg does not permit the runway's pipeline type (Foremast stops already
/// while merging the settings), naming pipeline.json's `type`.
std::optional<Error> unpermittedType(const RunwayContext &context);

std::optional<Result<Generation>> generateSpecialType(const RunwayContext &context, const Flow &flow,
                                                      const GenerationOptions &options);

} // namespace Fd
