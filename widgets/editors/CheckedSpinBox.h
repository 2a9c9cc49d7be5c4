// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSpinBox>

namespace Fd {

/// A spin box that lets the user type any whole number and refuses the ones out of range with a
/// reason (`refused`), instead of QSpinBox's silent edit (dropping the "-" of "-3" gives 3).
/// After a refusal it shows the previous value again.
class CheckedSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit CheckedSpinBox(QWidget *parent = nullptr);

    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    /// Room for the special value text ("not set") whole, so a form in a narrow panel puts the
    /// box below its label instead of cutting the text (QSpinBox measures only the numbers).
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// `reason` names the number typed and the allowed range.
    void refused(const QString &reason) const;

private:
    /// The number in `input` without prefix, suffix and spaces; nullopt-like via `ok`.
    int numberIn(const QString &input, bool *ok) const;
};

} // namespace Fd
