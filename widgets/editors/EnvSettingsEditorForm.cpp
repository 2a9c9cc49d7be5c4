// SPDX-License-Identifier: Apache-2.0
// EnvSettingsEditor's form layout: which settings it shows, in which groups, with which choices.
#include "EnvSettingsEditor.h"

#include "BasicFields.h"
#include "DurationField.h"
#include "ListFields.h"
#include "WebhookDialog.h"
#include "WebhooksField.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace Fd {

namespace {

const QString Asg = QStringLiteral("asg");
const QString App = QStringLiteral("app");
const KeyPath MinInst{Asg, QStringLiteral("min_inst")};
const KeyPath MaxInst{Asg, QStringLiteral("max_inst")};
const KeyPath ScalingPolicy{Asg, QStringLiteral("scaling_policy")};

KeyPath scaling(const char *key)
{
    return ScalingPolicy + KeyPath{QLatin1String(key)};
}

QList<QPair<QString, QString>> choices(const QStringList &values)
{
    QList<QPair<QString, QString>> out;
    for (const QString &value : values)
        out.append({value, QString()});
    return out;
}

} // namespace

QFormLayout *EnvSettingsEditor::addSection(const QString &title)
{
    auto *box = new QGroupBox(title, m_content);
    m_content->layout()->addWidget(box);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow panel a wide field goes under its label instead of pushing the form sideways.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

template<class F>
F *EnvSettingsEditor::addField(QFormLayout *form, F *field)
{
    form->addRow(field->label(), field);
    m_fields.add(field);
    connect(field, &SettingField::editRequested, this,
            [this, field](const QList<FieldEdit> &edits, bool typing, const QString &text) {
                applyEdits(field, edits, typing, text);
            });
    return field;
}
// For the type sections (EnvSettingsEditorTypes.cpp), which add fields of any kind.
template SettingField *EnvSettingsEditor::addField<SettingField>(QFormLayout *, SettingField *);

void EnvSettingsEditor::build()
{
    auto *layout = new QVBoxLayout(m_content);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_notice->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_notice);

    QFormLayout *form = addSection(tr("Instances"));
    addField(form, new ComboField({App, QStringLiteral("instance_type")}, tr("&Instance type:"), m_content,
                                  choices({QStringLiteral("t2.micro"), QStringLiteral("t2.small"),
                                           QStringLiteral("t2.medium"), QStringLiteral("t2.large"),
                                           QStringLiteral("t3.micro"), QStringLiteral("t3.small"),
                                           QStringLiteral("t3.medium"), QStringLiteral("t3.large"),
                                           QStringLiteral("t3.xlarge"), QStringLiteral("m5.large"),
                                           QStringLiteral("m5.xlarge"), QStringLiteral("m5.2xlarge"),
                                           QStringLiteral("c5.large"), QStringLiteral("c5.xlarge"),
                                           QStringLiteral("r5.large"), QStringLiteral("r5.xlarge")}),
                                  true));
    m_minInst = addField(form, new SpinField(MinInst, tr("ASG mi&nimum:"), m_content, 0, 10000));
    m_maxInst = addField(form, new SpinField(MaxInst, tr("ASG ma&ximum:"), m_content, 0, 10000));
    m_minInst->setOriginNote(tr("The deploy's desired capacity equals the minimum."));
    m_asgProblemBox = new QWidget(m_content);
    auto *problemLayout = new QHBoxLayout(m_asgProblemBox);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(m_asgProblemBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_asgProblem = new QLabel(m_asgProblemBox);
    m_asgProblem->setWordWrap(true);
    problemLayout->addWidget(icon, 0, Qt::AlignTop);
    problemLayout->addWidget(m_asgProblem, 1);
    m_asgProblemBox->hide();
    form->addRow(m_asgProblemBox);

    form = addSection(tr("Deployment"));
    addField(form, new ComboField({QStringLiteral("deploy_strategy")}, tr("Deplo&y strategy:"), m_content,
                                  {{QStringLiteral("highlander"), tr("Destroy the old server groups once the new one is healthy")},
                                   {QStringLiteral("redblack"), tr("Disable the old server groups, keep them for rollback")},
                                   {QStringLiteral("rollingredblack"), tr("Red/black in steps of a percentage")},
                                   {QStringLiteral("custom"), tr("A custom strategy pipeline")}},
                                  true));
    addField(form, new ComboField({Asg, QStringLiteral("subnet_purpose")}, tr("Su&bnet purpose:"), m_content,
                                  {{QStringLiteral("internal"), tr("Private subnets")},
                                   {QStringLiteral("external"), tr("Public subnets")}},
                                  true));
    addField(form, new CheckField({App, QStringLiteral("eureka_enabled")}, tr("Eu&reka:"), m_content,
                                  tr("Register with Eureka (no load balancer, EC2 health check)")));

    buildHealthCheck(addSection(tr("Health check")));
    buildScaling(addSection(tr("Scaling policy")));

    form = addSection(tr("Security groups"));
    addField(form, new StringListField({QStringLiteral("security_group"), QStringLiteral("instance_extras")},
                                       tr("Extra security gro&ups:"), m_content))
        ->setOriginNote(tr("Added to the instances' security groups after the defaults and the app's own group."));

    form = addSection(tr("Approval"));
    addField(form, new CheckField({App, QStringLiteral("approval_skip")}, tr("Skip appr&oval:"), m_content,
                                  tr("No checkpoint before deploying to this environment")))
        ->setOriginNote(tr("Foremast honours it only when foremast.cfg's env_configs enables approval skip "
                           "for this environment."));
    addField(form, new DurationField({App, QStringLiteral("approval_timeout")}, tr("Approval ti&meout:"), m_content));

    form = addSection(tr("Completion webhooks"));
    addField(form, new WebhooksField({QStringLiteral("completion_webhooks")}, tr("&Webhooks:"), m_content))
        ->setOriginNote(tr("Foremast adds webhook stages after the deploy of non-production environments only."));

    form = addSection(tr("Custom tags"));
    addField(form, new KeyValueField({App, QStringLiteral("custom_tags")}, tr("T&ags:"), m_content))
        ->setOriginNote(tr("Extra tags on the auto scaling group."));
    buildTypeSections();
    layout->addStretch(1);
}

void EnvSettingsEditor::buildHealthCheck(QFormLayout *form)
{
    m_hcType = addField(form, new ComboField({Asg, QStringLiteral("hc_type")}, tr("Health check &type:"), m_content,
                                             {{QStringLiteral("ELB"), tr("The load balancer's health check")},
                                              {QStringLiteral("EC2"), tr("EC2 instance status only")}},
                                             false));
    m_hcNote = new QLabel(m_content);
    m_hcNote->setWordWrap(true);
    m_hcNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_hcNote);
    addField(form, new SpinField({Asg, QStringLiteral("hc_grace_period")}, tr("&Grace period:"), m_content,
                                 0, 86400, tr(" s")));
    addField(form, new SpinField({Asg, QStringLiteral("app_grace_period")}, tr("App grace period:"), m_content,
                                 0, 86400, tr(" s")))
        ->setOriginNote(tr("Added to the grace period."));
    m_graceTotal = new QLabel(m_content);
    m_graceTotal->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_graceTotal);
}

