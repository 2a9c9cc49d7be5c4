// SPDX-License-Identifier: Apache-2.0
// LazyIconStyle: a standard icon is read on first use, and then is the base style's.
#include "theme/LazyIconStyle.h"

#include <QAction>
#include <QApplication>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Fd;

namespace {

/// Fusion, counting how often it is asked for the extension icon.
class CountingStyle : public QProxyStyle
{
public:
    CountingStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const override
    {
        if (icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton)
            ++asked;
        return QProxyStyle::standardIcon(icon, option, widget);
    }
    mutable int asked = 0;
};

QImage imageOf(const QIcon &icon, int size) { return icon.pixmap(size).toImage().convertToFormat(QImage::Format_ARGB32); }

} // namespace

class TestLazyIconStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extensionIconReadOnFirstUse()
    {
        auto *base = new CountingStyle;
        LazyIconStyle style(base);
        const QIcon icon = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        QCOMPARE(base->asked, 0);
        QVERIFY(!icon.isNull());
        QCOMPARE(base->asked, 1);
        (void)icon.pixmap(16);
        QCOMPARE(base->asked, 1);
    }

    void extensionIconsLookLikeTheBaseStyles_data()
    {
        QTest::addColumn<int>("pixmap");
        QTest::addColumn<int>("size");
        for (int size : {8, 16, 32}) {
            QTest::addRow("horizontal %d", size) << int(QStyle::SP_ToolBarHorizontalExtensionButton) << size;
            QTest::addRow("vertical %d", size) << int(QStyle::SP_ToolBarVerticalExtensionButton) << size;
        }
    }
    void extensionIconsLookLikeTheBaseStyles()
    {
        QFETCH(int, pixmap);
        QFETCH(int, size);
        const auto which = QStyle::StandardPixmap(pixmap);
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        LazyIconStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
        const QIcon lazy = style.standardIcon(which), direct = fusion->standardIcon(which);
        QCOMPARE(lazy.availableSizes(), direct.availableSizes());
        QCOMPARE(lazy.actualSize(QSize(size, size)), direct.actualSize(QSize(size, size)));
        QCOMPARE(imageOf(lazy, size), imageOf(direct, size));
        QCOMPARE(imageOf(QIcon(lazy), size), imageOf(direct, size)); // a copy, as widgets keep it
        // At device pixel ratio 2 (QIcon hands its engine device pixels).
        const QPixmap lazy2 = lazy.pixmap(QSize(size, size), 2.0), direct2 = direct.pixmap(QSize(size, size), 2.0);
        QCOMPARE(lazy2.size(), direct2.size());
        QCOMPARE(lazy2.devicePixelRatio(), direct2.devicePixelRatio());
        QCOMPARE(lazy2.toImage().convertToFormat(QImage::Format_ARGB32),
                 direct2.toImage().convertToFormat(QImage::Format_ARGB32));
    }

    void otherIconsAreTheBaseStyles()
    {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        LazyIconStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
        for (auto which : {QStyle::SP_MessageBoxWarning, QStyle::SP_TitleBarCloseButton, QStyle::SP_TitleBarNormalButton,
                           QStyle::SP_DialogOkButton, QStyle::SP_FileIcon})
            for (int size : {16, 32})
                QCOMPARE(imageOf(style.standardIcon(which), size), imageOf(fusion->standardIcon(which), size));
    }

    void optionReachesTheBaseStyle()
    {
        // Fusion turns the back arrow round for right-to-left text, read from the option.
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        LazyIconStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
        QStyleOption rightToLeft;
        rightToLeft.direction = Qt::RightToLeft;
        QCOMPARE(imageOf(style.standardIcon(QStyle::SP_ArrowBack, &rightToLeft), 16),
                 imageOf(fusion->standardIcon(QStyle::SP_ArrowBack, &rightToLeft), 16));
    }

    void narrowToolBarShowsTheExtensionIcon()
    {
        auto *base = new CountingStyle;
        QApplication::setStyle(new LazyIconStyle(base)); // as the window does; children follow it
        QToolBar bar;
        for (int i = 0; i < 20; ++i)
            bar.addAction(QStringLiteral("Action %1").arg(i));
        QCOMPARE(base->asked, 0); // building the bar reads nothing
        bar.resize(120, bar.sizeHint().height());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QToolButton *extension = nullptr;
        for (QToolButton *button : bar.findChildren<QToolButton *>())
            if (button->objectName() == QLatin1String("qt_toolbar_ext_button"))
                extension = button;
        QVERIFY(extension);
        QTRY_VERIFY(extension->isVisible());
        QVERIFY(!extension->icon().isNull());
        QCOMPARE(base->asked, 1);
    }
};

QTEST_MAIN(TestLazyIconStyle)
#include "tst_lazyiconstyle.moc"
