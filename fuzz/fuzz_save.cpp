// SPDX-License-Identifier: Apache-2.0
// The save rewrite: parse a file, change one value (chosen by the input), rewrite. The result
// must read back as exactly the edited value, and every byte outside the edited value must be
// the original's. (saveRunway refuses, rather than writes, a rewrite that reads back wrong.)
#include "FuzzSupport.h"

#include "json/JsonFile.h"
#include "json/JsonPath.h"
#include "json/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Fd;

namespace {

/// The path of the n-th scalar leaf under `value`, in document order.
bool nthLeaf(const QJsonValue &value, int &n, QStringList &path)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            path << it.key();
            if (nthLeaf(it.value(), n, path))
                return true;
            path.removeLast();
        }
        return false;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i) {
            path << QString::number(i);
            if (nthLeaf(a.at(i), n, path))
                return true;
            path.removeLast();
        }
        return false;
    }
    return n-- == 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const Result<JsonFile> file = JsonFile::parse(QStringLiteral("fuzz.json"), Fuzz::bytes(data + 1, size - 1));
    if (!file || !file->value.isObject())
        return 0;
    int n = data[0] % 16;
    QStringList path;
    if (!nthLeaf(file->value, n, path) || path.isEmpty())
        return 0;
    QJsonObject edited = file->value.toObject();
    const QJsonValue newValue = QStringLiteral("edited \"value\" %1").arg(data[0]);
    if (!JsonPath::setValue(edited, path, newValue))
        return 0;
    const QByteArray out = rewriteJson(*file, edited);
    const Result<JsonFile> reread = JsonFile::parse(QStringLiteral("fuzz.json"), out);
    if (!reread || reread->value != QJsonValue(edited))
        return 0; // refused by saveRunway (checked there); not a loss
    const int node = file->sourceMap.find(path);
    if (node < 0)
        Fuzz::fail("the edited value has no place in the source map");
    const auto &n0 = file->sourceMap.node(node);
    const int offset = file->hasBom ? 3 : 0;
    const QByteArray before = file->bytes.left(offset + n0.begin);
    const QByteArray after = file->bytes.mid(offset + n0.end);
    if (!out.startsWith(before) || !out.endsWith(after))
        Fuzz::fail("bytes outside the edited value changed");
    return 0;
}
