// SPDX-License-Identifier: Apache-2.0
#include "FlowExpression.h"
#include "FlowTemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <atomic>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "FlowTemplate", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowTemplate)
};

/// Python's 'text' literals as JSON "text" (those without quotes or backslashes inside), left to
/// right as a regex replace of '([^'"\\]*)' would; by hand, since Qt JIT-compiles a regex on its
/// first use.
QString pythonQuotesToJson(const QString &text)
{
    QString out = text;
    qsizetype at = 0;
    while ((at = out.indexOf(QLatin1Char('\''), at)) >= 0) {
        qsizetype end = at + 1;
        while (end < out.size() && out.at(end) != QLatin1Char('\'') && out.at(end) != QLatin1Char('"')
               && out.at(end) != QLatin1Char('\\'))
            ++end;
        if (end < out.size() && out.at(end) == QLatin1Char('\'')) {
            out[at] = QLatin1Char('"');
            out[end] = QLatin1Char('"');
            at = end + 1;
        } else {
            ++at;
        }
    }
    return out;
}

struct VarInfo
{
    FlowVar var;
    enum Scope { Pipeline, Env, Item, Settings } scope;
};

const QHash<QString, VarInfo> &variables()
{
    static const QHash<QString, VarInfo> table = {
        {QStringLiteral("app"), {FlowVar::App, VarInfo::Pipeline}},
        {QStringLiteral("project"), {FlowVar::Project, VarInfo::Pipeline}},
        {QStringLiteral("repo"), {FlowVar::Repo, VarInfo::Pipeline}},
        {QStringLiteral("rawProject"), {FlowVar::RawProject, VarInfo::Pipeline}},
        {QStringLiteral("rawRepo"), {FlowVar::RawRepo, VarInfo::Pipeline}},
        {QStringLiteral("triggerJob"), {FlowVar::TriggerJob, VarInfo::Pipeline}},
        {QStringLiteral("region"), {FlowVar::Region, VarInfo::Pipeline}},
        {QStringLiteral("runAsUser"), {FlowVar::RunAsUser, VarInfo::Pipeline}},
        {QStringLiteral("pipeline"), {FlowVar::Pipeline, VarInfo::Pipeline}},
        {QStringLiteral("notifications"), {FlowVar::Notifications, VarInfo::Pipeline}},
        {QStringLiteral("baseAmi"), {FlowVar::BaseAmi, VarInfo::Pipeline}},
        {QStringLiteral("env"), {FlowVar::Env, VarInfo::Env}},
        {QStringLiteral("previousEnv"), {FlowVar::PreviousEnv, VarInfo::Env}},
        {QStringLiteral("isFirstInRegion"), {FlowVar::IsFirstInRegion, VarInfo::Env}},
        {QStringLiteral("isProd"), {FlowVar::IsProd, VarInfo::Env}},
        {QStringLiteral("approvalSkipped"), {FlowVar::ApprovalSkipped, VarInfo::Env}},
        {QStringLiteral("approvalSkipEnabled"), {FlowVar::ApprovalSkipEnabled, VarInfo::Env}},
        {QStringLiteral("settings"), {FlowVar::Settings, VarInfo::Env}},
        {QStringLiteral("availabilityZones"), {FlowVar::AvailabilityZones, VarInfo::Env}},
        {QStringLiteral("securityGroups"), {FlowVar::SecurityGroups, VarInfo::Env}},
        {QStringLiteral("loadBalancers"), {FlowVar::LoadBalancers, VarInfo::Env}},
        {QStringLiteral("healthCheckType"), {FlowVar::HealthCheckType, VarInfo::Env}},
        {QStringLiteral("healthCheckGracePeriod"), {FlowVar::HealthCheckGracePeriod, VarInfo::Env}},
        {QStringLiteral("healthProviders"), {FlowVar::HealthProviders, VarInfo::Env}},
        {QStringLiteral("keyPair"), {FlowVar::KeyPair, VarInfo::Env}},
        {QStringLiteral("tags"), {FlowVar::Tags, VarInfo::Env}},
        {QStringLiteral("item"), {FlowVar::Item, VarInfo::Item}},
        {QStringLiteral("index"), {FlowVar::Index, VarInfo::Item}},
        {QStringLiteral("flow"), {FlowVar::Flow, VarInfo::Settings}},
    };
    return table;
}

bool isPathSegment(const QString &segment)
{
    if (segment.isEmpty())
        return false;
    for (const QChar c : segment) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

} // namespace

// --- expressions -----------------------------------------------------------------------------

