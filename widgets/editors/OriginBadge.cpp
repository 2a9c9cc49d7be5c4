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
    const QString label = scope.originLabel(origin);
    QString tip = scope.originToolTip(origin);
    if (!extraToolTip.isEmpty())
        tip += QLatin1Char('\n') + extraToolTip;
    // Every edit refreshes every field of the form: an unchanged badge must not be repainted.
    if (m_shown && origin == m_origin && label == text() && tip == toolTip())
        return;
    m_shown = true;
    m_origin = origin;
    m_setHere = origin == scope.ownOrigin();
    setText(label);
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
