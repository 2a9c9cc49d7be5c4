// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "generator/PipelineGenerator.h"

class QWidget;

namespace Fd {

struct RunwayContext;

/// Opens the publish dialog (window-modal, not blocking) for a runway's generated pipelines.
/// `context.findings` should be the runway's current findings: errors block publishing there too.
void launchPublishDialog(QWidget *parent, const RunwayContext &context, const Generation &generation);

/// Opens Pipeline › One-time Pipeline… (window-modal, not blocking); its Publish goes through
/// launchPublishDialog(). `options` are those the window generates with.
void launchOnetimeDialog(QWidget *parent, const RunwayContext &context, const GenerationOptions &options);

} // namespace Fd
