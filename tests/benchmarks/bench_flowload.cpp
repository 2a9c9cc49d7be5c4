// SPDX-License-Identifier: Apache-2.0
// Loading a built-in flow: parsed and checked from its JSON text (what every process did before,
// and what a user's flow file still gets) against read from the blob fd_flowc precompiled at
// build time. Instruction counts: `valgrind --tool=callgrind bench_flowload -callgrind`
// (docs/performance.md).
#include "generator/FlowPrecompiled.h"

#include <QFile>
#include <QTest>

using namespace Fd;

class BenchFlowLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseJson_data() { flows(); }
    void parseJson()
    {
        QFETCH(QString, name);
        const QByteArray text = Flow::builtinText(name);
        QBENCHMARK {
            const Result<Flow> flow = Flow::parse(QStringLiteral(":/flows/%1.json").arg(name), text);
            QVERIFY(flow);
        }
    }

    void readPrecompiled_data() { flows(); }
    void readPrecompiled()
    {
        QFETCH(QString, name);
        const QByteArray text = Flow::builtinText(name);
        QFile file(QStringLiteral(":/flows/%1.flowc").arg(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray blob = file.readAll();
        QBENCHMARK {
            const Result<Flow> flow = FlowPrecompiled::read(file.fileName(), blob, text,
                                                            QStringLiteral(":/flows/%1.json").arg(name));
            QVERIFY(flow);
        }
    }

private:
    static void flows()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : Flow::builtinNames())
            QTest::newRow(qPrintable(name)) << name;
    }
};

QTEST_GUILESS_MAIN(BenchFlowLoad)
#include "bench_flowload.moc"
