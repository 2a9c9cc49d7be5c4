// SPDX-License-Identifier: Apache-2.0
#include "CheckedSpinBox.h"

#include <QStyle>
#include <QStyleOptionSpinBox>

#include <algorithm>

namespace Fd {

CheckedSpinBox::CheckedSpinBox(QWidget *parent) : QSpinBox(parent)
{
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

QSize CheckedSpinBox::minimumSizeHint() const
{
    QSize size = QSpinBox::minimumSizeHint();
    if (specialValueText().isEmpty())
        return size;
    QStyleOptionSpinBox option;
    initStyleOption(&option);
    // 2 px beside the text on each side inside the line edit, as QLineEdit keeps.
    const QSize text(fontMetrics().horizontalAdvance(specialValueText()) + 4, size.height());
    size.setWidth(std::max(size.width(), style()->sizeFromContents(QStyle::CT_SpinBox, &option, text, this).width()));
    return size;
}

int CheckedSpinBox::numberIn(const QString &input, bool *ok) const
{
    QString text = input;
    if (!prefix().isEmpty() && text.startsWith(prefix()))
        text.remove(0, prefix().size());
    if (!suffix().isEmpty() && text.endsWith(suffix()))
        text.chop(suffix().size());
    return locale().toInt(text.trimmed(), ok);
}

QValidator::State CheckedSpinBox::validate(QString &input, int &pos) const
{
    const QValidator::State state = QSpinBox::validate(input, pos);
    if (state != QValidator::Invalid)
        return state;
    // Out-of-range numbers may be typed, so they can be refused with a reason on Enter.
    bool ok = false;
    numberIn(input, &ok);
    const QString bare = input.trimmed();
    return ok || bare == QLatin1String("-") || bare == QLatin1String("+") ? QValidator::Intermediate
                                                                          : QValidator::Invalid;
}

void CheckedSpinBox::fixup(QString &input) const
{
    bool ok = false;
    const int number = numberIn(input, &ok);
    if (ok && number < minimum())
        Q_EMIT refused(tr("%1 is below the smallest allowed value, %2; the value stays %3.")
                           .arg(number).arg(minimum()).arg(value()));
    else if (ok && number > maximum())
        Q_EMIT refused(tr("%1 is above the largest allowed value, %2; the value stays %3.")
                           .arg(number).arg(maximum()).arg(value()));
    QSpinBox::fixup(input);
}

} // namespace Fd
