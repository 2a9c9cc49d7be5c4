// SPDX-License-Identifier: Apache-2.0
#include "GateResponse.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "GateError", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GateError)
};

bool looksLikeHtml(const GateResponse &r)
{
    if (r.contentType.toLower().contains("text/html"))
        return true;
    const QByteArray start = r.body.trimmed().left(64).toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

GateError make(GateErrorKind kind, const QString &summary, const QString &advice, const GateResponse &r)
{
    GateError e;
    e.kind = kind;
    e.summary = summary;
    e.advice = advice;
    e.httpStatus = r.status;
    e.request = r.request;
    if (r.status >= 300)
        e.gateMessage = r.gateMessage();
    return e;
}

GateError notSignedIn(const QString &summary, const GateResponse &r)
{
    return make(GateErrorKind::NotSignedIn, summary,
                Tr::tr("Sign in again: check the sign-in method and the user name, password or token."), r);
}

GateError networkFailure(const GateResponse &r)
{
    const auto unknownIfSent = [&r](GateError e) {
        if (r.isWrite && r.sent) {
            e.kind = GateErrorKind::UnknownOutcome;
            e.advice = Tr::tr("The request was sent, so Gate may have carried it out. Re-read before trying again.");
        }
        return e;
    };
    GateError e;
    switch (r.networkError) {
    case QNetworkReply::OperationCanceledError:
        if (r.canceled)
            return make(GateErrorKind::Canceled, Tr::tr("Canceled."), {}, r);
        Q_FALLTHROUGH();
    case QNetworkReply::TimeoutError:
        e = make(GateErrorKind::Timeout, Tr::tr("Gate did not answer within %n second(s).", nullptr, (r.timeoutMs + 999) / 1000),
                 Tr::tr("Try again later, or raise the timeout."), r);
        return unknownIfSent(e);
    case QNetworkReply::SslHandshakeFailedError:
        e = make(GateErrorKind::Tls, Tr::tr("The secure connection to Gate failed."),
                 Tr::tr("Check the CA bundle, the client certificate and that the Gate URL names the host in its "
                        "certificate."), r);
        e.gateMessage = r.networkErrorString;
        return e;
    case QNetworkReply::ContentReSendError: // the connection dropped and Qt was not allowed to resend
    case QNetworkReply::RemoteHostClosedError:
        e = make(GateErrorKind::Unreachable, Tr::tr("Gate closed the connection before answering."),
                 Tr::tr("Check that Gate and any proxy in front of it are running."), r);
        return unknownIfSent(e);
    default:
        e = make(GateErrorKind::Unreachable, Tr::tr("Gate cannot be reached."),
                 Tr::tr("Check the Gate URL, your network or VPN, and that Gate is running."), r);
        e.gateMessage = r.networkErrorString;
        return unknownIfSent(e);
    }
}

GateError badRequest(const GateResponse &r)
{
    const QString message = r.gateMessage();
    if (message.contains(QLatin1String("already exists in application"), Qt::CaseInsensitive))
        return make(GateErrorKind::NameConflict,
                    Tr::tr("Another pipeline in this application already has this name (Spinnaker ignores case)."),
                    Tr::tr("Rename or delete the other pipeline in Spinnaker, or publish under another name."), r);
    if (message.contains(QLatin1String("is stale"), Qt::CaseInsensitive))
        return make(GateErrorKind::StalePipeline,
                    Tr::tr("Someone changed this pipeline in Spinnaker after the designer read it; nothing was overwritten."),
                    Tr::tr("Publish again to see their change in the diff, then decide."), r);
    if (message.contains(QLatin1String("Access is denied"), Qt::CaseInsensitive))
        return make(GateErrorKind::AccessDenied, Tr::tr("Spinnaker denied access: you may not change this application."),
                    Tr::tr("Ask a Spinnaker administrator for WRITE permission, or sign in as another user."), r);
    if (message.contains(QLatin1String("did not succeed"), Qt::CaseInsensitive)
        && message.contains(QLatin1String("RUNNING"))) {
        return make(GateErrorKind::UnknownOutcome, Tr::tr("Gate stopped waiting before Spinnaker finished saving."),
                    Tr::tr("The save may still land. Re-read before trying again."), r);
    }
    if (message.contains(QLatin1String("template not found"), Qt::CaseInsensitive))
        return make(GateErrorKind::Rejected, Tr::tr("The pipeline template this pipeline uses does not exist in Spinnaker."),
                    {}, r);
    return make(GateErrorKind::Rejected, Tr::tr("Gate refused the request."), {}, r);
}

} // namespace

QString GateResponse::gateMessage() const
{
    const QJsonObject object = json().object();
    for (const char *key : {"message", "error"}) {
        const QString value = object.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    if (body.trimmed().isEmpty())
        return {};
    QString text = QString::fromUtf8(body.left(400));
    if (text.contains(QLatin1Char('<')))
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text.simplified().left(200);
}

GateError classifyResponse(const GateResponse &r, bool expectJson)
{
    if (r.status == 0)
        return r.networkError == QNetworkReply::NoError
            ? make(GateErrorKind::InvalidResponse, Tr::tr("Gate sent no answer."), {}, r)
            : networkFailure(r);
    if (r.status >= 300 && r.status < 400) {
        if (r.location.path().startsWith(QLatin1String("/login")) || r.location.path().contains(QLatin1String("/auth/")))
            return notSignedIn(Tr::tr("Not signed in: Gate sent the request to its login page."), r);
        GateError e = make(GateErrorKind::InvalidResponse,
                           Tr::tr("Gate redirected the request to %1; the designer does not follow redirects.")
                               .arg(r.location.toString()),
                           Tr::tr("Check the Gate URL (http or https, port, path)."), r);
        return e;
    }
    if (r.status >= 200 && r.status < 300) {
        if (looksLikeHtml(r))
            return notSignedIn(Tr::tr("Not signed in: a login page came back instead of data."), r);
        if (expectJson && !r.body.trimmed().isEmpty() && r.json().isNull())
            return make(GateErrorKind::InvalidResponse, Tr::tr("Gate's answer is not JSON."), {}, r);
        return {};
    }
    switch (r.status) {
    case 400:
        return badRequest(r);
    case 401:
        return notSignedIn(Tr::tr("Not signed in: Gate asks for authentication."), r);
    case 403:
        return make(GateErrorKind::AccessDenied, Tr::tr("Access denied."),
                    Tr::tr("Sign in as a user allowed to do this, or check your client certificate."), r);
    case 404:
        if (r.gateMessage().contains(QLatin1String("Application not found"), Qt::CaseInsensitive))
            return make(GateErrorKind::ApplicationMissing, Tr::tr("The application does not exist in Spinnaker."),
                        Tr::tr("Let the designer create it, or check the application name."), r);
        return make(GateErrorKind::NotFound, Tr::tr("Gate does not know this item."), {}, r);
    case 502:
    case 503:
    case 504:
        return make(GateErrorKind::Unreachable, Tr::tr("Gate, or a proxy in front of it, is unavailable."),
                    Tr::tr("Try again later; if it persists, ask your Spinnaker administrators."), r);
    default:
        break;
    }
    if (r.status >= 500)
        return make(GateErrorKind::ServerError, Tr::tr("Gate or a service behind it (Front50, Orca) failed."),
                    Tr::tr("Try again later; if it persists, ask your Spinnaker administrators."), r);
    return make(GateErrorKind::Rejected, Tr::tr("Gate refused the request."), {}, r);
}

} // namespace Fd
