// SPDX-License-Identifier: Apache-2.0
#include "PublishDialog.h"

#include "DiffHighlighter.h"
#include "theme/ThemeColours.h"
#include "GateSignInForm.h"
#include "PublishRegionList.h"
#include "gate/GateClient.h"
#include "gate/PublishPreparer.h"
#include "gate/PublishRun.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Fd {

PublishDialog::PublishDialog(const PublishRequest &request, const PublishDialogServices &services, QWidget *parent)
    : QDialog(parent), m_request(request), m_services(services)
{
    if (!m_services.network)
        m_services.network = new QNetworkAccessManager(this);
    setWindowTitle(tr("Deploy to Spinnaker"));
    buildUi();
    m_form->setSettings(services.gate);
    if (!services.knownSecret.isEmpty())
        m_form->setSecretPlaceholder(tr("(from %1)").arg(services.gate.origin));
    else if (services.keychain)
        m_form->setSecretPlaceholder(tr("(from the system keychain, if remembered)"));
    const QStringList problems = PublishPreparer::checkRequest(request);
    if (!problems.isEmpty()) {
        QStringList lines = problems;
        for (const Error &finding : request.findings) {
            if (!finding.isWarning() && lines.size() < 8)
                lines << finding.toString();
        }
        m_blocked->setText(tr("Deploy is blocked:") + QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• ")));
        m_blocked->show();
    }
    connect(m_form, &GateSignInForm::changed, this, [this]() {
        if (!isBusy() && m_hasPlan) {
            m_hasPlan = false; // the comparison was with another Gate or user
            setStatus(tr("The Gate or sign-in changed: compare again before publishing."));
        }
        updateButtons();
    });
    updateButtons();
}

PublishDialog::~PublishDialog()
{
    // Jobs are children of this dialog; stop them before the client they use goes away.
    delete m_run;
    delete m_preparer;
}

void PublishDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_form = new GateSignInForm(this);
    layout->addWidget(m_form);

    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("blockedReason"));
    m_blocked->setWordWrap(true);
    m_blocked->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blocked->hide();
    layout->addWidget(m_blocked);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->hide();
    layout->addWidget(m_warnings);

    m_createApplication = new QCheckBox(this);
    m_createApplication->setObjectName(QStringLiteral("createApplication"));
    m_createApplication->hide();
    connect(m_createApplication, &QCheckBox::toggled, this, &PublishDialog::updateButtons);
    layout->addWidget(m_createApplication);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_regions = new PublishRegionList(splitter);
    connect(m_regions, &QTreeWidget::currentItemChanged, this, &PublishDialog::showDiff);
    m_diff = new QPlainTextEdit(splitter);
    m_diff->setObjectName(QStringLiteral("diff"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_diff);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(tr("Compare first: it signs in and shows what would change, without writing anything."), this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(this);
    m_compareButton = buttons->addButton(tr("&Compare (dry run)"), QDialogButtonBox::ActionRole);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_publishButton = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_compareButton, &QPushButton::clicked, this, &PublishDialog::startCompare);
    connect(m_publishButton, &QPushButton::clicked, this, &PublishDialog::startPublish);
    connect(m_closeButton, &QPushButton::clicked, this, &PublishDialog::reject);
    layout->addWidget(buttons);
    resize(820, 720);
}

bool PublishDialog::isBusy() const
{
    return (m_preparer && !m_preparer->isFinished()) || (m_run && !m_run->isFinished());
}

GateSettings PublishDialog::gateSettings() const
{
    return m_form->settings();
}

SecretStore *PublishDialog::secretsFor(const GateSettings &settings)
{
    m_typedSecret = m_form->secret();
    return m_form->secretsFor(settings, m_services.gate, m_services.knownSecret, m_services.keychain, m_session);
}

void PublishDialog::startCompare()
{
    if (isBusy() || !m_blocked->isHidden())
        return;
    const GateSettings settings = m_form->settings();
    if (!settings.isValid()) {
        setStatus(tr("Enter Gate's URL, e.g. https://gate.example.com:8084."), true);
        return;
    }
    m_hasPlan = false;
    m_publishedOnce = false;
    m_regions->clear();
    m_diff->clear();
    m_warnings->clear();
    m_warnings->hide();
    m_createApplication->hide();
    m_progress->hide();
    delete m_preparer;
    delete m_run;
    m_client = std::make_unique<GateClient>(m_services.network, settings);
    connect(m_client.get(), &GateClient::warning, this, [this](const QString &warning) {
        m_warnings->setText(m_warnings->text().isEmpty() ? warning : m_warnings->text() + QLatin1Char('\n') + warning);
        m_warnings->show();
    });
    m_preparer = new PublishPreparer(m_client.get(), secretsFor(settings), this);
    connect(m_preparer, &PublishPreparer::progress, this, [this](const QString &text) { setStatus(text); });
    connect(m_preparer, &PublishPreparer::finished, this, &PublishDialog::onPrepared);
    m_preparer->start(m_request);
    updateButtons();
}

void PublishDialog::onPrepared()
{
    if (!m_preparer)
        return;
    if (!m_preparer->succeeded()) {
        setStatus(m_preparer->error().toString(), true);
        updateButtons();
        return;
    }
    m_plan = m_preparer->plan();
    m_hasPlan = true;
    const GateSettings used = m_client->settings();
    if (m_form->rememberSecret() && !m_typedSecret.isEmpty() && m_services.keychain) {
        m_services.keychain->write(used.secretKey(), m_typedSecret, this, [this](const Result<bool> &stored) {
            if (!stored)
                setStatus(m_status->text() + QLatin1Char('\n') + stored.error().message, true);
        });
    }
    Q_EMIT gateSettingsUsed(used);
    showPlan();
    updateButtons();
    Q_EMIT compared();
}

