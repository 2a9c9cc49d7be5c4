// SPDX-License-Identifier: Apache-2.0
// foremast.cfg reading, naming and the project/repo identity.
#include "../support/TestSupport.h"
#include "foremast/ForemastConfig.h"
#include "foremast/Naming.h"
#include "runway/IdentityResolver.h"

#include <QTest>

using namespace Fd;

class TestForemastConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void iniLikeConfigParser();
    void iniErrorsNameTheLine();
    void exampleConfig();
    void securityGroupsListOrDict();
    void laterFilesOverride();
    void brokenJsonValueNamesLine();
    void explicitConfigMustExist();
    void naming();
    void remoteUrls_data();
    void remoteUrls();
    void identityPrecedence();
};

void TestForemastConfig::iniLikeConfigParser()
{
    const Result<IniFile> ini = IniFile::parse(QStringLiteral("f.cfg"), QStringLiteral(
        "; comment\n[base]\nEnvs = dev,prod\nrules = { \"a\": [1,\n    2] }\n# another\nurl: http://x:8084/a=b\n\n[formats]\napp={project}{repo}\n"));
    QVERIFY(ini.ok());
    QCOMPARE(ini->sections.value(QStringLiteral("base")).value(QStringLiteral("envs")), QStringLiteral("dev,prod"));
    QCOMPARE(ini->sections.value(QStringLiteral("base")).value(QStringLiteral("rules")), QStringLiteral("{ \"a\": [1,\n2] }"));
    QCOMPARE(ini->sections.value(QStringLiteral("base")).value(QStringLiteral("url")), QStringLiteral("http://x:8084/a=b"));
    QCOMPARE(ini->sections.value(QStringLiteral("formats")).value(QStringLiteral("app")), QStringLiteral("{project}{repo}"));
    QCOMPARE(ini->lines.value(QStringLiteral("base")).value(QStringLiteral("url")), 7);
}

void TestForemastConfig::iniErrorsNameTheLine()
{
    const Result<IniFile> noSection = IniFile::parse(QStringLiteral("f.cfg"), QStringLiteral("envs = dev\n"));
    QVERIFY(!noSection.ok());
    QCOMPARE(noSection.error().line, 1);
    const Result<IniFile> noValue = IniFile::parse(QStringLiteral("f.cfg"), QStringLiteral("[base]\n\njust words\n"));
    QVERIFY(!noValue.ok());
    QCOMPARE(noValue.error().line, 3);
    QCOMPARE(noValue.error().file, QStringLiteral("f.cfg"));
}

void TestForemastConfig::exampleConfig()
{
    const QString path = Test::fixturePath("foremast/foremast-defaults__foremast.cfg.example");
    const Result<ForemastConfig> config = ForemastConfig::load({path}, {path});
    QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().toString()));
    QCOMPARE(config->envs(), (QStringList{QStringLiteral("dev"), QStringLiteral("stage"), QStringLiteral("prod")}));
    QCOMPARE(config->regions(), (QStringList{QStringLiteral("us-east-1"), QStringLiteral("us-west-2")}));
    QCOMPARE(config->gateApiUrl(), QStringLiteral("http://gate-api.example.com:8084"));
    QCOMPARE(config->defaultRunAsUser(), QJsonValue(QStringLiteral("trigger_runner")));
    QCOMPARE(config->templatesPath(), QStringLiteral("../../foremast-templates"));
    QCOMPARE(config->format(QStringLiteral("app")), QStringLiteral("{project}{repo}"));
    QCOMPARE(config->format(QStringLiteral("jenkins_job_name")), QStringLiteral("{project}_{repo}"));
}

void TestForemastConfig::securityGroupsListOrDict()
{
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("list.cfg"));
    Test::writeBytes(list, "[base]\ndefault_ec2_securitygroups = sg_a, sg_b\n");
    QCOMPARE(ForemastConfig::load({list})->defaultEc2SecurityGroups(QStringLiteral("prod")),
             (QStringList{QStringLiteral("sg_a"), QStringLiteral("sg_b")}));

    const QString golden = Test::goldenPath("foremast-v5/03-dev-stage-prod-features/foremast.cfg");
    const Result<ForemastConfig> config = ForemastConfig::load({golden});
    QVERIFY(config.ok());
    QCOMPARE(config->defaultEc2SecurityGroups(QStringLiteral("prod")),
             (QStringList{QStringLiteral("sg_apps"), QStringLiteral("sg_offices")}));
    QCOMPARE(config->defaultEc2SecurityGroups(QStringLiteral("qa")), QStringList());
    QVERIFY(config->isApprovalSkipEnabled(QStringLiteral("stage")));
    QVERIFY(!config->isApprovalSkipEnabled(QStringLiteral("prod")));
    QVERIFY(!config->isApprovalSkipEnabled(QStringLiteral("unknown")));
}

