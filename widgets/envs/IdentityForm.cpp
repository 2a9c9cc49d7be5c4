// SPDX-License-Identifier: Apache-2.0
#include "IdentityForm.h"

#include "EditSession.h"
#include "preview/MessagePanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Fd {

IdentityForm::IdentityForm(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_app(new QLabel(this))
    , m_project(new QLineEdit(this))
    , m_repo(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    m_app->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_app->setAccessibleName(tr("Application name"));
    m_project->setAccessibleName(tr("Project"));
    m_repo->setAccessibleName(tr("Repository"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    setMessageTone(m_problem, MessageTone::Error);
    m_problem->hide();
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Application:"), m_app);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("Re&po:"), m_repo);
    form->addRow(m_problem);
    connect(m_project, &QLineEdit::editingFinished, this, &IdentityForm::commit);
    connect(m_repo, &QLineEdit::editingFinished, this, &IdentityForm::commit);
    connect(session->document(), &RunwayDocument::changed, this, [this](const DocumentChange &change) {
        if (change.kind == DocumentChange::Reset)
            refresh();
    });
    refresh();
}

QString IdentityForm::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void IdentityForm::commit()
{
    // Taken as typed; a name that cannot be used stays in the field with the reason beside it.
    const QString problem = m_session->setIdentity(m_project->text(), m_repo->text());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void IdentityForm::refresh()
{
    const RunwayDocument *document = m_session->document();
    const Identity &identity = document->identity();
    m_app->setText(QStringLiteral("<b>%1</b>").arg(document->appName().toHtmlEscaped()));
    const QString origin = tr("Taken from: %1. Pipelines are named after the application; "
                              "a change is saved in .foremast-designer.json next to the runway.")
                               .arg(identity.source);
    for (QWidget *w : {static_cast<QWidget *>(m_app), static_cast<QWidget *>(m_project), static_cast<QWidget *>(m_repo)})
        w->setToolTip(origin);
    if (m_project->text() != identity.project)
        m_project->setText(identity.project);
    if (m_repo->text() != identity.repo)
        m_repo->setText(identity.repo);
    m_problem->hide();
}

} // namespace Fd
