// SPDX-License-Identifier: Apache-2.0
#include "PublishVerb.h"
#include "GenerationFlags.h"
#include "RunwayOptions.h"
#include "gate/GateClient.h"
#include "gate/GateDiscovery.h"
#include "gate/PublishFromRunway.h"
#include "gate/PublishPreparer.h"
#include "gate/PublishRun.h"
#include "gate/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

#include <cstdio>
#include <functional>

namespace Fd::Cli {

namespace {

KeychainFactory keychainFactory = nullptr;

/// This file's texts; lupdate files them under "Cli", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// The sign-in and publishing options of `publish`.
struct PublishFlags
{
    explicit PublishFlags(QCommandLineParser &parser)
    {
        parser.addOptions({gate, auth, user, passwordStdin, tokenFile, keychain, clientCert, clientKey, caBundle,
                           insecure, spinConfig, timeout, concurrency, dryRun, yes});
    }

    QCommandLineOption gate{QStringLiteral("gate"), Tr::tr("Gate's URL. Default: foremast.cfg's gate_api_url, else ~/.spin/config."), Tr::tr("URL")};
    QCommandLineOption auth{QStringLiteral("auth"), Tr::tr("Sign-in: none, basic, ldap (or form), oauth2, iap (or bearer), x509."), Tr::tr("MODE")};
    QCommandLineOption user{QStringLiteral("user"), Tr::tr("User name for basic and ldap sign-in."), Tr::tr("NAME")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"), Tr::tr("Read the password or token from the first line of standard input.")};
    QCommandLineOption tokenFile{QStringLiteral("token-file"), Tr::tr("Read the OAuth2 or IAP bearer token from FILE."), Tr::tr("FILE")};
    QCommandLineOption keychain{QStringLiteral("keychain"), Tr::tr("Take the password or token from the system keychain, where the "
                                                                   "designer's publish dialog remembers it.")};
    QCommandLineOption clientCert{QStringLiteral("client-cert"), Tr::tr("x509: client certificate (PEM; may also hold the key)."), Tr::tr("PEM")};
    QCommandLineOption clientKey{QStringLiteral("client-key"), Tr::tr("x509: client key (PEM)."), Tr::tr("PEM")};
    QCommandLineOption caBundle{QStringLiteral("ca-bundle"), Tr::tr("CA certificates (PEM) to trust for Gate, besides the system ones."), Tr::tr("PEM")};
    QCommandLineOption insecure{QStringLiteral("insecure"), Tr::tr("Do not check Gate's TLS certificate (you are warned every time).")};
    QCommandLineOption spinConfig{QStringLiteral("spin-config"), Tr::tr("spin's configuration file. Default: ~/.spin/config."), Tr::tr("FILE")};
    QCommandLineOption timeout{QStringLiteral("timeout"), Tr::tr("Seconds to wait for each answer from Gate. Default: 30."), Tr::tr("SECONDS")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"), Tr::tr("Regions published at once. Default: 6."), Tr::tr("N")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"), Tr::tr("Sign in, compare and print the diffs; write nothing.")};
    QCommandLineOption yes{QStringLiteral("yes"), Tr::tr("Create the application if it is missing, and delete the pipelines of "
                                                         "regions no longer in the runway.")};
};

/// Runs `job` (PublishPreparer, PublishRun) to its end; the verb has no other event loop.
template<typename Job>
void waitFor(Job *job, const std::function<void()> &start)
{
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    start();
    if (!job->isFinished())
        loop.exec();
}

std::optional<GateSettings> gateSettings(const QCommandLineParser &parser, const PublishFlags &f,
                                         const RunwayContext &context, MemorySecretStore *secrets, Io &io)
{
    GateDiscoveryInput input;
    if (parser.isSet(f.gate)) {
        GateSettings explicitGate;
        explicitGate.url = QUrl::fromUserInput(parser.value(f.gate));
        explicitGate.origin = QStringLiteral("--gate");
        input.flags = explicitGate;
    }
    input.foremast = &context.config;
    input.spinConfigPath = parser.value(f.spinConfig);
    const Result<DiscoveredGate> found = discoverGate(input);
    if (!found) {
        io.err << found.error().toString() << Qt::endl;
        return std::nullopt;
    }
    for (const QString &warning : found->warnings)
        io.err << Tr::tr("warning: %1").arg(warning) << Qt::endl;
    GateSettings s = found->settings;
    // Sign-in flags refine whatever named the Gate.
    if (parser.isSet(f.auth) && !signInModeFromName(parser.value(f.auth), &s.mode)) {
        io.err << Tr::tr("Unknown --auth \"%1\".").arg(parser.value(f.auth)) << Qt::endl;
        return std::nullopt;
    }
    if (parser.isSet(f.user))
        s.username = parser.value(f.user);
    if (parser.isSet(f.clientCert)) {
        s.mode = parser.isSet(f.auth) ? s.mode : SignInMode::X509;
        s.clientCertPath = parser.value(f.clientCert);
    }
    if (parser.isSet(f.clientKey))
        s.clientKeyPath = parser.value(f.clientKey);
    if (parser.isSet(f.caBundle))
        s.caBundlePath = parser.value(f.caBundle);
    s.allowInsecureTls = s.allowInsecureTls || parser.isSet(f.insecure);
    if (parser.isSet(f.timeout))
        s.timeoutMs = qMax(1, parser.value(f.timeout).toInt()) * 1000;

    QString secret = found->secret;
    if (parser.isSet(f.passwordStdin)) {
        QTextStream in(stdin);
        secret = in.readLine();
    } else if (parser.isSet(f.tokenFile)) {
        QFile file(parser.value(f.tokenFile));
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            return std::nullopt;
        }
        secret = QString::fromUtf8(file.readAll()).trimmed();
    } else if (s.mode == SignInMode::Bearer && qEnvironmentVariableIsSet("FD_GATE_TOKEN")) {
        secret = qEnvironmentVariable("FD_GATE_TOKEN");
    } else if (qEnvironmentVariableIsSet("FD_GATE_PASSWORD")) {
        secret = qEnvironmentVariable("FD_GATE_PASSWORD");
    }
    if (!secret.isEmpty())
        secrets->set(s.secretKey(), secret);
    return s;
}

QString actionText(const RegionPlan &region)
{
    switch (region.action) {
    case RegionAction::Create:
        return Tr::tr("new pipeline, %n line(s)", nullptr, region.addedLines);
    case RegionAction::Update:
        return Tr::tr("update of %1 (last changed by %2): +%3 -%4 lines")
            .arg(region.storedId, region.storedBy.isEmpty() ? Tr::tr("unknown") : region.storedBy)
            .arg(region.addedLines).arg(region.removedLines);
    case RegionAction::Unchanged:
        return Tr::tr("unchanged");
    }
    return {};
}

void printPlan(const PublishPlan &plan, const GateSettings &settings, bool assumeYes, Io &io)
{
    io.out << Tr::tr("Gate %1 (from %2), signed in as %3.").arg(settings.url.toString(), settings.origin, plan.user.username)
           << Qt::endl;
    if (plan.applicationExists)
        io.out << Tr::tr("Application %1 exists.").arg(plan.application) << Qt::endl;
    else
        io.out << (assumeYes ? Tr::tr("Application %1 does not exist; it will be created.").arg(plan.application)
                             : Tr::tr("Application %1 does not exist; --yes creates it.").arg(plan.application))
               << Qt::endl;
    for (const RegionPlan &region : plan.regions) {
        io.out << QStringLiteral("[%1] %2: %3").arg(region.region, region.name, actionText(region)) << Qt::endl;
        io.out << region.diff;
    }
    for (const ObsoletePipeline &old : plan.obsolete)
        io.out << (assumeYes ? Tr::tr("[%1] %2 (id %3): its region is no longer in the runway; it will be deleted.")
                             : Tr::tr("[%1] %2 (id %3): its region is no longer in the runway; --yes deletes it."))
                      .arg(old.region, old.name, old.id)
               << Qt::endl;
}

void printResult(const RegionResult &result, Io &io)
{
    QString line = QStringLiteral("[%1] %2: %3").arg(result.region, result.name, regionStateName(result.state));
    if (!result.id.isEmpty() && !result.isDeletion)
        line += Tr::tr(" (id %1)").arg(result.id);
    if (result.error.isError())
        line += QStringLiteral(" — ") + result.error.toString();
    if (!result.note.isEmpty())
        line += QLatin1Char(' ') + result.note;
    (result.isFine() ? io.out : io.err) << line << Qt::endl;
}

int exitCodeFor(const GateError &error)
{
    if (error.isSignInProblem() || error.kind == GateErrorKind::Configuration)
        return ExitSignIn;
    if (error.kind == GateErrorKind::Rejected)
        return ExitUnusable;
    return ExitNotPublished;
}

int exitCodeFor(const PublishReport &report)
{
    if (report.succeeded())
        return ExitOk;
    if (report.applicationError.isError())
        return exitCodeFor(report.applicationError);
    int published = 0;
    int regions = 0;
    bool onlySignIn = true;
    for (const RegionResult &result : report.results) {
        regions += !result.isDeletion;
        published += !result.isDeletion && result.isFine();
        if (!result.isFine())
            onlySignIn = onlySignIn && result.error.isSignInProblem();
    }
    if (published == 0 && regions > 0)
        return onlySignIn ? ExitSignIn : ExitNotPublished;
    return ExitPartial;
}

} // namespace

