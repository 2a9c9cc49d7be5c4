// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// Where the tests find the golden runways and Foremast fixtures. FD_SHARED_DIR comes from
// tests/CMakeLists.txt: the live shared/ folder beside the clone when there is one, else the
// repository's own copy under tests/data.
namespace Fd::Test {

/// Folder holding golden/ and fixtures/.
inline QString sharedDir()
{
    return QStringLiteral(FD_SHARED_DIR);
}

/// A file or folder under golden/, e.g. goldenPath("foremast-v5/01-getting-started-dev/runway").
inline QString goldenPath(const QString &relative)
{
    return sharedDir() + QStringLiteral("/golden/") + relative;
}
inline QString goldenPath(const char *relative)
{
    return goldenPath(QString::fromUtf8(relative));
}

/// A file or folder under fixtures/, e.g. fixturePath("foremast/foremast-defaults__foremast.cfg.example").
inline QString fixturePath(const QString &relative)
{
    return sharedDir() + QStringLiteral("/fixtures/") + relative;
}
inline QString fixturePath(const char *relative)
{
    return fixturePath(QString::fromUtf8(relative));
}

} // namespace Fd::Test
