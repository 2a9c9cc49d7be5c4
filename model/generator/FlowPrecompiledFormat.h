// SPDX-License-Identifier: Apache-2.0
#pragma once
// Inside the generator only: the byte layout of a precompiled flow (FlowPrecompiled.h), shared
// by its writer, its reader and describe().
//
//   0  "FDFLOWC" and a NUL           8 bytes
//   8  FlowPrecompiled::Version      u32
//  12  0 (reserved)                  u32
//  16  hash of the flow's JSON text  u64
//  24  hash of the bytes from 32 on  u64
//  32  the JSON literals' table: its size (u32), then one JSON array in compact text
//      the texts' table: their count (u32), then each text: its length in UTF-16 units (u32)
//      and the units
//      the parsed flow, field by field (FlowPrecompiledWrite.cpp)
//
// Integers are little-endian. A text is its index in the texts' table (u32; 0xffffffff for a
// null QString): each distinct text is made once and shared, keys such as "name" or "settings"
// recur hundreds of times. A JSON value is a tag and, for a scalar, its value, for an object or
// a list its index in the literals' table: QJsonDocument::fromJson builds Qt's containers in one
// pass, much cheaper than inserting member by member.

#include "FlowParser.h"
#include "FlowPrecompiled.h"
#include "FlowTemplateNodes.h"

#include <QHash>
#include <QJsonArray>

namespace Fd {

namespace FlowBlob {

constexpr char Magic[8] = {'F', 'D', 'F', 'L', 'O', 'W', 'C', '\0'};
constexpr qsizetype HeaderSize = 32;
constexpr quint32 NullText = 0xffffffffu;

enum class ValueTag : quint8 { Undefined, Null, False, True, Integer, Double, Text, Container, Count };

class Writer
{
public:
    void u8(quint8 v) { m_out.append(char(v)); }
    void u32(quint32 v);
    void u64(quint64 v);
    void i32(qint32 v) { u32(quint32(v)); }
    void text(const QString &text);
    void texts(const QStringList &texts);
    void value(const QJsonValue &value);

    QByteArray finish(QByteArrayView source) const;

private:
    QByteArray m_out;
    QJsonArray m_table;
    QHash<QString, quint32> m_textIndex;
    QStringList m_texts;
};

/// Reads what Writer wrote. Any read past the end or any value out of range sets failed() and
/// gives a default from then on; the caller drops everything read once it has failed.
class Reader
{
public:
    Reader(QByteArrayView payload, QJsonArray table) : m_at(payload.data()), m_end(payload.data() + payload.size()), m_table(std::move(table)) { }

    /// Reads the texts' table; text() refers to it from then on.
    void readTexts();

    quint8 u8();
    quint32 u32();
    quint64 u64();
    qint32 i32() { return qint32(u32()); }
    /// A count of items that take at least one byte each: more than the bytes left fails.
    quint32 count();
    /// An index below `limit`, or -1 (and failed) when it is not.
    int index(int limit);
    bool flag();
    QString text();
    /// A text and its Latin-1 bytes when it is ASCII (empty otherwise), made once per text.
    std::pair<QString, QByteArray> textWithLatin1();
    QStringList texts();
    QJsonValue value();

    void fail() { m_failed = true; }
    bool failed() const { return m_failed; }
    bool atEnd() const { return m_at == m_end; }

private:
    bool take(qsizetype size);
    template<typename T>
    T number();
    /// The index of the next text, or -1 for a null one.
    int textIndex();

    const char *m_at;
    const char *m_end;
    QJsonArray m_table;
    std::vector<QString> m_texts;
    std::vector<std::optional<QByteArray>> m_latin1;
    bool m_failed = false;
};

} // namespace FlowBlob

struct FlowPrecompiledAccess
{
    static void write(FlowBlob::Writer &out, const FlowExpression &expression);
    static void write(FlowBlob::Writer &out, const FlowCondition &condition);
    static void write(FlowBlob::Writer &out, const FlowTemplate &templ);
    /// `settings`: how many flow settings an expression may refer to.
    static FlowExpression readExpression(FlowBlob::Reader &in, int settings);
    static FlowCondition readCondition(FlowBlob::Reader &in, int settings);
    static FlowTemplate readTemplate(FlowBlob::Reader &in, int settings);
    static void describe(QByteArray &out, const FlowExpression &expression);
    static void describe(QByteArray &out, const FlowCondition &condition);
    static void describe(QByteArray &out, const FlowTemplate &templ);
};

} // namespace Fd
