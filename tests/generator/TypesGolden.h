// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GeneratorTestSupport.h"

#include <QFile>
#include <QRegularExpression>

namespace Fd::GenTest {

/// A case of golden/foremast-v5-types: the runway, its identity and the renderer arguments
/// (`args`: --templates-path CASE/templates, --onetime ENV, --existing CASE/existing.json).
struct TypesCase
{
    RunwaySource source;
    GenerationOptions options;
};

inline TypesCase typesCase(const QString &caseDir)
{
    TypesCase c;
    const QStringList identity = QString::fromUtf8(readBytes(caseDir + QStringLiteral("/identity"))).split(
        QLatin1Char(' '), Qt::SkipEmptyParts);
    c.source = RunwaySource{caseDir + QStringLiteral("/runway"), identity.value(0).trimmed(), identity.value(1).trimmed(), {}};
    if (QFileInfo::exists(caseDir + QStringLiteral("/foremast.cfg")))
        c.source.configFile = caseDir + QStringLiteral("/foremast.cfg");
    const QStringList args = QString::fromUtf8(readBytes(caseDir + QStringLiteral("/args")))
                                 .replace(QStringLiteral("CASE"), caseDir)
                                 .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--templates-path"))
            c.options.templatesPath = args.value(++i);
        else if (args.at(i) == QLatin1String("--onetime"))
            c.options.onetimeEnv = args.value(++i);
        else if (args.at(i) == QLatin1String("--existing"))
            c.options.existingPipelines = QJsonDocument::fromJson(readBytes(args.value(++i))).array();
    }
    return c;
}

/// The rendered pipelines of a case by file name (pipeline-<region>.json, …-onetime-<env>.json,
/// pipeline-manual-<n>.json).
inline QMap<QString, QJsonObject> renderedFiles(const QString &caseDir)
{
    QMap<QString, QJsonObject> out;
    const QDir rendered(caseDir + QStringLiteral("/rendered"));
    for (const QString &name : rendered.entryList({QStringLiteral("pipeline-*.json")}, QDir::Files))
        out.insert(name, readObject(rendered.filePath(name)));
    return out;
}

} // namespace Fd::GenTest
