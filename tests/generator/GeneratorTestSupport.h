// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../support/TestSupport.h"
#include "generator/PipelineGenerator.h"
#include "runway/RunwayContext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

namespace Fd::GenTest {

// The shared helpers, under the names these tests use.
using Test::goldenCases;
using Test::goldenIdentity;
using Test::readBytes;
using Test::sharedDir;
using Test::writeBytes;

inline QJsonObject readObject(const QString &path)
{
    return Test::readJsonObject(path);
}

inline QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson() : QJsonDocument(value.toObject()).toJson();
}

/// The rendered pipelines of a golden case: region → JSON.
inline QMap<QString, QJsonObject> goldenPipelines(const QString &caseDir)
{
    QMap<QString, QJsonObject> out;
    const QDir rendered(caseDir + QStringLiteral("/rendered"));
    for (const QString &name : rendered.entryList({QStringLiteral("pipeline-*.json")}, QDir::Files)) {
        const QString region = name.mid(9, name.size() - 9 - 5);
        out.insert(region, readObject(rendered.filePath(name)));
    }
    return out;
}

inline RunwaySource goldenSource(const QString &caseDir)
{
    const auto [project, repo] = goldenIdentity(caseDir);
    RunwaySource source{caseDir + QStringLiteral("/runway"), project, repo, {}};
    if (QFileInfo::exists(caseDir + QStringLiteral("/foremast.cfg")))
        source.configFile = caseDir + QStringLiteral("/foremast.cfg");
    return source;
}

/// A runway written into a temporary folder: pipeline.json, one file per env and optionally a
/// foremast.cfg beside it.
class ScratchRunway
{
public:
    ScratchRunway(const QByteArray &pipeline, const QMap<QString, QByteArray> &envs, const QByteArray &config = {})
    {
        writeBytes(folder() + QStringLiteral("/pipeline.json"), pipeline);
        for (auto it = envs.begin(); it != envs.end(); ++it)
            writeBytes(folder() + QStringLiteral("/application-master-%1.json").arg(it.key()), it.value());
        if (!config.isEmpty())
            writeBytes(configFile(), config);
    }

    QString folder() const { return m_dir.filePath(QStringLiteral("forrest/core/runway")); }
    QString configFile() const { return m_dir.filePath(QStringLiteral("foremast.cfg")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    Result<RunwayContext> open() const
    {
        RunwaySource source{folder(), QStringLiteral("forrest"), QStringLiteral("core"), {}};
        if (QFileInfo::exists(configFile()))
            source.configFile = configFile();
        return openRunway(source);
    }

private:
    QTemporaryDir m_dir;
};

/// The generation of a runway that must open and generate (a test of findings or stages).
inline Generation generateOk(const ScratchRunway &runway, const GenerationOptions &options = {})
{
    const Result<RunwayContext> context = runway.open();
    if (!context)
        qFatal("cannot open runway: %s", qPrintable(context.error().toString()));
    const Result<Generation> generation = generatePipelines(*context, options);
    if (!generation)
        qFatal("cannot generate: %s", qPrintable(generation.error().toString()));
    return generation.value();
}

/// Stage names of a pipeline, in order.
inline QStringList stageNames(const QJsonObject &pipeline)
{
    QStringList names;
    for (const QJsonValue &stage : pipeline.value(QStringLiteral("stages")).toArray())
        names << stage.toObject().value(QStringLiteral("name")).toString();
    return names;
}

/// "refId<-requisites name" for each stage, to compare chains at a glance.
inline QStringList chain(const QJsonObject &pipeline)
{
    QStringList out;
    for (const QJsonValue &value : pipeline.value(QStringLiteral("stages")).toArray()) {
        const QJsonObject stage = value.toObject();
        QStringList requisites;
        for (const QJsonValue &r : stage.value(QStringLiteral("requisiteStageRefIds")).toArray())
            requisites << r.toString();
        out << QStringLiteral("%1<%2 %3").arg(stage.value(QStringLiteral("refId")).toString(),
                                             requisites.join(QLatin1Char(',')),
                                             stage.value(QStringLiteral("name")).toString());
    }
    return out;
}

inline QJsonObject stageNamed(const QJsonObject &pipeline, const QString &name)
{
    for (const QJsonValue &stage : pipeline.value(QStringLiteral("stages")).toArray()) {
        if (stage.toObject().value(QStringLiteral("name")).toString() == name)
            return stage.toObject();
    }
    return {};
}

inline QJsonObject clusterOf(const QJsonObject &pipeline, const QString &stageName)
{
    return stageNamed(pipeline, stageName).value(QStringLiteral("clusters")).toArray().at(0).toObject();
}

inline QStringList messages(const Errors &findings, bool warnings)
{
    QStringList out;
    for (const Error &e : findings) {
        if (e.isWarning() == warnings)
            out << e.toString();
    }
    return out;
}

} // namespace Fd::GenTest
