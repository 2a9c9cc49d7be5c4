// SPDX-License-Identifier: Apache-2.0
#include "RunwayChecks.h"

#include "foremast/ForemastDefaults.h"
#include "json/JsonPath.h"
#include "core/MessageText.h"
#include "runway/Runway.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "RunwayChecks", the context Tr::tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunwayChecks)
};

enum class Kind { Any, Object, Array, String, Bool, Number, WholeNumber, RegionsValue };

/// Keys whose Foremast default is null or too loose to infer a type from, by the text of their
/// path (`prefix` and then `key`).
Kind explicitKind(const KeyPath &prefix, const QString &key)
{
    static const QMap<QString, Kind> kinds = {
        {QStringLiteral("app.approval_timeout"), Kind::WholeNumber},
        {QStringLiteral("app.approval_skip"), Kind::Bool},
        {QStringLiteral("app.instance_profile"), Kind::String},
        {QStringLiteral("app.app_description"), Kind::String},
        {QStringLiteral("asg.ssh_keypair"), Kind::String},
        {QStringLiteral("asg.enable_public_ips"), Kind::Bool},
        {QStringLiteral("asg.min_inst"), Kind::WholeNumber},
        {QStringLiteral("asg.max_inst"), Kind::WholeNumber},
        {QStringLiteral("asg.hc_grace_period"), Kind::WholeNumber},
        {QStringLiteral("asg.app_grace_period"), Kind::WholeNumber},
        {QStringLiteral("regions"), Kind::RegionsValue},
        {QStringLiteral("completion_webhooks"), Kind::Array},
        {QStringLiteral("image.root_volume_size"), Kind::WholeNumber},
    };
    // The path's text (JsonPath::toString) ends with the key after a dot, or is the key: a key
    // that is no such tail of a name cannot make one, and most keys are none. This runs for every
    // key of every runway file, so the text is only joined when it can match.
    static const QSet<QString> tails = [] {
        QSet<QString> set;
        for (auto it = kinds.begin(); it != kinds.end(); ++it) {
            set.insert(it.key());
            for (qsizetype dot = it.key().indexOf(QLatin1Char('.')); dot >= 0; dot = it.key().indexOf(QLatin1Char('.'), dot + 1))
                set.insert(it.key().mid(dot + 1));
        }
        return set;
    }();
    if (!tails.contains(key))
        return Kind::Any;
    if (prefix.isEmpty())
        return kinds.value(key, Kind::Any);
    if (prefix.size() == 1 && !prefix.front().isEmpty()) // a tail is never an index, so "prefix.key"
        return kinds.value(prefix.front() + QLatin1Char('.') + key, Kind::Any);
    return kinds.value(JsonPath::toString(prefix + KeyPath{key}), Kind::Any);
}

Kind kindOfDefault(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: return Kind::Object;
    case QJsonValue::Array: return Kind::Array;
    case QJsonValue::String: return Kind::String;
    case QJsonValue::Bool: return Kind::Bool;
    case QJsonValue::Double: return Kind::Number;
    default: return Kind::Any;
    }
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: return Tr::tr("an object");
    case QJsonValue::Array: return Tr::tr("a list");
    case QJsonValue::String: return Tr::tr("the text \"%1\"").arg(value.toString());
    case QJsonValue::Bool: return value.toBool() ? Tr::tr("true") : Tr::tr("false");
    case QJsonValue::Double: return Tr::tr("the number %1").arg(value.toDouble());
    default: return Tr::tr("null");
    }
}

