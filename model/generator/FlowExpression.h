// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace Fd {

/// The variables a flow's templates can read; docs/flows.md describes each one.
enum class FlowVar : quint8 {
    // pipeline scope: every template
    App, Project, Repo, RawProject, RawRepo, TriggerJob, Region, RunAsUser, Pipeline, Notifications,
    BaseAmi,
    // env scope: stages of an env block and checks
    Env, PreviousEnv, IsFirstInRegion, IsProd, ApprovalSkipped, ApprovalSkipEnabled, Settings,
    AvailabilityZones, SecurityGroups, LoadBalancers, HealthCheckType, HealthCheckGracePeriod,
    HealthProviders, KeyPair, Tags,
    // inside a "forEach" entry
    Item, Index,
    // the flow's settings (`flow.<name>`); not stored in FlowScope::values
    Flow,
    Count
};

class FlowTemplate;

/// The values a template is rendered with. Unset variables are undefined: they render as ""
/// inside text, and a whole-value placeholder gives null (or drops its key with `optional`).
struct FlowScope
{
    std::array<QJsonValue, size_t(FlowVar::Count)> values;
    /// The flow's settings by index, defaults replaced by the user's overrides.
    const std::vector<FlowTemplate> *settings = nullptr;

    void set(FlowVar var, const QJsonValue &value)
    {
        values[size_t(var)] = value;
        m_stamps[size_t(var)] = stampOf(value);
        if (isPipelineVar(var))
            m_pipelineStamp = nextStamp();
        // A setting never reads `item` or `index` (FlowParser compiles them without), so the
        // copies made for each item of a "forEach" keep sharing the rendered settings.
        if (var != FlowVar::Item && var != FlowVar::Index)
            settingValues.reset();
    }
    const QJsonValue &get(FlowVar var) const { return values[size_t(var)]; }

    /// The variables every template may read, the same for all envs of a pipeline.
    static constexpr bool isPipelineVar(FlowVar var) { return var < FlowVar::Env; }
    /// Changes whenever a pipeline variable is set: two scopes with the same stamp hold the same
    /// pipeline variables (copies of one scope, extended with env or item variables only).
    quint64 pipelineStamp() const { return m_pipelineStamp; }
    /// Equal for two scopes only if `var` holds the same value in both (the same text, true,
    /// false or null); other values get a new stamp each time they are set.
    quint64 stamp(FlowVar var) const { return m_stamps[size_t(var)]; }

    /// The value of flow setting `index` in this scope, rendered on first use.
    QJsonValue setting(int index) const;

private:
    struct SettingValues
    {
        const std::vector<FlowTemplate> *table = nullptr;
        std::vector<std::optional<QJsonValue>> values;
    };
    /// Shared by the copies of a scope until one of them changes a variable.
    mutable std::shared_ptr<SettingValues> settingValues;
    quint64 m_pipelineStamp = 0;
    std::array<quint64, size_t(FlowVar::Count)> m_stamps{}; ///< 0: never set (null)

    static quint64 nextStamp();
    static quint64 stampOf(const QJsonValue &value);
};

/// What a template may refer to where it is compiled.
struct FlowTemplateContext
{
    bool envVars = false;      ///< env-scope variables (env blocks, checks, settings)
    bool itemVars = false;     ///< `item` and `index` (entries with "forEach")
    bool flowSettings = true;  ///< `flow.<name>` (not inside the settings themselves)
    const QStringList *settingNames = nullptr;

    /// Where a check's conditions and message are compiled: env-scope variables and the flow's
    /// settings (`settingNames`).
    static FlowTemplateContext ofChecks(const QStringList *settingNames)
    {
        FlowTemplateContext context;
        context.envVars = true;
        context.settingNames = settingNames;
        return context;
    }
};

/// One `{{ path | filter … }}` placeholder, compiled.
class FlowExpression
{
public:
    /// Parses the text between the braces; returns nothing and sets `*error` when it is invalid.
    static std::optional<FlowExpression> parse(const QString &text, const FlowTemplateContext &context,
                                               QString *error);

    QJsonValue evaluate(const FlowScope &scope) const;
    bool isOptional() const { return m_optional; }
    /// The variable the path starts at; for FlowVar::Flow, setting() is the setting's index.
    FlowVar root() const { return m_root; }
    int setting() const { return m_setting; }

private:
    friend struct FlowPrecompiledAccess; // the built-in flows' precompiled form (FlowPrecompiled.h)
    enum class Filter : quint8 { Upper, Lower, Capitalize, String, Json, Base64, Default, Number };
    struct Step
    {
        Filter filter;
        QJsonValue argument; ///< default(…)'s value
    };

    struct Segment
    {
        QString key;
        QByteArray latin1; ///< the key when it is ASCII: QJsonObject finds those faster
    };

    FlowVar m_root = FlowVar::App;
    int m_setting = -1;
    std::vector<Segment> m_path;
    std::vector<Step> m_filters;
    bool m_optional = false;
};

/// A "when" condition: `path`, `!path`, `path == 'text'`, `path != 'text'` (the literal may also
/// be a number, true, false or null) or `path in ['a', 'b']` (equal to one of the literals). A bare path holds when its value is truthy (as in Python:
/// not null, false, 0, "", [] or {}).
class FlowCondition
{
public:
    static std::optional<FlowCondition> parse(const QString &text, const FlowTemplateContext &context,
                                              QString *error);
    bool holds(const FlowScope &scope) const;
    /// Whether every one of `conditions` holds (a "when" list; an empty one always holds).
    static bool allHold(const std::vector<FlowCondition> &conditions, const FlowScope &scope);

private:
    friend struct FlowPrecompiledAccess;
    enum class Op : quint8 { Truthy, Falsy, Equal, NotEqual, In };
    FlowExpression m_expression;
    Op m_op = Op::Truthy;
    QJsonValue m_literal; ///< for In: the list of literals

};

namespace FlowText {

/// Python truthiness of a JSON value; undefined is false.
bool isTruthy(const QJsonValue &value);
/// How Jinja prints a value inside text: strings as they are, whole numbers without decimals,
/// True/False/None for booleans and null, "" for undefined, JSON for lists and objects.
QString toText(const QJsonValue &value);
/// Python's json.dumps(value) (", " and ": " separators, keys sorted).
QString toPythonJson(const QJsonValue &value);
/// Python's str(value), which Foremast's templates paste: toText(), but lists and objects
/// as Python writes them (`['a', 1]`, `{'k': True}`; keys sorted).
QString toPythonStr(const QJsonValue &value);

} // namespace FlowText

} // namespace Fd
