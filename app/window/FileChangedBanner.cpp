// SPDX-License-Identifier: Apache-2.0
#include "FileChangedBanner.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Fd {

FileChangedBanner::FileChangedBanner(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    // The icon is set when the banner is first shown: the style looks it up in the icon theme,
    // which costs about a fifth of the window's start-up.
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    auto *reload = new QPushButton(tr("&Reload from Disk"), this);
    auto *keep = new QPushButton(tr("&Keep Mine"), this);
    keep->setToolTip(tr("Keep the designer's version; saving will ask before overwriting the files."));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(reload);
    layout->addWidget(keep);
    connect(reload, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT reloadRequested();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT keepMineRequested();
    });
    hide();
}

void FileChangedBanner::showFor(const QStringList &paths, bool hasUnsavedChanges)
{
    m_paths = paths;
    if (m_icon->pixmap().isNull()) {
        // The style's own icon size: its icons come in those sizes (and their doubles), so the
        // pixmap matches the screen's pixel ratio instead of being stretched.
        const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    }
    QStringList names;
    for (const QString &path : paths)
        names << QFileInfo(path).fileName();
    QString text = tr("Changed on disk by another program: %1.").arg(names.join(QStringLiteral(", ")));
    if (hasUnsavedChanges)
        text += QLatin1Char(' ') + tr("Reloading discards your unsaved changes.");
    m_text->setText(text);
    show();
}

} // namespace Fd