void PublishDialog::showPlan()
{
    const int changes = m_regions->setPlan(m_plan);
    if (!m_plan.applicationExists) {
        m_createApplication->setText(tr("Create the application %1 in Spinnaker (owner %2)")
                                         .arg(m_plan.application, m_plan.applicationInfo.email));
        m_createApplication->setChecked(false);
        m_createApplication->show();
    }
    QString summary = tr("Signed in as %1. %n region(s) to change", nullptr, changes).arg(m_plan.user.username);
    if (!m_plan.obsolete.isEmpty())
        summary += tr("; %n pipeline(s) of removed regions can be deleted", nullptr, int(m_plan.obsolete.size()));
    summary += QLatin1Char('.');
    for (const QString &warning : m_plan.warnings)
        summary += QLatin1Char(' ') + warning;
    setStatus(summary);
}

void PublishDialog::showDiff()
{
    if (!m_regions->currentItem())
        m_diff->clear();
    else
        m_diff->setPlainText(m_regions->currentDiff());
}

void PublishDialog::startPublish()
{
    if (isBusy() || !m_hasPlan || m_publishedOnce || !m_blocked->isHidden())
        return;
    PublishOptions options;
    options.createApplication = m_createApplication->isChecked();
    options.deleteObsolete = m_regions->ticked();
    m_publishedOnce = true;
    m_report = {};
    delete m_run;
    m_run = new PublishRun(m_client.get(), this);
    connect(m_run, &PublishRun::progress, this, [this](const QString &text) { setStatus(text); });
    connect(m_run, &PublishRun::resultChanged, this, &PublishDialog::onResult);
    connect(m_run, &PublishRun::finished, this, &PublishDialog::onPublished);
    m_progress->setRange(0, 0);
    m_progress->show();
    setStatus(tr("Publishing…"));
    m_run->start(m_plan, options);
    updateButtons();
}

void PublishDialog::onResult(const RegionResult &result)
{
    m_regions->showResult(result);
    if (!m_run)
        return;
    const QList<RegionResult> &all = m_run->report().results;
    const int done = int(std::count_if(all.begin(), all.end(), [](const RegionResult &r) { return r.isDone(); }));
    m_progress->setRange(0, int(all.size()));
    m_progress->setValue(done);
}

void PublishDialog::onPublished()
{
    if (!m_run)
        return;
    m_report = m_run->report();
    m_progress->setValue(m_progress->maximum());
    const int failures = m_report.failures();
    const int sent = int(std::count_if(m_report.results.begin(), m_report.results.end(), [](const RegionResult &r) {
        return r.state == RegionState::Published || r.state == RegionState::Deleted;
    }));
    QString summary;
    if (m_report.applicationError.isError())
        summary = m_report.applicationError.toString();
    else if (m_report.canceled)
        summary = tr("Canceled. %n pipeline change(s) reached Spinnaker before that. A request already on its way "
                     "when you canceled may still appear there: Compare again to see what Spinnaker has.",
                     nullptr, sent);
    else if (failures > 0)
        summary = tr("%n region(s) did not succeed; the others are listed with their result.", nullptr, failures);
    else if (sent == 0 && !m_report.applicationCreated)
        summary = tr("Nothing to publish: Spinnaker already has these pipelines.");
    else
        summary = tr("Published %n pipeline change(s).", nullptr, sent);
    setStatus(summary, failures > 0 || m_report.applicationError.isError());
    // What was compared before is history now: no "new" or diff for pipelines that were just sent.
    for (const RegionResult &result : std::as_const(m_report.results))
        m_regions->markPublished(result);
    if (sent > 0)
        m_diff->setPlainText(tr("Compare again to see the pipelines as Spinnaker has them now."));
    updateButtons();
    Q_EMIT published(m_report);
}

void PublishDialog::cancel()
{
    if (m_run && !m_run->isFinished())
        m_run->cancel();
    else if (m_preparer && !m_preparer->isFinished())
        m_preparer->cancel();
}

void PublishDialog::reject()
{
    if (isBusy()) {
        // Escape or Cancel stops the work; the dialog stays until what was sent has an outcome.
        cancel();
        setStatus(tr("Canceling: nothing more is sent; waiting for what was already sent…"));
        return;
    }
    QDialog::reject();
}

void PublishDialog::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setProperty("isError", isError);
    QPalette colours = palette();
    if (isError)
        colours.setColor(QPalette::WindowText, ThemeColours::errorText(colours));
    m_status->setPalette(colours);
}

void PublishDialog::updateButtons()
{
    const bool blocked = !m_blocked->isHidden();
    const bool busy = isBusy();
    m_form->setEnabled(!busy);
    m_compareButton->setEnabled(!blocked && !busy);
    const bool applicationReady = m_plan.applicationExists || m_createApplication->isChecked();
    m_publishButton->setEnabled(!blocked && !busy && m_hasPlan && !m_publishedOnce && applicationReady);
    m_publishButton->setToolTip(m_hasPlan && !applicationReady ? tr("Tick \"Create the application\" first.") : QString());
    m_closeButton->setText(busy ? tr("Cancel") : tr("Close"));
}

} // namespace Fd
