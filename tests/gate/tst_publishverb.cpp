// SPDX-License-Identifier: Apache-2.0
// `foremast-designer publish` against the fake Gate, run in-process.
#include "../support/SharedData.h"
#include "FakeGate.h"
#include "cli/Verb.h"
#include "../support/ThreadsEndedMain.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Fd;
using Fd::Test::FakeGate;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    Cli::Io io{out, err};
    result.code = Cli::runVerb(QStringList{QStringLiteral("foremast-designer"), QStringLiteral("publish")} + args, io);
    out.flush();
    err.flush();
    return result;
}

/// Golden case 02: app coreforrest, pipelines for us-east-1 and us-west-2.
QStringList runwayArgs()
{
    return {Test::goldenPath("foremast-v5/02-dev-prod-two-regions/runway"),
            QStringLiteral("--project"), QStringLiteral("forrest"), QStringLiteral("--repo"), QStringLiteral("core"),
            QStringLiteral("--subnets"), QStringLiteral("offline"), QStringLiteral("--flow"), QStringLiteral("foremast-v5")};
}

QStringList gateArgs(const FakeGate &gate)
{
    return runwayArgs() + QStringList{QStringLiteral("--gate"), gate.url().toString(), QStringLiteral("--timeout"), QStringLiteral("5")};
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestPublishVerb : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void dryRunWritesNothing();
    void publishThenRepublish();
    void missingApplicationNeedsYes();
    void removedRegionDeletedOnlyWithYes();
    void signIn();
    void partialFailure();
    void validationErrorsBlock();
    void gateFromForemastConfig();
    void unreachable();
    void badArguments();
};

void TestPublishVerb::init()
{
    qunsetenv("FD_GATE_PASSWORD");
    qunsetenv("FD_GATE_TOKEN");
}

void TestPublishVerb::dryRunWritesNothing()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    const Run r = run(gateArgs(gate) << QStringLiteral("--dry-run"));
    QVERIFY2(r.code == Cli::ExitOk, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("signed in as anonymous")));
    QVERIFY(r.out.contains(QLatin1String("Application coreforrest does not exist; --yes creates it.")));
    QVERIFY(r.out.contains(QLatin1String("[us-east-1] coreforrest [us-east-1]: new pipeline")));
    QVERIFY(r.out.contains(QLatin1String("[us-west-2] coreforrest [us-west-2]: new pipeline")));
    QVERIFY(r.out.contains(QLatin1String("+    \"name\": \"coreforrest [us-east-1]\",")));
    QVERIFY(r.out.contains(QLatin1String("Dry run: nothing was written.")));
    QCOMPARE(gate.count("POST"), 0);
    QCOMPARE(gate.count("DELETE"), 0);
}

void TestPublishVerb::publishThenRepublish()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    Run r = run(gateArgs(gate) << QStringLiteral("--yes"));
    QVERIFY2(r.code == Cli::ExitOk, qPrintable(r.err + r.out));
    QVERIFY(gate.hasApplication(QStringLiteral("coreforrest")));
    QCOMPARE(gate.application(QStringLiteral("coreforrest")).value(QStringLiteral("email")).toString(),
             QStringLiteral("team@example.com"));
    QCOMPARE(gate.pipelines(QStringLiteral("coreforrest")).size(), 2);
    const QString id = gate.pipelineByName(QStringLiteral("coreforrest"), QStringLiteral("coreforrest [us-east-1]"))
                           .value(QStringLiteral("id")).toString();
    QCOMPARE(r.out.count(QStringLiteral("[us-east-1] coreforrest [us-east-1]: published (id %1)").arg(id)), 1);
    QVERIFY(r.out.contains(QLatin1String("Published.")));

    gate.clearRequests();
    r = run(gateArgs(gate));
    QVERIFY2(r.code == Cli::ExitOk, qPrintable(r.err));
    QCOMPARE(r.out.count(QStringLiteral("[us-east-1] coreforrest [us-east-1]: unchanged (id %1)").arg(id)), 1);
    QVERIFY(r.out.contains(QLatin1String("Spinnaker is up to date")));
    QCOMPARE(gate.count("POST"), 0);
    QCOMPARE(gate.pipelines(QStringLiteral("coreforrest")).size(), 2);
}

