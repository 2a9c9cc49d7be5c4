// SPDX-License-Identifier: Apache-2.0
#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace Fd {

namespace {

using Node = JsonSourceMap::Node;

QByteArray formatScalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? "true" : "false";
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', 17);
    }
    case QJsonValue::String: {
        const QByteArray doc = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return doc.mid(1, doc.size() - 2);
    }
    default:
        return "null";
    }
}

bool allScalars(const QJsonArray &array)
{
    for (const QJsonValue &v : array) {
        if (v.isObject() || v.isArray())
            return false;
    }
    return true;
}

class Rewriter
{
public:
    Rewriter(const QByteArray &text, const JsonSourceMap &map) : m_text(text), m_map(map)
    {
        m_eol = text.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
        m_unit = detectUnit();
    }

    QByteArray rewrite(int node, const QJsonValue &before, const QJsonValue &after) const
    {
        const Node &n = m_map.node(node);
        if (before == after)
            return slice(n.begin, n.end);
        if (n.kind == Node::Kind::Object && after.isObject() && !n.members.empty()
            && !after.toObject().isEmpty())
            return rewriteObject(n, before.toObject(), after.toObject());
        if (n.kind == Node::Kind::Array && after.isArray()
            && size_t(after.toArray().size()) == n.items.size() && !n.items.empty())
            return rewriteArray(n, before.toArray(), after.toArray());
        if (n.kind == Node::Kind::Array && after.isArray() && !after.toArray().isEmpty()
            && slice(n.begin, n.end).contains('\n') && allScalars(after.toArray()))
            return formatMultiLineArray(after.toArray(), lineIndent(n.begin));
        return formatJson(after, lineIndent(n.begin), m_unit, m_eol);
    }

    const QByteArray &unit() const { return m_unit; }
    const QByteArray &eol() const { return m_eol; }

private:
    QByteArray slice(int begin, int end) const { return m_text.mid(begin, end - begin); }

    QByteArray lineIndent(int offset) const
    {
        int start = offset;
        while (start > 0 && m_text.at(start - 1) != '\n')
            --start;
        int end = start;
        while (end < m_text.size() && (m_text.at(end) == ' ' || m_text.at(end) == '\t'))
            ++end;
        return slice(start, end);
    }

    bool startsLine(int offset) const
    {
        int i = offset;
        while (i > 0 && (m_text.at(i - 1) == ' ' || m_text.at(i - 1) == '\t'))
            --i;
        return i == 0 || m_text.at(i - 1) == '\n';
    }

    QByteArray detectUnit() const
    {
        for (int i = 0; i + 1 < m_text.size(); ++i) {
            if (m_text.at(i) != '\n')
                continue;
            int j = i + 1;
            while (j < m_text.size() && (m_text.at(j) == ' ' || m_text.at(j) == '\t'))
                ++j;
            if (j > i + 1 && j < m_text.size() && m_text.at(j) != '\r' && m_text.at(j) != '\n')
                return slice(i + 1, j);
        }
        return "    ";
    }

    /// Joins pieces, reusing the original separator between two originally adjacent members.
    QByteArray join(const Node &n, const QList<QPair<int, QByteArray>> &pieces,
                    const QByteArray &defaultSep, int firstBegin, int lastEnd,
                    const std::vector<int> &childEnds, const std::vector<int> &childBegins) const
    {
        QByteArray out = slice(n.begin, n.begin + 1) + slice(n.begin + 1, firstBegin);
        for (int k = 0; k < pieces.size(); ++k) {
            if (k > 0) {
                const int prev = pieces[k - 1].first;
                const int cur = pieces[k].first;
                if (prev >= 0 && cur == prev + 1)
                    out += slice(childEnds[size_t(prev)], childBegins[size_t(cur)]);
                else
                    out += defaultSep;
            }
            out += pieces[k].second;
        }
        return out + slice(lastEnd, n.end);
    }

