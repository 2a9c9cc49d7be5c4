// SPDX-License-Identifier: Apache-2.0
#include "FlowParser.h"

#include "json/JsonFile.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "Flow", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flow)
};

/// Reads a flow document, reporting the first problem with the file, line and key path.
class Reader
{
public:
    Reader(const JsonFile &file, Flow::Data &data) : m_file(file), m_data(data) { }

    std::optional<Error> parse()
    {
        const QJsonObject root = m_file.value.toObject();
        if (!allowKeys(root, {}, {"flowFormat", "name", "title", "description", "pipelineTypes", "needsSubnets",
                                  "settings", "pipeline", "start", "envs", "end", "checks", "comment"}))
            return m_error;
        if (root.value(QStringLiteral("flowFormat")).toInt(-1) != Flow::FormatVersion)
            return fail({QStringLiteral("flowFormat")},
                        Tr::tr("Expected \"flowFormat\": %1 (the version of the flow format).").arg(Flow::FormatVersion));
        m_data.name = root.value(QStringLiteral("name")).toString();
        if (m_data.name.isEmpty())
            return fail({QStringLiteral("name")}, Tr::tr("A flow needs a \"name\"."));
        m_data.title = root.value(QStringLiteral("title")).toString(m_data.name);
        m_data.description = root.value(QStringLiteral("description")).toString();
        m_data.pipelineTypes = QStringList{QStringLiteral("ec2")};
        if (root.contains(QStringLiteral("pipelineTypes"))) {
            m_data.pipelineTypes.clear();
            for (const QJsonValue &type : root.value(QStringLiteral("pipelineTypes")).toArray())
                m_data.pipelineTypes << type.toString();
            if (m_data.pipelineTypes.isEmpty() || m_data.pipelineTypes.contains(QString()))
                return fail({QStringLiteral("pipelineTypes")}, Tr::tr("Expected a list of pipeline type names."));
        }
        const QJsonValue needsSubnets = root.value(QStringLiteral("needsSubnets"));
        if (!needsSubnets.isUndefined() && !needsSubnets.isBool())
            return fail({QStringLiteral("needsSubnets")}, Tr::tr("Expected true or false."));
        m_data.needsSubnets = needsSubnets.toBool(true);
        if (!parseSettings(root.value(QStringLiteral("settings"))))
            return m_error;

        FlowTemplateContext pipelineContext;
        pipelineContext.settingNames = &m_data.settingNames;
        const QJsonValue pipeline = root.value(QStringLiteral("pipeline"));
        if (!pipeline.isObject())
            return fail({QStringLiteral("pipeline")}, Tr::tr("Expected an object: the pipeline's top-level fields."));
        for (const char *reserved : {"stages", "id"}) {
            if (pipeline.toObject().contains(QLatin1String(reserved)))
                return fail({QStringLiteral("pipeline"), QLatin1String(reserved)},
                            Tr::tr("\"%1\" is set by the generator; remove it from the flow.").arg(QLatin1String(reserved)));
        }
        QJsonObject withStages = pipeline.toObject();
        withStages.insert(QStringLiteral("stages"), QJsonArray());
        if (!compile(withStages, {QStringLiteral("pipeline")}, pipelineContext, &m_data.pipeline))
            return m_error;

        QStringList ids;
        if (!parseEntries(root.value(QStringLiteral("start")), {QStringLiteral("start")}, false, ids, &m_data.start))
            return m_error;
        const QStringList startIds = ids;
        if (!parseBlocks(root.value(QStringLiteral("envs")), startIds))
            return m_error;
        if (!parseEntries(root.value(QStringLiteral("end")), {QStringLiteral("end")}, false, ids, &m_data.end))
            return m_error;
        if (!parseChecks(root.value(QStringLiteral("checks"))))
            return m_error;
        return std::nullopt;
    }

private:
    Error fail(const KeyPath &path, const QString &message)
    {
        Error e;
        e.file = m_file.path;
        e.line = m_file.lineOf(path);
        e.keyPath = JsonPath::toString(path);
        e.message = message;
        m_error = e;
        return e;
    }

