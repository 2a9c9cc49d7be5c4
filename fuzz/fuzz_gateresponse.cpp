// SPDX-License-Identifier: Apache-2.0
// What Gate may send back: status byte, content type line, then the body.
#include "FuzzSupport.h"

#include "gate/GateResponse.h"

using namespace Fd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray input = Fuzz::bytes(data + 2, size - 2);
    GateResponse r;
    r.request = QStringLiteral("GET /applications/fuzz/pipelineConfigs");
    r.status = 100 + int(data[0]) * 2;
    r.isWrite = data[1] & 1;
    r.sent = data[1] & 2;
    r.networkError = (data[1] & 4) ? QNetworkReply::ContentNotFoundError : QNetworkReply::NoError;
    const int eol = input.indexOf('\n');
    r.contentType = eol < 0 ? QByteArray("application/json") : input.left(eol);
    r.body = eol < 0 ? input : input.mid(eol + 1);
    r.error = classifyResponse(r, data[1] & 8);
    r.gateMessage();
    r.json();
    return 0;
}
