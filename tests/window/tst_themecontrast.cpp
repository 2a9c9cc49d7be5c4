// SPDX-License-Identifier: Apache-2.0
// Light and dark palettes: every colour the designer paints itself must stand out from what it is
// painted on, measured as the WCAG 2 contrast ratio of the colours actually in use — the graph's
// style as the view holds it, the formats the highlighters put into the JSON and diff documents,
// the message panels' and the origin badges' palettes. The window is built once under the light
// theme and then switched, so a view that does not follow a theme switch keeps colours chosen
// for the other background and fails here. Check box and radio button frames are measured in the
// pixels the style paints.
#include "WindowFixture.h"

#include "AppSettings.h"
#include "editors/OriginBadge.h"
#include "editors/SettingsEditorPanel.h"
#include "graph/StageGraphScene.h"
#include "graph/StageGraphView.h"
#include "preview/GenerationController.h"
#include "preview/MessagePanel.h"
#include "preview/PreviewPane.h"
#include "publish/DiffHighlighter.h"
#include "theme/ThemeColours.h"

#include <QApplication>
#include <QCheckBox>
#include <QRadioButton>
#include <QLabel>
#include <QStyleOptionButton>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Fd;
using ThemeColours::contrastRatio;

namespace {

/// WCAG's minimum for body text (1.4.3) and for graphics that carry meaning (1.4.11).
constexpr qreal TextContrast = 4.5;
constexpr qreal GraphicContrast = 3;

/// `colour` (possibly translucent) as it shows over `background`.
QColor over(const QColor &colour, const QColor &background, qreal opacity = 1)
{
    const qreal a = colour.alphaF() * opacity;
    return QColor::fromRgbF(colour.redF() * a + background.redF() * (1 - a),
                            colour.greenF() * a + background.greenF() * (1 - a),
                            colour.blueF() * a + background.blueF() * (1 - a));
}

QString describe(const char *what, const QColor &fg, const QColor &bg)
{
    return QStringLiteral("%1: %2 on %3 is %4:1")
        .arg(QLatin1String(what), fg.name(QColor::HexArgb), bg.name(), QString::number(contrastRatio(fg, bg), 'f', 2));
}

#define CHECK_CONTRAST(what, fg, bg, minimum)                                                                   \
    QVERIFY2(contrastRatio(over((fg), (bg)), (bg)) >= (minimum), qPrintable(describe((what), over((fg), (bg)), (bg))))

/// Foreground colours the highlighter set in `view`'s document, each once.
QList<QColor> highlightColours(const QPlainTextEdit *view)
{
    QList<QColor> colours;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            const QColor colour = range.format.foreground().color();
            if (range.format.foreground().style() != Qt::NoBrush && !colours.contains(colour))
                colours << colour;
        }
    }
    return colours;
}

/// The painted frame of `button`'s indicator (`element`: SE_CheckBoxIndicator or
/// SE_RadioButtonIndicator): along the middle row, across its left edge, the pixel that differs
/// most from `window`.
QColor indicatorFrame(QAbstractButton *button, QStyle::SubElement element, const QColor &window, QColor *inside)
{
    button->ensurePolished();
    button->resize(button->sizeHint());
    const QImage image = button->grab().toImage();
    QStyleOptionButton option;
    option.initFrom(button);
    option.rect = button->rect();
    const QRect indicator = button->style()->subElementRect(element, &option, button);
    const int y = indicator.center().y();
    *inside = image.pixelColor(indicator.center());
    QColor frame = window;
    for (int x = std::max(0, indicator.left() - 1); x <= indicator.left() + 2; ++x) {
        const QColor pixel = image.pixelColor(x, y);
        if (contrastRatio(pixel, window) > contrastRatio(frame, window))
            frame = pixel;
    }
    return frame;
}

} // namespace

class TestThemeContrast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void coloursStandOut_data();
    void coloursStandOut();

private:
    std::unique_ptr<Test::WindowFixture> m_fixture;
    // Made under the light theme, before any switch.
    std::unique_ptr<QLabel> m_error, m_warning;
    std::unique_ptr<QPlainTextEdit> m_diff;
    std::unique_ptr<QCheckBox> m_checkBox;
    std::unique_ptr<QRadioButton> m_radioButton;
};

void TestThemeContrast::initTestCase()
{
    AppSettings::applyTheme(AppSettings::Theme::Light);
    m_fixture = std::make_unique<Test::WindowFixture>();
    QVERIFY(m_fixture->open());
    m_fixture->window->generation()->flush();
    m_error = std::make_unique<QLabel>(QStringLiteral("error"));
    setMessageTone(m_error.get(), MessageTone::Error);
    m_warning = std::make_unique<QLabel>(QStringLiteral("warning"));
    setMessageTone(m_warning.get(), MessageTone::Warning);
    m_diff = std::make_unique<QPlainTextEdit>();
    new DiffHighlighter(m_diff.get());
    m_diff->setPlainText(QStringLiteral("--- spinnaker\n+++ designer\n@@ -1 +1 @@\n-\"old\"\n+\"new\"\n"));
    m_checkBox = std::make_unique<QCheckBox>(QStringLiteral("check"));
    m_radioButton = std::make_unique<QRadioButton>(QStringLiteral("radio"));
}

void TestThemeContrast::cleanupTestCase()
{
    m_diff.reset();
    m_checkBox.reset();
    m_radioButton.reset();
    m_fixture.reset();
    AppSettings::applyTheme(AppSettings::Theme::Light);
}

void TestThemeContrast::coloursStandOut_data()
{
    QTest::addColumn<int>("theme");
    QTest::newRow("light") << int(AppSettings::Theme::Light);
    QTest::newRow("dark (switched while open)") << int(AppSettings::Theme::Dark);
    QTest::newRow("light again") << int(AppSettings::Theme::Light);
}

