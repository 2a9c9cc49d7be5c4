// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Fd {

class EditSession;
class ElidingLabel;

/// The application the pipelines are named after, and the project and repo it comes from, shown
/// and editable. A change is an undoable step saved in the designer settings file, so a copied
/// runway does not silently publish as another app.
class IdentityForm : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityForm(EditSession *session, QWidget *parent = nullptr);

    QLineEdit *projectEdit() const { return m_project; }
    QLineEdit *repoEdit() const { return m_repo; }
    /// The application name shown (the label may elide it; its tooltip has it whole).
    QString appName() const;
    QLabel *appLabel() const;
    /// The reason the last input was refused (empty when it was taken).
    QString problem() const;

private:
    void commit();
    void refresh();

    EditSession *m_session;
    ElidingLabel *m_app;
    QLineEdit *m_project;
    QLineEdit *m_repo;
    QLabel *m_problem;
};

} // namespace Fd
