// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/NewRunway.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Fd {

/// File › New Runway…: the app's identity and folder, the pipeline type and flow, the envs and
/// regions. Finishing writes a runway Foremast accepts (NewRunway::write) and keeps its folder.
class NewRunwayWizard : public QWizard
{
    Q_OBJECT
public:
    explicit NewRunwayWizard(const QString &parentFolder, QWidget *parent = nullptr);

    /// What the fields say now.
    NewRunway spec() const;
    /// The folder written by the last successful createRunway() (empty before).
    QString createdFolder() const { return m_created; }
    /// Writes the runway; false (with the reason shown on the page) when it cannot.
    bool createRunway();

    QLineEdit *locationEdit() const { return m_location; }
    QLineEdit *projectEdit() const { return m_project; }
    QLineEdit *repoEdit() const { return m_repo; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *flowBox() const { return m_flow; }
    QLineEdit *envsEdit() const { return m_envs; }
    QListWidget *regionList() const { return m_regions; }
    /// The reason the current input is refused (empty when it is fine).
    QString problem() const;

    void accept() override;

private:
    QWizardPage *identityPage();
    QWizardPage *pipelinePage();
    QWizardPage *envsPage();
    void updateChecks();

    QLineEdit *m_location = nullptr;
    QLineEdit *m_project = nullptr;
    QLineEdit *m_repo = nullptr;
    QLabel *m_appName = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_flow = nullptr;
    QLineEdit *m_envs = nullptr;
    QListWidget *m_regions = nullptr;
    QLabel *m_problem = nullptr;
    QString m_created;
};

} // namespace Fd
