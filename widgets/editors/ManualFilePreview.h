// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace Fd {

class EditSession;

/// For manual pipeline types: one file of pipeline_files, picked from a list, rendered as
/// Foremast renders it (its template_variables, the real Jinja2), or the reason it cannot be.
/// Rendering runs a helper process, so it follows edits after a short pause, and only while shown.
class ManualFilePreview : public QWidget
{
    Q_OBJECT
public:
    explicit ManualFilePreview(EditSession *session, QWidget *parent = nullptr);

    /// Previews another runway's files (null: none); shows nothing until the next refresh.
    void setSession(EditSession *session);
    /// Reads pipeline_files again and renders the chosen file now.
    void refresh();
    /// Renders again after a pause (edits come in bursts while typing).
    void scheduleRefresh();
    QComboBox *fileBox() const { return m_files; }
    /// The rendered JSON, or empty when the file has an error.
    QString renderedText() const;
    /// The render error, or empty.
    QString errorText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void render();

    EditSession *m_session;
    QComboBox *m_files;
    QLabel *m_error;
    QPlainTextEdit *m_text;
    QTimer *m_timer;
};

} // namespace Fd