void TestThemeContrast::coloursStandOut()
{
    QFETCH(int, theme);
    const bool dark = AppSettings::Theme(theme) == AppSettings::Theme::Dark;
    AppSettings::applyTheme(AppSettings::Theme(theme));
    QCoreApplication::processEvents();
    MainWindow &window = *m_fixture->window;

    // The graph: labels are text; the status fills and the selection bar carry meaning.
    const StageGraphView *view = window.preview()->graphView();
    const GraphStyle &graph = view->graphScene()->graphStyle();
    QCOMPARE(graph.dark, dark);
    QCOMPARE(graph.background, view->palette().color(QPalette::Base));
    QCOMPARE(graph.halo, graph.background);
    CHECK_CONTRAST("stage label", graph.text, graph.background, TextContrast);
    // Other envs' stages are faded on purpose but stay readable for orientation.
    CHECK_CONTRAST("faded stage label", over(graph.text, graph.background, graph.fadedOpacity), graph.background, 2.0);
    CHECK_CONTRAST("error stage", graph.nodeError, graph.background, GraphicContrast);
    CHECK_CONTRAST("selection bar", graph.edgeOutOfActive, graph.background, GraphicContrast);
    CHECK_CONTRAST("keyboard focus", graph.focus, graph.background, GraphicContrast);
    if (dark) {
        // Deck has no dark theme: its hues are chosen again so they hold on a dark background.
        CHECK_CONTRAST("stage", graph.nodeFill, graph.background, GraphicContrast);
        CHECK_CONTRAST("selected stage", graph.nodeHighlighted, graph.background, GraphicContrast);
        CHECK_CONTRAST("warning stage", graph.nodeWarning, graph.background, GraphicContrast);
        CHECK_CONTRAST("edge into the selected stage", graph.edgeIntoActive, graph.background, GraphicContrast);
    } else {
        // On white, Deck's own colours; the grey, green and amber dots are lighter than 3:1 in Deck
        // too. Selection is also the bold label and the accent bar, a warning also its tooltip
        // and the findings list; they must at least not get fainter than Deck's.
        CHECK_CONTRAST("selected stage", graph.nodeHighlighted, graph.background, 2.5);
        CHECK_CONTRAST("warning stage", graph.nodeWarning, graph.background, 2.1);
    }

    // The JSON previews, as highlighted.
    for (const QPlainTextEdit *json : {window.preview()->pipelineJsonView(), window.preview()->stageJsonView()}) {
        const QColor base = json->palette().color(QPalette::Base);
        CHECK_CONTRAST("JSON text", json->palette().color(QPalette::Text), base, TextContrast);
        const QList<QColor> colours = highlightColours(json);
        if (json == window.preview()->pipelineJsonView())
            QVERIFY2(colours.size() >= 4, qPrintable(QString::number(colours.size()))); // keys, strings, numbers, literals
        for (const QColor &colour : colours)
            CHECK_CONTRAST("JSON highlighting", colour, base, TextContrast);
    }

    // The publish dialog's diff, highlighted before the switch.
    const QList<QColor> diffColours = highlightColours(m_diff.get());
    QCOMPARE(diffColours.size(), 3); // header, removed, added
    for (const QColor &colour : diffColours)
        CHECK_CONTRAST("diff highlighting", colour, m_diff->palette().color(QPalette::Base), TextContrast);
    CHECK_CONTRAST("error status", ThemeColours::errorText(QApplication::palette()),
                   QApplication::palette().color(QPalette::Window), TextContrast);

    // Message panels, made before the switch: they follow it, and their text reads well.
    for (const QLabel *panel : {m_error.get(), m_warning.get()}) {
        const QColor background = panel->palette().color(QPalette::Window);
        QCOMPARE(background.lightnessF() < 0.5, dark);
        CHECK_CONTRAST("message panel", panel->palette().color(QPalette::WindowText), background, 7.0);
    }

    // Check boxes (the settings' on/off keys) and radio buttons (the dialogs' choices): the frame
    // must show where the control is, on the window around it and on the base colour it is filled
    // with (1.4.11). Fusion alone gives 1.2:1 dark.
    const QColor around = m_checkBox->palette().color(QPalette::Window);
    QColor inside;
    const QColor frame = indicatorFrame(m_checkBox.get(), QStyle::SE_CheckBoxIndicator, around, &inside);
    QCOMPARE(inside, m_checkBox->palette().color(QPalette::Base));
    CHECK_CONTRAST("check box frame on the window", frame, around, GraphicContrast);
    CHECK_CONTRAST("check box frame on its inside", frame, inside, GraphicContrast);
    const QColor radioFrame = indicatorFrame(m_radioButton.get(), QStyle::SE_RadioButtonIndicator, around, &inside);
    QCOMPARE(inside, m_radioButton->palette().color(QPalette::Base));
    CHECK_CONTRAST("radio button frame on the window", radioFrame, around, GraphicContrast);
    CHECK_CONTRAST("radio button frame on its inside", radioFrame, inside, GraphicContrast);

    // The settings' source badges ("set in env", "default", …) on the panel.
    const QList<OriginBadge *> badges = window.settingsPanel()->findChildren<OriginBadge *>();
    QVERIFY(badges.size() >= 10);
    for (const OriginBadge *badge : badges) {
        const QColor background = badge->palette().color(badge->backgroundRole());
        CHECK_CONTRAST(qPrintable(QStringLiteral("badge \"%1\"").arg(badge->text())),
                       badge->palette().color(badge->foregroundRole()), background, TextContrast);
    }
}

QTEST_MAIN(TestThemeContrast)
#include "tst_themecontrast.moc"
