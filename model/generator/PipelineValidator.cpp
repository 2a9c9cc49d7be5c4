// SPDX-License-Identifier: Apache-2.0
#include "PipelineValidator.h"

#include "StageCheck.h"

#include "json/JsonPath.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "PipelineValidator", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PipelineValidator)
};

const QString Stages = QStringLiteral("stages");

/// Where a stage's finding points: stages.<index>, then `rest`. Built only for a finding.
KeyPath stagePath(int index, const KeyPath &rest = {})
{
    return KeyPath{Stages, QString::number(index)} + rest;
}

using StageInfo = StageCheck::Info;

class Validator
{
public:
    Validator(const QJsonObject &pipeline, const QString &region) : m_pipeline(pipeline), m_region(region)
    {
    }

    Errors run()
    {
        checkPipelineFields();
        checkTriggersAndNotifications();
        const QJsonValue stages = m_pipeline.value(Stages);
        if (!stages.isUndefined() && !stages.isArray()) {
            add(Error::Severity::Error, {Stages}, Tr::tr("\"stages\" must be a list."));
            return m_out;
        }
        const QJsonArray list = stages.toArray();
        int index = 0;
        for (auto it = list.begin(); it != list.end(); ++it)
            checkStage(index++, *it);
        checkGraph(list);
        return m_out;
    }

private:
    void add(Error::Severity severity, const KeyPath &path, const QString &message, const StageInfo *stage = nullptr)
    {
        Error e;
        e.severity = severity;
        e.keyPath = JsonPath::toString(path);
        e.message = message;
        e.region = m_region;
        if (stage) {
            e.stageRefId = stage->refId;
            e.stageName = stage->name;
        }
        m_out << e;
    }

    void checkPipelineFields()
    {
        const QString name = m_pipeline.value(QLatin1String("name")).toString();
        const KeyPath namePath{QStringLiteral("name")};
        if (name.trimmed().isEmpty()) {
            add(Error::Severity::Error, namePath, Tr::tr("The pipeline has no name."));
        } else {
            for (const QChar c : {QLatin1Char('\\'), QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('%'),
                                  QLatin1Char('#'), QLatin1Char('^')}) {
                if (name.contains(c)) {
                    add(Error::Severity::Error, namePath,
                        Tr::tr("Spinnaker rejects pipeline names containing \"%1\": \"%2\".").arg(c).arg(name));
                    break;
                }
            }
            if (name != name.trimmed())
                add(Error::Severity::Warning, namePath,
                    Tr::tr("The name starts or ends with spaces; Spinnaker removes them when saving."));
        }
        if (m_pipeline.value(QLatin1String("application")).toString().trimmed().isEmpty())
            add(Error::Severity::Error, {QStringLiteral("application")}, Tr::tr("The pipeline names no application."));
        const QJsonArray parameters = m_pipeline.value(QLatin1String("parameterConfig")).toArray();
        for (int i = 0; i < parameters.size(); ++i) {
            if (parameters.at(i).toObject().value(QLatin1String("name")).toString().isEmpty())
                add(Error::Severity::Warning, {QStringLiteral("parameterConfig"), QString::number(i)},
                    Tr::tr("A pipeline parameter has no name."));
        }
    }

    void checkTriggersAndNotifications()
    {
        const QJsonArray triggers = m_pipeline.value(QLatin1String("triggers")).toArray();
        for (int i = 0; i < triggers.size(); ++i) {
            const QJsonObject trigger = triggers.at(i).toObject();
            if (trigger.value(QLatin1String("type")).toString() != QLatin1String("jenkins"))
                continue;
            for (const char *field : {"master", "job"}) {
                if (trigger.value(QLatin1String(field)).toString().isEmpty())
                    add(Error::Severity::Error, {QStringLiteral("triggers"), QString::number(i), QLatin1String(field)},
                        Tr::tr("The Jenkins trigger has no \"%1\".").arg(QLatin1String(field)));
            }
        }
        const QJsonArray notifications = m_pipeline.value(QLatin1String("notifications")).toArray();
        for (int i = 0; i < notifications.size(); ++i) {
            const QJsonObject notification = notifications.at(i).toObject();
            const KeyPath path{QStringLiteral("notifications"), QString::number(i)};
            if (notification.value(QLatin1String("type")).toString().isEmpty())
                add(Error::Severity::Error, path + KeyPath{QStringLiteral("type")}, Tr::tr("The notification has no type."));
            else if (notification.value(QLatin1String("address")).toString().isEmpty())
                add(Error::Severity::Warning, path + KeyPath{QStringLiteral("address")},
                    Tr::tr("The %1 notification has no address (Foremast's v1 notifications always come as a "
                           "slack and email pair, even when one address is empty).")
                        .arg(notification.value(QLatin1String("type")).toString()));
        }
    }

