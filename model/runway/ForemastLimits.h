// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"

namespace Fd {

class MergedSettings;
struct RunwayContext;

/// Runways we render correctly but Foremast v5.15.4 itself cannot (it stops with an exception or
/// writes invalid JSON). Each is a warning naming the file and key, saying "Foremast cannot render
/// this runway", so a team still running Foremast knows before it moves.
namespace ForemastLimits {

/// Where Foremast's merge of the settings (raw.properties.json) fails.
Errors ofMerge(const RunwayContext &context, const MergedSettings &merged);

/// Where its pipeline generation fails, for the runway's pipeline type (of the one env
/// `onetimeEnv` for a one-time pipeline); includes ofMerge().
Errors ofGeneration(const RunwayContext &context, const MergedSettings &merged, const QString &onetimeEnv = {});

/// The part of ofGeneration() about pipeline.json's own values (pasted unescaped into Foremast's
/// templates, or null where it subscripts them: notifications, the Bake's image, lambda), for
/// pipelines rendered from Foremast's templates, which read them as the flows' do.
Errors ofPipelineKeys(const RunwayContext &context, const MergedSettings &merged, const QString &onetimeEnv = {});

/// Where rendering a manual pipeline's .j2 files fails: Foremast gives every such template
/// notifications.email and .slack (pipeline/jinja_functions.py), which a null `notifications`
/// cannot give. With `only` set, just that entry of pipeline_files is considered (the preview
/// of one file).
Errors ofManualTemplates(const RunwayContext &context, const MergedSettings &merged, int only = -1);

/// ofGeneration() the plain way: every region of every env checked in full (ofGeneration skips a
/// region whose checked settings equal the previous region's). For tests that both agree.
Errors ofGenerationCheckingEveryRegion(const RunwayContext &context, const MergedSettings &merged,
                                       const QString &onetimeEnv = {});

} // namespace ForemastLimits

} // namespace Fd
