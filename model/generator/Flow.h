// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FlowTemplate.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <memory>
#include <vector>

namespace Fd {

/// One entry of a stage list: a stage, when it is emitted and how it is chained.
struct FlowStageEntry
{
    QString id;                               ///< name other entries use in "after"
    std::vector<FlowCondition> when;          ///< all must hold
    std::optional<FlowExpression> forEach;    ///< one stage per item of this list
    bool side = false;                        ///< "chain": "side" (hangs off the main chain)
    QString after;                            ///< side stages: the entry id they hang off
    FlowTemplate stage;
    QString keyPath;                          ///< where the entry is in the flow file
};

/// The stages of every env whose name matches `match` (a wildcard pattern such as "prod*").
struct FlowEnvBlock
{
    QString match;
    QRegularExpression pattern;
    std::vector<FlowStageEntry> stages;
};

/// A finding the flow reports about an env's settings (e.g. settings the flow ignores).
struct FlowCheck
{
    std::vector<FlowCondition> when;
    Error::Severity severity = Error::Severity::Warning;
    KeyPath keyPath;          ///< the key of the env file the finding points at
    FlowTemplate message;
    QString messageText;      ///< the message as written: what the catalogue translates (FlowCheckMessages.h)
};

/// A value the user may change without copying the flow (Jenkins job names, user data, …).
struct FlowSetting
{
    QString name;
    QJsonValue defaultValue;
    QString description;
};

/// A flow template: which stages a pipeline gets and how they chain (docs/flows.md).
/// Cheap to copy; built-in flows are parsed once and shared.
class Flow
{
public:
    static constexpr int FormatVersion = 1;

    /// The flows shipped with the designer, e.g. "documented", "foremast-v5".
    static QStringList builtinNames();
    /// A built-in flow by name, or the flow file at `nameOrFile`.
    static Result<Flow> load(const QString &nameOrFile);
    /// Parses flow text that came from `file` (the name used in error messages).
    static Result<Flow> parse(const QString &file, const QByteArray &bytes);
    /// The built-in flow that generates pipelines of `type` (e.g. "foremast-v5-lambda"), or
    /// nothing: used when the runway's flow does not generate its type.
    static QString builtinForType(const QString &type);
    /// The text of a built-in flow, for users who want to copy and change it.
    static QByteArray builtinText(const QString &name);

    QString name() const;
    QString title() const;
    QString description() const;
    QString file() const;
    QStringList pipelineTypes() const;
    /// Whether envs without subnets in a region are left out of its pipeline ("needsSubnets").
    bool needsSubnets() const;
    const std::vector<FlowSetting> &settings() const;

    /// The settings' templates with the user's `overrides` ({name: value}) applied. Fails on an
    /// unknown name or a value that is not a valid template.
    Result<std::vector<FlowTemplate>> settingsTable(const QJsonObject &overrides) const;

    const FlowTemplate &pipeline() const;
    const std::vector<FlowStageEntry> &start() const;
    const std::vector<FlowStageEntry> &end() const;
    const std::vector<FlowEnvBlock> &envBlocks() const;
    /// The first block whose pattern matches `env`, or nullptr.
    const FlowEnvBlock *blockFor(const QString &env) const;
    const std::vector<FlowCheck> &checks() const;

    struct Data;
    /// The parsed flow (FlowParser.h), and a flow made of one: for flows combined in code.
    const std::shared_ptr<const Data> &data() const { return d; }
    static Flow fromData(std::shared_ptr<const Data> data);

private:
    std::shared_ptr<const Data> d;
};

/// The flow a runway uses and its setting overrides, as recorded in the designer settings file
/// next to the runway (`flow`, `flowSettings`). A runway without a record is an existing Foremast
/// runway and gets `foremast-v5`; the designer records `documented` for the runways it creates.
struct FlowChoice
{
    QString flow = QStringLiteral("foremast-v5");
    QJsonObject settings;
    QString source; ///< the settings file, when the choice came from it

    static FlowChoice forRunway(const QString &runwayFolder);
};

} // namespace Fd