    QByteArray rewriteObject(const Node &n, const QJsonObject &before, const QJsonObject &after) const
    {
        std::vector<int> begins, ends;
        for (const auto &m : n.members) {
            begins.push_back(m.keyBegin);
            ends.push_back(m_map.node(m.value).end);
        }
        const bool multiLine = startsLine(n.members.front().keyBegin);
        const QByteArray memberIndent = multiLine ? lineIndent(n.members.front().keyBegin)
                                                  : lineIndent(n.begin) + m_unit;
        QByteArray defaultSep = multiLine ? QByteArray("," + m_eol + memberIndent) : QByteArray(", ");
        if (n.members.size() >= 2)
            defaultSep = slice(ends[0], begins[1]);

        QList<QPair<int, QByteArray>> pieces;
        QSet<QString> seen;
        for (int i = int(n.members.size()) - 1; i >= 0; --i) {
            const auto &m = n.members[size_t(i)];
            if (!after.contains(m.key)) {
                seen.insert(m.key);
                continue; // removed key (every duplicate of it)
            }
            if (seen.contains(m.key)) {
                // An earlier duplicate, which every JSON reader ignores: keep its bytes as they are.
                pieces.prepend({i, slice(m.keyBegin, m_map.node(m.value).end)});
                continue;
            }
            seen.insert(m.key);
            const Node &child = m_map.node(m.value);
            pieces.prepend({i, slice(m.keyBegin, child.begin)
                                   + rewrite(m.value, before.value(m.key), after.value(m.key))});
        }
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (seen.contains(it.key()))
                continue;
            pieces.append({-1, formatScalar(QJsonValue(it.key())) + ": "
                                   + formatJson(it.value(), memberIndent, m_unit, m_eol)});
        }
        return join(n, pieces, defaultSep, begins.front(), ends.back(), ends, begins);
    }

    QByteArray rewriteArray(const Node &n, const QJsonArray &before, const QJsonArray &after) const
    {
        std::vector<int> begins, ends;
        for (int item : n.items) {
            begins.push_back(m_map.node(item).begin);
            ends.push_back(m_map.node(item).end);
        }
        QList<QPair<int, QByteArray>> pieces;
        for (int i = 0; i < int(n.items.size()); ++i)
            pieces.append({i, rewrite(n.items[size_t(i)], before.at(i), after.at(i))});
        return join(n, pieces, ", ", begins.front(), ends.back(), ends, begins);
    }

    QByteArray formatMultiLineArray(const QJsonArray &array, const QByteArray &indent) const
    {
        QByteArray out = "[" + m_eol;
        for (int i = 0; i < array.size(); ++i) {
            out += indent + m_unit + formatJson(array.at(i), indent + m_unit, m_unit, m_eol);
            out += (i + 1 < array.size() ? "," : "") + m_eol;
        }
        return out + indent + "]";
    }

    const QByteArray &m_text;
    const JsonSourceMap &m_map;
    QByteArray m_unit;
    QByteArray m_eol;
};

} // namespace

QByteArray formatJson(const QJsonValue &value, const QByteArray &indent, const QByteArray &unit,
                      const QByteArray &eol)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return "{}";
        QByteArray out = "{" + eol;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it != object.begin())
                out += "," + eol;
            out += indent + unit + formatScalar(QJsonValue(it.key())) + ": "
                + formatJson(it.value(), indent + unit, unit, eol);
        }
        return out + eol + indent + "}";
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return "[]";
        QByteArray out = "[";
        if (allScalars(array)) {
            for (int i = 0; i < array.size(); ++i)
                out += (i ? ", " : "") + formatScalar(array.at(i));
            return out + "]";
        }
        out += eol;
        for (int i = 0; i < array.size(); ++i) {
            out += indent + unit + formatJson(array.at(i), indent + unit, unit, eol);
            out += (i + 1 < array.size() ? "," : "") + eol;
        }
        return out + indent + "]";
    }
    return formatScalar(value);
}

QByteArray rewriteJson(const JsonFile &original, const QJsonValue &value)
{
    const QByteArray bom = original.hasBom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    const QByteArray text = original.text();
    if (original.sourceMap.isEmpty())
        return bom + formatJson(value) + "\n";
    const Rewriter rewriter(text, original.sourceMap);
    const Node &root = original.sourceMap.node(original.sourceMap.root());
    return bom + text.left(root.begin) + rewriter.rewrite(original.sourceMap.root(), original.value, value)
        + text.mid(root.end);
}

} // namespace Fd