void EnvSettingsEditor::buildScaling(QFormLayout *form)
{
    const QJsonObject starter{{QStringLiteral("metric"), QStringLiteral("CPUUtilization")},
                              {QStringLiteral("threshold"), 80},
                              {QStringLiteral("period_minutes"), 30},
                              {QStringLiteral("statistic"), QStringLiteral("Average")}};
    m_scaling = addField(form, new PresenceField(ScalingPolicy, tr("Sca&ling:"), m_content,
                                                 tr("Attach a scaling policy after each deploy"), starter));
    const auto fallback = [](SettingField *field, const QJsonValue &value) {
        field->setFallbackValue(value);
        field->setOriginNote(tr("When not set, Foremast uses %1.").arg(value.isString()
                ? value.toString() : QString::number(value.toDouble())));
        return field;
    };
    m_scalingFields
        << fallback(addField(form, new ComboField(scaling("metric"), tr("Metric:"), m_content,
                                                  choices({QStringLiteral("CPUUtilization"), QStringLiteral("NetworkIn"),
                                                           QStringLiteral("NetworkOut"), QStringLiteral("DiskReadOps"),
                                                           QStringLiteral("DiskWriteOps")}),
                                                  true)),
                    QStringLiteral("CPUUtilization"));
    auto *threshold = addField(form, new SpinField(scaling("threshold"), tr("Threshold:"), m_content, 0, 1000000));
    threshold->setUnsetText(tr("not set"));
    m_scalingFields << threshold
                    << fallback(addField(form, new SpinField(scaling("period_minutes"), tr("Period:"), m_content,
                                                             1, 1440, tr(" min"))), 30)
                    << fallback(addField(form, new ComboField(scaling("statistic"), tr("Statistic:"), m_content,
                                                              choices({QStringLiteral("Average"), QStringLiteral("Sum"),
                                                                       QStringLiteral("Minimum"), QStringLiteral("Maximum"),
                                                                       QStringLiteral("SampleCount")}),
                                                              false)),
                                QStringLiteral("Average"))
                    << fallback(addField(form, new SpinField(scaling("instance_warmup"), tr("Instance warm-up:"),
                                                             m_content, 0, 86400, tr(" s"))), 600)
                    << fallback(addField(form, new CheckField(scaling("scale_down"), tr("Scale down:"), m_content,
                                                              tr("Also add a scale-down policy"))), true)
                    << fallback(addField(form, new SpinField(scaling("increase_scaling_adjustment"),
                                                             tr("Scale-up step:"), m_content, -1000, 1000)), 1)
                    << fallback(addField(form, new SpinField(scaling("decrease_scaling_adjustment"),
                                                             tr("Scale-down step:"), m_content, -1000, 1000)), -1);
}

} // namespace Fd