void TestPublishVerb::missingApplicationNeedsYes()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    const Run r = run(gateArgs(gate));
    QCOMPARE(r.code, int(Cli::ExitNotPublished));
    QVERIFY(r.err.contains(QLatin1String("does not exist")));
    QCOMPARE(gate.count("POST"), 0);
}

void TestPublishVerb::removedRegionDeletedOnlyWithYes()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    gate.addApplication(QStringLiteral("coreforrest"));
    const QString old = gate.storePipeline({{QStringLiteral("application"), QStringLiteral("coreforrest")},
                                            {QStringLiteral("name"), QStringLiteral("coreforrest [eu-west-1]")}});
    gate.storePipeline({{QStringLiteral("application"), QStringLiteral("coreforrest")},
                        {QStringLiteral("name"), QStringLiteral("coreforrest manual rollback")}});
    Run r = run(gateArgs(gate));
    QCOMPARE(r.code, int(Cli::ExitOk));
    QVERIFY(r.out.contains(QStringLiteral("[eu-west-1] coreforrest [eu-west-1] (id %1): its region is no longer in the "
                                          "runway; --yes deletes it.").arg(old)));
    QCOMPARE(gate.count("DELETE"), 0);
    r = run(gateArgs(gate) << QStringLiteral("--yes"));
    QCOMPARE(r.code, int(Cli::ExitOk));
    QVERIFY(r.out.contains(QLatin1String("[eu-west-1] coreforrest [eu-west-1]: deleted")));
    QCOMPARE(gate.count("DELETE"), 1);
    QVERIFY(!gate.pipelineByName(QStringLiteral("coreforrest"), QStringLiteral("coreforrest manual rollback")).isEmpty());
}

void TestPublishVerb::signIn()
{
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::Form);
    gate.addUser(QStringLiteral("alice"), QStringLiteral("pw"));
    gate.addApplication(QStringLiteral("coreforrest"));
    QVERIFY(gate.listen());
    const QStringList ldap = gateArgs(gate) << QStringLiteral("--auth") << QStringLiteral("ldap") << QStringLiteral("--user")
                                            << QStringLiteral("alice") << QStringLiteral("--dry-run");
    Run r = run(ldap);
    QCOMPARE(r.code, int(Cli::ExitSignIn));
    QVERIFY(r.err.contains(QLatin1String("FD_GATE_PASSWORD")));
    // Nothing remembered for this test Gate in any keychain (or no keychain at all here).
    r = run(QStringList(ldap) << QStringLiteral("--keychain"));
    QCOMPARE(r.code, int(Cli::ExitSignIn));
    QVERIFY2(r.err.contains(QLatin1String("keychain")), qPrintable(r.err));
    QCOMPARE(gate.count("POST", QStringLiteral("/login")), 0);
    qputenv("FD_GATE_PASSWORD", "wrong");
    r = run(ldap);
    QCOMPARE(r.code, int(Cli::ExitSignIn));
    QVERIFY(r.err.contains(QLatin1String("user name or password")));
    qputenv("FD_GATE_PASSWORD", "pw");
    r = run(ldap);
    QVERIFY2(r.code == Cli::ExitOk, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("signed in as alice")));
    QVERIFY(!r.out.contains(QLatin1String("pw\n")) && !r.err.contains(QLatin1String("pw\n")));

    FakeGate bearerGate;
    bearerGate.setAuthMode(FakeGate::AuthMode::Bearer);
    bearerGate.addToken(QStringLiteral("tok"), QStringLiteral("bob"));
    QVERIFY(bearerGate.listen());
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("token")), "tok\n");
    r = run(gateArgs(bearerGate) << QStringLiteral("--auth") << QStringLiteral("oauth2") << QStringLiteral("--token-file")
                                 << dir.filePath(QStringLiteral("token")) << QStringLiteral("--dry-run"));
    QVERIFY2(r.code == Cli::ExitOk, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("signed in as bob")));
}

