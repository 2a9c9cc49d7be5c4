// SPDX-License-Identifier: Apache-2.0
#include "LazyIconStyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>

namespace Fd {

namespace {

/// Reads the base style's icon on first use and draws that from then on.
class LazyStandardIconEngine : public QIconEngine
{
public:
    LazyStandardIconEngine(QStyle *base, QStyle::StandardPixmap pixmap)
        : m_base(base), m_pixmap(pixmap)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return icon().isNull(); }
    QString key() const override { return QStringLiteral("LazyStandardIconEngine"); }
    QIconEngine *clone() const override
    {
        auto *copy = new LazyStandardIconEngine(m_base, m_pixmap);
        copy->m_icon = m_icon;
        copy->m_read = m_read;
        return copy;
    }

private:
    const QIcon &icon()
    {
        if (!m_read) {
            m_read = true;
            // The style the icon came from may have been replaced (a theme change) since: the
            // application's style then answers, and if it is a LazyIconStyle its own base does.
            m_icon = m_base ? m_base->standardIcon(m_pixmap) : QApplication::style()->standardIcon(m_pixmap);
        }
        return m_icon;
    }

    QPointer<QStyle> m_base;
    QStyle::StandardPixmap m_pixmap;
    QIcon m_icon;
    bool m_read = false;
};

} // namespace

LazyIconStyle::LazyIconStyle(QStyle *base)
    : QProxyStyle(base)
{
}

QIcon LazyIconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
    const QWidget *widget) const
{
    if (standardIcon == SP_ToolBarHorizontalExtensionButton || standardIcon == SP_ToolBarVerticalExtensionButton)
        return QIcon(new LazyStandardIconEngine(baseStyle(), standardIcon));
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

} // namespace Fd
