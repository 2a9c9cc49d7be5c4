// SPDX-License-Identifier: Apache-2.0
// Keeps the library non-empty until the first widget lands.
namespace Fd {
int widgetsLibraryVersion() { return 1; }
} // namespace Fd
