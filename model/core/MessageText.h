// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Fd {

/// A user's text as it may appear inside a one-line message: control characters written as JSON
/// escapes (\n, \t, \u0007 …) so a finding stays one line in the findings list and on stderr, and
/// anything longer than `limit` characters cut with an ellipsis.
QString shownInMessage(const QString &text, int limit = 40);

} // namespace Fd
