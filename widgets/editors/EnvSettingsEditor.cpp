// SPDX-License-Identifier: Apache-2.0
#include "EnvSettingsEditor.h"

#include "BasicFields.h"
#include "EditSession.h"
#include "FormScrollArea.h"
#include "foremast/ForemastDefaults.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>

namespace Fd {

namespace {

const QString Asg = QStringLiteral("asg");
const QString App = QStringLiteral("app");

/// Whether a change at `path` may have changed asg.min_inst or asg.max_inst (at any level).
bool touchesAsgSize(const KeyPath &path)
{
    if (path.isEmpty() || (path.size() == 2 && path.first() == QLatin1String("regions")))
        return true;
    const QString &last = path.last();
    return last == QLatin1String("min_inst") || last == QLatin1String("max_inst") || last == Asg
        || last == QLatin1String("regions");
}

} // namespace

EnvSettingsEditor::EnvSettingsEditor(EditSession *session, QWidget *parent)
    : EnvSettingsEditor(Unbuilt(), parent)
{
    while (buildStep()) {
    }
    bind(session);
}

EnvSettingsEditor::EnvSettingsEditor(Unbuilt, QWidget *parent)
    : QWidget(parent)
    , m_scroll(formScrollArea(this))
    , m_content(new QWidget)
    , m_title(new QLabel)
    , m_notice(new QLabel)
    , m_typeNote(new QLabel)
{
}

bool EnvSettingsEditor::buildNextSection()
{
    const int before = int(m_fields.fields().size());
    if (!buildStep())
        return false;
    // Without a session each new field shows nothing, as the other constructor leaves them for
    // none (done per section, so that the last step does not do it for all).
    if (!m_session) {
        const FieldState nothing = FieldSet::emptyState();
        for (int i = before; i < m_fields.fields().size(); ++i)
            m_fields.fields().at(i)->showState(nothing);
    }
    // The form's size is asked for once it is complete (QScrollArea::setWidget): each section's
    // is worked out as it is built, so that the last step only adds them up.
    if (!isComplete())
        m_content->layout()->sizeHint();
    return true;
}

void EnvSettingsEditor::setSession(EditSession *session, const EditScope &scope)
{
    while (buildStep()) {
    }
    // What a new form shows: no pending ASG message, the top of the form.
    m_scope = scope;
    m_asgPending = false;
    setAsgProblem({});
    m_scroll->verticalScrollBar()->setValue(0);
    m_fields.clearInput();
    bind(session);
}

void EnvSettingsEditor::bind(EditSession *session)
{
    // The old session may be gone already (its `closing` came first): drop the connection itself.
    disconnect(m_documentConnection);
    m_session = session;
    if (!session) {
        m_fields.clear();
        return;
    }
    m_documentConnection = connect(session->document(), &RunwayDocument::changed, this,
                                   &EnvSettingsEditor::onDocumentChanged);
    refresh();
}


void EnvSettingsEditor::setScope(const QString &env, const QString &region)
{
    const EditScope scope = EditScope::forEnv(env, region);
    if (scope == m_scope)
        return;
    m_scope = scope;
    m_asgPending = false;
    if (m_session)
        refresh();
    Q_EMIT scopeChanged(m_scope.env(), m_scope.region());
}

QString EnvSettingsEditor::asgProblem() const
{
    return m_asgProblemBox->isHidden() ? QString() : m_asgProblem->text();
}

void EnvSettingsEditor::setAsgProblem(const QString &problem)
{
    m_asgProblem->setText(problem);
    m_asgProblem->setAccessibleName(problem);
    m_asgProblemBox->setVisible(!problem.isEmpty());
}

void EnvSettingsEditor::onDocumentChanged(const DocumentChange &change)
{
    if (change.kind != DocumentChange::Value || (change.file.isEmpty() && change.path.value(0) == QLatin1String("type")))
        refreshTypeSections(); // pipeline.json's type decides which type section shows
    if (m_scope.env().isEmpty() || !change.touches(m_scope.env()))
        return;
    // Someone else changed the ASG size (undo, reload): the user's rejected input is stale.
    if (m_asgPending && (change.kind != DocumentChange::Value || touchesAsgSize(change.path))) {
        m_asgPending = false;
        setAsgProblem({});
    }
    refresh();
}

void EnvSettingsEditor::refresh()
{
    const RunwayDocument *document = m_session->document();
    const bool known = !m_scope.env().isEmpty() && document->runway().envOrder().contains(m_scope.env());
    const bool hasFile = document->runway().envFile(m_scope.env()) != nullptr;
    const bool regionKnown = !m_scope.isRegion() || m_session->regionsOf(m_scope.env()).contains(m_scope.region());

    m_title->setText(m_scope.env().isEmpty() ? tr("No environment selected")
                                             : tr("Settings of %1").arg(m_scope.displayName()));
    QString notice;
    if (m_scope.env().isEmpty())
        notice = tr("Choose an environment or a region to edit its settings.");
    else if (!hasFile)
        notice = tr("%1 has no application-master-%1.json; add the environment again to create it.").arg(m_scope.env());
    else if (!regionKnown)
        notice = tr("%1 does not deploy to %2.").arg(m_scope.env(), m_scope.region());
    else if (m_scope.isRegion())
        notice = tr("Values set here override %1's settings in %2 only. Inherited values show where they come from.")
                     .arg(m_scope.env(), m_scope.region());
    else
        notice = tr("Values set here apply to every region of %1 unless a region overrides them.").arg(m_scope.env());
    if (!known && hasFile)
        notice += QLatin1Char(' ') + tr("%1 is not in pipeline.json's env list, so no pipeline deploys it.").arg(m_scope.env());
    m_notice->setText(notice);

    const bool editable = hasFile && regionKnown;
    const QJsonObject effective = editable ? m_scope.effective(document) : QJsonObject();
    m_fields.refresh(document, m_scope, effective);
    if (!editable) {
        for (SettingField *field : m_fields.fields())
            field->setEnabled(false);
    }

    const bool eureka = jsonToBool(JsonPath::value(effective, {App, QStringLiteral("eureka_enabled")}));
    const bool dev = m_scope.env() == QLatin1String("dev");
    m_hcNote->setVisible(editable && (eureka || dev));
    m_hcNote->setText(eureka ? tr("Eureka is on: Foremast deploys with the EC2 health check whatever is set here.")
                             : tr("Foremast always uses the EC2 health check in the dev environment."));
    bool ok = false;
    const int grace = jsonToInt(JsonPath::value(effective, {Asg, QStringLiteral("hc_grace_period")}), &ok);
    const int appGrace = jsonToInt(JsonPath::value(effective, {Asg, QStringLiteral("app_grace_period")}), &ok);
    m_graceTotal->setText(tr("Instances get %1 s before health checks count.").arg(grace + appGrace));

    refreshTypeSections();
    const bool scalingOn = m_scaling->isPresent();
    for (SettingField *field : std::as_const(m_scalingFields))
        field->setEnabled(editable && scalingOn);
}

QJsonValue EnvSettingsEditor::inheritedValue(const KeyPath &path) const
{
    const RunwayDocument *document = m_session->document();
    if (m_scope.isRegion())
        return JsonPath::value(m_scope.envEffective(document), path);
    const QJsonObject defaults = ForemastDefaults::envDefaults(document->appName(),
                                                                document->context().naming.iamProfile());
    return JsonPath::value(defaults, path);
}

void EnvSettingsEditor::applyEdits(SettingField *field, const QList<FieldEdit> &edits, bool typing,
                                   const QString &text)
{
    if (!m_session || !m_scope.isEditable(m_session->document()) || m_scope.env().isEmpty())
        return;
    if (field == m_minInst || field == m_maxInst) {
        applyAsg(field, edits);
        return;
    }
    FieldSet::apply(m_session, m_scope, field->path(), edits, typing, text);
}

void EnvSettingsEditor::applyAsg(SettingField *field, const QList<FieldEdit> &edits)
{
    // The pair is checked as the user sees it: the other spin box may hold a pending value.
    const QJsonValue requested = edits.value(0).value;
    bool ok = false;
    int min = m_minInst->spinBox()->value();
    int max = m_maxInst->spinBox()->value();
    if (requested.isUndefined()) {
        const int inherited = jsonToInt(inheritedValue(field->path()), &ok);
        (field == m_minInst ? min : max) = inherited;
    }
    if (min > max) {
        // Refused, visibly: the message stays while the fields go back to what is stored.
        setAsgProblem(tr("The minimum (%1) would be larger than the maximum (%2), so nothing was changed. "
                         "Lower the minimum or raise the maximum.").arg(min).arg(max));
        refresh();
        m_asgPending = true;
        return;
    }
    m_asgPending = false;
    setAsgProblem({});
    const QJsonObject effective = m_scope.effective(m_session->document());
    QList<FieldEdit> changes;
    if (requested.isUndefined())
        changes << FieldEdit{field->path(), requested};
    for (SpinField *spin : {m_minInst, m_maxInst}) {
        if (spin == field && requested.isUndefined())
            continue;
        const int shown = spin->spinBox()->value();
        if (jsonToInt(JsonPath::value(effective, spin->path()), &ok) != shown || !ok)
            changes << FieldEdit{spin->path(), shown};
    }
    // One spin box changing merges with the previous steps of that key; both is one named step.
    FieldSet::apply(m_session, m_scope, {}, changes, changes.size() == 1 && !requested.isUndefined(),
                    tr("Change ASG size"));
}

bool EnvSettingsEditor::focusKey(const FileId &file, const KeyPath &path)
{
    if (file.isEmpty())
        return false;
    QString region;
    KeyPath relative = path;
    if (path.size() > 2 && path.first() == QLatin1String("regions")) {
        region = path.at(1);
        relative = path.mid(2);
    }
    // A key of a section hidden for this type stays in the All Keys tree.
    SettingField *target = m_fields.fieldFor(relative, [this](const SettingField *f) { return isShownForType(f); });
    if (!target)
        return false;
    setScope(file, region);
    m_scroll->ensureWidgetVisible(target);
    target->focusEditor();
    return true;
}

} // namespace Fd
