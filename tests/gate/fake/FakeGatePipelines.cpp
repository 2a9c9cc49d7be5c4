// SPDX-License-Identifier: Apache-2.0
#include "FakeGate.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace Fd::Test {

namespace {

QString text(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

QList<QJsonObject> FakeGate::pipelines(const QString &app) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &p : m_pipelines) {
        if (p.value(QStringLiteral("application")).toString().compare(app, Qt::CaseInsensitive) == 0)
            out << p;
    }
    return out;
}

QJsonObject FakeGate::pipelineByName(const QString &app, const QString &name) const
{
    for (const QJsonObject &p : pipelines(app)) {
        if (p.value(QStringLiteral("name")).toString() == name)
            return p;
    }
    return {};
}

QString FakeGate::storePipeline(const QJsonObject &pipeline, const QString &user)
{
    return store(pipeline, user);
}

QString FakeGate::store(QJsonObject p, const QString &user)
{
    const bool isNew = !p.contains(QStringLiteral("id"));
    const QString id = isNew ? newId() : p.value(QStringLiteral("id")).toString();
    const QJsonObject previous = m_pipelines.value(id);
    p.insert(QStringLiteral("id"), id);
    p.insert(QStringLiteral("name"), p.value(QStringLiteral("name")).toString().trimmed());
    if (!p.contains(QStringLiteral("index")) && previous.contains(QStringLiteral("index")))
        p.insert(QStringLiteral("index"), previous.value(QStringLiteral("index")));
    QJsonArray triggers = p.value(QStringLiteral("triggers")).toArray();
    for (int i = 0; i < triggers.size(); ++i) {
        QJsonObject trigger = triggers.at(i).toObject();
        if (trigger.value(QStringLiteral("type")).toString() == QLatin1String("cron")
            && (isNew || !trigger.contains(QStringLiteral("id")))) {
            trigger.insert(QStringLiteral("id"), newId());
            triggers[i] = trigger;
        }
    }
    if (p.contains(QStringLiteral("triggers")))
        p.insert(QStringLiteral("triggers"), triggers);
    // Strictly increasing, so two saves in one millisecond still differ for the stale check.
    m_lastUpdateTs = std::max(m_lastUpdateTs + 1, QDateTime::currentMSecsSinceEpoch());
    p.insert(QStringLiteral("updateTs"), QString::number(m_lastUpdateTs));
    p.insert(QStringLiteral("lastModifiedBy"), user.isEmpty() ? QStringLiteral("anonymous") : user);
    m_pipelines.insert(id, p);
    QJsonArray history = m_history.value(id);
    history.prepend(p);
    m_history.insert(id, history);
    if (previous.isEmpty() && m_readAfterCreateMisses > 0) {
        const QString key = p.value(QStringLiteral("application")).toString().toLower() + QLatin1Char('/')
            + p.value(QStringLiteral("name")).toString().toLower();
        m_pendingMisses.insert(key, m_readAfterCreateMisses);
    }
    return id;
}

HttpResponse FakeGate::listPipelines(const QString &app) const
{
    QList<QJsonObject> list = pipelines(app);
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const bool ai = a.contains(QStringLiteral("index"));
        const bool bi = b.contains(QStringLiteral("index"));
        if (ai != bi)
            return ai;
        if (ai && a.value(QStringLiteral("index")).toInt() != b.value(QStringLiteral("index")).toInt())
            return a.value(QStringLiteral("index")).toInt() < b.value(QStringLiteral("index")).toInt();
        return a.value(QStringLiteral("name")).toString().compare(b.value(QStringLiteral("name")).toString(),
                                                                  Qt::CaseInsensitive) < 0;
    });
    QJsonArray out;
    for (int i = 0; i < list.size(); ++i) {
        QJsonObject p = list.at(i);
        p.insert(QStringLiteral("index"), i);
        out << p;
    }
    return jsonResponse(out);
}

