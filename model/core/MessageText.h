// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Fd {

/// A user's text as it may appear inside a one-line message: characters that do not show as
/// themselves written as JSON escapes (\n, \t, \u0007, \u2028, \u202e …) so a finding stays one
/// line in the findings list and on stderr and reads as what the file holds (no invisible or
/// direction-changing characters), and anything longer than `limit` characters cut with an
/// ellipsis (never inside a surrogate pair). Letters, marks and symbols show as they are,
/// combining marks included; format characters are escaped even where a script uses them
/// (zero-width joiners in Persian or in emoji sequences): a message says what the file holds.
QString shownInMessage(const QString &text, int limit = 40);

} // namespace Fd