void setKeychainFactory(KeychainFactory factory)
{
    keychainFactory = factory;
}

/// `publish RUNWAY`: generates the runway's pipelines and publishes them to Spinnaker through Gate.
int runPublish(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Generates the runway's pipelines and publishes them to Spinnaker through Gate: signs in, checks the "
               "application, shows what changes, saves each region's pipeline (with Spinnaker's stale check) and reads "
           "it back. Passwords and tokens: --password-stdin, --token-file, --keychain, or FD_GATE_PASSWORD / "
           "FD_GATE_TOKEN.\n"
           "Exit codes: 0 published, 1 validation errors, 2 unusable input, 3 sign-in failed or access denied, "
           "4 some regions failed, 5 nothing published."));
    const RunwayOptions runway(parser);
    const GenerationFlags generation(parser);
    const PublishFlags flags(parser);
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, io, 1, &exitCode))
        return exitCode;
    const std::optional<GeneratedRunway> opened = generation.openAndGenerate(parser, runway, io);
    if (!opened)
        return ExitUnusable;
    const RunwayContext &context = opened->context;
    const Generation &generated = opened->generation;
    for (const Error &finding : generated.findings)
        io.err << finding.toString() << Qt::endl;
    const PublishRequest request = publishRequest(context, generated);
    if (request.hasBlockingFindings()) {
        io.err << Tr::tr("Nothing published: fix the errors above first.") << Qt::endl;
        return ExitFindings;
    }

    MemorySecretStore secrets;
    const std::optional<GateSettings> settings = gateSettings(parser, flags, context, &secrets, io);
    if (!settings)
        return ExitUnusable;
    QNetworkAccessManager nam;
    GateClient client(&nam, *settings);
    QObject::connect(&client, &GateClient::warning, &client,
                     [&io](const QString &warning) { io.err << Tr::tr("warning: %1").arg(warning) << Qt::endl; });

    const bool useKeychain = parser.isSet(flags.keychain) && !secrets.contains(settings->secretKey());
    const std::unique_ptr<SecretStore> keychain = useKeychain && keychainFactory ? keychainFactory() : nullptr;
    if (useKeychain && !keychain) {
        io.err << Tr::tr("This program cannot reach the system keychain; run foremast-designer publish --keychain.")
               << Qt::endl;
        return ExitUnusable;
    }
    PublishPreparer preparer(&client, keychain ? keychain.get() : &secrets);
    waitFor(&preparer, [&]() { preparer.start(request); });
    if (!preparer.succeeded()) {
        io.err << preparer.error().toString() << Qt::endl;
        if (preparer.error().kind == GateErrorKind::Configuration && signInModeNeedsSecret(settings->mode))
            io.err << Tr::tr("Give the password or token with --password-stdin, --token-file, --keychain, "
                             "FD_GATE_PASSWORD or FD_GATE_TOKEN.") << Qt::endl;
        return exitCodeFor(preparer.error());
    }
    const bool assumeYes = parser.isSet(flags.yes);
    printPlan(preparer.plan(), *settings, assumeYes, io);
    if (parser.isSet(flags.dryRun)) {
        io.out << Tr::tr("Dry run: nothing was written.") << Qt::endl;
        return ExitOk;
    }

    PublishOptions publishOptions;
    publishOptions.createApplication = assumeYes;
    if (assumeYes) {
        for (const ObsoletePipeline &old : preparer.plan().obsolete)
            publishOptions.deleteObsolete << old.name;
    }
    if (parser.isSet(flags.concurrency))
        publishOptions.maxConcurrent = qMax(1, parser.value(flags.concurrency).toInt());
    PublishRun run(&client);
    QObject::connect(&run, &PublishRun::progress, &run, [&io](const QString &text) { io.out << text << Qt::endl; });
    QObject::connect(&run, &PublishRun::resultChanged, &run, [&io](const RegionResult &result) {
        if (result.isDone())
            printResult(result, io);
    });
    waitFor(&run, [&]() { run.start(preparer.plan(), publishOptions); });
    const PublishReport &report = run.report();
    if (report.applicationError.isError())
        io.err << report.applicationError.toString() << Qt::endl;
    const int failures = report.failures();
    bool wrote = report.applicationCreated;
    for (const RegionResult &result : report.results)
        wrote = wrote || result.state == RegionState::Published || result.state == RegionState::Deleted;
    if (failures == 0)
        io.out << (wrote ? Tr::tr("Published.") : Tr::tr("Nothing to publish: Spinnaker is up to date.")) << Qt::endl;
    else
        io.err << Tr::tr("%n region(s) or deletion(s) did not succeed; see above.", nullptr, failures) << Qt::endl;
    return exitCodeFor(report);
}

} // namespace Fd::Cli
