// SPDX-License-Identifier: Apache-2.0
#include "GateFetchPanel.h"

#include "gate/GateClient.h"
#include "gate/PipelineListFetch.h"
#include "preview/MessagePanel.h"
#include "publish/GateSignInForm.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

namespace Fd {

GateFetchPanel::GateFetchPanel(const QString &application, const PublishDialogServices &services, QWidget *parent)
    : QGroupBox(tr("Existing pipelines from Gate"), parent), m_application(application), m_services(services),
      m_form(new GateSignInForm(this)), m_status(new QLabel(this)), m_fetch(new QPushButton(tr("&Fetch"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    if (!m_services.network)
        m_services.network = new QNetworkAccessManager(this);
    m_form->setSettings(services.gate);
    if (!services.knownSecret.isEmpty())
        m_form->setSecretPlaceholder(tr("(from %1)").arg(services.gate.origin));
    else if (services.keychain)
        m_form->setSecretPlaceholder(tr("(from the system keychain, if remembered)"));
    m_fetch->setToolTip(tr("Sign in and read the pipelines %1 has in Spinnaker; nothing is changed there").arg(application));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    auto *row = new QHBoxLayout;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_status, 1);
    row->addWidget(m_fetch);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    m_status->hide();

    connect(m_fetch, &QPushButton::clicked, this, &GateFetchPanel::fetch);
    connect(m_cancel, &QPushButton::clicked, this, &GateFetchPanel::cancel);
    connect(m_form, &GateSignInForm::changed, this, &GateFetchPanel::updateButtons);
    updateButtons();
}

GateFetchPanel::~GateFetchPanel()
{
    // Nothing may answer into a panel that is gone.
    if (m_job)
        m_job->disconnect(this);
    cancel();
    delete m_job; // before the client it talks through
}

bool GateFetchPanel::isBusy() const
{
    return m_job && !m_job->isFinished();
}

QString GateFetchPanel::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void GateFetchPanel::fetch()
{
    if (isBusy())
        return;
    const GateSettings settings = m_form->settings();
    if (!settings.isValid()) {
        setStatus(tr("Enter Gate's URL, e.g. https://gate.example.com:8084."), true);
        Q_EMIT failed(statusText());
        return;
    }
    m_client = std::make_unique<GateClient>(m_services.network, settings);
    connect(m_client.get(), &GateClient::warning, this, [this](const QString &warning) {
        setStatus(m_status->text() + QLatin1Char('\n') + warning, false);
    });
    SecretStore *secrets = m_form->secretsFor(settings, m_services.gate, m_services.knownSecret, m_services.keychain,
                                              m_session);
    m_job = new PipelineListFetch(m_client.get(), secrets, this);
    connect(m_job, &PipelineListFetch::progress, this, [this](const QString &text) { setStatus(text, false); });
    connect(m_job, &PipelineListFetch::finished, this, &GateFetchPanel::onFinished);
    m_job->start(m_application);
    updateButtons();
}

void GateFetchPanel::cancel()
{
    if (isBusy())
        m_job->cancel();
}

void GateFetchPanel::onFinished()
{
    PipelineListFetch *job = m_job;
    if (!job)
        return;
    job->deleteLater();
    if (job->succeeded()) {
        const QString source = tr("Gate %1").arg(m_client->settings().url.toString());
        setStatus(tr("Read %n pipeline(s) of %1.", nullptr, int(job->pipelines().size())).arg(m_application), false);
        Q_EMIT fetched(job->pipelines(), source);
    } else {
        setStatus(job->error().toString(), job->error().kind != GateErrorKind::Canceled);
        Q_EMIT failed(statusText());
    }
    m_job.clear();
    updateButtons();
}

void GateFetchPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    if (error) {
        setMessageTone(m_status, MessageTone::Error);
    } else {
        // No explicit roles: the label takes the dialog's colours again.
        m_status->setPalette(QPalette());
        m_status->setAutoFillBackground(false);
    }
}

void GateFetchPanel::updateButtons()
{
    m_fetch->setEnabled(!isBusy());
    m_cancel->setEnabled(isBusy());
}

} // namespace Fd
