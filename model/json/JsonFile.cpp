// SPDX-License-Identifier: Apache-2.0
#include "JsonFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstring>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "JsonFile", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonFile)
};

Error fileError(const QString &path, const QString &message)
{
    Error e;
    e.file = path;
    e.message = message;
    return e;
}

/// Line, column and text of the line holding byte `offset` of UTF-8 `text`.
void locate(const QByteArray &text, int offset, int *line, int *column, QString *lineText)
{
    offset = qBound(0, offset, int(text.size()));
    int lineStart = 0;
    *line = 1;
    for (int i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++*line;
            lineStart = i + 1;
        }
    }
    int lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0)
        lineEnd = int(text.size());
    const QByteArray before = text.mid(lineStart, offset - lineStart);
    *column = int(QString::fromUtf8(before).size()) + 1;
    *lineText = QString::fromUtf8(text.mid(lineStart, lineEnd - lineStart)).trimmed();
    // A quoted line must not carry raw control characters into a terminal.
    for (QChar &c : *lineText) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            c = QChar(0xFFFD);
    }
}

} // namespace

int rawControlInString(const QByteArray &text)
{
    // Between strings only the next quote matters (memchr skips the indentation at once); inside
    // a string, a quote, a backslash or a control character.
    const char *const begin = text.constData();
    const char *const end = begin + text.size();
    const char *at = begin;
    while (at != end) {
        const char *quote = static_cast<const char *>(std::memchr(at, '"', size_t(end - at)));
        if (!quote)
            return -1;
        for (at = quote + 1; at != end; ++at) {
            const uchar c = uchar(*at);
            if (c == '"') {
                ++at;
                break;
            }
            if (c == '\\') {
                if (++at == end)
                    return -1;
            } else if (c < 0x20) {
                return int(at - begin);
            }
        }
    }
    return -1;
}

Result<JsonFile> JsonFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(path, Tr::tr("The file does not exist."));
    if (info.isDir())
        return fileError(path, Tr::tr("Expected a file but found a folder."));
    if (!info.isFile()) // opening a FIFO would block until a writer comes
        return fileError(path, Tr::tr("Expected a file but found a special file (FIFO, device or socket); it was not read."));
    if (info.size() > MaxSize) {
        return fileError(path, Tr::tr("The file is %1 MB; files over %2 MB are refused.")
                                   .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                                   .arg(MaxSize / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, Tr::tr("The file cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(MaxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fileError(path, Tr::tr("The file cannot be read: %1").arg(file.errorString()));
    if (bytes.size() > MaxSize)
        return fileError(path, Tr::tr("The file is larger than %1 MB and was refused.").arg(MaxSize / (1024 * 1024)));
    return parse(path, bytes);
}

Result<JsonFile> JsonFile::parse(const QString &path, const QByteArray &bytes)
{
    JsonFile f;
    f.path = path;
    f.bytes = bytes;
    f.hasBom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = f.text();
    if (body.trimmed().isEmpty())
        return fileError(path, Tr::tr("The file is empty; it must hold a JSON object."));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Error e = fileError(path, Tr::tr("Invalid JSON: %1.").arg(parseError.errorString()));
        e.code = Error::Code::InvalidInput;
        locate(body, parseError.offset, &e.line, &e.column, &e.context);
        return e;
    }
    const int control = rawControlInString(body);
    if (control >= 0) {
        Error e = fileError(path, QCoreApplication::translate("JsonFile",
                                  "Invalid JSON: a raw control character (U+%1) inside a string; "
                                  "write it as an escape such as \\u%1.")
                                  .arg(QString::number(uchar(body.at(control)), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
        e.code = Error::Code::InvalidInput;
        locate(body, control, &e.line, &e.column, &e.context);
        return e;
    }
    if (!doc.isObject()) {
        Error e = fileError(path, Tr::tr("The file must hold a JSON object, not an array or a value."));
        e.line = 1;
        return e;
    }
    f.value = doc.object();
    f.sourceMap = JsonSourceMap::scan(body);
    return f;
}

} // namespace Fd
