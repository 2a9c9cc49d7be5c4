// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PublishTypes.h"

#include <QObject>
#include <QPointer>

namespace Fd {

class GateClient;
class PipelineListFetch;
class SecretStore;

/// The read-only first step of publishing (reference §1.9 steps 1–5): checks the request, signs
/// in, checks the application, lists its pipelines and plans every region with its diff. Writes
/// nothing, so a dry run is this step alone.
class PublishPreparer : public QObject
{
    Q_OBJECT
public:
    PublishPreparer(GateClient *client, SecretStore *secrets, QObject *parent = nullptr);

    void start(const PublishRequest &request);
    void cancel();

    bool isFinished() const { return m_done; }
    bool succeeded() const { return m_done && !m_error.isError(); }
    const PublishPlan &plan() const { return m_plan; }
    const GateError &error() const { return m_error; }

    /// Problems that stop publishing before Gate is asked anything (translated); empty when fine.
    static QStringList checkRequest(const PublishRequest &request);

Q_SIGNALS:
    void progress(const QString &description);
    void finished();

private:
    void onPipelines();
    void fail(GateError error);

    GateClient *m_client;
    SecretStore *m_secrets;
    PublishRequest m_request;
    PublishPlan m_plan;
    QPointer<PipelineListFetch> m_fetch;
    GateError m_error;
    bool m_done = false;
};

} // namespace Fd
