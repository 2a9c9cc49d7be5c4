// SPDX-License-Identifier: Apache-2.0
#pragma once

class QLineEdit;

namespace Fd {

/// Keeps a value longer than its line edit readable in a narrow panel. QLineEdit scrolls to its
/// cursor, and setText() leaves the cursor at the end, so such a value showed only its tail
/// ("…ANGES_ONLY"). Once the user leaves the field it shows from its start again, and hovering
/// it shows the whole value.
void keepValueReadable(QLineEdit *edit);

/// After the program set `edit`'s text: its start shows, unless the user is in the field.
void showValueStart(QLineEdit *edit);

/// Whether `edit`'s text is wider than the room it is shown in.
bool isValueCut(const QLineEdit *edit);

} // namespace Fd
