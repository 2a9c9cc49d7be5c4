// SPDX-License-Identifier: Apache-2.0
// Under LANGUAGE=de (set by CTest) the command line, the validation errors and the window speak
// German: the catalogue is found, loaded and reaches the texts users meet first. English, the
// source language, gets its plural forms from a catalogue too ("1 entry", not "1 entries").
#include "../support/CliRun.h"
#include "../window/WindowFixture.h"
#include "EditSession.h"
#include "LanguageChooser.h"
#include "MainActions.h"
#include "SettingsDialog.h"
#include "cli/Translations.h"
#include "window/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QProcess>
#include <QTest>
#include <QUndoStack>

using namespace Fd;

class TestGerman : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void programHelp();
    void verbHelp();
    void validationErrors();
    void menuTitles();
    void undoTexts();
    void settingsOfferLanguages();
    void englishPluralForms();
};

void TestGerman::initTestCase()
{
    QCOMPARE(qEnvironmentVariable("LANGUAGE"), QStringLiteral("de"));
    QVERIFY(installTranslations(*qApp).startsWith(QLatin1String("de")));
}

void TestGerman::programHelp()
{
    QProcess program;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    program.setProcessEnvironment(env);
    program.start(QStringLiteral(FD_APP_BINARY), {QStringLiteral("--help")});
    QVERIFY(program.waitForFinished(60000));
    const QString help = QString::fromUtf8(program.readAllStandardOutput());
    QCOMPARE(program.exitCode(), 0);
    QVERIFY2(help.contains(QStringLiteral("Foremast-Runways gestalten")), qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("Zu öffnender Runway-Ordner.")), qPrintable(help));
    QVERIFY2(!help.contains(QStringLiteral("Runway folder to open.")), qPrintable(help));
}

void TestGerman::verbHelp()
{
    for (const Cli::Verb &verb : Cli::verbs()) {
        if (verb.host != Cli::VerbHost::Core)
            continue; // runs in foremast-designer-publish/-gui; programHelp covers the program
        const Test::CliRun run = Test::runCli({QLatin1String(verb.name), QStringLiteral("--help")});
        QCOMPARE(run.code, int(Cli::ExitOk));
        // Ours (every verb takes a runway) and Qt's own heading, from qt6-translations-l10n.
        QVERIFY2(run.out.contains(QStringLiteral("Git-Projekt (Gruppe) des Dienstes")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Optionen:")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("The runway folder.")), qPrintable(run.out));
    }
    const Test::CliRun unknown = Test::runCli({QStringLiteral("no-such-verb")});
    QVERIFY2(unknown.err.contains(QStringLiteral("Unbekannter Befehl „no-such-verb“")), qPrintable(unknown.err));
    QVERIFY2(unknown.err.contains(QStringLiteral("Die Pipelines einer Runway über Gate in Spinnaker veröffentlichen")),
             qPrintable(unknown.err));
}

void TestGerman::validationErrors()
{
    QTemporaryDir dir;
    Test::writeBytes(dir.filePath(QStringLiteral("pipeline.json")), "{ \"env\": [\"dev\"] }");
    Test::writeBytes(dir.filePath(QStringLiteral("application-master-dev.json")), "{ \"asg\": { \"min_inst\": \"three\" } }");
    const Test::CliRun run = Test::runCli({QStringLiteral("validate"), dir.path(), QStringLiteral("--project"),
                                           QStringLiteral("forrest"), QStringLiteral("--repo"), QStringLiteral("core")});
    const QString all = run.out + run.err;
    QCOMPARE(run.code, int(Cli::ExitFindings));
    // The finding names the file and the key, in German.
    QVERIFY2(all.contains(QStringLiteral("application-master-dev.json")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Erwartet wurde eine ganze Zahl, gefunden wurde der Text „three“.")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("1 Fehler")), qPrintable(all));

    const Test::CliRun missing = Test::runCli({QStringLiteral("validate"), dir.filePath(QStringLiteral("nowhere"))});
    QCOMPARE(missing.code, int(Cli::ExitUnusable));
    QVERIFY2(missing.err.contains(QStringLiteral("Der Runway-Ordner existiert nicht.")), qPrintable(missing.err));
}

void TestGerman::menuTitles()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    QStringList titles;
    for (QAction *menu : f.window->menuBar()->actions())
        titles << menu->text();
    QCOMPARE(titles, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                                  QStringLiteral("&Pipeline"), QStringLiteral("&Hilfe")}));
}

void TestGerman::undoTexts()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    EditSession *session = f.window->session();
    QVERIFY(session->addEnv(QStringLiteral("stage"), 1, QStringLiteral("dev")));
    QCOMPARE(session->undoStack()->undoText(), QStringLiteral("Umgebung stage als Kopie von dev hinzufügen"));
    QVERIFY(session->addRegion(QStringLiteral("stage"), QStringLiteral("eu-west-1")));
    QCOMPARE(session->undoStack()->undoText(), QStringLiteral("Region eu-west-1 zu stage hinzufügen"));
    // The Edit menu's action reads "Rückgängig: …".
    bool found = false;
    for (QAction *action : f.window->findChildren<QAction *>())
        found = found || action->text() == QStringLiteral("&Rückgängig: Region eu-west-1 zu stage hinzufügen");
    QVERIFY(found);
}

void TestGerman::settingsOfferLanguages()
{
    Test::WindowFixture f;
    SettingsDialog dialog(f.window.get());
    auto *chooser = dialog.findChild<LanguageChooser *>();
    QVERIFY(chooser);
    QComboBox *combo = chooser->comboBox();
    QCOMPARE(combo->currentIndex(), 0); // the system's language until the user picks one
    const int german = combo->findText(QStringLiteral("Deutsch"));
    QVERIFY(german > 0);
    QVERIFY(combo->findText(QStringLiteral("English")) > 0);
    combo->setCurrentIndex(german);
    dialog.apply();
    QCOMPARE(AppSettings::language(), QStringLiteral("de"));
    AppSettings::setLanguage(QStringLiteral("en"));
    SettingsDialog again(f.window.get());
    QCOMPARE(again.findChild<LanguageChooser *>()->language(), QStringLiteral("en"));
    // An explicit choice wins over LANGUAGE: English has no catalogue to install.
    QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QString());
}

void TestGerman::englishPluralForms()
{
    // The program in English: a usage error counts its arguments.
    QProcess program;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    program.setProcessEnvironment(env);
    program.start(QStringLiteral(FD_APP_BINARY), {QStringLiteral("validate"), QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY(program.waitForFinished(60000));
    const QString err = QString::fromUtf8(program.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("Expected 1 argument.")), qPrintable(err));

    // In this process, after an explicit choice of English (the German catalogue was installed
    // first; the English one, installed last, is asked first).
    QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QString());
    QCOMPARE(QCoreApplication::translate("Fd::JsonValueField", "%n entries", nullptr, 1), QStringLiteral("1 entry"));
    QCOMPARE(QCoreApplication::translate("Fd::JsonValueField", "%n entries", nullptr, 2), QStringLiteral("2 entries"));
    QCOMPARE(QCoreApplication::translate("Fd::JsonTreeModel", "{%n keys}", nullptr, 1), QStringLiteral("{1 key}"));
}

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