    void checkStage(int index, QJsonValueConstRef value)
    {
        if (!value.isObject()) {
            StageInfo info;
            info.index = index;
            add(Error::Severity::Error, stagePath(index), Tr::tr("A stage must be an object."));
            m_stages << info;
            return;
        }
        const QJsonObject stage = value.toObject();
        StageCheck::Result found = StageCheck::examine(stage);
        StageInfo &info = found.info;
        info.index = index;
        for (const StageCheck::Finding &f : found.beforeRefIdClash)
            add(f.severity, stagePath(index, f.rest), f.message, &info);
        if (!info.refId.isEmpty()) {
            const auto known = m_refIds.constFind(info.refId);
            if (known != m_refIds.constEnd())
                add(Error::Severity::Error, stagePath(index, {QStringLiteral("refId")}),
                    Tr::tr("Another stage (\"%1\") already has the refId %2.")
                        .arg(m_stages.at(known.value()).name, info.refId),
                    &info);
            else
                m_refIds.insert(info.refId, index);
        }
        for (const StageCheck::Finding &f : found.afterRefIdClash)
            add(f.severity, stagePath(index, f.rest), f.message, &info);
        m_stages << std::move(info);
    }

    void checkGraph(const QJsonArray &list)
    {
        bool brokenGraph = false;
        for (const StageInfo &stage : m_stages) {
            for (int r = 0; r < stage.requisites.size(); ++r) {
                const QString &requisite = stage.requisites.at(r);
                const auto path = [&] {
                    return stagePath(stage.index, {QStringLiteral("requisiteStageRefIds"), QString::number(r)});
                };
                if (!stage.refId.isEmpty() && requisite == stage.refId) {
                    add(Error::Severity::Error, path(), Tr::tr("The stage waits for itself."), &stage);
                    brokenGraph = true;
                } else if (!m_refIds.contains(requisite)) {
                    add(Error::Severity::Error, path(),
                        Tr::tr("The stage waits for refId %1, which no stage has.").arg(requisite), &stage);
                    brokenGraph = true;
                }
            }
        }
        brokenGraph = findCycles() || brokenGraph;
        if (brokenGraph)
            return;
        for (const StageInfo &stage : m_stages) {
            if (stage.type == QLatin1String("deploy") && !hasBakeBefore(stage))
                add(Error::Severity::Warning, {Stages, QString::number(stage.index)},
                    Tr::tr("No bake (or find image) stage runs before this deploy; Deck warns about it."), &stage);
            for (const QString &parentRef : stage.requisites) {
                const StageInfo &parent = m_stages.at(m_refIds.value(parentRef));
                if (parent.name == stage.name && withoutRefs(list.at(parent.index)) == withoutRefs(list.at(stage.index)))
                    add(Error::Severity::Warning, {Stages, QString::number(stage.index)},
                        Tr::tr("The stage repeats stage %1 exactly, so it runs twice (Foremast v5 deploys prod-named "
                               "envs twice).").arg(parent.refId),
                        &stage);
            }
        }
    }

    static QJsonObject withoutRefs(const QJsonValue &stage)
    {
        QJsonObject object = stage.toObject();
        object.remove(QStringLiteral("refId"));
        object.remove(QStringLiteral("requisiteStageRefIds"));
        return object;
    }

