// SPDX-License-Identifier: Apache-2.0
// Publishing N region pipelines to a fake Gate that answers every request after 100 ms: regions
// go out concurrently, so 12 regions must take less than 3x the time of one.
#include "../gate/PublishHarness.h"
#include "../support/ThreadsEndedMain.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace Fd;
using namespace Fd::Test;

namespace {

constexpr int GateDelayMs = 100;

QStringList regions(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("region-%1").arg(i, 2, 10, QLatin1Char('0'));
    return out;
}

/// Sign-in, application check, listing, then save and read-back of every region.
qint64 publishOnce(int regionCount, int *requests, int maxConcurrent = PublishOptions().maxConcurrent)
{
    PublishHarness h;
    h.gate.addApplication(QStringLiteral("benchapp"));
    h.gate.setDelayMs(GateDelayMs);
    QElapsedTimer timer;
    timer.start();
    PublishOptions options = quickOptions();
    options.maxConcurrent = maxConcurrent;
    const PublishReport report = h.publishAll(sampleRequest(QStringLiteral("benchapp"), regions(regionCount)), options);
    const qint64 elapsed = timer.elapsed();
    if (!report.succeeded() || report.results.size() != regionCount)
        return -1;
    *requests = int(h.gate.requests().size());
    return elapsed;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class BenchPublish : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publish_data();
    void publish();
    void twelveVersusOne();
};

void BenchPublish::publish_data()
{
    QTest::addColumn<int>("regionCount");
    QTest::addColumn<int>("maxConcurrent");
    QTest::newRow("1 region") << 1 << PublishOptions().maxConcurrent;
    QTest::newRow("12 regions") << 12 << PublishOptions().maxConcurrent;
    QTest::newRow("12 regions, one at a time") << 12 << 1;
}

void BenchPublish::publish()
{
    QFETCH(int, regionCount);
    QFETCH(int, maxConcurrent);
    int requests = 0;
    QBENCHMARK {
        QVERIFY(publishOnce(regionCount, &requests, maxConcurrent) > 0);
    }
}

void BenchPublish::twelveVersusOne()
{
    QList<qint64> one, twelve;
    int oneRequests = 0, twelveRequests = 0;
    for (int i = 0; i < 3; ++i) {
        one << publishOnce(1, &oneRequests);
        twelve << publishOnce(12, &twelveRequests);
        QVERIFY(one.last() > 0 && twelve.last() > 0);
    }
    const qint64 t1 = median(one);
    const qint64 t12 = median(twelve);
    qInfo("1 region: %lld ms (%d requests); 12 regions: %lld ms (%d requests); ratio %.2f",
          t1, oneRequests, t12, twelveRequests, double(t12) / double(t1));
    QVERIFY2(t12 < 3 * t1, qPrintable(QStringLiteral("12 regions took %1 ms, one took %2 ms").arg(t12).arg(t1)));
}

FD_TEST_GUILESS_MAIN_THREADS_ENDED(BenchPublish)
#include "bench_publish.moc"
