// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <array>
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

    void set(FlowVar var, const QJsonValue &value) { values[size_t(var)] = value; }
    const QJsonValue &get(FlowVar var) const { return values[size_t(var)]; }
};

/// What a template may refer to where it is compiled.
struct FlowTemplateContext
{
    bool envVars = false;      ///< env-scope variables (env blocks, checks, settings)
    bool itemVars = false;     ///< `item` and `index` (entries with "forEach")
    bool flowSettings = true;  ///< `flow.<name>` (not inside the settings themselves)
    const QStringList *settingNames = nullptr;
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

private:
    enum class Filter : quint8 { Upper, Lower, Capitalize, String, Json, Base64, Default, Number };
    struct Step
    {
        Filter filter;
        QJsonValue argument; ///< default(…)'s value
    };

    FlowVar m_root = FlowVar::App;
    int m_setting = -1;
    QStringList m_path;
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

private:
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