    /// Whether a bake (or image lookup) runs before the stage; remembered per stage, so a long
    /// chain is walked once. Only called on graphs without cycles or dangling references.
    bool hasBakeBefore(const StageInfo &stage)
    {
        const auto known = m_bakeBefore.constFind(stage.index);
        if (known != m_bakeBefore.constEnd())
            return known.value();
        bool found = false;
        for (const QString &ref : stage.requisites) {
            const StageInfo &parent = m_stages.at(m_refIds.value(ref));
            found = parent.type == QLatin1String("bake") || parent.type == QLatin1String("findAmi")
                || parent.type == QLatin1String("findImage") || parent.type == QLatin1String("findImageFromTags")
                || hasBakeBefore(parent);
            if (found)
                break;
        }
        m_bakeBefore.insert(stage.index, found);
        return found;
    }

    /// Tarjan's strongly connected components over the requisite edges; each component of more
    /// than one stage is a cycle. Returns whether any was found.
    bool findCycles()
    {
        const int n = int(m_stages.size());
        QList<int> order(n, -1), low(n, 0);
        QList<bool> onStack(n, false);
        QList<int> stack;
        int counter = 0;
        bool found = false;
        std::function<void(int)> visit = [&](int v) {
            order[v] = low[v] = counter++;
            stack << v;
            onStack[v] = true;
            for (const QString &ref : m_stages.at(v).requisites) {
                const auto it = m_refIds.constFind(ref);
                if (it == m_refIds.constEnd() || it.value() == v)
                    continue;
                const int w = it.value();
                if (order[w] < 0) {
                    visit(w);
                    low[v] = qMin(low[v], low[w]);
                } else if (onStack[w]) {
                    low[v] = qMin(low[v], order[w]);
                }
            }
            if (low[v] != order[v])
                return;
            QList<int> component;
            int w = -1;
            do {
                w = stack.takeLast();
                onStack[w] = false;
                component << w;
            } while (w != v);
            if (component.size() < 2)
                return;
            found = true;
            std::sort(component.begin(), component.end());
            QStringList names;
            for (const int member : component)
                names << QStringLiteral("\"%1\" (%2)").arg(m_stages.at(member).name, m_stages.at(member).refId);
            const StageInfo &first = m_stages.at(component.first());
            add(Error::Severity::Error, {Stages, QString::number(first.index), QStringLiteral("requisiteStageRefIds")},
                Tr::tr("These stages wait for each other in a cycle, so none can start: %1.")
                    .arg(names.join(QStringLiteral(", "))),
                &first);
        };
        for (int v = 0; v < n; ++v) {
            if (order[v] < 0 && !m_stages.at(v).refId.isEmpty() && m_refIds.value(m_stages.at(v).refId) == v)
                visit(v);
        }
        return found;
    }

    const QJsonObject &m_pipeline;
    QString m_region;
    QList<StageInfo> m_stages;
    QHash<QString, int> m_refIds;
    QHash<int, bool> m_bakeBefore;
    Errors m_out;
};

} // namespace

Errors validatePipeline(const QJsonObject &pipeline, const QString &region)
{
    return Validator(pipeline, region).run();
}

Errors validatePipelines(const QJsonArray &pipelines)
{
    Errors out;
    QHash<QString, QString> seen; // application + lower-cased name → name
    for (int i = 0; i < pipelines.size(); ++i) {
        const QJsonObject pipeline = pipelines.at(i).toObject();
        const QString name = pipeline.value(QLatin1String("name")).toString();
        Errors findings = validatePipeline(pipeline);
        for (Error &e : findings)
            e.keyPath = JsonPath::toString(KeyPath{QString::number(i)} + JsonPath::fromString(e.keyPath));
        out << findings;
        const QString key = pipeline.value(QLatin1String("application")).toString() + QLatin1Char('\n')
            + name.trimmed().toLower();
        if (!name.trimmed().isEmpty() && seen.contains(key)) {
            Error e;
            e.keyPath = JsonPath::toString({QString::number(i), QStringLiteral("name")});
            e.message = Tr::tr("Two pipelines are named \"%1\" and \"%2\"; Spinnaker treats these names as the same.")
                            .arg(seen.value(key), name);
            out << e;
        }
        seen.insert(key, name);
    }
    return out;
}

} // namespace Fd