/// Empty when `value` fits `kind`, else what was expected.
/// 0|[1-9][0-9]*, by hand: a regex would be JIT-compiled for a handful of values.
bool isWholeNumberText(const QString &text)
{
    if (text.isEmpty() || (text.size() > 1 && text.front() == QLatin1Char('0')))
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

QString mismatch(Kind kind, const QJsonValue &value, const QJsonValue &defaultValue)
{
    if (value.isNull())
        return {}; // an explicit null is Foremast's way to unset a default
    switch (kind) {
    case Kind::Any: return {};
    case Kind::Object: return value.isObject() ? QString() : Tr::tr("an object");
    case Kind::Array: return value.isArray() ? QString() : Tr::tr("a list");
    case Kind::Bool: return value.isBool() ? QString() : Tr::tr("true or false");
    case Kind::Number: {
        bool numericText = false;
        if (value.isString())
            value.toString().toDouble(&numericText); // "8080": Foremast pastes the text, see WholeNumber
        return value.isDouble() || numericText ? QString() : Tr::tr("a number");
    }
    case Kind::WholeNumber: {
        // Teams write "min_inst": "2"; Foremast pastes that text into its JSON templates, so it
        // works as the number. Leading zeros or signs would make its JSON invalid.
        if (value.isString())
            return isWholeNumberText(value.toString()) ? QString() : Tr::tr("a whole number");
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble() && value.toDouble() >= 0
            ? QString() : Tr::tr("a whole number");
    }
    case Kind::RegionsValue:
        return value.isObject() || value.isArray() ? QString() : Tr::tr("a list of regions or an object of region overrides");
    case Kind::String: {
        // Foremast keeps some numbers as text ("lambda_memory": "128"); numbers work there too.
        bool numericDefault = false;
        defaultValue.toString().toDouble(&numericDefault);
        return value.isString() || (numericDefault && value.isDouble()) ? QString() : Tr::tr("text");
    }
    }
    return {};
}

/// Whether the JSON text has a number written with a fraction or an exponent (2.0, 1e3) outside
/// strings: a cheap scan, so the source map is built only for files that have one.
bool hasFractionOrExponent(const QByteArray &text)
{
    bool inString = false;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c >= '0' && c <= '9') {
            const char next = text.at(i + 1);
            if (next == '.' || next == 'e' || next == 'E')
                return true;
        }
    }
    return false;
}

/// The number as the file spells it, when that is with a fraction or an exponent; else empty.
/// Python keeps such a number a float and Foremast pastes 180.0 as "180.0" (QJsonValue cannot
/// tell 180.0 from 180).
QString floatSpelling(const RunwayFile &file, const KeyPath &path, QHash<const RunwayFile *, bool> &scanned)
{
    if (!file.disk)
        return {};
    auto seen = scanned.find(&file);
    if (seen == scanned.end())
        seen = scanned.insert(&file, hasFractionOrExponent(file.disk->text()));
    // A value edited since the file was read is written the usual way on save.
    if (!seen.value() || JsonPath::value(file.disk->value.toObject(), path) != JsonPath::value(file.value, path))
        return {};
    const int node = file.disk->sourceMap.find(path);
    if (node < 0)
        return {};
    const JsonSourceMap::Node &n = file.disk->sourceMap.node(node);
    const QByteArray literal = file.disk->text().mid(n.begin, n.end - n.begin);
    return literal.contains('.') || literal.contains('e') || literal.contains('E') ? QString::fromUtf8(literal)
                                                                                   : QString();
}

class Checker
{
public:
    explicit Checker(Errors &out) : m_out(out) { }

    void check(const RunwayFile &file, const QJsonObject &object, const QJsonObject &defaults,
               const KeyPath &prefix, const KeyPath &schemaPrefix)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const QJsonValue value = it.value();
            const QJsonValue def = defaults.value(key);
            Kind kind = explicitKind(schemaPrefix, key);
            if (kind == Kind::Any)
                kind = kindOfDefault(def);
            const QString expected = mismatch(kind, value, def);
            if (!expected.isEmpty()) {
                report(file, prefix + KeyPath{key}, Tr::tr("Expected %1, found %2.").arg(expected, describe(value)));
                continue;
            }
            if (kind == Kind::WholeNumber && value.isDouble()) {
                const KeyPath path = prefix + KeyPath{key};
                const QString spelling = floatSpelling(file, path, m_scanned);
                if (!spelling.isEmpty()) {
                    report(file, path, Tr::tr("Expected a whole number, found %1 (Foremast would keep it a "
                                              "fraction and paste it as such).").arg(spelling));
                    continue;
                }
            }
            if (def.isObject() && value.isObject() && kind == Kind::Object)
                check(file, value.toObject(), def.toObject(), prefix + KeyPath{key}, schemaPrefix + KeyPath{key});
        }
    }

    void report(const RunwayFile &file, const KeyPath &path, const QString &message,
                Error::Severity severity = Error::Severity::Error)
    {
        Error e;
        e.file = file.path;
        e.line = file.lineOf(path);
        e.keyPath = JsonPath::toString(path);
        e.message = message;
        e.severity = severity;
        m_out << e;
    }

private:
    Errors &m_out;
    QHash<const RunwayFile *, bool> m_scanned; ///< per file: has a number with a fraction or exponent
};

/// Cloud region names (AWS us-east-1, GCP us-central1, Azure eastus) are lowercase words joined
/// by hyphens. Anything else (`us east 1`, `../x`, 10 KB of text) would end up in pipeline and
/// file names, so it is an error here.
bool isRegionName(const QString &name)
{
    // [a-z0-9]+(-[a-z0-9]+)*, by hand: a regex would be JIT-compiled for a handful of names.
    if (name.isEmpty() || name.size() > 64 || name.startsWith(QLatin1Char('-')) || name.endsWith(QLatin1Char('-'))
        || name.contains(QLatin1String("--")))
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('-');
    });
}

