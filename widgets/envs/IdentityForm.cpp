// SPDX-License-Identifier: Apache-2.0
#include "IdentityForm.h"

#include "EditSession.h"
#include "preview/MessagePanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Fd {

/// A one-line label that elides in the middle when its column is narrower than the text: an app
/// name is one long word (project + repo), which a QLabel can neither wrap nor shrink below.
class ElidingLabel : public QLabel
{
public:
    using QLabel::QLabel;

    void setFullText(const QString &text)
    {
        m_full = text;
        updateGeometry();
        elide();
    }
    QString fullText() const { return m_full; }

    QSize minimumSizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 6, QLabel::minimumSizeHint().height()};
    }
    // No wider than a typical name asks, so that a long one does not widen the env column.
    QSize sizeHint() const override
    {
        const int typical = fontMetrics().averageCharWidth() * 16;
        return {qMin(fontMetrics().horizontalAdvance(m_full) + 2, typical), QLabel::sizeHint().height()};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        elide();
    }

private:
    void elide()
    {
        const QString shown = fontMetrics().elidedText(m_full, Qt::ElideMiddle, contentsRect().width());
        if (text() != shown)
            setText(shown);
    }

    QString m_full;
};

IdentityForm::IdentityForm(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_app(new ElidingLabel(this))
    , m_project(new QLineEdit(this))
    , m_repo(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    m_app->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_app->setTextFormat(Qt::PlainText);
    QFont bold = m_app->font();
    bold.setBold(true);
    m_app->setFont(bold);
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

QString IdentityForm::appName() const
{
    return m_app->fullText();
}

QLabel *IdentityForm::appLabel() const
{
    return m_app;
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
    m_app->setFullText(document->appName());
    const QString origin = tr("Taken from: %1. Pipelines are named after the application; "
                              "a change is saved in .foremast-designer.json next to the runway.")
                               .arg(identity.source);
    m_project->setToolTip(origin);
    m_repo->setToolTip(origin);
    // The whole name, also when the column elides it.
    m_app->setToolTip(document->appName() + QLatin1Char('\n') + origin);
    if (m_project->text() != identity.project)
        m_project->setText(identity.project);
    if (m_repo->text() != identity.repo)
        m_repo->setText(identity.repo);
    m_problem->hide();
}

} // namespace Fd
