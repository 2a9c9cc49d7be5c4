// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SettingField.h"

class QListWidget;
class QPushButton;

namespace Fd {

/// pipeline.json's `env` list (the pipeline order) with Up and Down buttons. Moves are asked
/// for with `moveRequested` so they become the session's named "Move environment" steps.
class EnvOrderField : public SettingField
{
    Q_OBJECT
public:
    EnvOrderField(const KeyPath &path, const QString &labelText, QWidget *labelParent);
    QListWidget *listWidget() const { return m_list; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QStringList envs() const;

Q_SIGNALS:
    void moveRequested(const QString &env, int newIndex);

protected:
    void display(const QJsonValue &value) override;

private:
    void move(int delta);
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace Fd