void TestPublishVerb::partialFailure()
{
    FakeGate gate;
    gate.addApplication(QStringLiteral("coreforrest"));
    QVERIFY(gate.listen());
    FakeGate::Fault fault;
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/pipelines");
    fault.status = 403;
    fault.message = QStringLiteral("Access is denied");
    gate.failNext(fault);
    const Run r = run(gateArgs(gate) << QStringLiteral("--concurrency") << QStringLiteral("1"));
    QCOMPARE(r.code, int(Cli::ExitPartial));
    QVERIFY(r.err.contains(QLatin1String("[us-east-1] coreforrest [us-east-1]: failed")));
    QVERIFY(r.err.contains(QLatin1String("Gate said: \"Access is denied\"")));
    QVERIFY(r.out.contains(QLatin1String("[us-west-2] coreforrest [us-west-2]: published")));
    QCOMPARE(gate.pipelines(QStringLiteral("coreforrest")).size(), 1);
}

void TestPublishVerb::validationErrorsBlock()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("pipeline.json")), R"({"type": "ec2", "env": ["dev", "qa"]})");
    writeFile(dir.filePath(QStringLiteral("application-master-dev.json")), "{}");
    const Run r = run({dir.path(), QStringLiteral("--project"), QStringLiteral("forrest"), QStringLiteral("--repo"),
                       QStringLiteral("core"), QStringLiteral("--gate"), gate.url().toString()});
    QCOMPARE(r.code, int(Cli::ExitFindings));
    QVERIFY(r.err.contains(QLatin1String("Nothing published")));
    QVERIFY(gate.requests().isEmpty());
}

void TestPublishVerb::gateFromForemastConfig()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    QTemporaryDir dir;
    const QString cfg = dir.filePath(QStringLiteral("foremast.cfg"));
    writeFile(cfg, "[base]\ngate_api_url = " + gate.url().toString().toUtf8() + "\n");
    const Run r = run(runwayArgs() << QStringLiteral("--config") << cfg << QStringLiteral("--dry-run"));
    QVERIFY2(r.code == Cli::ExitOk, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("from foremast.cfg")));
    QVERIFY(gate.count("GET", QStringLiteral("/applications/coreforrest")) >= 1);
}

void TestPublishVerb::unreachable()
{
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const quint16 port = reserve.serverPort();
    reserve.close();
    const Run r = run(runwayArgs() << QStringLiteral("--gate") << QStringLiteral("http://127.0.0.1:%1").arg(port));
    QCOMPARE(r.code, int(Cli::ExitNotPublished));
    QVERIFY(r.err.contains(QLatin1String("cannot be reached")));
}

void TestPublishVerb::badArguments()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    Run r = run(gateArgs(gate) << QStringLiteral("--auth") << QStringLiteral("saml"));
    QCOMPARE(r.code, int(Cli::ExitUnusable));
    QVERIFY(r.err.contains(QLatin1String("saml")));
    r = run(gateArgs(gate) << QStringLiteral("--token-file") << QStringLiteral("/nonexistent/token"));
    QCOMPARE(r.code, int(Cli::ExitUnusable));
    r = run({QStringLiteral("--gate"), gate.url().toString()}); // no runway
    QCOMPARE(r.code, int(Cli::ExitUnusable));
    QVERIFY(gate.requests().isEmpty());
}

FD_TEST_GUILESS_MAIN_THREADS_ENDED(TestPublishVerb)
#include "tst_publishverb.moc"
