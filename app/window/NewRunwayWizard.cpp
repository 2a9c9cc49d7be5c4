// SPDX-License-Identifier: Apache-2.0
#include "NewRunwayWizard.h"

#include "foremast/ForemastConfig.h"
#include "foremast/Naming.h"
#include "generator/Flow.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Fd {

namespace {

/// A page that is complete while the wizard finds nothing wrong with the input so far.
class CheckedPage : public QWizardPage
{
public:
    CheckedPage(std::function<QString()> check, QWidget *parent) : QWizardPage(parent), m_check(std::move(check)) { }
    bool isComplete() const override { return m_check().isEmpty(); }
    void changed() { Q_EMIT completeChanged(); }

private:
    std::function<QString()> m_check;
};

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

NewRunwayWizard::NewRunwayWizard(const QString &parentFolder, QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("New Runway"));
    setOption(QWizard::NoBackButtonOnStartPage);
    addPage(identityPage());
    addPage(pipelinePage());
    addPage(envsPage());
    m_location->setText(QDir::toNativeSeparators(parentFolder));
    updateChecks();
}

QWizardPage *NewRunwayWizard::identityPage()
{
    auto *page = new CheckedPage([this] { return problem(); }, this);
    page->setTitle(tr("Application"));
    page->setSubTitle(tr("Spinnaker names the application and its pipelines after the project and repository."));
    m_location = new QLineEdit(page);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Create the Runway In"), m_location->text());
        if (!folder.isEmpty())
            m_location->setText(QDir::toNativeSeparators(folder));
    });
    auto *where = new QHBoxLayout;
    where->addWidget(m_location, 1);
    where->addWidget(browse);
    m_project = new QLineEdit(page);
    m_repo = new QLineEdit(page);
    m_appName = new QLabel(page);
    m_appName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem = problemLabel(page);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Folder:"), where);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("&Repository:"), m_repo);
    form->addRow(tr("Application:"), m_appName);
    form->addRow(m_problem);
    for (QLineEdit *edit : {m_location, m_project, m_repo}) {
        connect(edit, &QLineEdit::textChanged, page, [this, page] {
            updateChecks();
            page->changed();
        });
    }
    return page;
}

QWizardPage *NewRunwayWizard::pipelinePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Pipeline"));
    page->setSubTitle(tr("The pipeline type Foremast builds, and the flow that draws the stages between environments."));
    m_type = new QComboBox(page);
    for (const char *type : {"ec2", "rolling", "lambda", "s3", "datapipeline", "stepfunction", "manual"})
        m_type->addItem(QLatin1String(type), QLatin1String(type));
    m_flow = new QComboBox(page);
    for (const QString &flow : Flow::builtinNames())
        m_flow->addItem(flow, flow);
    m_flow->setCurrentIndex(qMax(0, m_flow->findData(QStringLiteral("documented"))));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("F&low:"), m_flow);
    return page;
}

QWizardPage *NewRunwayWizard::envsPage()
{
    auto *page = new CheckedPage([this] { return problem(); }, this);
    page->setTitle(tr("Environments and Regions"));
    page->setSubTitle(tr("Environments in deployment order, separated by commas; each gets its own file."));
    m_envs = new QLineEdit(QStringLiteral("dev, stage, prod"), page);
    m_regions = new QListWidget(page);
    for (const QString &region : NewRunway::commonRegions()) {
        auto *item = new QListWidgetItem(region, m_regions);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(region == QLatin1String("us-east-1") ? Qt::Checked : Qt::Unchecked);
    }
    auto *problem = problemLabel(page);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Environments:"), m_envs);
    form->addRow(tr("&Regions:"), m_regions);
    form->addRow(problem);
    const auto update = [this, page, problem] {
        problem->setText(this->problem());
        page->changed();
    };
    connect(m_envs, &QLineEdit::textChanged, page, update);
    connect(m_regions, &QListWidget::itemChanged, page, update);
    return page;
}

NewRunway NewRunwayWizard::spec() const
{
    NewRunway spec;
    spec.parentFolder = QDir::fromNativeSeparators(m_location->text());
    spec.project = m_project->text();
    spec.repo = m_repo->text();
    spec.type = m_type->currentData().toString();
    spec.flow = m_flow->currentData().toString();
    spec.envs.clear();
    // Only the separators' spaces go; a space inside a name is refused with its reason.
    for (const QString &env : m_envs->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        spec.envs << env.trimmed();
    spec.regions.clear();
    for (int i = 0; i < m_regions->count(); ++i) {
        if (m_regions->item(i)->checkState() == Qt::Checked)
            spec.regions << m_regions->item(i)->text();
    }
    return spec;
}

QString NewRunwayWizard::problem() const
{
    return m_envs && m_regions ? spec().problem() : QString();
}

void NewRunwayWizard::updateChecks()
{
    if (!m_envs)
        return;
    const NewRunway s = spec();
    const Naming naming(Identity{s.project, s.repo, {}}, ForemastConfig());
    m_appName->setText(s.project.isEmpty() || s.repo.isEmpty()
                           ? QString()
                           : tr("%1, in %2").arg(naming.app(), QDir::toNativeSeparators(s.runwayFolder())));
    m_problem->setText(s.problem());
}

bool NewRunwayWizard::createRunway()
{
    const Result<QString> written = spec().write();
    if (!written) {
        m_problem->setText(written.error().toString());
        return false;
    }
    m_created = *written;
    return true;
}

void NewRunwayWizard::accept()
{
    if (createRunway())
        QWizard::accept();
}

} // namespace Fd
