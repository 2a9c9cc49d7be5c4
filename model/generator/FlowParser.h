// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Flow.h"

namespace Fd {

struct JsonFile;

struct Flow::Data
{
    QString name;
    QString title;
    QString description;
    QString file;
    QStringList pipelineTypes;
    bool needsSubnets = true;
    std::vector<FlowSetting> settings;
    QStringList settingNames;
    std::vector<FlowTemplate> settingTemplates;
    FlowTemplate pipeline;
    std::vector<FlowStageEntry> start;
    std::vector<FlowStageEntry> end;
    std::vector<FlowEnvBlock> envBlocks;
    std::vector<FlowCheck> checks;
};

/// Reads a flow document (docs/flows.md) into Flow::Data.
class FlowParser
{
public:
    /// The first problem found, naming the file, the line and the key path; nothing when the
    /// flow is usable.
    static std::optional<Error> parse(const JsonFile &file, Flow::Data &data);
};

} // namespace Fd