void TestForemastConfig::laterFilesOverride()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("a.cfg"));
    const QString second = dir.filePath(QStringLiteral("b.cfg"));
    Test::writeBytes(first, "[base]\nenvs = dev\nregions = us-east-1\n");
    Test::writeBytes(second, "[base]\nenvs = dev,prod\n");
    const Result<ForemastConfig> config = ForemastConfig::load({first, dir.filePath(QStringLiteral("missing.cfg")), second});
    QVERIFY(config.ok());
    QCOMPARE(config->envs(), (QStringList{QStringLiteral("dev"), QStringLiteral("prod")}));
    QCOMPARE(config->regions(), QStringList{QStringLiteral("us-east-1")});
    QCOMPARE(config->files(), (QStringList{first, second}));
}

void TestForemastConfig::brokenJsonValueNamesLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.cfg"));
    Test::writeBytes(path, "[base]\nenvs = dev\nenv_configs = {\"dev\": {\"enable_approval_skip\": tru}}\n");
    const Result<ForemastConfig> config = ForemastConfig::load({path});
    QVERIFY(!config.ok());
    QCOMPARE(config.error().file, path);
    QCOMPARE(config.error().line, 3);
    QCOMPARE(config.error().keyPath, QStringLiteral("base.env_configs"));
}

void TestForemastConfig::explicitConfigMustExist()
{
    const QString path = QStringLiteral("/nonexistent/foremast.cfg");
    const Result<ForemastConfig> config = ForemastConfig::load({path}, {path});
    QVERIFY(!config.ok());
    QCOMPARE(config.error().file, path);
}

void TestForemastConfig::naming()
{
    const ForemastConfig config = *ForemastConfig::load({});
    const Naming naming({QStringLiteral("Forrest"), QStringLiteral("Core"), {}}, config);
    QCOMPARE(naming.app(), QStringLiteral("coreforrest"));
    QCOMPARE(naming.jenkinsJob(), QStringLiteral("forrest_core"));
    QCOMPARE(naming.iamProfile(), QStringLiteral("forrest_core_profile"));
    QCOMPARE(naming.gitRepo(), QStringLiteral("Forrest/Core"));
}

void TestForemastConfig::remoteUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("repo");
    QTest::newRow("scp") << "git@git.example.com:forrest/core.git" << "forrest" << "core";
    QTest::newRow("https") << "https://git.example.com/forrest/core" << "forrest" << "core";
    QTest::newRow("ssh url") << "ssh://git@git.example.com:2222/group/sub/edge.git" << "sub" << "edge";
    QTest::newRow("no path") << "git@host:core.git" << "" << "";
    QTest::newRow("empty") << "" << "" << "";
}

void TestForemastConfig::remoteUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, project);
    QFETCH(QString, repo);
    const Identity identity = IdentityResolver::parseRemoteUrl(url);
    QCOMPARE(identity.project, project);
    QCOMPARE(identity.repo, repo);
}

void TestForemastConfig::identityPrecedence()
{
    QTemporaryDir dir;
    const QString repoDir = dir.filePath(QStringLiteral("folderproject/folderrepo"));
    const QString runway = repoDir + QStringLiteral("/runway");
    QDir().mkpath(runway);
    // Folder names are the last resort.
    Identity id = IdentityResolver::resolve(runway);
    QCOMPARE(id.project, QStringLiteral("folderproject"));
    QCOMPARE(id.repo, QStringLiteral("folderrepo"));
    // The git remote beats folder names.
    Test::writeBytes(repoDir + QStringLiteral("/.git/config"),
                     "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = git@host:gitproject/gitrepo.git\n");
    id = IdentityResolver::resolve(runway);
    QCOMPARE(id.project, QStringLiteral("gitproject"));
    QCOMPARE(id.repo, QStringLiteral("gitrepo"));
    QCOMPARE(IdentityResolver::repositoryDir(runway), QDir(repoDir).absolutePath());
    // The designer settings file beats the remote, one field at a time.
    Test::writeBytes(IdentityResolver::settingsFile(runway), R"({"project": "fileproject"})");
    id = IdentityResolver::resolve(runway);
    QCOMPARE(id.project, QStringLiteral("fileproject"));
    QCOMPARE(id.repo, QStringLiteral("gitrepo"));
    // Explicit values beat everything.
    id = IdentityResolver::resolve(runway, QStringLiteral("flagproject"), QStringLiteral("flagrepo"));
    QCOMPARE(id.project, QStringLiteral("flagproject"));
    QCOMPARE(id.repo, QStringLiteral("flagrepo"));
}

QTEST_GUILESS_MAIN(TestForemastConfig)
#include "tst_foremastconfig.moc"
