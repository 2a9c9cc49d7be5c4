// SPDX-License-Identifier: Apache-2.0
#include "OriginBadge.h"

namespace Fd {

OriginBadge::OriginBadge(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::PlaceholderText);
}

void OriginBadge::setOrigin(Origin origin, const EditScope &scope, const QString &extraToolTip)
{
    m_origin = origin;
    m_setHere = origin == scope.ownOrigin();
    setText(scope.originLabel(origin));
    QString tip = scope.originToolTip(origin);
    if (!extraToolTip.isEmpty())
        tip += QLatin1Char('\n') + extraToolTip;
    setToolTip(tip);
    setAccessibleName(tr("Value source: %1").arg(text()));
    setAccessibleDescription(tip);

    QFont f = font();
    f.setBold(m_setHere);
    f.setItalic(origin == Origin::ForemastDefault || origin == Origin::Unset);
    setFont(f);
    if (m_setHere)
        setForegroundRole(QPalette::Link);
    else if (origin == Origin::EnvFile || origin == Origin::PipelineFile)
        setForegroundRole(QPalette::WindowText);
    else
        setForegroundRole(QPalette::PlaceholderText);
}

void OriginBadge::applyEmphasis(QWidget *widget, bool setHere)
{
    QFont f = widget->font();
    if (f.bold() == setHere)
        return;
    f.setBold(setHere);
    widget->setFont(f);
}

} // namespace Fd
