// SPDX-License-Identifier: Apache-2.0
#include "OnetimeDialog.h"

#include "GateFetchPanel.h"
#include "generator/ExistingPipelines.h"
#include "graph/StageGraphView.h"
#include "preview/JsonHighlighter.h"
#include "preview/MessagePanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Fd {

OnetimeDialog::OnetimeDialog(const RunwayContext &context, const GenerationOptions &options,
                             const PublishDialogServices &gate, QWidget *parent)
    : QDialog(parent), m_context(context), m_options(options), m_envs(new QComboBox(this)),
      m_existing(new QLabel(this)), m_fromGate(new QPushButton(tr("From &Gate…"), this)),
      m_gate(new GateFetchPanel(context.naming.app(), gate, this)), m_message(new QLabel(this)), m_regions(new QComboBox(this)),
      m_graph(new StageGraphView(this)), m_json(new QPlainTextEdit(this)), m_publish(nullptr)
{
    setWindowTitle(tr("One-time Pipeline — %1").arg(context.naming.app()));
    m_options.onetimeEnv.clear();

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Foremast's one-time pipeline deploys one environment alone, with its triggers "
                                "disabled, to be started by hand. It is named after the regular pipeline of its "
                                "region, which must already be in Spinnaker."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_envs->addItems(context.runway.envOrder());
    form->addRow(tr("&Environment:"), m_envs);
    auto *existingRow = new QHBoxLayout;
    m_existing->setWordWrap(true);
    existingRow->addWidget(m_existing, 1);
    auto *load = new QPushButton(tr("&Load…"), this);
    load->setToolTip(tr("Read the app's pipelines from a file saved from Gate's /applications/APP/pipelineConfigs"));
    existingRow->addWidget(load);
    m_fromGate->setCheckable(true);
    m_fromGate->setToolTip(tr("Sign in to Gate and read the app's pipelines from Spinnaker"));
    existingRow->addWidget(m_fromGate);
    form->addRow(tr("Existing pipelines:"), existingRow);
    layout->addLayout(form);
    m_gate->hide();
    layout->addWidget(m_gate);
    auto *regionForm = new QFormLayout;
    regionForm->addRow(tr("&Region:"), m_regions);
    layout->addLayout(regionForm);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(6);
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_graph);
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(m_json);
    splitter->addWidget(m_json);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_publish = buttons->addButton(tr("&Publish…"), QDialogButtonBox::ActionRole);
    m_publish->setToolTip(tr("Publish the one-time pipelines to Spinnaker: sign-in, changes and confirmation as for Deploy"));
    layout->addWidget(buttons);
    resize(900, 700);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_publish, &QPushButton::clicked, this, [this] { Q_EMIT publishRequested(m_context, m_generation); });
    connect(load, &QPushButton::clicked, this, &OnetimeDialog::loadExisting);
    connect(m_fromGate, &QPushButton::toggled, m_gate, &QWidget::setVisible);
    connect(m_gate, &GateFetchPanel::fetched, this, &OnetimeDialog::setExistingPipelines);
    connect(m_envs, &QComboBox::currentTextChanged, this, &OnetimeDialog::regenerate);
    connect(m_regions, &QComboBox::currentTextChanged, this, &OnetimeDialog::showRegion);
    setExistingPipelines(options.existingPipelines, {});
}

void OnetimeDialog::setEnv(const QString &env)
{
    m_envs->setCurrentText(env);
    if (m_options.onetimeEnv != env)
        regenerate();
}

QString OnetimeDialog::env() const
{
    return m_envs->currentText();
}

void OnetimeDialog::setExistingPipelines(const QJsonArray &pipelines, const QString &source)
{
    m_options.existingPipelines = pipelines;
    m_existing->setText(source.isEmpty() && pipelines.isEmpty()
            ? tr("None known. Load the app's pipelines to find its regular ones.")
            : tr("%n pipeline(s) from %1", nullptr, int(pipelines.size())).arg(source));
    regenerate();
}

void OnetimeDialog::setCurrentRegion(const QString &region)
{
    m_regions->setCurrentText(region);
}

void OnetimeDialog::loadExisting()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load the App's Existing Pipelines"), {},
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<QJsonArray> existing = readExistingPipelines(path);
    if (!existing) {
        m_messages = {existing.error()};
        m_message->setText(existing.error().toString());
        return;
    }
    setExistingPipelines(existing.value(), QFileInfo(path).fileName());
}

void OnetimeDialog::regenerate()
{
    m_options.onetimeEnv = m_envs->currentText();
    m_generation = Generation();
    m_messages.clear();
    if (!m_options.onetimeEnv.isEmpty()) {
        const Result<Generation> generated = generatePipelines(m_context, m_options);
        if (generated) {
            m_generation = *generated;
            m_messages = generated->findings;
        } else {
            m_messages << generated.error();
        }
    }
    bool errors = m_generation.pipelines.isEmpty();
    QStringList lines;
    for (const Error &message : std::as_const(m_messages)) {
        errors = errors || message.severity == Error::Severity::Error;
        lines << message.toString();
    }
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->setVisible(!lines.isEmpty());
    // Errors stand out: nothing is published while Foremast would refuse.
    setMessageTone(m_message, errors ? MessageTone::Error : MessageTone::Warning);
    m_publish->setEnabled(!errors);

    const QString region = m_regions->currentText();
    {
        const QSignalBlocker blocker(m_regions);
        m_regions->clear();
        for (const GeneratedPipeline &pipeline : std::as_const(m_generation.pipelines))
            m_regions->addItem(pipeline.region);
        if (m_regions->findText(region) >= 0)
            m_regions->setCurrentText(region);
    }
    m_regions->setEnabled(m_regions->count() > 1);
    showRegion();
}

void OnetimeDialog::showRegion()
{
    const int index = m_regions->currentIndex();
    if (index < 0 || index >= m_generation.pipelines.size()) {
        m_graph->setPipeline({});
        m_json->clear();
        return;
    }
    const GeneratedPipeline &pipeline = m_generation.pipelines.at(index);
    m_graph->setPipeline(pipeline.json, m_messages);
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(pipeline.json).toJson(QJsonDocument::Indented)));
}

QString OnetimeDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString OnetimeDialog::existingText() const
{
    return m_existing->text();
}

QString OnetimeDialog::jsonText() const
{
    return m_json->toPlainText();
}

} // namespace Fd
