// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GateError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrl>

namespace Fd {

/// What came back from one Gate request, whether it succeeded or not.
struct GateResponse
{
    QString request;          ///< "GET /applications/myapp", for messages
    bool isWrite = false;     ///< POST/PUT/DELETE: a failure after sending leaves the outcome unknown
    int status = 0;           ///< HTTP status; 0 when no answer arrived
    QByteArray body;
    QByteArray contentType;
    QUrl location;            ///< Location header of a redirect
    QByteArray sessionCookie; ///< value of a `SESSION` cookie Gate set, if any
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    bool canceled = false;    ///< canceled by the caller, not by the transfer timeout
    bool sent = false;        ///< the whole request went out, so Gate may have acted on it
    int timeoutMs = 0;
    GateError error;          ///< kind None on success

    bool ok() const { return !error.isError(); }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    /// Gate's `message` from an error body, else a short excerpt of the body.
    QString gateMessage() const;
};

/// Turns status, headers, body and network error into a GateError (kind None on success).
/// `expectJson`: a non-empty 2xx body must be JSON; an HTML page means a login page.
GateError classifyResponse(const GateResponse &response, bool expectJson);

} // namespace Fd
