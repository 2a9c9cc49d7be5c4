// SPDX-License-Identifier: Apache-2.0
// The fake Gate keeps the behavioural contract of spinnaker-gate-reference.md §6, so the other
// tests exercise the client against Gate's real rules (save rules in their order, list order,
// history, tasks), not against whatever the fake happens to do.
#include "FakeGate.h"
#include "gate/GateClient.h"
#include "../support/ThreadsEndedMain.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Fd;
using Fd::Test::FakeGate;

namespace {

GateResponse wait(GateCall *call)
{
    QSignalSpy done(call, &GateCall::finished);
    if (!call->isFinished())
        done.wait(5000);
    GateResponse r = call->response();
    call->deleteLater();
    return r;
}

QJsonObject pipeline(const QString &name, const QString &app = QStringLiteral("myapp"))
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("application"), app}, {QStringLiteral("stages"), QJsonArray()}};
}

QUrlQuery staleCheck()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("staleCheck"), QStringLiteral("true"));
    return q;
}

} // namespace

class TestFakeGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void saveRulesInOrder();
    void saveTrimsAndManagesFields();
    void listOrderAndIndexes();
    void getByNameIsCaseSensitive();
    void deleteIsCaseInsensitive();
    void historyNewestFirst();
    void putChecksId();
    void executionPathIsNotAConfig();
    void tasks();
    void unauthenticatedAnswers();

private:
    QNetworkAccessManager m_nam;
    FakeGate *m_gate = nullptr;
    GateClient *m_client = nullptr;
};

void TestFakeGate::init()
{
    m_gate = new FakeGate(this);
    QVERIFY(m_gate->listen());
    m_gate->addApplication(QStringLiteral("myapp"));
    GateSettings settings;
    settings.url = m_gate->url();
    m_client = new GateClient(&m_nam, settings, this);
}

void TestFakeGate::cleanup()
{
    delete m_client;
    delete m_gate;
}

void TestFakeGate::saveRulesInOrder()
{
    const auto save = [this](const QJsonObject &p) {
        return wait(m_client->postJson(QStringLiteral("/pipelines"), QJsonDocument(p), staleCheck())).gateMessage();
    };
    m_gate->denyWrite(QStringLiteral("locked"));
    // 2 before 3: a blank name is reported even for a denied application.
    QCOMPARE(save(pipeline(QStringLiteral("  "), QStringLiteral("locked"))),
             QStringLiteral("A pipeline requires name and application fields"));
    QCOMPARE(save(pipeline(QStringLiteral("x"), QString())), QStringLiteral("A pipeline requires name and application fields"));
    QJsonObject templated = pipeline(QStringLiteral("t"), QStringLiteral("locked"));
    templated.insert(QStringLiteral("type"), QStringLiteral("templatedPipeline"));
    templated.insert(QStringLiteral("template"), QJsonObject{{QStringLiteral("reference"), QStringLiteral("spinnaker://nope")}});
    QCOMPARE(save(templated), QStringLiteral("Access is denied")); // 3 before 4
    templated.insert(QStringLiteral("application"), QStringLiteral("myapp"));
    QCOMPARE(save(templated), QStringLiteral("Configured pipeline template not found"));
    m_gate->addTemplate(QStringLiteral("nope"));
    QVERIFY(save(templated).isEmpty());

    const QString id = m_gate->storePipeline(pipeline(QStringLiteral("Deploy")));
    QJsonObject stale = pipeline(QStringLiteral("deploy"));
    stale.insert(QStringLiteral("id"), id);
    stale.insert(QStringLiteral("updateTs"), QStringLiteral("1"));
    // 5 before 6: a stale copy is refused as stale, not as a duplicate.
    QVERIFY(save(stale).startsWith(QLatin1String("The submitted pipeline is stale.  submitted updateTs 1 does not match")));
    QCOMPARE(save(pipeline(QStringLiteral(" DEPLOY "))), QStringLiteral("A pipeline with name DEPLOY already exists in application myapp"));
    // Without staleCheck the same stale body overwrites.
    QCOMPARE(wait(m_client->postJson(QStringLiteral("/pipelines"), QJsonDocument(stale))).status, 200);

    m_gate->setSavesTimingOut(1, -1);
    QVERIFY(save(pipeline(QStringLiteral("slow"))).contains(QLatin1String("(status: RUNNING)")));
    QVERIFY(m_gate->pipelineByName(QStringLiteral("myapp"), QStringLiteral("slow")).isEmpty());
    QCOMPARE(wait(m_client->postJson(QStringLiteral("/pipelines"), QJsonDocument::fromJson("[1]"))).status, 400);
}

