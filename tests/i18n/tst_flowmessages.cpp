// SPDX-License-Identifier: Apache-2.0
// The built-in flows' check messages speak the user's language: the catalogue holds each one as
// written (FlowCheckMessages.cpp, for lupdate), the translation is taken before {{ env }} is
// filled, English stays exactly as written, and a user's own message is shown as written.
#include "../generator/GeneratorTestSupport.h"
#include "generator/Flow.h"
#include "generator/FlowCheckMessages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Fd;
using namespace Fd::GenTest;

namespace {

const QByteArray DevStageProd = R"({"env": ["dev", "stage", "prod"], "owner_email": "o@example.com"})";

/// stage and prod set approval_skip, and no foremast.cfg enables it: the flows warn for each.
const QMap<QString, QByteArray> SkippingEnvs{{QStringLiteral("dev"), "{}"},
                                             {QStringLiteral("stage"), "{\n  \"app\": {\"approval_skip\": true}\n}\n"},
                                             {QStringLiteral("prod"), "{\n  \"app\": {\"approval_skip\": true}\n}\n"}};

const QString EnglishStage = QStringLiteral(
    "approval_skip is ignored: foremast.cfg does not enable approval skip for stage "
    "(env_configs.stage.enable_approval_skip), so the Checkpoint stays.");
const QString GermanStage = QStringLiteral(
    "approval_skip wird ignoriert: foremast.cfg erlaubt das Überspringen der Freigabe für stage nicht "
    "(env_configs.stage.enable_approval_skip), daher bleibt der Checkpoint.");

/// The German catalogue, installed for the lifetime of this object.
class German
{
public:
    German()
    {
        m_loaded = m_translator.load(QStringLiteral("foremast-designer_de"), QStringLiteral(":/i18n"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~German() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

const Error *findingAt(const Generation &generation, const QString &env, const QString &keyPath)
{
    for (const Error &e : generation.findings) {
        if (e.env == env && e.keyPath == keyPath)
            return &e;
    }
    return nullptr;
}

QStringList builtinFlowMessages()
{
    QStringList out;
    for (const QString &name : Flow::builtinNames()) {
        const Result<Flow> flow = Flow::load(name);
        if (!flow)
            qFatal("cannot load %s: %s", qPrintable(name), qPrintable(flow.error().toString()));
        for (const FlowCheck &check : flow->checks())
            out << check.messageText;
    }
    return out;
}

/// The lines of `output` that name `keyPath`, with the severity word cut out (the only part of
/// the line before the message that is translated).
QStringList placesOf(const QString &output, const QString &keyPath)
{
    QStringList out;
    static const QRegularExpression severity(QStringLiteral(": (warning|Warnung): "));
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const qsizetype key = line.indexOf(QStringLiteral(": ") + keyPath + QStringLiteral(": "));
        if (key >= 0)
            out << QString(line.left(key + keyPath.size() + 2)).replace(severity, QStringLiteral(": "));
    }
    return out;
}

} // namespace

class TestFlowMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listMatchesBuiltinFlows();
    void everyMessageHasGermanWithItsPlaceholders();
    void germanFindingHasEnvFilledIn();
    void englishFindingAsWritten();
    void userMessageShownAsWritten();
    void cliNamesSamePlaceInGerman();
};

void TestFlowMessages::listMatchesBuiltinFlows()
{
    // fd_flowc refuses a built-in flow whose message is not listed; this refuses a stale entry.
    const QStringList used = builtinFlowMessages();
    QVERIFY(used.size() >= 20);
    const QStringList listed = FlowCheckMessages::builtin();
    QCOMPARE(QSet<QString>(listed.begin(), listed.end()), QSet<QString>(used.begin(), used.end()));
    QCOMPARE(QSet<QString>(listed.begin(), listed.end()).size(), listed.size());
}

void TestFlowMessages::everyMessageHasGermanWithItsPlaceholders()
{
    German german;
    QVERIFY(german.loaded());
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{[^}]*\\}\\}"));
    for (const QString &message : FlowCheckMessages::builtin()) {
        const QByteArray source = message.toUtf8();
        const QString text = QCoreApplication::translate(FlowCheckMessages::Context, source.constData());
        QVERIFY2(text != message, qPrintable(message));
        QStringList want, got;
        for (auto it = placeholder.globalMatch(message); it.hasNext();)
            want << it.next().captured();
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            got << it.next().captured();
        want.sort();
        got.sort();
        QVERIFY2(got == want, qPrintable(text));
        FlowTemplateContext context;
        context.envVars = true;
        QString error;
        KeyPath errorPath;
        QVERIFY2(FlowTemplate::compile(QJsonValue(text), context, &error, &errorPath), qPrintable(error));
    }
}