std::optional<FlowExpression> FlowExpression::parse(const QString &text, const FlowTemplateContext &context,
                                                    QString *error)
{
    const QStringList parts = text.split(QLatin1Char('|'));
    const QString pathText = parts.first().trimmed();
    FlowExpression expression;
    QStringList path = pathText.split(QLatin1Char('.'));
    for (const QString &segment : path) {
        if (!isPathSegment(segment)) {
            *error = Tr::tr("\"%1\" is not a variable path (names separated by dots).").arg(pathText);
            return std::nullopt;
        }
    }
    const auto found = variables().constFind(path.first());
    if (found == variables().constEnd()) {
        *error = Tr::tr("Unknown variable \"%1\".").arg(path.first());
        return std::nullopt;
    }
    const VarInfo info = found.value();
    if ((info.scope == VarInfo::Env && !context.envVars) || (info.scope == VarInfo::Item && !context.itemVars)
        || (info.scope == VarInfo::Settings && !context.flowSettings)) {
        *error = Tr::tr("The variable \"%1\" cannot be used here.").arg(path.first());
        return std::nullopt;
    }
    expression.m_root = info.var;
    path.removeFirst();
    if (info.var == FlowVar::Flow) {
        const int index = context.settingNames ? int(context.settingNames->indexOf(path.value(0))) : -1;
        if (index < 0) {
            *error = Tr::tr("Unknown flow setting \"%1\".").arg(path.value(0));
            return std::nullopt;
        }
        expression.m_setting = index;
        path.removeFirst();
    }
    for (const QString &segment : qAsConst(path)) {
        const bool ascii = std::all_of(segment.begin(), segment.end(), [](QChar c) { return c.unicode() < 0x80; });
        expression.m_path.push_back({segment, ascii ? segment.toLatin1() : QByteArray()});
    }

    static const QHash<QString, Filter> filters = {
        {QStringLiteral("upper"), Filter::Upper},   {QStringLiteral("lower"), Filter::Lower},
        {QStringLiteral("capitalize"), Filter::Capitalize}, {QStringLiteral("string"), Filter::String},
        {QStringLiteral("json"), Filter::Json},     {QStringLiteral("base64"), Filter::Base64},
        {QStringLiteral("number"), Filter::Number},
    };
    for (int i = 1; i < parts.size(); ++i) {
        const QString name = parts.at(i).trimmed();
        if (name == QLatin1String("optional")) {
            expression.m_optional = true;
            continue;
        }
        if (name.startsWith(QLatin1String("default(")) && name.endsWith(QLatin1Char(')'))) {
            const QString literal = name.mid(8, name.size() - 9).trimmed();
            const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(literal).toUtf8());
            if (literal.isEmpty() || doc.array().size() != 1) {
                *error = Tr::tr("default(…) needs one JSON value, such as default({}) or default(\"none\").");
                return std::nullopt;
            }
            expression.m_filters.push_back({Filter::Default, doc.array().at(0)});
            continue;
        }
        const auto filter = filters.constFind(name);
        if (filter == filters.constEnd()) {
            *error = Tr::tr("Unknown filter \"%1\" (known: upper, lower, capitalize, string, json, base64, number, "
                        "default(…), optional).").arg(name);
            return std::nullopt;
        }
        expression.m_filters.push_back({filter.value(), QJsonValue()});
    }
    return expression;
}

QJsonValue FlowExpression::evaluate(const FlowScope &scope) const
{
    QJsonValue value = m_root == FlowVar::Flow ? scope.setting(m_setting) : scope.get(m_root);
    for (const Segment &segment : m_path) {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            value = segment.latin1.isEmpty() ? object.value(segment.key) : object.value(QLatin1String(segment.latin1));
        } else if (value.isArray()) {
            bool ok = false;
            const int index = segment.key.toInt(&ok);
            const QJsonArray array = value.toArray();
            value = ok && index >= 0 && index < array.size() ? array.at(index) : QJsonValue(QJsonValue::Undefined);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    for (const Step &step : m_filters) {
        switch (step.filter) {
        case Filter::Upper: value = FlowText::toText(value).toUpper(); break;
        case Filter::Lower: value = FlowText::toText(value).toLower(); break;
        case Filter::Capitalize: {
            const QString text = FlowText::toText(value);
            value = text.left(1).toUpper() + text.mid(1).toLower();
            break;
        }
        case Filter::String:
            if (!value.isString()) // a text stays the value it is, not a copy
                value = FlowText::toText(value);
            break;
        case Filter::Json: value = FlowText::toPythonJson(value); break;
        case Filter::Base64:
            value = QString::fromLatin1(FlowText::toText(value).toUtf8().toBase64());
            break;
        case Filter::Default:
            if (!FlowText::isTruthy(value))
                value = step.argument;
            break;
        case Filter::Number:
            // Jinja pastes the text of `"min_inst": "2"` into the JSON, where it reads as the number 2.
            if (value.isString()) {
                const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(value.toString()).toUtf8());
                if (doc.isArray() && doc.array().size() == 1 && doc.array().at(0).isDouble())
                    value = doc.array().at(0);
            }
            break;
        }
    }
    return value;
}