QString regionNameError(const QString &name)
{
    return Tr::tr("\"%1\" is not a region name: a region is lowercase letters, digits and hyphens, "
              "at most 64 characters (like us-east-1).").arg(shownInMessage(name));
}

void checkRegions(Checker &checker, const RunwayFile &file, const QJsonObject &defaults)
{
    const QJsonValue regions = file.value.value(QStringLiteral("regions"));
    if (regions.isArray()) {
        const QJsonArray list = regions.toArray();
        for (int i = 0; i < list.size(); ++i) {
            const KeyPath path{QStringLiteral("regions"), QString::number(i)};
            if (!list.at(i).isString() || list.at(i).toString().isEmpty())
                checker.report(file, path, Tr::tr("Expected a region name, found %1.").arg(describe(list.at(i))));
            else if (!isRegionName(list.at(i).toString()))
                checker.report(file, path, regionNameError(list.at(i).toString()));
        }
        return;
    }
    const QJsonObject blocks = regions.toObject();
    for (auto it = blocks.begin(); it != blocks.end(); ++it) {
        const KeyPath path{QStringLiteral("regions"), it.key()};
        if (!isRegionName(it.key())) {
            checker.report(file, {QStringLiteral("regions")}, regionNameError(it.key()));
            continue;
        }
        if (!it.value().isObject()) {
            checker.report(file, path, Tr::tr("Expected an object of overrides for region %1, found %2.")
                                           .arg(it.key(), describe(it.value())));
            continue;
        }
        checker.check(file, it.value().toObject(), defaults, path, {});
    }
}

} // namespace

bool isMissingEnvFile(const Error &finding, const Runway &runway)
{
    return !finding.isWarning() && finding.keyPath == QLatin1String("env") && !finding.env.isEmpty()
        && finding.file == runway.pipeline.path && !runway.envFile(finding.env);
}

Errors checkRunway(const Runway &runway)
{
    Errors findings = runway.loadFindings;
    Checker checker(findings);
    const QStringList order = runway.envOrder();
    const QJsonValue envList = runway.pipelineValue().value(QStringLiteral("env"));
    if (!envList.isUndefined() && !envList.isArray()) {
        checker.report(runway.pipeline, {QStringLiteral("env")},
                       Tr::tr("Expected a list of environment names, found %1.").arg(describe(envList)));
    }
    const QJsonArray envArray = envList.toArray();
    for (int i = 0; i < envArray.size(); ++i) {
        if (!envArray.at(i).isString() || envArray.at(i).toString().isEmpty()) {
            checker.report(runway.pipeline, {QStringLiteral("env"), QString::number(i)},
                           Tr::tr("Expected an environment name, found %1.").arg(describe(envArray.at(i))));
        }
    }
    if (order.size() != QSet<QString>(order.begin(), order.end()).size())
        checker.report(runway.pipeline, {QStringLiteral("env")}, Tr::tr("An environment is listed twice."));

    for (const QString &env : order) {
        if (!runway.envFile(env)) {
            checker.report(runway.pipeline, {QStringLiteral("env")},
                           Tr::tr("Environment \"%1\" is in the pipeline but %2 is missing.")
                               .arg(env, Runway::envFileName(env)));
            findings.last().env = env; // isMissingEnvFile() knows it by this

        }
    }
    for (auto it = runway.envs.begin(); it != runway.envs.end(); ++it) {
        if (!order.contains(it.key())) {
            checker.report(it.value(), {},
                           Tr::tr("Environment \"%1\" is not in the pipeline (pipeline.json \"env\"); "
                                  "its file is not used.").arg(it.key()),
                           Error::Severity::Warning);
        }
    }

    checker.check(runway.pipeline, runway.pipeline.value, ForemastDefaults::pipelineDefaults(), {}, {});
    const QJsonArray pipelineRegions = runway.pipeline.value.value(QStringLiteral("regions")).toArray();
    for (int i = 0; i < pipelineRegions.size(); ++i) {
        const QString name = pipelineRegions.at(i).toString();
        if (pipelineRegions.at(i).isString() && !isRegionName(name))
            checker.report(runway.pipeline, {QStringLiteral("regions"), QString::number(i)}, regionNameError(name));
    }
    const QJsonObject envDefaults = ForemastDefaults::envDefaults(QString(), QString());
    for (const RunwayFile &file : runway.envs) {
        checker.check(file, file.value, envDefaults, {}, {});
        checkRegions(checker, file, envDefaults);
    }
    return findings;
}

} // namespace Fd