HttpResponse FakeGate::getPipeline(const QString &app, const QString &name)
{
    const QString key = app.toLower() + QLatin1Char('/') + name.toLower();
    if (m_pendingMisses.value(key) > 0) {
        m_pendingMisses[key] -= 1;
    } else {
        const QJsonObject p = pipelineByName(app, name);
        if (!p.isEmpty())
            return jsonResponse(p);
    }
    return gateError(404, QStringLiteral("Pipeline config (id: %1) not found for Application (id: %2)").arg(name, app));
}

HttpResponse FakeGate::savePipeline(const HttpRequest &request, const QString &user, const QString &putId)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return gateError(400, QStringLiteral("Malformed JSON"));
    const QJsonObject p = doc.object();
    const QString name = p.value(QStringLiteral("name")).toString().trimmed();
    const QString app = p.value(QStringLiteral("application")).toString().trimmed();
    if (name.isEmpty() || app.isEmpty())
        return gateError(400, QStringLiteral("A pipeline requires name and application fields"));
    if (m_denyWrite.contains(app.toLower()))
        return gateError(400, QStringLiteral("Access is denied"));
    if (p.value(QStringLiteral("type")).toString() == QLatin1String("templatedPipeline")) {
        const QString ref = p.value(QStringLiteral("template")).toObject().value(QStringLiteral("reference")).toString();
        if (ref.startsWith(QLatin1String("spinnaker://")) && !m_templates.contains(ref.mid(12)))
            return gateError(400, QStringLiteral("Configured pipeline template not found"));
    }
    const QString id = p.value(QStringLiteral("id")).toString();
    if (!putId.isEmpty() && id != putId)
        return gateError(400, QStringLiteral("The provided id %1 doesn't match the existing pipeline id %2").arg(id, putId));
    const bool staleCheck = request.query.queryItemValue(QStringLiteral("staleCheck")) == QLatin1String("true");
    if (staleCheck && !id.isEmpty() && p.contains(QStringLiteral("updateTs")) && m_pipelines.contains(id)) {
        const QString submitted = text(p.value(QStringLiteral("updateTs")));
        const QString stored = text(m_pipelines.value(id).value(QStringLiteral("updateTs")));
        if (submitted != stored)
            return gateError(400, QStringLiteral("The submitted pipeline is stale.  submitted updateTs %1 does not "
                                                 "match stored updateTs %2").arg(submitted, stored));
    }
    for (const QJsonObject &other : pipelines(app)) {
        if (sameName(other.value(QStringLiteral("name")).toString(), name)
            && other.value(QStringLiteral("id")).toString() != id)
            return gateError(400, QStringLiteral("A pipeline with name %1 already exists in application %2").arg(name, app));
    }
    if (m_savesTimingOut > 0) {
        --m_savesTimingOut;
        if (m_timedOutSaveLandsAfterMs >= 0)
            QTimer::singleShot(m_timedOutSaveLandsAfterMs, this, [this, p, user]() { store(p, user); });
        return gateError(400, QStringLiteral("Pipeline save operation did not succeed: %1 (status: RUNNING)")
                                  .arg(newId().left(26).toUpper()));
    }
    const QString storedId = store(p, user);
    if (!putId.isEmpty())
        return jsonResponse(m_pipelines.value(storedId));
    return HttpResponse{};
}

HttpResponse FakeGate::deletePipeline(const QString &app, const QString &name)
{
    if (m_denyWrite.contains(app.toLower()))
        return gateError(400, QStringLiteral("Access is denied"));
    for (const QJsonObject &p : pipelines(app)) {
        if (sameName(p.value(QStringLiteral("name")).toString(), name)) {
            m_pipelines.remove(p.value(QStringLiteral("id")).toString());
            break;
        }
    }
    return HttpResponse{};
}

HttpResponse FakeGate::pipelineHistory(const QString &id, const QUrlQuery &query) const
{
    bool ok = false;
    int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        limit = 20;
    const QJsonArray all = m_history.value(id);
    QJsonArray out;
    for (int i = 0; i < all.size() && i < limit; ++i)
        out << all.at(i);
    return jsonResponse(out);
}

} // namespace Fd::Test
