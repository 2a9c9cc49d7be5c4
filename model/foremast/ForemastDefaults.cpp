// SPDX-License-Identifier: Apache-2.0
#include "ForemastDefaults.h"

#include "json/JsonPath.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Fd::ForemastDefaults {

namespace {

using KeyPathList = QList<QStringList>;

QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Missing built-in resource %s", qPrintable(path));
    return file.readAll();
}

const QString AppPlaceholder = QStringLiteral("{{ app }}");
const QString ProfilePlaceholder = QStringLiteral("{{ profile }}");

/// The template filled the way Foremast's Jinja does it: as text, before the JSON is read.
QJsonObject parseFilled(const QString &templ, const QString &app, const QString &profile)
{
    QString text = templ;
    text.replace(AppPlaceholder, app);
    text.replace(ProfilePlaceholder, profile);
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// Whether `text` put between the quotes of a JSON string reads back as itself: no quote,
/// backslash or control character (which end or change the string) and no lone surrogate
/// (toUtf8() turns it into U+FFFD).
bool readsBackAsItself(const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\') || c.unicode() < 0x20 || c.isSurrogate())
            return false;
    }
    return true;
}

/// The texts of configs.json.j2 that hold a placeholder. Walking the whole object to find them
/// cost as much as the parse it saves; unfilled() checks that these are all there are.
const KeyPathList &placeholderTexts()
{
    static const KeyPathList paths = {
        {QStringLiteral("app"), QStringLiteral("instance_profile")},
        {QStringLiteral("security_group"), QStringLiteral("description")},
        {QStringLiteral("s3"), QStringLiteral("logging"), QStringLiteral("logging_bucket_prefix")},
    };
    return paths;
}

qsizetype placeholderCount(const QString &text)
{
    return text.count(AppPlaceholder) + text.count(ProfilePlaceholder);
}

/// The template read once with its placeholders as they are.
struct Unfilled
{
    QString text;
    QJsonObject object;
    /// Every placeholder of the text is in one of placeholderTexts(): filling those is filling
    /// the text (else each pair is filled as text and read again).
    bool fillTexts = false;
};

const Unfilled &unfilled()
{
    static const Unfilled parsed = [] {
        Unfilled u;
        u.text = QString::fromUtf8(resource(QStringLiteral(":/foremast/configs.json.j2")));
        u.object = QJsonDocument::fromJson(u.text.toUtf8()).object();
        qsizetype inTexts = 0;
        for (const QStringList &path : placeholderTexts())
            inTexts += placeholderCount(JsonPath::value(u.object, path).toString());
        u.fillTexts = inTexts == placeholderCount(u.text);
        return u;
    }();
    return parsed;
}

} // namespace

QJsonObject envDefaults(const QString &app, const QString &profile)
{
    // The template is plain JSON apart from two Jinja variables; both are filled as JSON strings.
    const Unfilled &templ = unfilled();
    // Origins and checks ask for the defaults on every edit, nearly always for the same one or
    // two (app, profile) pairs: make each once.
    thread_local QHash<QString, QJsonObject> cache;
    const QString key = app + QChar(0) + profile;
    const auto hit = cache.constFind(key);
    if (hit != cache.constEnd())
        return hit.value();
    if (cache.size() >= 16)
        cache.clear();
    QJsonObject defaults;
    if (templ.fillTexts && readsBackAsItself(app) && readsBackAsItself(profile)) {
        // Filling the text and reading it again gives the template's object with each text that
        // holds a placeholder filled the same way: set just those (the whole parse cost more).
        defaults = templ.object;
        for (const QStringList &path : placeholderTexts()) {
            QString text = JsonPath::value(templ.object, path).toString();
            text.replace(AppPlaceholder, app);
            text.replace(ProfilePlaceholder, profile);
            JsonPath::setValue(defaults, path, text);
        }
    } else {
        defaults = parseFilled(templ.text, app, profile);
    }
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
