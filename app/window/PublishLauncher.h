// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "generator/PipelineGenerator.h"

class QWidget;

namespace Fd {

struct RunwayContext;

/// Opens the publish dialog (modal) for the generated pipelines of a runway; `findings` with
/// errors block publishing there too.
void launchPublishDialog(QWidget *parent, const RunwayContext &context, const QList<GeneratedPipeline> &pipelines,
                         const Errors &findings);

} // namespace Fd