void TestFakeGate::saveTrimsAndManagesFields()
{
    QJsonObject p = pipeline(QStringLiteral("  spaced  "));
    p.insert(QStringLiteral("triggers"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("cron")},
                                                                {QStringLiteral("id"), QStringLiteral("mine")}}});
    const GateResponse r = wait(m_client->postJson(QStringLiteral("/pipelines"), QJsonDocument(p)));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty()); // Gate answers a save with an empty body
    const QJsonObject stored = m_gate->pipelineByName(QStringLiteral("myapp"), QStringLiteral("spaced"));
    QCOMPARE(QUuid::fromString(stored.value(QStringLiteral("id")).toString()).isNull(), false);
    QVERIFY(stored.value(QStringLiteral("updateTs")).isString());
    QCOMPARE(stored.value(QStringLiteral("lastModifiedBy")).toString(), QStringLiteral("anonymous"));
    // A brand new pipeline gets new cron trigger ids.
    QVERIFY(stored.value(QStringLiteral("triggers")).toArray().first().toObject().value(QStringLiteral("id")).toString()
            != QLatin1String("mine"));
}

void TestFakeGate::listOrderAndIndexes()
{
    QJsonObject b = pipeline(QStringLiteral("b"));
    b.insert(QStringLiteral("index"), 7);
    QJsonObject a = pipeline(QStringLiteral("a"));
    a.insert(QStringLiteral("index"), 9);
    m_gate->storePipeline(pipeline(QStringLiteral("Zed")));
    m_gate->storePipeline(pipeline(QStringLiteral("alpha")));
    m_gate->storePipeline(a);
    m_gate->storePipeline(b);
    m_gate->storePipeline(pipeline(QStringLiteral("other"), QStringLiteral("otherapp")));
    const GateResponse r = wait(m_client->get(QStringLiteral("/applications/myapp/pipelineConfigs")));
    QStringList names;
    QList<int> indexes;
    for (const QJsonValue &v : r.json().array()) {
        names << v.toObject().value(QStringLiteral("name")).toString();
        indexes << v.toObject().value(QStringLiteral("index")).toInt();
    }
    QCOMPARE(names, (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("alpha"), QStringLiteral("Zed")}));
    QCOMPARE(indexes, (QList<int>{0, 1, 2, 3}));
    QCOMPARE(wait(m_client->get(QStringLiteral("/applications/unknown/pipelineConfigs"))).json().array().size(), 0);
}

void TestFakeGate::getByNameIsCaseSensitive()
{
    m_gate->storePipeline(pipeline(QStringLiteral("Deploy [us-east-1]")));
    QCOMPARE(wait(m_client->get(GateClient::path({QStringLiteral("applications"), QStringLiteral("myapp"),
                                                  QStringLiteral("pipelineConfigs"), QStringLiteral("Deploy [us-east-1]")}))).status,
             200);
    const GateResponse miss = wait(m_client->get(GateClient::path({QStringLiteral("applications"), QStringLiteral("myapp"),
                                                                   QStringLiteral("pipelineConfigs"), QStringLiteral("deploy [us-east-1]")})));
    QCOMPARE(miss.status, 404);
    QCOMPARE(miss.gateMessage(), QStringLiteral("Pipeline config (id: deploy [us-east-1]) not found for Application (id: myapp)"));
}

void TestFakeGate::deleteIsCaseInsensitive()
{
    m_gate->storePipeline(pipeline(QStringLiteral("Deploy")));
    QCOMPARE(wait(m_client->deleteResource(QStringLiteral("/pipelines/myapp/DEPLOY"))).status, 200);
    QVERIFY(m_gate->pipelines(QStringLiteral("myapp")).isEmpty());
    QCOMPARE(wait(m_client->deleteResource(QStringLiteral("/pipelines/myapp/nothing"))).status, 200);
}

