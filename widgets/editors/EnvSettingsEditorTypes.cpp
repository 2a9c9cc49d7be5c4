// SPDX-License-Identifier: Apache-2.0
// EnvSettingsEditor's sections for the keys of one pipeline type (lambda, s3, datapipeline,
// stepfunction, cloudfunction): shown only while pipeline.json has that type. Most of these keys
// are read by Foremast's infrastructure step; s3's deploy_strategy also shapes the pipeline.
// No Alt+letter shortcuts here: the ec2 sections already use most letters of the alphabet.
// Each field's badge tooltip cites where Foremast v5.15.4 reads the key (paths below
// src/foremast/ of shared/reference/foremast-5.15.4). Lambda and s3: EnvSettingsLambdaS3.cpp;
// cloudfunction: EnvSettingsCloudFunction.cpp.
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
    // Lets tests (and the order check) tell a type's own sections from the shared ones.
    form->parentWidget()->setProperty("pipelineKinds", kinds);
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

QFormLayout *EnvSettingsEditor::addTypeSection(const QString &kind, const QString &title)
{
    QFormLayout *form = addSection(title);
    showFor(form, {kind});
    return form;
}

SettingField *EnvSettingsEditor::addCited(QFormLayout *form, SettingField *field, const QString &what, const char *where)
{
    const QString source = tr("Foremast reads it in %1.").arg(QLatin1String(where));
    field->setOriginNote(what.isEmpty() ? source : what + QLatin1Char('\n') + source);
    return addField<SettingField>(form, field);
}

void EnvSettingsEditor::buildDataPipelineAndStepFunctionSections()
{
    const QString datapipeline = QStringLiteral("datapipeline");
    QFormLayout *form = addTypeSection(datapipeline, tr("Data pipeline"));
    addCited(form, new TextField({datapipeline, QStringLiteral("description")}, tr("Description:"), m_content), {},
             "datapipeline/datapipeline.py:64");
    addCited(form, new CheckField({datapipeline, QStringLiteral("activate_on_deploy")}, tr("Activation:"), m_content,
                                  tr("Activate on deploy")), {}, "runner.py:276");
    addCited(form, new JsonValueField({datapipeline, QStringLiteral("json_definition")}, tr("Definition:"), m_content,
                                      QJsonValue::Object), {}, "datapipeline/datapipeline.py:82");

    const QString stepfunction = QStringLiteral("stepfunction");
    form = addTypeSection(stepfunction, tr("Step function"));
    addCited(form, new ComboField({stepfunction, QStringLiteral("statemachine_type")}, tr("State machine type:"), m_content,
                                  plainChoices({QStringLiteral("STANDARD"), QStringLiteral("EXPRESS")}), true),
             {}, "stepfunction/stepfunction.py:78");
    addCited(form, new CheckField({stepfunction, QStringLiteral("tracing"), QStringLiteral("enabled")}, tr("Tracing:"),
                                  m_content, tr("X-Ray tracing")), {}, "stepfunction/stepfunction.py:81");
    addCited(form, new JsonValueField({stepfunction, QStringLiteral("json_definition")}, tr("Definition:"), m_content,
                                      QJsonValue::Object), {}, "stepfunction/stepfunction.py:76");

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
