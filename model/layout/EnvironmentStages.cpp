// SPDX-License-Identifier: Apache-2.0
#include "EnvironmentStages.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Fd {

namespace {

struct StageFacts
{
    QString refId;
    QStringList requisites;
    QStringList strong;  ///< values that name an environment by themselves
    QStringList weak;    ///< tokens that may name one (checked against the known set)
};

/// A literal parameter value; SpEL expressions ("${…}") are resolved only at run time.
QString literal(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    return text.contains(QLatin1String("${")) ? QString() : text;
}

StageFacts factsOf(const QJsonObject &stage)
{
    static const QRegularExpression bracket(QStringLiteral("\\[([^\\]\\s]+)\\]\\s*$"));
    static const QRegularExpression lastWord(QStringLiteral("(\\S+)\\s*$"));
    static const QRegularExpression prefix(QStringLiteral("^([A-Za-z0-9_.-]+):\\s"));
    static const QRegularExpression definingName(QStringLiteral("^(?:Deploy|Checkpoint)\\s+([^\\s\\[\\]]+)\\s*$"),
                                                 QRegularExpression::CaseInsensitiveOption);

    StageFacts facts;
    facts.refId = stage.value(QStringLiteral("refId")).toVariant().toString();
    for (const QJsonValue &ref : stage.value(QStringLiteral("requisiteStageRefIds")).toArray())
        facts.requisites << ref.toVariant().toString();
    const QString type = stage.value(QStringLiteral("type")).toString();
    const QString name = stage.value(QStringLiteral("name")).toString();
    const QJsonObject parameters = stage.value(QStringLiteral("parameters")).toObject();

    const auto addStrong = [&facts](const QString &value) {
        if (!value.isEmpty())
            facts.strong << value;
    };
    addStrong(literal(parameters.value(QStringLiteral("ENV"))));
    addStrong(literal(parameters.value(QStringLiteral("ACCOUNT"))));
    if (type == QLatin1String("deploy")) {
        for (const QJsonValue &cluster : stage.value(QStringLiteral("clusters")).toArray())
            addStrong(literal(cluster.toObject().value(QStringLiteral("account"))));
    }
    if (const auto match = definingName.match(name); match.hasMatch())
        addStrong(match.captured(1));
    // Bake's "[us-east-1]" is a region, not an environment.
    if (type != QLatin1String("bake")) {
        if (const auto match = bracket.match(name); match.hasMatch())
            addStrong(match.captured(1));
    }
    facts.weak << literal(parameters.value(QStringLiteral("DEPLOY_ENV")));
    if (const auto match = prefix.match(name); match.hasMatch())
        facts.weak << match.captured(1);
    if (const auto match = lastWord.match(name); match.hasMatch())
        facts.weak << match.captured(1);
    return facts;
}

} // namespace

QHash<int, QString> environmentOfStages(const QJsonObject &pipeline, const QStringList &knownEnvs)
{
    const QJsonArray array = pipeline.value(QStringLiteral("stages")).toArray();
    QList<StageFacts> facts;
    facts.reserve(array.size());
    for (const QJsonValue &stage : array)
        facts << factsOf(stage.toObject());

    // Canonical spelling by lower-case key.
    QHash<QString, QString> known;
    if (!knownEnvs.isEmpty()) {
        for (const QString &env : knownEnvs)
            known.insert(env.toLower(), env);
    } else {
        for (const StageFacts &f : std::as_const(facts)) {
            for (const QString &env : f.strong) {
                if (!known.contains(env.toLower()))
                    known.insert(env.toLower(), env);
            }
        }
    }

    const int count = int(facts.size());
    QList<QString> env(count);
    QHash<QString, int> byRefId;
    for (int i = 0; i < count; ++i) {
        if (!facts.at(i).refId.isEmpty() && !byRefId.contains(facts.at(i).refId))
            byRefId.insert(facts.at(i).refId, i);
        for (const QString &candidate : facts.at(i).strong + facts.at(i).weak) {
            if (const auto it = known.constFind(candidate.toLower()); it != known.constEnd()) {
                env[i] = *it;
                break;
            }
        }
    }

    // Stages without evidence take their first parent's environment; walk each chain once.
    enum : char { Open, Walking, Settled };
    QList<char> state(count, Open);
    for (int i = 0; i < count; ++i) {
        if (!env.at(i).isEmpty())
            state[i] = Settled;
    }
    for (int start = 0; start < count; ++start) {
        QList<int> path;
        int current = start;
        QString found;
        while (current >= 0 && state.at(current) == Open) {
            state[current] = Walking;
            path << current;
            int parent = -1;
            for (const QString &ref : facts.at(current).requisites) {
                parent = byRefId.value(ref, -1);
                if (parent >= 0)
                    break;
            }
            current = parent;
        }
        if (current >= 0 && state.at(current) == Settled)
            found = env.at(current);
        for (int i : std::as_const(path)) {
            env[i] = found;
            state[i] = Settled;
        }
    }

    QHash<int, QString> result;
    for (int i = 0; i < count; ++i) {
        if (!env.at(i).isEmpty())
            result.insert(i, env.at(i));
    }
    return result;
}

QStringList environmentsOf(const QJsonObject &pipeline, const QStringList &knownEnvs)
{
    const QHash<int, QString> envs = environmentOfStages(pipeline, knownEnvs);
    QStringList order;
    const int count = int(pipeline.value(QStringLiteral("stages")).toArray().size());
    for (int i = 0; i < count; ++i) {
        const QString env = envs.value(i);
        if (!env.isEmpty() && !order.contains(env))
            order << env;
    }
    return order;
}

QSet<QString> refIdsOfEnvironment(const QJsonObject &pipeline, const QString &env, const QStringList &knownEnvs)
{
    const QJsonArray stages = pipeline.value(QStringLiteral("stages")).toArray();
    const QHash<int, QString> envs = environmentOfStages(pipeline, knownEnvs);
    QSet<QString> refIds;
    for (auto it = envs.cbegin(); it != envs.cend(); ++it) {
        if (it.value().compare(env, Qt::CaseInsensitive) == 0)
            refIds.insert(stages.at(it.key()).toObject().value(QStringLiteral("refId")).toVariant().toString());
    }
    return refIds;
}

} // namespace Fd