void TestFakeGate::historyNewestFirst()
{
    const QString id = m_gate->storePipeline(pipeline(QStringLiteral("p")));
    QJsonObject second = m_gate->pipelineByName(QStringLiteral("myapp"), QStringLiteral("p"));
    second.insert(QStringLiteral("description"), QStringLiteral("v2"));
    m_gate->storePipeline(second);
    QJsonObject third = second;
    third.insert(QStringLiteral("description"), QStringLiteral("v3"));
    m_gate->storePipeline(third);
    const QJsonArray all = wait(m_client->get(QStringLiteral("/pipelineConfigs/%1/history").arg(id))).json().array();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.first().toObject().value(QStringLiteral("description")).toString(), QStringLiteral("v3"));
    QUrlQuery limit;
    limit.addQueryItem(QStringLiteral("limit"), QStringLiteral("2"));
    QCOMPARE(wait(m_client->get(QStringLiteral("/pipelineConfigs/%1/history").arg(id), limit)).json().array().size(), 2);
    QCOMPARE(wait(m_client->get(QStringLiteral("/pipelineConfigs/unknown/history"))).json().array().size(), 0);
}

void TestFakeGate::putChecksId()
{
    const QString id = m_gate->storePipeline(pipeline(QStringLiteral("p")));
    QNetworkRequest request(QUrl(m_gate->url().toString() + QStringLiteral("/pipelines/") + id));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QJsonObject body = m_gate->pipelineByName(QStringLiteral("myapp"), QStringLiteral("p"));
    body.insert(QStringLiteral("id"), QStringLiteral("other"));
    QNetworkReply *reply = m_nam.put(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QVERIFY(reply->readAll().contains("The provided id other doesn't match the existing pipeline id"));
    reply->deleteLater();
}

void TestFakeGate::executionPathIsNotAConfig()
{
    const QString id = m_gate->storePipeline(pipeline(QStringLiteral("p")));
    const GateResponse r = wait(m_client->get(QStringLiteral("/pipelines/") + id));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.gateMessage(), QStringLiteral("Pipeline not found (id: %1)").arg(id));
}

void TestFakeGate::tasks()
{
    m_gate->setTaskPollsBeforeDone(2);
    const QJsonObject job{{QStringLiteral("type"), QStringLiteral("createApplication")},
                          {QStringLiteral("application"), QJsonObject{{QStringLiteral("name"), QStringLiteral("bad-name")},
                                                                      {QStringLiteral("email"), QStringLiteral("a@b")},
                                                                      {QStringLiteral("cloudProviders"), QStringLiteral("aws")}}}};
    const GateResponse created = wait(m_client->postJson(QStringLiteral("/applications/forced/tasks"),
                                                         QJsonDocument(QJsonObject{{QStringLiteral("job"), QJsonArray{job}}})));
    const QString ref = created.json().object().value(QStringLiteral("ref")).toString();
    QVERIFY(ref.startsWith(QLatin1String("/tasks/")));
    QCOMPARE(ref.size(), 7 + 26);
    QStringList statuses;
    QJsonObject last;
    for (int i = 0; i < 3; ++i) {
        last = wait(m_client->get(ref)).json().object();
        statuses << last.value(QStringLiteral("status")).toString();
    }
    QCOMPARE(statuses, (QStringList{QStringLiteral("RUNNING"), QStringLiteral("RUNNING"), QStringLiteral("TERMINAL")}));
    QCOMPARE(last.value(QStringLiteral("application")).toString(), QStringLiteral("forced"));
    QVERIFY(QJsonDocument(last).toJson().contains("Invalid application name 'bad-name'"));
    QVERIFY(!m_gate->hasApplication(QStringLiteral("bad-name")));
    QCOMPARE(wait(m_client->get(QStringLiteral("/tasks/NOSUCHTASK"))).status, 404);
    const GateResponse malformed = wait(m_client->postJson(QStringLiteral("/tasks"), QJsonDocument::fromJson("[]")));
    QCOMPARE(malformed.status, 400);
    QCOMPARE(wait(m_client->get(QStringLiteral("/applications"))).json().array().size(), 1);
}

void TestFakeGate::unauthenticatedAnswers()
{
    m_gate->setAuthMode(FakeGate::AuthMode::Basic);
    GateResponse r = wait(m_client->get(QStringLiteral("/version")));
    QCOMPARE(r.status, 302);
    QCOMPARE(r.location.path(), QStringLiteral("/login"));
    QCOMPARE(r.error.kind, GateErrorKind::NotSignedIn);
    r = wait(m_client->get(QStringLiteral("/auth/user")));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    m_gate->setAnswerUnauthorized(true);
    QCOMPARE(wait(m_client->get(QStringLiteral("/version"))).status, 401);
    m_gate->setAuthMode(FakeGate::AuthMode::X509);
    QCOMPARE(wait(m_client->get(QStringLiteral("/version"))).status, 403);
}

FD_TEST_GUILESS_MAIN_THREADS_ENDED(TestFakeGate)
#include "tst_fakegate.moc"
