// SPDX-License-Identifier: Apache-2.0
#include "ManualFilePreview.h"

#include "EditSession.h"
#include "preview/JsonHighlighter.h"
#include "preview/MessagePanel.h"
#include "templates/ManualPipelines.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace Fd {

ManualFilePreview::ManualFilePreview(EditSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_files(new QComboBox(this)), m_error(new QLabel(this)),
      m_text(new QPlainTextEdit(this)), m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_files->setToolTip(tr("The pipeline file to preview, rendered as Foremast renders it"));
    layout->addWidget(m_files);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMessageTone(m_error, MessageTone::Error);
    m_error->hide();
    layout->addWidget(m_error);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumHeight(200);
    m_text->setPlaceholderText(tr("No pipeline file to preview: add one to the list above."));
    new JsonHighlighter(m_text);
    layout->addWidget(m_text);
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, &ManualFilePreview::refresh);
    connect(m_files, qOverload<int>(&QComboBox::activated), this, [this] { render(); });
}

void ManualFilePreview::setSession(EditSession *session)
{
    // Nothing of the old runway's files stays; the form's refresh schedules the new ones.
    m_timer->stop();
    m_session = session;
    {
        const QSignalBlocker blocker(m_files);
        m_files->clear();
    }
    m_text->clear();
    m_error->clear();
    m_error->hide();
}

void ManualFilePreview::scheduleRefresh()
{
    if (isVisible())
        m_timer->start();
}

void ManualFilePreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
}

void ManualFilePreview::refresh()
{
    m_timer->stop();
    if (!m_session)
        return;
    const QJsonArray files =
        m_session->document()->context().merged().pipeline().value(QStringLiteral("pipeline_files")).toArray();
    const int current = m_files->currentIndex();
    QStringList names;
    for (const QJsonValue &file : files)
        names << file.toString();
    QStringList shown;
    for (int i = 0; i < m_files->count(); ++i)
        shown << m_files->itemText(i);
    if (names != shown) {
        const QSignalBlocker blocker(m_files);
        m_files->clear();
        m_files->addItems(names);
        m_files->setCurrentIndex(qBound(names.isEmpty() ? -1 : 0, current, int(names.size()) - 1));
    }
    render();
}

void ManualFilePreview::render()
{
    const int index = m_files->currentIndex();
    m_text->clear();
    m_error->clear();
    m_error->hide();
    if (index < 0 || !m_session)
        return;
    // Offline, as the window generates: ids of existing pipelines are only known when publishing.
    const Result<Generation> generated = generateManualFile(m_session->document()->context(), {}, index);
    if (!generated) {
        m_error->setText(tr("This file cannot be rendered:\n%1").arg(generated.error().toString()));
        m_error->show();
        return;
    }
    QJsonArray pipelines;
    for (const GeneratedPipeline &pipeline : generated->pipelines)
        pipelines << pipeline.json;
    // One pipeline reads as an object, as in the file; a file that makes several shows the list.
    const QJsonDocument doc = pipelines.size() == 1 ? QJsonDocument(pipelines.at(0).toObject()) : QJsonDocument(pipelines);
    m_text->setPlainText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

QString ManualFilePreview::renderedText() const
{
    return m_text->toPlainText();
}

QString ManualFilePreview::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace Fd
