// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gate/SecretStore.h"
#include "publish/PublishDialog.h"

#include <QGroupBox>
#include <QJsonArray>
#include <QPointer>

#include <memory>

class QLabel;
class QPushButton;

namespace Fd {

class GateClient;
class GateSignInForm;
class PipelineListFetch;

/// The one-time dialog's "from Gate" part: which Gate and how to sign in (as for Deploy), then
/// reads the application's pipelines (`GET /applications/{app}/pipelineConfigs`) in the
/// background, with Cancel. Only reads; the password stays in memory unless the keychain
/// already had it.
class GateFetchPanel : public QGroupBox
{
    Q_OBJECT
public:
    GateFetchPanel(const QString &application, const PublishDialogServices &services, QWidget *parent = nullptr);
    ~GateFetchPanel() override;

    void fetch();
    void cancel();
    bool isBusy() const;
    /// What the panel last said (progress, the answer, or the error).
    QString statusText() const;
    GateSignInForm *form() const { return m_form; }
    QPushButton *fetchButton() const { return m_fetch; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    /// Gate answered: `pipelines` is its list, `source` names the Gate for the user.
    void fetched(const QJsonArray &pipelines, const QString &source);
    /// Fetching failed or was canceled; `message` says why in plain words.
    void failed(const QString &message);

private:
    void onFinished();
    void setStatus(const QString &text, bool error);
    void updateButtons();

    QString m_application;
    PublishDialogServices m_services;
    MemorySecretStore m_session;
    GateSignInForm *m_form;
    QLabel *m_status;
    QPushButton *m_fetch;
    QPushButton *m_cancel;
    std::unique_ptr<GateClient> m_client;
    QPointer<PipelineListFetch> m_job;
};

} // namespace Fd
