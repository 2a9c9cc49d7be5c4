// SPDX-License-Identifier: Apache-2.0
// A Spinnaker pipeline JSON: validation, the stage list and the graph layout.
#include "FuzzSupport.h"

#include "generator/PipelineValidator.h"
#include "layout/PipelineStages.h"
#include "layout/StageLayout.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Fd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    validatePipeline(doc.object());
    Errors findings;
    const QList<LayoutStage> stages = stagesFromPipeline(doc.object(), &findings);
    if (stages.size() <= 400) // the layout's own bound (render refuses larger graphs)
        layoutStages(stages);
    return 0;
}
