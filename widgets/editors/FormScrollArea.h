// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QScrollArea>
#include <QVBoxLayout>

namespace Fd {

/// A frameless scroll area filling `owner`, for a settings form: the form fits the panel's width
/// and grows with it, so it scrolls down but never sideways. The caller sets the form with
/// setWidget() once it is built.
inline QScrollArea *formScrollArea(QWidget *owner)
{
    auto *scroll = new QScrollArea(owner);
    auto *outer = new QVBoxLayout(owner);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

} // namespace Fd
