// SPDX-License-Identifier: Apache-2.0
#include "GateError.h"

#include <QCoreApplication>

namespace Fd {

QString GateError::toString() const
{
    QString out = summary;
    if (!advice.isEmpty())
        out += QLatin1Char(' ') + advice;
    QStringList details;
    if (!gateMessage.isEmpty())
        details << QCoreApplication::translate("GateError", "Gate said: \"%1\"").arg(gateMessage);
    if (httpStatus > 0)
        details << QCoreApplication::translate("GateError", "HTTP %1").arg(httpStatus);
    if (!request.isEmpty())
        details << request;
    if (!details.isEmpty())
        out += QStringLiteral(" (%1)").arg(details.join(QStringLiteral("; ")));
    return out;
}

Error GateError::toError(const QString &region) const
{
    Error e;
    e.message = toString();
    e.region = region;
    return e;
}

QString gateErrorKindName(GateErrorKind kind)
{
    switch (kind) {
    case GateErrorKind::None: return QStringLiteral("none");
    case GateErrorKind::NotSignedIn: return QStringLiteral("not-signed-in");
    case GateErrorKind::AccessDenied: return QStringLiteral("access-denied");
    case GateErrorKind::NameConflict: return QStringLiteral("name-conflict");
    case GateErrorKind::StalePipeline: return QStringLiteral("stale");
    case GateErrorKind::ApplicationMissing: return QStringLiteral("application-missing");
    case GateErrorKind::NotFound: return QStringLiteral("not-found");
    case GateErrorKind::Unreachable: return QStringLiteral("unreachable");
    case GateErrorKind::Tls: return QStringLiteral("tls");
    case GateErrorKind::Timeout: return QStringLiteral("timeout");
    case GateErrorKind::UnknownOutcome: return QStringLiteral("unknown-outcome");
    case GateErrorKind::ServerError: return QStringLiteral("server-error");
    case GateErrorKind::Rejected: return QStringLiteral("rejected");
    case GateErrorKind::InvalidResponse: return QStringLiteral("invalid-response");
    case GateErrorKind::Canceled: return QStringLiteral("canceled");
    case GateErrorKind::Configuration: return QStringLiteral("configuration");
    }
    return {};
}

} // namespace Fd