namespace {

enum FixedStamp : quint64 { NullStamp = 1, FalseStamp, TrueStamp, FirstFreeStamp };

} // namespace

quint64 FlowScope::nextStamp()
{
    static std::atomic<quint64> last{FirstFreeStamp};
    return ++last;
}

quint64 FlowScope::stampOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return NullStamp;
    case QJsonValue::Bool: return value.toBool() ? TrueStamp : FalseStamp;
    case QJsonValue::String: {
        // The same text gets the same stamp (per thread; the table starts over when it grows
        // large, which only costs a few renders).
        thread_local QHash<QString, quint64> texts;
        if (texts.size() > 4096)
            texts.clear();
        const QString text = value.toString();
        auto it = texts.constFind(text);
        if (it == texts.constEnd())
            it = texts.insert(text, nextStamp());
        return it.value();
    }
    default: return nextStamp();
    }
}

QJsonValue FlowScope::setting(int index) const
{
    if (!settings || index < 0 || index >= int(settings->size()))
        return QJsonValue();
    if (!settingValues || settingValues->table != settings) {
        settingValues = std::make_shared<SettingValues>();
        settingValues->table = settings;
        settingValues->values.resize(settings->size());
    }
    std::optional<QJsonValue> &value = settingValues->values[size_t(index)];
    if (!value)
        value = (*settings)[size_t(index)].render(*this);
    return *value;
}

// --- conditions ------------------------------------------------------------------------------

std::optional<FlowCondition> FlowCondition::parse(const QString &text, const FlowTemplateContext &context,
                                                  QString *error)
{
    FlowCondition condition;
    QString path = text.trimmed();
    int opAt = int(path.indexOf(QStringLiteral("==")));
    condition.m_op = Op::Equal;
    if (opAt < 0) {
        opAt = int(path.indexOf(QStringLiteral("!=")));
        condition.m_op = Op::NotEqual;
    }
    const int inAt = opAt < 0 ? int(path.indexOf(QStringLiteral(" in "))) : -1;
    if (inAt >= 0) {
        condition.m_op = Op::In;
        // Python's list syntax: 'text' literals become JSON strings.
        QString literals = path.mid(inAt + 4).trimmed();
        literals = pythonQuotesToJson(literals);
        const QJsonDocument doc = QJsonDocument::fromJson(literals.toUtf8());
        if (!literals.startsWith(QLatin1Char('[')) || !doc.isArray()) {
            *error = Tr::tr("Cannot read \"%1\": expected a list such as ['canary', 'redblack'].").arg(path.mid(inAt + 4).trimmed());
            return std::nullopt;
        }
        condition.m_literal = doc.array();
        path = path.left(inAt).trimmed();
    } else if (opAt >= 0) {
        QString literal = path.mid(opAt + 2).trimmed();
        path = path.left(opAt).trimmed();
        if (literal.size() >= 2 && literal.startsWith(QLatin1Char('\'')) && literal.endsWith(QLatin1Char('\''))) {
            condition.m_literal = literal.mid(1, literal.size() - 2);
        } else {
            const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(literal).toUtf8());
            if (!doc.isArray() || doc.array().size() != 1) {
                *error = Tr::tr("Cannot read \"%1\": compare with 'text', a number, true, false or null.").arg(literal);
                return std::nullopt;
            }
            condition.m_literal = doc.array().at(0);
        }
    } else if (path.startsWith(QLatin1Char('!'))) {
        condition.m_op = Op::Falsy;
        path = path.mid(1).trimmed();
    } else {
        condition.m_op = Op::Truthy;
    }
    std::optional<FlowExpression> expression = FlowExpression::parse(path, context, error);
    if (!expression)
        return std::nullopt;
    condition.m_expression = std::move(*expression);
    return condition;
}

bool FlowCondition::allHold(const std::vector<FlowCondition> &conditions, const FlowScope &scope)
{
    return std::all_of(conditions.cbegin(), conditions.cend(),
                       [&scope](const FlowCondition &condition) { return condition.holds(scope); });
}

bool FlowCondition::holds(const FlowScope &scope) const
{
    const QJsonValue value = m_expression.evaluate(scope);
    switch (m_op) {
    case Op::Truthy: return FlowText::isTruthy(value);
    case Op::Falsy: return !FlowText::isTruthy(value);
    case Op::Equal: return value == m_literal;
    case Op::NotEqual: return value != m_literal;
    case Op::In: return m_literal.toArray().contains(value);
    }
    return false;
}

} // namespace Fd
