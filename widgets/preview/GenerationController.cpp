// SPDX-License-Identifier: Apache-2.0
#include "GenerationController.h"

#include "EditSession.h"
#include "generator/Flow.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace Fd {


GenerationController::GenerationController(QObject *parent) : QObject(parent) { }

void GenerationController::setSession(EditSession *session, const QString &defaultFlow)
{
    if (m_session)
        disconnect(m_session->document(), nullptr, this, nullptr);
    m_session = session;
    const FlowChoice choice = FlowChoice::forRunway(session->document()->folder());
    m_flow = choice.source.isEmpty() ? defaultFlow : choice.flow;
    m_flowSettings = choice.settings;
    connect(session->document(), &RunwayDocument::changed, this, &GenerationController::scheduleRegeneration);
    regenerate();
}

void GenerationController::setFlow(const QString &flow)
{
    if (flow == m_flow)
        return;
    m_flow = flow;
    regenerate();
}

void GenerationController::setSubnetsRule(const QString &rule)
{
    m_subnetsRule = rule.isEmpty() ? QStringLiteral("offline") : rule;
}

void GenerationController::scheduleRegeneration()
{
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(this, &GenerationController::flush, Qt::QueuedConnection);
}

void GenerationController::flush()
{
    if (m_pending)
        regenerate();
}

const SubnetSource *GenerationController::subnets()
{
    // Typing regenerates many times a second; the subnets file is read again only when it changed.
    const QFileInfo info(m_subnetsRule);
    if (!m_subnets || m_subnets->rule != m_subnetsRule || m_subnets->modified != info.lastModified()
        || m_subnets->size != info.size()) {
        m_subnets = CachedSubnets{m_subnetsRule, info.lastModified(), info.size(), SubnetSource::readFile(m_subnetsRule)};
    }
    if (!m_subnets->source) {
        m_findings << m_subnets->source.error();
        return nullptr;
    }
    return &*m_subnets->source;
}

void GenerationController::regenerate()
{
    m_pending = false;
    ++m_count;
    m_generation = Generation();
    m_findings.clear();
    if (!m_session) {
        Q_EMIT generated();
        return;
    }
    const RunwayContext &context = m_session->document()->context();
    m_findings = m_session->document()->findings();
    const Result<Generation> generation = generatePipelines(context, options());
    if (!generation) {
        m_findings << generation.error();
    } else {
        m_generation = *generation;
        m_findings += generation->findings;
    }
    Q_EMIT generated();
}

GenerationOptions GenerationController::options()
{
    GenerationOptions options;
    options.flow = m_flow;
    options.flowSettings = m_flowSettings;
    if (m_subnetsRule != QLatin1String("offline")) {
        if (const SubnetSource *source = subnets())
            options.subnets = *source;
    }
    return options;
}

const GeneratedPipeline *GenerationController::pipeline(const QString &region) const
{
    for (const GeneratedPipeline &p : m_generation.pipelines) {
        if (p.region == region)
            return &p;
    }
    return nullptr;
}

QStringList GenerationController::regions() const
{
    QStringList regions;
    for (const GeneratedPipeline &p : m_generation.pipelines)
        regions << p.region;
    return regions;
}

QStringList GenerationController::writePipelines(const QString &folder, QString *error) const
{
    QStringList written;
    for (const GeneratedPipeline &p : m_generation.pipelines) {
        const QString path = QDir(folder).filePath(QStringLiteral("pipeline-%1.json").arg(p.region));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(p.json).toJson(QJsonDocument::Indented)) < 0
            || !file.commit()) {
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
            return written;
        }
        written << path;
    }
    return written;
}

} // namespace Fd
