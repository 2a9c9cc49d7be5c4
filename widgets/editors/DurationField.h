// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SettingField.h"

class QComboBox;
class QSpinBox;

namespace Fd {

/// A duration stored in milliseconds (e.g. app.approval_timeout), shown as a number and a unit
/// (seconds … days). Null or 0 shows as "no timeout"; choosing it stores null.
class DurationField : public SettingField
{
    Q_OBJECT
public:
    DurationField(const KeyPath &path, const QString &labelText, QWidget *labelParent);
    QSpinBox *spinBox() const { return m_spin; }
    QComboBox *unitBox() const { return m_unit; }
    /// The duration the editor shows, in milliseconds (0: none).
    qint64 shownMilliseconds() const;

protected:
    void display(const QJsonValue &value) override;

private:
    void commit();

    QSpinBox *m_spin;
    QComboBox *m_unit;
    qint64 m_committed = -1;
};

} // namespace Fd
