// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"

#include <QString>

namespace Fd {

/// What went wrong talking to Gate, in terms a person can act on.
enum class GateErrorKind {
    None,
    NotSignedIn,        ///< 302 to /login, 401, a login page where JSON was expected, no user
    AccessDenied,       ///< 403, or a save refused with "Access is denied"
    NameConflict,       ///< another pipeline already has this name (case-insensitive)
    StalePipeline,      ///< someone changed the pipeline since it was read
    ApplicationMissing, ///< the application does not exist (or could not be created)
    NotFound,           ///< any other 404
    Unreachable,        ///< no connection, DNS failure, 502/503/504 from a proxy
    Tls,                ///< certificate or handshake failure
    Timeout,            ///< no answer in time
    UnknownOutcome,     ///< a write may or may not have happened; re-read before retrying
    ServerError,        ///< 500 and other 5xx
    Rejected,           ///< Gate refused the request (other 400s, failed tasks)
    InvalidResponse,    ///< an answer that makes no sense (not JSON, a redirect elsewhere)
    Canceled,           ///< the user canceled
    Configuration,      ///< our own settings are unusable (unreadable certificate, no secret)
};

/// A failure: plain-words summary, advice, and Gate's own message kept verbatim.
struct GateError
{
    GateErrorKind kind = GateErrorKind::None;
    QString summary;     ///< translated, one sentence
    QString advice;      ///< translated: what the user can do; may be empty
    QString gateMessage; ///< Gate's `message` (or body excerpt), untranslated
    int httpStatus = 0;
    QString request;     ///< e.g. "POST /pipelines"

    bool isError() const { return kind != GateErrorKind::None; }
    /// Whether the user has to sign in again or choose other credentials.
    bool isSignInProblem() const
    {
        return kind == GateErrorKind::NotSignedIn || kind == GateErrorKind::AccessDenied;
    }
    /// "summary advice (Gate said: "…"; HTTP 400 on POST /pipelines)"
    QString toString() const;
    Error toError(const QString &region = {}) const;
};

/// A short, stable name for the kind (for logs, tests and the CLI): "not-signed-in", "stale", …
QString gateErrorKindName(GateErrorKind kind);

} // namespace Fd
