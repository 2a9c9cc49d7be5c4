// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EditScope.h"

#include <QLabel>

namespace Fd {

/// A small label beside a field saying where its effective value comes from (Foremast default,
/// the env file, a region override). Colours come from the palette roles only, so it follows
/// light and dark themes: placeholder text for defaults, link colour and bold for "set here".
class OriginBadge : public QLabel
{
    Q_OBJECT
public:
    explicit OriginBadge(QWidget *parent = nullptr);

    void setOrigin(Origin origin, const EditScope &scope, const QString &extraToolTip = {});
    Origin origin() const { return m_origin; }
    /// Whether the value is set at the scope being edited (as opposed to inherited).
    bool isSetHere() const { return m_setHere; }

    /// Applies the palette role and weight that mark "set here" / "inherited" to any widget.
    static void applyEmphasis(QWidget *widget, bool setHere);

private:
    Origin m_origin = Origin::Unset;
    bool m_setHere = false;
    bool m_shown = false; ///< setOrigin() was called
};

} // namespace Fd
