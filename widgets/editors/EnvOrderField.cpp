// SPDX-License-Identifier: Apache-2.0
#include "EnvOrderField.h"

#include <QGridLayout>
#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>

namespace Fd {

EnvOrderField::EnvOrderField(const KeyPath &path, const QString &labelText, QWidget *labelParent)
    : SettingField(path, labelText, labelParent)
    , m_list(new QListWidget)
    , m_up(new QPushButton(tr("Up")))
    , m_down(new QPushButton(tr("Down")))
{
    auto *row = new QWidget(this);
    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_list, 0, 0, 3, 1);
    grid->addWidget(m_up, 0, 1);
    grid->addWidget(m_down, 1, 1);
    grid->setRowStretch(2, 1);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    m_up->setAccessibleName(tr("Move environment up"));
    m_down->setAccessibleName(tr("Move environment down"));
    setEditor(m_list, row);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &EnvOrderField::updateButtons);
    updateButtons();
}

QStringList EnvOrderField::envs() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void EnvOrderField::move(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    const QString env = m_list->item(row)->text();
    Q_EMIT moveRequested(env, to);
    // Follow the moved env when the move happened.
    const int now = envs().indexOf(env);
    if (now >= 0)
        m_list->setCurrentRow(now);
}

void EnvOrderField::updateButtons()
{
    const int row = m_list->currentRow();
    const bool editable = state().editable;
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_list->count());
}

void EnvOrderField::display(const QJsonValue &value)
{
    QStringList wanted;
    for (const QJsonValue &env : value.toArray())
        wanted << env.toString();
    if (wanted != envs()) {
        const QString current = m_list->currentItem() ? m_list->currentItem()->text() : QString();
        m_list->clear();
        m_list->addItems(wanted);
        const int row = wanted.indexOf(current);
        if (row >= 0)
            m_list->setCurrentRow(row);
    }
    updateButtons();
}

} // namespace Fd
