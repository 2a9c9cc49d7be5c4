// SPDX-License-Identifier: Apache-2.0
#include "PipelineSettingsEditor.h"

#include "BasicFields.h"
#include "ChoiceLists.h"
#include "EditSession.h"
#include "FormScrollArea.h"
#include "EnvOrderField.h"
#include "JsonValueField.h"
#include "templates/ManualPipelines.h"
#include "templates/TemplatePipelines.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Fd {

namespace {

const QString Image = QStringLiteral("image");
const QString Notifications = QStringLiteral("notifications");
const QString OtherFlow = QStringLiteral("\x01other");

} // namespace

PipelineSettingsEditor::PipelineSettingsEditor(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_scroll(formScrollArea(this))
    , m_content(new QWidget)
    , m_typeNote(new QLabel)
    , m_notificationsNote(new QLabel)
    , m_flow(new QComboBox)
{
    auto *layout = new QVBoxLayout(m_content);
    const auto section = [this, layout](const QString &title) {
        auto *box = new QGroupBox(title, m_content);
        layout->addWidget(box);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        // In a narrow panel a wide field goes under its label instead of pushing the form sideways.
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        return form;
    };

    QFormLayout *form = section(tr("Pipeline"));
    addField(form, new ComboField({QStringLiteral("type")}, tr("T&ype:"), m_content,
                                  {{QStringLiteral("ec2"), tr("EC2 auto scaling groups (generated)")},
                                   {QStringLiteral("rolling"), tr("Like ec2, needs custom templates")},
                                   {QStringLiteral("lambda"), tr("AWS Lambda")},
                                   {QStringLiteral("s3"), tr("S3 static content")},
                                   {QStringLiteral("datapipeline"), tr("AWS Data Pipeline")},
                                   {QStringLiteral("stepfunction"), tr("AWS Step Functions")},
                                   {QStringLiteral("cloudfunction"), tr("Google Cloud Functions")},
                                   {QStringLiteral("manual"), tr("Pipeline files kept in the runway")}},
                                  true));
    m_typeNote->setWordWrap(true);
    form->addRow(m_typeNote);
    addField(form, new TextField({QStringLiteral("owner_email")}, tr("O&wner email:"), m_content))
        ->setOriginNote(tr("Tagged on the auto scaling groups as owner_email."));
    m_flow->addItem(tr("Foremast v5 (default templates)"), QStringLiteral("foremast-v5"));
    m_flow->addItem(tr("Documented flow"), QStringLiteral("documented"));
    m_flow->addItem(tr("Flow file…"), OtherFlow);
    m_flow->setAccessibleName(tr("Flow"));
    m_flow->setToolTip(tr("The stage templates the designer generates pipelines with."));
    auto *flowLabel = new QLabel(tr("F&low:"), m_content);
    flowLabel->setBuddy(m_flow);
    form->addRow(flowLabel, m_flow);
    m_currentFlow = QStringLiteral("foremast-v5");
    connect(m_flow, &QComboBox::activated, this, [this](int index) {
        const QString flow = m_flow->itemData(index).toString();
        if (flow == OtherFlow) {
            chooseFlowFile();
        } else if (flow != m_currentFlow) {
            m_currentFlow = flow;
            Q_EMIT flowChanged(flow);
        }
    });

    form = section(tr("Bake"));
    addField(form, new TextField({QStringLiteral("base")}, tr("&Base AMI:"), m_content))
        ->setOriginNote(tr("An alias looked up in the AMI table (ami_json_url), or an AMI id."));
    addField(form, new ComboField({Image, QStringLiteral("bake_instance_type")}, tr("Bake &instance type:"), m_content,
                                  plainChoices({QStringLiteral("t2.small"), QStringLiteral("t2.medium"),
                                                QStringLiteral("t3.small"), QStringLiteral("t3.medium"),
                                                QStringLiteral("m5.large")}),
                                  true));
    addField(form, new SpinField({Image, QStringLiteral("root_volume_size")}, tr("&Root volume:"), m_content,
                                 1, 16384, tr(" GB")));
    addField(form, new ComboField({Image, QStringLiteral("builder")}, tr("B&uilder:"), m_content,
                                  {{QStringLiteral("ebs"), tr("Packer template aws_{region}_ebs.json")}}, true));

    form = section(tr("Notifications"));
    addField(form, new TextField({Notifications, QStringLiteral("email")}, tr("E&mail:"), m_content));
    addField(form, new TextField({Notifications, QStringLiteral("slack")}, tr("Sl&ack channel:"), m_content));
    addField(form, new JsonValueField({QStringLiteral("pipeline_notifications")}, tr("&Notifications (v2):"),
                                      m_content, QJsonValue::Array))
        ->setOriginNote(tr("Spinnaker notification objects copied into the pipeline as they are."));
    m_notificationsNote->setWordWrap(true);
    form->addRow(m_notificationsNote);

    buildTypeSections(layout);

    form = section(tr("Environments"));
    auto *order = addField(form, new EnvOrderField({QStringLiteral("env")}, tr("Pipeline &order:"), m_content));
    connect(order, &EnvOrderField::moveRequested, this, [this](const QString &env, int index) {
        m_session->moveEnv(env, index);
    });
    layout->addStretch(1);
    m_scroll->setWidget(m_content);

    connect(session->document(), &RunwayDocument::changed, this,
            [this](const DocumentChange &change) {
                if (change.touches(FileId()))
                    refresh();
            });
    refresh();
}

template<class F>
F *PipelineSettingsEditor::addField(QFormLayout *form, F *field)
{
    form->addRow(field->label(), field);
    m_fields.add(field);
    connect(field, &SettingField::editRequested, this,
            [this, field](const QList<FieldEdit> &edits, bool typing, const QString &text) {
                FieldSet::apply(m_session, EditScope::pipeline(), field->path(), edits, typing, text);
            });
    return field;
}
// For the type sections (PipelineSettingsEditorTypes.cpp), which add fields of any kind.
template SettingField *PipelineSettingsEditor::addField<SettingField>(QFormLayout *, SettingField *);

/// Not an error: where the stages come from when templates_path overrides Foremast's templates.
QString PipelineSettingsEditor::templatesOverrideNote(const RunwayContext &context, const QString &type) const
{
    const GenerationOptions options;
    if (effectiveTemplatesPath(context, options).isEmpty() || !overridesTemplatesOf(context, options, type))
        return QString();
    return tr("The stages come from the templates in templates_path (%1), which override Foremast's own for this "
              "type: they are rendered as Foremast renders them.").arg(effectiveTemplatesPath(context, options));
}

void PipelineSettingsEditor::refresh()
{
    const RunwayDocument *document = m_session->document();
    const QJsonObject effective = EditScope::pipeline().effective(document);
    m_fields.refresh(document, EditScope::pipeline(), effective);

    const QString type = effective.value(QStringLiteral("type")).toString();
    // Every Foremast type is generated (docs/types/); two need more than the runway.
    m_typeNote->setText(type == QLatin1String("rolling")
            ? tr("Rolling pipelines need custom templates: set templates_path in foremast.cfg (Foremast ships no "
                 "pipeline_*_rolling.json.j2).")
        : type == QLatin1String("manual")
            ? tr("The pipelines are the files listed in pipeline_files (JSON, or Jinja templates ending in .j2), "
                 "one or more per file; env and region settings do not shape them.")
            : templatesOverrideNote(document->context(), type));
    m_typeNote->setVisible(!m_typeNote->text().isEmpty());
    refreshTypeSections(type);

    const QJsonObject v1 = effective.value(Notifications).toObject();
    const bool legacy = !v1.value(QStringLiteral("email")).toString().isEmpty()
        || !v1.value(QStringLiteral("slack")).toString().isEmpty();
    const bool v2 = !effective.value(QStringLiteral("pipeline_notifications")).toArray().isEmpty();
    m_notificationsNote->setText(
        legacy && v2 ? tr("Email or Slack is set, so Foremast ignores the v2 notifications list.")
        : legacy     ? tr("Foremast adds an email and a Slack notification on pipeline failure.")
                     : tr("With email and Slack empty, the v2 list is used as it is."));
}

QString PipelineSettingsEditor::typeNote() const
{
    return m_typeNote->text();
}

int PipelineSettingsEditor::flowIndex(const QString &flow) const
{
    for (int i = 0; i < m_flow->count(); ++i) {
        if (m_flow->itemData(i).toString() == flow)
            return i;
    }
    return -1;
}

QString PipelineSettingsEditor::flow() const
{
    return m_currentFlow;
}

void PipelineSettingsEditor::setFlow(const QString &flow)
{
    if (flow.isEmpty() || flow == OtherFlow)
        return;
    int index = flowIndex(flow);
    if (index < 0) {
        index = m_flow->count() - 1; // before "Flow file…"
        m_flow->insertItem(index, QFileInfo(flow).fileName(), flow);
        m_flow->setItemData(index, flow, Qt::ToolTipRole);
    }
    m_currentFlow = flow;
    m_flow->setCurrentIndex(index);
}

void PipelineSettingsEditor::chooseFlowFile()
{
    // Until a file is chosen the combo shows the flow in use.
    m_flow->setCurrentIndex(flowIndex(m_currentFlow));
    auto *dialog = new QFileDialog(this, tr("Choose a flow file"), QString(), tr("Flow files (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        if (file.isEmpty() || file == m_currentFlow)
            return;
        setFlow(file);
        Q_EMIT flowChanged(file);
    });
    dialog->open();
}

bool PipelineSettingsEditor::focusKey(const FileId &file, const KeyPath &path)
{
    if (!file.isEmpty())
        return false;
    SettingField *target = m_fields.fieldFor(path);
    if (!target)
        return false;
    m_scroll->ensureWidgetVisible(target);
    target->focusEditor();
    return true;
}

} // namespace Fd
