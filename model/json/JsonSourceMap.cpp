// SPDX-License-Identifier: Apache-2.0
#include "JsonSourceMap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace Fd {

namespace {

/// One pass over the text, recording where each value begins and ends.
struct Scanner
{
    const QByteArray &text;
    std::vector<JsonSourceMap::Node> &nodes;

    void skipSpace(int &pos) const
    {
        while (pos < text.size()) {
            const char c = text.at(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++pos;
        }
    }

    /// Moves past a string literal; returns whether it holds an escape.
    bool skipString(int &pos) const
    {
        bool escaped = false;
        ++pos; // opening quote
        while (pos < text.size()) {
            const char c = text.at(pos);
            if (c == '\\') {
                escaped = true;
                pos += 2;
                continue;
            }
            ++pos;
            if (c == '"')
                break;
        }
        return escaped;
    }

    QString parseString(int &pos) const
    {
        const int begin = pos;
        if (!skipString(pos))
            return QString::fromUtf8(text.constData() + begin + 1, pos - begin - 2);
        // Let Qt decode escapes exactly as it did when it validated the file.
        const QByteArray literal = '[' + text.mid(begin, pos - begin) + ']';
        return QJsonDocument::fromJson(literal).array().at(0).toString();
    }

    int parseValue(int &pos)
    {
        const int index = int(nodes.size());
        nodes.emplace_back();
        nodes.back().begin = pos;
        const char c = text.at(pos);
        if (c == '{') {
            nodes[size_t(index)].kind = JsonSourceMap::Node::Kind::Object;
            ++pos;
            skipSpace(pos);
            while (pos < text.size() && text.at(pos) != '}') {
                JsonSourceMap::Member member;
                member.keyBegin = pos;
                member.key = parseString(pos);
                skipSpace(pos);
                ++pos; // ':'
                skipSpace(pos);
                member.value = parseValue(pos);
                nodes[size_t(index)].members.push_back(std::move(member));
                skipSpace(pos);
                if (pos < text.size() && text.at(pos) == ',') {
                    ++pos;
                    skipSpace(pos);
                }
            }
            ++pos;
        } else if (c == '[') {
            nodes[size_t(index)].kind = JsonSourceMap::Node::Kind::Array;
            ++pos;
            skipSpace(pos);
            while (pos < text.size() && text.at(pos) != ']') {
                const int item = parseValue(pos);
                nodes[size_t(index)].items.push_back(item);
                skipSpace(pos);
                if (pos < text.size() && text.at(pos) == ',') {
                    ++pos;
                    skipSpace(pos);
                }
            }
            ++pos;
        } else if (c == '"') {
            skipString(pos);
        } else {
            while (pos < text.size()) {
                const char d = text.at(pos);
                if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
                    break;
                ++pos;
            }
        }
        nodes[size_t(index)].end = pos;
        return index;
    }
};

} // namespace

JsonSourceMap JsonSourceMap::scan(const QByteArray &text)
{
    JsonSourceMap map;
    map.m_data = std::make_shared<Data>();
    map.m_data->text = text;
    return map;
}

const JsonSourceMap::Data &JsonSourceMap::data() const
{
    Data &d = *m_data;
    std::call_once(d.built, [&d]() {
        d.lineStarts.push_back(0);
        for (int i = 0; i < d.text.size(); ++i) {
            if (d.text.at(i) == '\n')
                d.lineStarts.push_back(i + 1);
        }
        Scanner scanner{d.text, d.nodes};
        int pos = 0;
        scanner.skipSpace(pos);
        if (pos < d.text.size())
            scanner.parseValue(pos);
        d.text.clear(); // offsets are all we keep
    });
    return d;
}

const JsonSourceMap::Member *JsonSourceMap::member(int objectNode, const QString &key) const
{
    if (objectNode < 0)
        return nullptr;
    const Node &n = node(objectNode);
    // The last duplicate wins, as in QJsonDocument.
    for (auto it = n.members.rbegin(); it != n.members.rend(); ++it) {
        if (it->key == key)
            return &*it;
    }
    return nullptr;
}

int JsonSourceMap::find(const QStringList &path) const
{
    int current = root();
    for (const QString &part : path) {
        if (current < 0)
            return -1;
        const Node &n = node(current);
        if (n.kind == Node::Kind::Object) {
            const Member *m = member(current, part);
            current = m ? m->value : -1;
        } else if (n.kind == Node::Kind::Array) {
            bool ok = false;
            const int i = part.toInt(&ok);
            current = (ok && i >= 0 && size_t(i) < n.items.size()) ? n.items[size_t(i)] : -1;
        } else {
            return -1;
        }
    }
    return current;
}

int JsonSourceMap::lineOf(int offset) const
{
    if (!m_data)
        return 1;
    const std::vector<int> &starts = data().lineStarts;
    const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    return int(it - starts.begin());
}

int JsonSourceMap::lineOfPath(const QStringList &path, bool *exact) const
{
    if (exact)
        *exact = false;
    if (isEmpty())
        return 0;
    int current = root();
    int line = lineOf(node(current).begin);
    for (const QString &part : path) {
        const Node &n = node(current);
        int next = -1;
        int at = 0;
        if (n.kind == Node::Kind::Object) {
            if (const Member *m = member(current, part)) {
                next = m->value;
                at = m->keyBegin;
            }
        } else if (n.kind == Node::Kind::Array) {
            bool ok = false;
            const int i = part.toInt(&ok);
            if (ok && i >= 0 && size_t(i) < n.items.size()) {
                next = n.items[size_t(i)];
                at = node(next).begin;
            }
        }
        if (next < 0)
            return line;
        current = next;
        line = lineOf(at);
    }
    if (exact)
        *exact = true;
    return line;
}

} // namespace Fd
