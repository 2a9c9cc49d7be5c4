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
#include "SettingField.h"
#include "templates/PipelineTypes.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>

namespace Fd {

namespace {

const QString App = QStringLiteral("app");

} // namespace

SettingField *EnvSettingsEditor::addTypeField(const QString &type, SettingField *field)
{
    // Sections are made on first use, in the order of their first field.
    QFormLayout *&form = m_typeForms[type];
    if (!form) {
        form = addSection(tr("%1 settings").arg(type));
        m_typeSections.insert(type, form->parentWidget());
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
    const QString type = pipelineTypeOf(m_session->document()->runway().pipelineValue());
    for (auto it = m_typeSections.constBegin(); it != m_typeSections.constEnd(); ++it)
        it.value()->setVisible(it.key() == type);
}

} // namespace Fd
