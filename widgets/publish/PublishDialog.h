// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gate/GateSettings.h"
#include "gate/PublishTypes.h"
#include "gate/SecretStore.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Fd {

class GateClient;
class GateSignInForm;
class PublishPreparer;
class PublishRegionList;
class PublishRun;

/// What the publish dialog needs from the window that opens it.
struct PublishDialogServices
{
    QNetworkAccessManager *network = nullptr; ///< owned by the caller; the dialog makes its own when null
    SecretStore *keychain = nullptr;          ///< remembered secrets (KeychainSecretStore); may be null
    GateSettings gate;                        ///< the Gate to offer, e.g. from discoverGate()
    QString knownSecret;                      ///< a password or token discovery found (spin's config)
};

/// Deploy: target Gate and sign-in, the regions to publish with their diffs, a dry run ("Compare"),
/// then progress and a result per region, with Cancel. Validation errors in the request block it.
/// Nothing is written before the user presses Publish; creating the application and deleting
/// pipelines of removed regions each need their own tick.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    PublishDialog(const PublishRequest &request, const PublishDialogServices &services, QWidget *parent = nullptr);
    ~PublishDialog() override;
    /// What this dialog publishes.
    const PublishRequest &request() const { return m_request; }

    /// Signs in and compares with what Spinnaker has; writes nothing.
    void startCompare();
    /// Publishes what the last comparison showed, with the ticks the user made.
    void startPublish();
    /// Stops what has not been sent yet.
    void cancel();

    bool isBusy() const;
    bool hasPlan() const { return m_hasPlan; }
    const PublishPlan &plan() const { return m_plan; }
    const PublishReport &report() const { return m_report; }
    GateSettings gateSettings() const;

Q_SIGNALS:
    /// After a successful sign-in: worth saving as the designer's Gate settings (holds no secret).
    void gateSettingsUsed(const Fd::GateSettings &settings);
    void compared();
    void published(const Fd::PublishReport &report);

protected:
    void reject() override;

private:
    void buildUi();
    SecretStore *secretsFor(const GateSettings &settings);
    void onPrepared();
    void onResult(const RegionResult &result);
    void onPublished();
    void showPlan();
    void showDiff();
    void setStatus(const QString &text, bool isError = false);
    void updateButtons();

    PublishRequest m_request;
    PublishDialogServices m_services;
    MemorySecretStore m_session;
    std::unique_ptr<GateClient> m_client;
    QPointer<PublishPreparer> m_preparer;
    QPointer<PublishRun> m_run;
    PublishPlan m_plan;
    PublishReport m_report;
    bool m_hasPlan = false;
    bool m_publishedOnce = false;
    QString m_typedSecret;

    GateSignInForm *m_form = nullptr;
    QLabel *m_blocked = nullptr;
    QLabel *m_warnings = nullptr;
    QCheckBox *m_createApplication = nullptr;
    PublishRegionList *m_regions = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_publishButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace Fd