void TestFlowMessages::germanFindingHasEnvFilledIn()
{
    const ScratchRunway runway(DevStageProd, SkippingEnvs);
    const Generation english = generateOk(runway);
    German german;
    QVERIFY(german.loaded());
    for (const QString &flow : {QStringLiteral("foremast-v5"), QStringLiteral("documented")}) {
        GenerationOptions options;
        options.flow = flow;
        const Generation generation = generateOk(runway, options);
        const Error *stage = findingAt(generation, QStringLiteral("stage"), QStringLiteral("app.approval_skip"));
        QVERIFY(stage);
        QCOMPARE(stage->message, GermanStage);
        QVERIFY(stage->isWarning());
        QVERIFY(stage->file.endsWith(QLatin1String("application-master-stage.json")));
        QCOMPARE(stage->line, 2);
        const Error *prod = findingAt(generation, QStringLiteral("prod"), QStringLiteral("app.approval_skip"));
        QVERIFY(prod);
        QVERIFY2(prod->message.contains(QStringLiteral("für prod nicht (env_configs.prod.enable_approval_skip)")),
                 qPrintable(prod->message));
    }
    // The pipelines do not depend on the language.
    const Generation again = generateOk(runway);
    QCOMPARE(again.pipelines.size(), english.pipelines.size());
    for (qsizetype i = 0; i < again.pipelines.size(); ++i)
        QCOMPARE(again.pipelines.at(i).json, english.pipelines.at(i).json);
}

void TestFlowMessages::englishFindingAsWritten()
{
    const ScratchRunway runway(DevStageProd, SkippingEnvs);
    const Generation generation = generateOk(runway);
    const Error *stage = findingAt(generation, QStringLiteral("stage"), QStringLiteral("app.approval_skip"));
    QVERIFY(stage);
    QCOMPARE(stage->message, EnglishStage);
    QCOMPARE(stage->line, 2);
}

void TestFlowMessages::userMessageShownAsWritten()
{
    const ScratchRunway runway(DevStageProd, SkippingEnvs);
    // A copy of foremast-v5 whose first check (approval_skip) says something of its own.
    QJsonObject flow = QJsonDocument::fromJson(Flow::builtinText(QStringLiteral("foremast-v5"))).object();
    QJsonArray checks = flow.value(QStringLiteral("checks")).toArray();
    QJsonObject first = checks.at(0).toObject();
    QVERIFY(first.value(QStringLiteral("message")).toString().startsWith(QLatin1String("approval_skip is ignored")));
    first.insert(QStringLiteral("message"), QStringLiteral("Our own words: {{ env }} keeps its Checkpoint."));
    checks.replace(0, first);
    flow.insert(QStringLiteral("checks"), checks);
    const QString own = runway.path(QStringLiteral("own-flow.json"));
    QVERIFY(writeBytes(own, QJsonDocument(flow).toJson()));
    // The unchanged copy, for the other half: a built-in message keeps its translation in a copy.
    const QString copy = runway.path(QStringLiteral("copied-flow.json"));
    QVERIFY(writeBytes(copy, Flow::builtinText(QStringLiteral("foremast-v5"))));

    German german;
    QVERIFY(german.loaded());
    GenerationOptions options;
    options.flow = own;
    const Generation generation = generateOk(runway, options);
    const Error *stage = findingAt(generation, QStringLiteral("stage"), QStringLiteral("app.approval_skip"));
    QVERIFY(stage);
    QCOMPARE(stage->message, QStringLiteral("Our own words: stage keeps its Checkpoint."));
    options.flow = copy;
    const Generation copied = generateOk(runway, options);
    stage = findingAt(copied, QStringLiteral("stage"), QStringLiteral("app.approval_skip"));
    QVERIFY(stage);
    QCOMPARE(stage->message, GermanStage);
}

void TestFlowMessages::cliNamesSamePlaceInGerman()
{
    const ScratchRunway runway(DevStageProd, SkippingEnvs);
    auto validate = [&](const QString &language) {
        QProcess program;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), language);
        env.insert(QStringLiteral("LC_ALL"), language == QLatin1String("de") ? QStringLiteral("de_DE.UTF-8")
                                                                             : QStringLiteral("C.UTF-8"));
        program.setProcessEnvironment(env);
        program.start(QStringLiteral(FD_APP_BINARY),
                      {QStringLiteral("validate"), runway.folder(), QStringLiteral("--project"), QStringLiteral("forrest"),
                       QStringLiteral("--repo"), QStringLiteral("core")});
        if (!program.waitForFinished(60000))
            return QString();
        return QString::fromUtf8(program.readAllStandardOutput() + program.readAllStandardError());
    };
    const QString english = validate(QStringLiteral("en"));
    const QString german = validate(QStringLiteral("de"));
    QVERIFY2(english.contains(EnglishStage), qPrintable(english));
    QVERIFY2(german.contains(GermanStage), qPrintable(german));
    QVERIFY2(!german.contains(QStringLiteral("approval_skip is ignored")), qPrintable(german));
    const QStringList places = placesOf(english, QStringLiteral("app.approval_skip"));
    QCOMPARE(places.size(), 2); // stage and prod
    QVERIFY2(places.first().contains(QStringLiteral("application-master-stage.json:2: ")), qPrintable(places.first()));
    QCOMPARE(placesOf(german, QStringLiteral("app.approval_skip")), places);
}

QTEST_GUILESS_MAIN(TestFlowMessages)
#include "tst_flowmessages.moc"
