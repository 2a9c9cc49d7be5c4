// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QListView;
class QListWidget;
class QToolButton;

namespace Fd {

class EditSession;
class EnvListModel;
class IdentityForm;

/// The environments of the runway in pipeline order, with add (empty or cloned), rename, remove
/// and reorder (buttons or drag), and the regions of the selected env with add and remove.
class EnvPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EnvPanel(EditSession *session, QWidget *parent = nullptr);

    QString currentEnv() const;
    /// The selected region, or empty when the env itself (all regions) is selected.
    QString currentRegion() const;
    void selectEnv(const QString &env, const QString &region = {});
    EnvListModel *model() const { return m_model; }
    IdentityForm *identityForm() const { return m_identity; }

    // The actions, public so the window's menu and tests can trigger them.
    void addEnv();
    void cloneEnv();
    void renameEnv();
    void removeEnv();
    void moveEnv(int delta);
    void addRegion();
    void removeRegion();

Q_SIGNALS:
    /// The scope the editors and the graph should show: an env, and optionally one of its regions.
    void scopeChanged(const QString &env, const QString &region);

private:
    void addEnvDialog(const QString &cloneFrom);
    void refreshRegions();
    /// The regions listed (without the "All regions" row).
    QStringList regionTexts() const;
    void updateButtons();
    void emitScope();
    QToolButton *button(const QString &icon, const QString &text, const QString &tip);

    EditSession *m_session;
    EnvListModel *m_model;
    IdentityForm *m_identity = nullptr;
    QListView *m_envList;
    QListWidget *m_regionList;
    QToolButton *m_add, *m_clone, *m_rename, *m_remove, *m_up, *m_down, *m_addRegion, *m_removeRegion;
    QString m_lastEnv;
    QString m_lastRegion;
    QString m_regionsOf; ///< the env whose regions are listed
};

} // namespace Fd
