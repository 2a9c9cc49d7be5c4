// SPDX-License-Identifier: Apache-2.0
#include "ForemastDefaults.h"

#include <QFile>
#include <QHash>
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
    // Origins and checks ask for the defaults on every edit, nearly always for the same one or
    // two (app, profile) pairs: parse each once.
    thread_local QHash<QString, QJsonObject> cache;
    const QString key = app + QChar(0) + profile;
    const auto hit = cache.constFind(key);
    if (hit != cache.constEnd())
        return hit.value();
    if (cache.size() >= 16)
        cache.clear();
    QString text = templ;
    text.replace(QStringLiteral("{{ app }}"), app);
    text.replace(QStringLiteral("{{ profile }}"), profile);
    const QJsonObject defaults = QJsonDocument::fromJson(text.toUtf8()).object();
    cache.insert(key, defaults);
    return defaults;
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