    bool allowKeys(const QJsonObject &object, const KeyPath &path, std::initializer_list<const char *> keys)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char *key : keys)
                known = known || it.key() == QLatin1String(key);
            if (!known) {
                QStringList names;
                for (const char *key : keys)
                    names << QLatin1String(key);
                fail(path + KeyPath{it.key()},
                     Tr::tr("Unknown key \"%1\" (expected one of: %2).").arg(it.key(), names.join(QStringLiteral(", "))));
                return false;
            }
        }
        return true;
    }

    bool compile(const QJsonValue &value, const KeyPath &path, const FlowTemplateContext &context, FlowTemplate *out)
    {
        QString error;
        KeyPath errorPath;
        std::optional<FlowTemplate> compiled = FlowTemplate::compile(value, context, &error, &errorPath);
        if (!compiled) {
            fail(path + errorPath, error);
            return false;
        }
        *out = std::move(*compiled);
        return true;
    }

    bool parseConditions(const QJsonValue &value, const KeyPath &path, const FlowTemplateContext &context,
                         std::vector<FlowCondition> *out)
    {
        const QJsonArray list = value.isString() ? QJsonArray{value} : value.toArray();
        if (!value.isUndefined() && !value.isString() && !value.isArray()) {
            fail(path, Tr::tr("Expected a condition or a list of conditions."));
            return false;
        }
        for (int i = 0; i < list.size(); ++i) {
            const KeyPath itemPath = value.isArray() ? path + KeyPath{QString::number(i)} : path;
            QString error;
            std::optional<FlowCondition> condition = FlowCondition::parse(list.at(i).toString(), context, &error);
            if (!list.at(i).isString() || !condition) {
                fail(itemPath, list.at(i).isString() ? error : Tr::tr("Expected a condition as text."));
                return false;
            }
            out->push_back(std::move(*condition));
        }
        return true;
    }

    bool parseSettings(const QJsonValue &value)
    {
        const KeyPath path{QStringLiteral("settings")};
        if (!value.isUndefined() && !value.isObject()) {
            fail(path, Tr::tr("Expected an object: {name: {\"default\": value, \"description\": text}}."));
            return false;
        }
        const QJsonObject settings = value.toObject();
        for (auto it = settings.begin(); it != settings.end(); ++it) {
            const KeyPath settingPath = path + KeyPath{it.key()};
            const QJsonObject setting = it.value().toObject();
            if (!it.value().isObject() || !setting.contains(QStringLiteral("default"))) {
                fail(settingPath, Tr::tr("Expected an object with a \"default\" value."));
                return false;
            }
            if (!allowKeys(setting, settingPath, {"default", "description", "comment"}))
                return false;
            m_data.settings.push_back({it.key(), setting.value(QStringLiteral("default")),
                                       setting.value(QStringLiteral("description")).toString()});
            m_data.settingNames << it.key();
        }
        FlowTemplateContext context;
        context.envVars = true;
        context.flowSettings = false;
        for (const FlowSetting &setting : m_data.settings) {
            FlowTemplate compiled;
            if (!compile(setting.defaultValue, path + KeyPath{setting.name, QStringLiteral("default")}, context,
                         &compiled))
                return false;
            m_data.settingTemplates.push_back(std::move(compiled));
        }
        return true;
    }

    bool parseEntries(const QJsonValue &value, const KeyPath &path, bool envScope, QStringList &ids,
                      std::vector<FlowStageEntry> *out)
    {
        if (!value.isUndefined() && !value.isArray()) {
            fail(path, Tr::tr("Expected a list of stage entries."));
            return false;
        }
        const QJsonArray list = value.toArray();
        for (int i = 0; i < list.size(); ++i) {
            const KeyPath entryPath = path + KeyPath{QString::number(i)};
            const QJsonObject entry = list.at(i).toObject();
            if (!list.at(i).isObject()) {
                fail(entryPath, Tr::tr("Expected a stage entry (an object with \"stage\")."));
                return false;
            }
            if (!allowKeys(entry, entryPath, {"id", "when", "forEach", "chain", "after", "stage", "comment"}))
                return false;
            FlowStageEntry parsed;
            parsed.keyPath = JsonPath::toString(entryPath);
            parsed.id = entry.value(QStringLiteral("id")).toString();
            FlowTemplateContext context;
            context.envVars = envScope;
            context.settingNames = &m_data.settingNames;
            if (!parseConditions(entry.value(QStringLiteral("when")), entryPath + KeyPath{QStringLiteral("when")},
                                 context, &parsed.when))
                return false;
            if (entry.contains(QStringLiteral("forEach"))) {
                QString error;
                parsed.forEach = FlowExpression::parse(entry.value(QStringLiteral("forEach")).toString(), context, &error);
                if (!parsed.forEach) {
                    fail(entryPath + KeyPath{QStringLiteral("forEach")}, error);
                    return false;
                }
                context.itemVars = true;
            }
            const QString chain = entry.value(QStringLiteral("chain")).toString(QStringLiteral("main"));
            if (chain != QLatin1String("main") && chain != QLatin1String("side")) {
                fail(entryPath + KeyPath{QStringLiteral("chain")}, Tr::tr("Expected \"main\" or \"side\"."));
                return false;
            }
            parsed.side = chain == QLatin1String("side");
            parsed.after = entry.value(QStringLiteral("after")).toString();
            if (!parsed.after.isEmpty() && (!parsed.side || !ids.contains(parsed.after))) {
                fail(entryPath + KeyPath{QStringLiteral("after")},
                     parsed.side ? Tr::tr("No earlier entry has the id \"%1\".").arg(parsed.after)
                                 : Tr::tr("Only side stages (\"chain\": \"side\") can name the stage they hang off."));
                return false;
            }
            const KeyPath stagePath = entryPath + KeyPath{QStringLiteral("stage")};
            const QJsonObject stage = entry.value(QStringLiteral("stage")).toObject();
            if (stage.isEmpty()) {
                fail(stagePath, Tr::tr("Expected the stage's JSON (an object with at least \"type\" and \"name\")."));
                return false;
            }
            for (const char *reserved : {"refId", "requisiteStageRefIds"}) {
                if (stage.contains(QLatin1String(reserved))) {
                    fail(stagePath + KeyPath{QLatin1String(reserved)},
                         Tr::tr("\"%1\" is set from the entry's \"chain\"; remove it from the flow.")
                             .arg(QLatin1String(reserved)));
                    return false;
                }
            }
            for (const char *required : {"type", "name"}) {
                if (stage.value(QLatin1String(required)).toString().isEmpty()) {
                    fail(stagePath, Tr::tr("The stage has no \"%1\".").arg(QLatin1String(required)));
                    return false;
                }
            }
            // The generator sets these; having the keys in the template makes that a cheap replace.
            QJsonObject withRefs = stage;
            withRefs.insert(QStringLiteral("refId"), QString());
            withRefs.insert(QStringLiteral("requisiteStageRefIds"), QJsonArray());
            if (!compile(withRefs, stagePath, context, &parsed.stage))
                return false;
            if (!parsed.id.isEmpty())
                ids << parsed.id;
            out->push_back(std::move(parsed));
        }
        return true;
    }

    bool parseBlocks(const QJsonValue &value, const QStringList &startIds)
    {
        const KeyPath path{QStringLiteral("envs")};
        const QJsonArray blocks = value.toArray();
        if (!value.isArray() || blocks.isEmpty()) {
            fail(path, Tr::tr("Expected a list of env blocks ({\"match\": \"prod*\", \"stages\": […]})."));
            return false;
        }
        for (int i = 0; i < blocks.size(); ++i) {
            const KeyPath blockPath = path + KeyPath{QString::number(i)};
            const QJsonObject block = blocks.at(i).toObject();
            if (!allowKeys(block, blockPath, {"match", "stages", "comment"}))
                return false;
            FlowEnvBlock parsed;
            parsed.match = block.value(QStringLiteral("match")).toString();
            parsed.pattern = QRegularExpression(QRegularExpression::wildcardToRegularExpression(parsed.match));
            // Only `?` and `[…]` wildcards can make a pattern that does not compile; checking the
            // others would compile them (with Qt 6's JIT) for nothing: Flow::blockFor matches
            // them without the regex.
            const bool starsOnly = std::none_of(parsed.match.begin(), parsed.match.end(), [](QChar c) {
                return c == QLatin1Char('?') || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('\\');
            });
            if (parsed.match.isEmpty() || (!starsOnly && !parsed.pattern.isValid())) {
                fail(blockPath + KeyPath{QStringLiteral("match")},
                     Tr::tr("Expected a pattern for env names, such as \"prod*\" or \"*\"."));
                return false;
            }
            QStringList ids = startIds;
            if (!parseEntries(block.value(QStringLiteral("stages")), blockPath + KeyPath{QStringLiteral("stages")},
                              true, ids, &parsed.stages))
                return false;
            m_data.envBlocks.push_back(std::move(parsed));
        }
        return true;
    }

    bool parseChecks(const QJsonValue &value)
    {
        const KeyPath path{QStringLiteral("checks")};
        if (!value.isUndefined() && !value.isArray()) {
            fail(path, Tr::tr("Expected a list of checks."));
            return false;
        }
        const QJsonArray checks = value.toArray();
        for (int i = 0; i < checks.size(); ++i) {
            const KeyPath checkPath = path + KeyPath{QString::number(i)};
            const QJsonObject check = checks.at(i).toObject();
            if (!allowKeys(check, checkPath, {"when", "severity", "keyPath", "message", "comment"}))
                return false;
            FlowCheck parsed;
            const FlowTemplateContext context = FlowTemplateContext::ofChecks(&m_data.settingNames);
            if (!check.contains(QStringLiteral("when"))) {
                fail(checkPath, Tr::tr("A check needs \"when\"."));
                return false;
            }
            if (!parseConditions(check.value(QStringLiteral("when")), checkPath + KeyPath{QStringLiteral("when")},
                                 context, &parsed.when))
                return false;
            const QString severity = check.value(QStringLiteral("severity")).toString(QStringLiteral("warning"));
            if (severity != QLatin1String("warning") && severity != QLatin1String("error")) {
                fail(checkPath + KeyPath{QStringLiteral("severity")}, Tr::tr("Expected \"warning\" or \"error\"."));
                return false;
            }
            parsed.severity = severity == QLatin1String("error") ? Error::Severity::Error : Error::Severity::Warning;
            parsed.keyPath = JsonPath::fromString(check.value(QStringLiteral("keyPath")).toString());
            if (!check.value(QStringLiteral("message")).isString()) {
                fail(checkPath, Tr::tr("A check needs a \"message\"."));
                return false;
            }
            if (!compile(check.value(QStringLiteral("message")), checkPath + KeyPath{QStringLiteral("message")},
                         context, &parsed.message))
                return false;
            parsed.messageText = check.value(QStringLiteral("message")).toString();
            m_data.checks.push_back(std::move(parsed));
        }
        return true;
    }

    const JsonFile &m_file;
    Flow::Data &m_data;
    Error m_error;
};

} // namespace

std::optional<Error> FlowParser::parse(const JsonFile &file, Flow::Data &data)
{
    return Reader(file, data).parse();
}

} // namespace Fd
