// SPDX-License-Identifier: Apache-2.0
#include "DurationField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

namespace Fd {

namespace {

constexpr qint64 Units[] = {1, 1000, 60 * 1000, 60 * 60 * 1000, 24 * 60 * 60 * 1000};

qint64 toMilliseconds(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString())
        return value.toString().trimmed().toLongLong();
    return 0;
}

} // namespace

DurationField::DurationField(const KeyPath &path, const QString &labelText, QWidget *labelParent)
    : SettingField(path, labelText, labelParent), m_spin(new QSpinBox), m_unit(new QComboBox)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_spin, 1);
    layout->addWidget(m_unit);
    m_spin->setRange(0, 999999);
    m_spin->setSpecialValueText(tr("No timeout"));
    m_unit->addItems({tr("milliseconds"), tr("seconds"), tr("minutes"), tr("hours"), tr("days")});
    m_unit->setCurrentIndex(3);
    m_unit->setAccessibleName(tr("%1 unit").arg(plainLabel()));
    setEditor(m_spin, row);
    connect(m_spin, &QSpinBox::valueChanged, this, [this] {
        if (!isDisplaying())
            commit();
    });
    connect(m_unit, &QComboBox::activated, this, [this] {
        if (!isDisplaying())
            commit();
    });
}

qint64 DurationField::shownMilliseconds() const
{
    return qint64(m_spin->value()) * Units[qBound(0, m_unit->currentIndex(), 4)];
}

void DurationField::commit()
{
    const qint64 ms = shownMilliseconds();
    m_committed = ms;
    // Foremast reads null as "no timeout"; 0 ms would time the checkpoint out at once.
    requestValue(ms == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(ms)), true);
}

void DurationField::display(const QJsonValue &value)
{
    const qint64 ms = toMilliseconds(value);
    m_spin->setToolTip(ms > 0 ? tr("%1 ms").arg(ms) : tr("No timeout: the checkpoint waits for a decision"));
    int unit = m_unit->currentIndex();
    // The unit the user just picked stays; any other value gets the largest unit that fits.
    const bool ownCommit = ms == m_committed && ms % Units[unit] == 0;
    if (ms != 0 && !ownCommit) {
        unit = 4;
        while (unit > 0 && ms % Units[unit] != 0)
            --unit;
    }
    m_unit->setCurrentIndex(unit);
    m_spin->setValue(int(qMin<qint64>(ms / Units[unit], m_spin->maximum())));
}

} // namespace Fd
