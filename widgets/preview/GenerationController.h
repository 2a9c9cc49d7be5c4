// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "generator/PipelineGenerator.h"

#include <QObject>
#include <QDateTime>
#include <QPointer>

#include <optional>

namespace Fd {

class EditSession;

/// Regenerates the pipelines after changes of the document, once per event-loop turn however many
/// changes came in it (generation takes a few milliseconds, see docs/performance.md), and keeps
/// the findings of the runway, of generation and of validation together for the window.
class GenerationController : public QObject
{
    Q_OBJECT
public:
    explicit GenerationController(QObject *parent = nullptr);

    /// Follows `session`'s document. The runway's own flow choice (FlowChoice) wins; `defaultFlow`
    /// is used when it records none.
    void setSession(EditSession *session, const QString &defaultFlow);
    /// The flow to generate with: a built-in name or a flow file.
    void setFlow(const QString &flow);
    QString flow() const { return m_flow; }
    /// "offline" or the path of a subnets file (see SubnetSource).
    void setSubnetsRule(const QString &rule);
    /// Generates now (and cancels a scheduled run).
    void regenerate();
    /// Generates at the next turn of the event loop; several calls in one turn generate once.
    void scheduleRegeneration();
    /// Runs a scheduled generation now, so what follows reads current pipelines (Deploy, tests).
    void flush();
    bool isPending() const { return m_pending; }
    /// What the pipelines are generated with (flow, its settings, subnets), for generating variants.
    GenerationOptions options();
    /// How many times the pipelines were generated (for tests and benchmarks).
    int generationCount() const { return m_count; }

    const QList<GeneratedPipeline> &pipelines() const { return m_generation.pipelines; }
    /// The last generation (pipelines and their own findings; empty when it failed).
    const Generation &generation() const { return m_generation; }
    /// The pipeline of `region`, or nullptr.
    const GeneratedPipeline *pipeline(const QString &region) const;
    QStringList regions() const;
    /// Runway, generation and validation findings.
    const Errors &findings() const { return m_findings; }

    /// Writes pipeline-<region>.json files into `folder`; the paths written.
    QStringList writePipelines(const QString &folder, QString *error) const;

Q_SIGNALS:
    void generated();

private:
    const SubnetSource *subnets();

    QPointer<EditSession> m_session;
    bool m_pending = false;
    int m_count = 0;
    /// The subnets file, read again only when the rule or the file's size or time changes.
    struct CachedSubnets
    {
        QString rule;
        QDateTime modified;
        qint64 size = -1;
        Result<SubnetSource> source = Error();
    };
    std::optional<CachedSubnets> m_subnets;
    QString m_flow;
    QJsonObject m_flowSettings;
    QString m_subnetsRule = QStringLiteral("offline");
    Generation m_generation;
    Errors m_findings;
};

} // namespace Fd
