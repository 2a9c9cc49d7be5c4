// SPDX-License-Identifier: Apache-2.0
#include "LazyIconStyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

#include <optional>

namespace Fd {

namespace {

/// Reads the base style's icon on first use and draws that from then on.
class LazyStandardIconEngine : public QIconEngine
{
public:
    LazyStandardIconEngine(QStyle *base, QStyle::StandardPixmap pixmap, const QStyleOption *option,
        const QWidget *widget)
        : m_base(base), m_pixmap(pixmap), m_widget(widget)
    {
        if (option) {
            m_option = *option; // its base part: the direction, palette and state styles read
            m_option->styleObject = nullptr; // may be gone when the icon is read
        }
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    // An engine is asked for device pixels: QIcon has already multiplied `size` by the scale, so
    // the icon read is asked at ratio 1, or it would multiply again.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal) override
    {
        return icon().pixmap(size, 1.0, mode, state);
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
    QString iconName() override { return icon().name(); }
    QString key() const override { return QStringLiteral("LazyStandardIconEngine"); }
    QIconEngine *clone() const override
    {
        return new LazyStandardIconEngine(*this);
    }

private:
    const QIcon &icon()
    {
        if (!m_read) {
            m_read = true;
            // The style the icon came from may have been replaced (a theme change) since: the
            // application's style then answers, and if it is a LazyIconStyle its own base does.
            const QStyleOption *option = m_option ? &*m_option : nullptr;
            m_icon = m_base ? m_base->standardIcon(m_pixmap, option, m_widget)
                            : QApplication::style()->standardIcon(m_pixmap, option, m_widget);
        }
        return m_icon;
    }

    QPointer<QStyle> m_base;
    QStyle::StandardPixmap m_pixmap;
    std::optional<QStyleOption> m_option;
    QPointer<const QWidget> m_widget;
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
    return QIcon(new LazyStandardIconEngine(baseStyle(), standardIcon, option, widget));
}

} // namespace Fd
