// SPDX-License-Identifier: Apache-2.0
#include "ForemastDefaults.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Fd::ForemastDefaults {

namespace {

QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Missing built-in resource %s", qPrintable(path));
    return file.readAll();
}

} // namespace

QJsonObject envDefaults(const QString &app, const QString &profile)
{
    // The template is plain JSON apart from two Jinja variables; both are filled as JSON strings.
    static const QString templ = QString::fromUtf8(resource(QStringLiteral(":/foremast/configs.json.j2")));
    QString text = templ;
    text.replace(QStringLiteral("{{ app }}"), app);
    text.replace(QStringLiteral("{{ profile }}"), profile);
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject pipelineDefaults()
{
    static const QJsonObject defaults =
        QJsonDocument::fromJson(resource(QStringLiteral(":/foremast/pipeline.json.j2"))).object();
    return defaults;
}

QJsonObject missingPipelineFile()
{
    return QJsonObject{{QStringLiteral("env"), QJsonArray{QStringLiteral("stage"), QStringLiteral("prod")}}};
}

} // namespace Fd::ForemastDefaults
