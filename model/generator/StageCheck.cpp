// SPDX-License-Identifier: Apache-2.0
#include "StageCheck.h"

#include "PipelineValidator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Fd::StageCheck {

namespace {

/// The validator's texts; lupdate files them under "PipelineValidator", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PipelineValidator)
};

/// The text of `object[key]` (empty unless it is a text). Read through the object's own
/// reference: QJsonObject::value() first copies a text into a QJsonValue of its own.
QString textAt(const QJsonObject &object, QLatin1String key)
{
    const auto it = object.constFind(key);
    return it == object.constEnd() ? QString() : it->toString();
}

/// A refId as Spinnaker reads it: a text, or a number written as a text.
QString refIdText(QJsonValueConstRef value)
{
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

class Examiner
{
public:
    explicit Examiner(const QJsonObject &stage) : m_stage(stage) { }

    Result run()
    {
        Info &info = m_result.info;
        const auto refId = m_stage.constFind(QLatin1String("refId"));
        const bool numericRefId = refId != m_stage.constEnd() && refId->isDouble();
        info.refId = refId == m_stage.constEnd() ? QString() : refIdText(*refId);
        info.name = textAt(m_stage, QLatin1String("name"));
        info.type = textAt(m_stage, QLatin1String("type"));
        QList<Finding> &out = m_result.beforeRefIdClash;
        if (numericRefId)
            add(out, Error::Severity::Warning, {QStringLiteral("refId")},
                Tr::tr("refId should be a string (Spinnaker converts numbers)."));
        else if (info.refId.isEmpty())
            add(out, Error::Severity::Error, {QStringLiteral("refId")}, Tr::tr("The stage has no refId."));
        if (info.name.trimmed().isEmpty())
            add(out, Error::Severity::Error, {QStringLiteral("name")}, Tr::tr("The stage has no name."));
        if (info.type.isEmpty())
            add(out, Error::Severity::Error, {QStringLiteral("type")}, Tr::tr("The stage has no type."));

        const auto requisites = m_stage.constFind(QLatin1String("requisiteStageRefIds"));
        const QJsonValue::Type requisitesType = requisites == m_stage.constEnd() ? QJsonValue::Undefined : requisites->type();
        if (requisitesType != QJsonValue::Undefined && requisitesType != QJsonValue::Null
            && requisitesType != QJsonValue::Array) {
            add(out, Error::Severity::Error, {QStringLiteral("requisiteStageRefIds")},
                Tr::tr("requisiteStageRefIds must be a list of refIds."));
        }
        if (requisitesType == QJsonValue::Array) {
            const QJsonArray list = requisites->toArray();
            for (auto it = list.begin(); it != list.end(); ++it)
                info.requisites << refIdText(*it);
        }

        checkTypeFields();
        const auto timeout = m_stage.constFind(QLatin1String("stageTimeoutMs"));
        if (timeout != m_stage.constEnd() && !timeout->isDouble()
            && !timeout->toString().contains(QStringLiteral("${")))
            add(m_result.afterRefIdClash, Error::Severity::Warning, {QStringLiteral("stageTimeoutMs")},
                Tr::tr("stageTimeoutMs is not a number: no time is set."));
        return std::move(m_result);
    }

private:
    static void add(QList<Finding> &into, Error::Severity severity, const KeyPath &rest, const QString &message)
    {
        into << Finding{severity, rest, message};
    }

    void requireField(const char *field, QJsonValue::Type type)
    {
        const auto it = m_stage.constFind(QLatin1String(field));
        const QJsonValue::Type found = it == m_stage.constEnd() ? QJsonValue::Undefined : it->type();
        const bool ok = type == QJsonValue::String ? found == QJsonValue::String && !it->toString().trimmed().isEmpty()
            : type == QJsonValue::Array            ? found == QJsonValue::Array && !it->toArray().isEmpty()
                                                   : found != QJsonValue::Undefined && found != QJsonValue::Null;
        if (!ok)
            add(m_result.afterRefIdClash, Error::Severity::Error, {QLatin1String(field)},
                Tr::tr("A %1 stage needs \"%2\".").arg(m_result.info.type, QLatin1String(field)));
    }

    void checkTypeFields()
    {
        const QString &type = m_result.info.type;
        if (type == QLatin1String("jenkins")) {
            requireField("master", QJsonValue::String);
            requireField("job", QJsonValue::String);
        } else if (type == QLatin1String("bake")) {
            requireField("regions", QJsonValue::Array);
            requireField("package", QJsonValue::String);
        } else if (type == QLatin1String("deploy")) {
            requireField("clusters", QJsonValue::Array);
            const QJsonArray clusters = m_stage.value(QLatin1String("clusters")).toArray();
            for (int i = 0; i < clusters.size(); ++i) {
                const QJsonObject cluster = clusters.at(i).toObject();
                const auto clusterPath = [&](const QString &key) {
                    return KeyPath{QStringLiteral("clusters"), QString::number(i), key};
                };
                if (textAt(cluster, QLatin1String("account")).isEmpty())
                    add(m_result.afterRefIdClash, Error::Severity::Error, clusterPath(QStringLiteral("account")),
                        Tr::tr("The cluster names no account."));
                bool hasZone = false;
                const QJsonObject zones = cluster.value(QLatin1String("availabilityZones")).toObject();
                for (auto it = zones.begin(); it != zones.end() && !hasZone; ++it)
                    hasZone = it->isArray() && !it->toArray().isEmpty();
                if (!hasZone)
                    add(m_result.afterRefIdClash, Error::Severity::Error, clusterPath(QStringLiteral("availabilityZones")),
                        Tr::tr("The cluster has no availability zones."));
            }
        } else if (type == QLatin1String("webhook")) {
            requireField("url", QJsonValue::String);
        } else if (type == QLatin1String("wait")) {
            requireField("waitTime", QJsonValue::Double);
        } else if (type == QLatin1String("pipeline")) {
            requireField("application", QJsonValue::String);
            requireField("pipeline", QJsonValue::String);
        } else if (type == QLatin1String("checkPreconditions")) {
            requireField("preconditions", QJsonValue::Array);
        }
    }

    const QJsonObject &m_stage;
    Result m_result;
};

} // namespace

Result examine(const QJsonObject &stage)
{
    return Examiner(stage).run();
}

} // namespace Fd::StageCheck
