// SPDX-License-Identifier: Apache-2.0
// fd_flowc FLOW.json OUT.flowc: the build step that checks a built-in flow and precompiles it
// (model/generator/CMakeLists.txt runs it for each resources/flows/*.json). The flow is parsed
// and checked exactly as `--flow FILE` would be; a problem is printed as
// "file:line:column: error: key: message" and fails the build. The blob is read back and
// compared with the parsed flow field by field before it is written.
//
// A build tool's messages are for the developer at the build, like a compiler's: English only,
// not in the catalogue (the flow's own errors are the translated ones users see).
#include "Flow.h"
#include "FlowCheckMessages.h"
#include "FlowParser.h"
#include "FlowPrecompiled.h"

#include "json/JsonFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

using namespace Fd;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

/// The first line where `a` and `b` differ, for the message when a blob does not read back.
QByteArray firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> left = a.split('\n'), right = b.split('\n');
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
        if (left.at(i) != right.at(i))
            return "line " + QByteArray::number(i + 1) + ": parsed \"" + left.at(i) + "\", read back \"" + right.at(i) + '"';
    }
    return "one is longer";
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: fd_flowc FLOW.json OUT.flowc\n");
        return 2;
    }
    const QString sourcePath = QFile::decodeName(argv[1]);
    const QString outPath = QFile::decodeName(argv[2]);

    const Result<JsonFile> file = JsonFile::read(sourcePath);
    if (!file)
        return fail(file.error().toString());
    Result<Flow> flow = Flow::parse(file->path, file->bytes);
    if (!flow)
        return fail(flow.error().toString());
    // Flow::load finds a built-in flow by its file's name and caches it by that name.
    const QString name = QFileInfo(sourcePath).completeBaseName();
    if (flow->name() != name) {
        Error e;
        e.file = file->path;
        e.line = file->lineOf({QStringLiteral("name")});
        e.keyPath = QStringLiteral("name");
        e.message = QStringLiteral("A built-in flow is named after its file: expected \"%1\", not \"%2\".")
                        .arg(name, flow->name());
        return fail(e.toString());
    }

    // lupdate learns the checks' messages from FlowCheckMessages.cpp; one missing there would stay English.
    const QStringList listed = FlowCheckMessages::builtin();
    for (size_t i = 0; i < flow->checks().size(); ++i) {
        if (listed.contains(flow->checks().at(i).messageText))
            continue;
        Error e;
        e.file = file->path;
        const KeyPath path{QStringLiteral("checks"), QString::number(i), QStringLiteral("message")};
        e.line = file->lineOf(path);
        e.keyPath = JsonPath::toString(path);
        e.message = QStringLiteral("The message of a built-in flow's check must be listed, exactly as written, in "
                                   "model/generator/FlowCheckMessages.cpp, where lupdate finds it; then run the "
                                   "update_translations target and translate it.");
        return fail(e.toString());
    }

    const QByteArray blob = FlowPrecompiled::write(*flow->data(), file->bytes);
    const Result<Flow> back = FlowPrecompiled::read(outPath, blob, file->bytes, flow->file());
    if (!back)
        return fail(back.error().toString());
    const QByteArray parsed = FlowPrecompiled::describe(*flow->data());
    const QByteArray readBack = FlowPrecompiled::describe(*back->data());
    if (parsed != readBack) {
        return fail(QStringLiteral("%1: error: the precompiled flow does not read back as parsed (%2)")
                        .arg(file->path, QString::fromUtf8(firstDifference(parsed, readBack))));
    }

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(blob) != blob.size() || !out.commit())
        return fail(QStringLiteral("%1: error: cannot write: %2").arg(outPath, out.errorString()));
    return 0;
}
