// SPDX-License-Identifier: Apache-2.0
// PipelineSettingsEditor's sections for pipeline.json keys of one type: lambda (the handler is
// Deploy Lambda's FUNCTION_NAME), cloudfunction, manual (pipeline files and their variables).
#include "PipelineSettingsEditor.h"

#include "BasicFields.h"
#include "ChoiceLists.h"
#include "EditSession.h"
#include "JsonValueField.h"
#include "SettingField.h"
#include "ListFields.h"
#include "ManualFilePreview.h"
#include "templates/PipelineTypes.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Fd {

SettingField *PipelineSettingsEditor::addTypeField(QVBoxLayout *layout, const QString &type, SettingField *field)
{
    QFormLayout *&form = m_typeForms[type];
    if (!form) {
        auto *box = new QGroupBox(tr("%1 settings").arg(type), m_content);
        layout->addWidget(box);
        form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_typeSections.insert(type, box);
    }
    return addField<SettingField>(form, field);
}

void PipelineSettingsEditor::buildTypeSections(QVBoxLayout *layout)
{
    const QString lambda = QStringLiteral("lambda");
    addTypeField(layout, lambda, new TextField({lambda, QStringLiteral("handler")}, tr("&Handler:"), m_content))
        ->setOriginNote(tr("Sent as FUNCTION_NAME by every Deploy Lambda stage."));
    addTypeField(layout, lambda, new ComboField({lambda, QStringLiteral("runtime")}, tr("R&untime:"), m_content,
                                                plainChoices({QStringLiteral("python3.12"), QStringLiteral("python3.11"),
                                                              QStringLiteral("nodejs20.x"), QStringLiteral("nodejs18.x"),
                                                              QStringLiteral("java17"), QStringLiteral("java11"),
                                                              QStringLiteral("java8")}),
                                                true));
    addTypeField(layout, lambda, new TextField({lambda, QStringLiteral("app_description")}, tr("&Description:"), m_content));
    addTypeField(layout, lambda, new CheckField({lambda, QStringLiteral("vpc_enabled")}, tr("VPC:"), m_content,
                                                tr("Run in the &VPC")));
    addTypeField(layout, lambda, new ComboField({lambda, QStringLiteral("package_type")}, tr("&Package:"), m_content,
                                                plainChoices({QStringLiteral("zip"), QStringLiteral("image")}), true));

    const QString cloudfunction = QStringLiteral("cloudfunction");
    addTypeField(layout, cloudfunction, new TextField({cloudfunction, QStringLiteral("project_name")},
                                                      tr("GCP &project:"), m_content));
    addTypeField(layout, cloudfunction, new TextField({cloudfunction, QStringLiteral("entry_point")},
                                                      tr("&Entry point:"), m_content));
    addTypeField(layout, cloudfunction, new TextField({cloudfunction, QStringLiteral("runtime")}, tr("R&untime:"), m_content));

    const QString manual = QStringLiteral("manual");
    addTypeField(layout, manual, new StringListField({QStringLiteral("pipeline_files")}, tr("Pipeline &files:"), m_content))
        ->setOriginNote(tr("Runway-relative files, or templates://NAME from the templates folder; .j2 files are Jinja."));
    addTypeField(layout, manual, new JsonValueField({QStringLiteral("template_variables")}, tr("Template &variables:"),
                                                    m_content, QJsonValue::Array))
        ->setOriginNote(tr("One object per file, same order: template_variables inside that file's template."));
    m_manualPreview = new ManualFilePreview(nullptr, m_content); // bound with the form
    m_typeForms.value(manual)->addRow(tr("Rendered &JSON:"), m_manualPreview);
}

void PipelineSettingsEditor::refreshTypeSections(const QString &type)
{
    const bool manual = PipelineTypes::fromConfig(m_session->document()->context().config).isManual(type);
    for (auto it = m_typeSections.constBegin(); it != m_typeSections.constEnd(); ++it)
        it.value()->setVisible(it.key() == type || (manual && it.key() == QLatin1String("manual")));
    m_manualPreview->scheduleRefresh();
}

} // namespace Fd
