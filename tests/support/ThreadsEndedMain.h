// SPDX-License-Identifier: Apache-2.0
#pragma once

// Test mains for tests that use the network. QNetworkAccessManager runs HTTP on a thread of its
// own; its destructor waits for that QThread to *finish*, but the thread's OpenSSL state (the
// per-thread random generators made for each TLS context) is freed by pthread key destructors a
// moment later, when the thread really exits. Returning from main before then lets the leak check
// at process exit (ASan/LSan builds) see that state as leaked — under load, one run in two. These
// mains destroy the test object and the application first, then wait until no network thread is
// left, so what the leak check sees no longer depends on timing.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>
#include <QtTest/QtTest>
#ifdef QT_WIDGETS_LIB
#include <QApplication>
#endif

#include <algorithm>
#include <cstdio>

namespace Fd::Test {

/// Names of this process's threads (Linux: /proc/self/task/*/comm, at most 15 bytes each).
inline QStringList threadNames()
{
    QStringList names;
#ifdef Q_OS_LINUX
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly))
            names << QString::fromUtf8(comm.readAll().trimmed());
    }
#endif
    return names;
}

/// Waits until no thread of QNetworkAccessManager ("QNetworkAccessManager thread", cut to 15
/// bytes by the kernel) is left; false, with the threads still there on stderr, after `timeoutMs`.
/// Only those: Qt's D-Bus thread (the keychain) lives until Qt's globals are destroyed, after main.
inline bool waitForNetworkThreadsToEnd(int timeoutMs = 10000)
{
    const auto networkThreadLeft = [] {
        const QStringList names = threadNames();
        return std::any_of(names.cbegin(), names.cend(), [](const QString &name) {
            return name.startsWith(QLatin1String("QNetworkAccess"));
        });
    };
    QDeadlineTimer deadline(timeoutMs);
    while (networkThreadLeft()) {
        if (deadline.hasExpired()) {
            std::fprintf(stderr, "threads still running at exit: %s\n",
                         qPrintable(threadNames().join(QLatin1String(", "))));
            return false;
        }
        QThread::msleep(1);
    }
    return true;
}

} // namespace Fd::Test

#define FD_TEST_MAIN_THREADS_ENDED(TestObject, Application)                                        \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        int status = 0;                                                                            \
        {                                                                                          \
            QTest::Internal::callInitMain<TestObject>();                                           \
            Application app(argc, argv);                                                           \
            app.setAttribute(Qt::AA_Use96Dpi, true);                                               \
            TestObject tc;                                                                         \
            QTEST_SET_MAIN_SOURCE_PATH                                                             \
            status = QTest::qExec(&tc, argc, argv);                                                \
        }                                                                                          \
        if (!Fd::Test::waitForNetworkThreadsToEnd() && status == 0)                                 \
            status = 1;                                                                            \
        return status;                                                                             \
    }

/// QTEST_GUILESS_MAIN that returns only once the network threads have ended.
#define FD_TEST_GUILESS_MAIN_THREADS_ENDED(TestObject) FD_TEST_MAIN_THREADS_ENDED(TestObject, QCoreApplication)
/// QTEST_MAIN (with QApplication) that returns only once the network threads have ended.
#define FD_TEST_WIDGETS_MAIN_THREADS_ENDED(TestObject) FD_TEST_MAIN_THREADS_ENDED(TestObject, QApplication)
