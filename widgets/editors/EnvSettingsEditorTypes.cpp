// SPDX-License-Identifier: Apache-2.0
// EnvSettingsEditor's sections for the keys of one pipeline type (lambda, s3, datapipeline,
// stepfunction, cloudfunction): shown only while pipeline.json has that type. Most of these keys
// are read by Foremast's infrastructure step; s3's deploy_strategy also shapes the pipeline.
// No Alt+letter shortcuts here: the ec2 sections already use most letters of the alphabet.
#include "EnvSettingsEditor.h"

#include "BasicFields.h"
#include "ChoiceLists.h"
#include "EditSession.h"
#include "JsonValueField.h"
#include "ListFields.h"
#include "SettingField.h"
#include "templates/PipelineTypes.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>

namespace Fd {

namespace {

const QString App = QStringLiteral("app");
const QString Ec2 = QStringLiteral("ec2");

/// Which sections a runway of `type` shows: the types with a generator of their own, "manual"
/// for every manual type, and "ec2" for the rest (ec2, rolling, custom types all go through
/// Foremast's ec2 class, runner.py:102-138).
QString editorKind(const PipelineTypes &types, const QString &type)
{
    if (types.isManual(type))
        return QStringLiteral("manual");
    static const QStringList own{QStringLiteral("lambda"), QStringLiteral("s3"), QStringLiteral("datapipeline"),
                                 QStringLiteral("stepfunction"), QStringLiteral("cloudfunction")};
    return own.contains(type) ? type : Ec2;
}

} // namespace

void EnvSettingsEditor::showFor(QFormLayout *form, const QStringList &kinds)
{
    m_sectionKinds.append({form->parentWidget(), kinds});
}

bool EnvSettingsEditor::isShownForType(const SettingField *field) const
{
    // Every field sits directly in its section's group box.
    return !field->parentWidget()->isHidden();
}

SettingField *EnvSettingsEditor::field(const KeyPath &path) const
{
    SettingField *shown = m_fields.find(path, [this](const SettingField *f) { return isShownForType(f); });
    return shown ? shown : m_fields.find(path);
}

QString EnvSettingsEditor::typeNote() const
{
    return m_typeNote->isHidden() ? QString() : m_typeNote->text();
}

SettingField *EnvSettingsEditor::addTypeField(const QString &type, SettingField *field)
{
    // Sections are made on first use, in the order of their first field.
    QFormLayout *&form = m_typeForms[type];
    if (!form) {
        form = addSection(tr("%1 settings").arg(type));
        showFor(form, {type});
    }
    return addField<SettingField>(form, field);
}

void EnvSettingsEditor::buildTypeSections()
{
    const QString lambda = QStringLiteral("lambda");
    addTypeField(lambda, new TextField({App, QStringLiteral("lambda_memory")}, tr("Memory (MB):"), m_content));
    addTypeField(lambda, new TextField({App, QStringLiteral("lambda_timeout")}, tr("Timeout (s):"), m_content));
    addTypeField(lambda, new TextField({App, QStringLiteral("lambda_role")}, tr("Role:"), m_content))
        ->setOriginNote(tr("IAM role of the function; empty: Foremast's generated role."));
    addTypeField(lambda, new ComboField({App, QStringLiteral("lambda_subnet_purpose")}, tr("Subnet purpose:"), m_content,
                                        plainChoices({QStringLiteral("internal"), QStringLiteral("external")}), true));
    // awslambda.py:144 reads the plural "security_groups" block, unlike ec2's "security_group".
    addTypeField(lambda, new StringListField({QStringLiteral("security_groups"), QStringLiteral("lambda_extras")},
                                             tr("VPC security groups:"), m_content))
        ->setOriginNote(tr("Added to the app's own group when pipeline.json's lambda.vpc_enabled is on."));
    addTypeField(lambda, new JsonValueField({App, QStringLiteral("lambda_environment")}, tr("Environment:"), m_content,
                                            QJsonValue::Object));
    addTypeField(lambda, new JsonValueField({QStringLiteral("lambda_triggers")}, tr("Triggers:"), m_content,
                                            QJsonValue::Array))
        ->setOriginNote(tr("API Gateway, CloudWatch, S3, SNS, SQS … event sources; set up by Infrastructure Setup Lambda."));

    const QString s3 = QStringLiteral("s3");
    addTypeField(s3, new ComboField({QStringLiteral("deploy_strategy")}, tr("Deploy strategy:"), m_content,
                                    {{QStringLiteral("highlander"), tr("Deploy S3 only")},
                                     {QStringLiteral("canary"), tr("adds Pre-Promote Checkpoint and Promote S3")},
                                     {QStringLiteral("redblack"), tr("adds Pre-Promote Checkpoint and Promote S3")}},
                                    true));
    addTypeField(s3, new TextField({s3, QStringLiteral("bucket_name")}, tr("Bucket:"), m_content));
    addTypeField(s3, new TextField({s3, QStringLiteral("path")}, tr("Path:"), m_content));
    addTypeField(s3, new CheckField({s3, QStringLiteral("shared_bucket_master")}, tr("Shared bucket:"), m_content,
                                    tr("This app owns the shared bucket")));
    addTypeField(s3, new JsonValueField({s3, QStringLiteral("website")}, tr("Website:"), m_content, QJsonValue::Object));
    addTypeField(s3, new JsonValueField({s3, QStringLiteral("content_metadata")}, tr("Content metadata:"), m_content,
                                        QJsonValue::Array));

    const QString datapipeline = QStringLiteral("datapipeline");
    addTypeField(datapipeline, new TextField({datapipeline, QStringLiteral("description")}, tr("Description:"), m_content));
    addTypeField(datapipeline, new CheckField({datapipeline, QStringLiteral("activate_on_deploy")}, tr("Activation:"),
                                              m_content, tr("Activate on deploy")));
    addTypeField(datapipeline, new JsonValueField({datapipeline, QStringLiteral("json_definition")}, tr("Definition:"),
                                                  m_content, QJsonValue::Object));

    const QString stepfunction = QStringLiteral("stepfunction");
    addTypeField(stepfunction, new ComboField({stepfunction, QStringLiteral("statemachine_type")}, tr("State machine type:"),
                                              m_content, plainChoices({QStringLiteral("STANDARD"), QStringLiteral("EXPRESS")}),
                                              true));
    addTypeField(stepfunction, new CheckField({stepfunction, QStringLiteral("tracing"), QStringLiteral("enabled")},
                                              tr("Tracing:"), m_content, tr("X-Ray tracing")));
    addTypeField(stepfunction, new JsonValueField({stepfunction, QStringLiteral("json_definition")}, tr("Definition:"),
                                                  m_content, QJsonValue::Object));

    const QString cloudfunction = QStringLiteral("cloudfunction");
    addTypeField(cloudfunction, new TextField({App, QStringLiteral("cloudfunction_memory_mb")}, tr("Memory (MB):"), m_content));
    addTypeField(cloudfunction, new TextField({App, QStringLiteral("cloudfunction_timeout")}, tr("Timeout (s):"), m_content));
    addTypeField(cloudfunction, new TextField({App, QStringLiteral("cloudfunction_max_instances")}, tr("Max instances:"),
                                              m_content));
    addTypeField(cloudfunction, new TextField({App, QStringLiteral("cloudfunction_vpc_connector")}, tr("VPC connector:"),
                                              m_content));
}

void EnvSettingsEditor::refreshTypeSections()
{
    const RunwayDocument *document = m_session->document();
    const QString type = pipelineTypeOf(document->runway().pipelineValue());
    const QString kind = editorKind(PipelineTypes::fromConfig(document->context().config), type);
    for (const auto &[section, kinds] : std::as_const(m_sectionKinds))
        section->setVisible(kinds.contains(kind));
    if (kind == QLatin1String("manual"))
        m_typeNote->setText(tr("A manual pipeline reads only what its pipeline files use, so this form has no "
                               "settings for it. Every key of the environment is under All keys."));
    else
        m_typeNote->setText(tr("Only the settings Foremast reads for a %1 pipeline are shown. "
                               "Every other key is under All keys.").arg(type));
    m_typeNote->setVisible(kind != Ec2);
}

} // namespace Fd
