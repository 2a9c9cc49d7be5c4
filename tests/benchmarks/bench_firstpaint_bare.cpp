// SPDX-License-Identifier: Apache-2.0
// The yardstick for the designer's start-up: a bare QMainWindow of the designer's default size,
// shown and, with FD_EXIT_AT_FIRST_PAINT set, ended at its first paint exactly as the designer
// is (app/window/FirstPaint.h). scripts/benchmarks.sh times both as whole processes.
// With --text it also shows a menu bar and a line of text, so that it pays for the font system
// (fontconfig, the first glyphs) as every window with words in it must.
#include "FirstPaint.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1500, 940);
    if (app.arguments().contains(QStringLiteral("--text"))) {
        window.menuBar()->addMenu(QStringLiteral("&File"));
        window.setCentralWidget(new QLabel(QStringLiteral("Foremast Designer"), &window));
    }
    Fd::exitAtFirstPaintIfAsked(&window);
    window.show();
    return app.exec();
}
