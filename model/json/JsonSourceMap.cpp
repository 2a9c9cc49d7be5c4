// SPDX-License-Identifier: Apache-2.0
#include "JsonSourceMap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace Fd {

JsonSourceMap JsonSourceMap::scan(const QByteArray &text)
{
    JsonSourceMap map;
    map.m_text = text;
    map.m_lineStarts.push_back(0);
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n')
            map.m_lineStarts.push_back(i + 1);
    }
    int pos = 0;
    map.skipSpace(pos);
    if (pos < text.size())
        map.parseValue(pos);
    map.m_text.clear(); // offsets are all we keep
    return map;
}

void JsonSourceMap::skipSpace(int &pos) const
{
    while (pos < m_text.size()) {
        const char c = m_text.at(pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++pos;
    }
}

QString JsonSourceMap::parseString(int &pos) const
{
    const int begin = pos;
    ++pos; // opening quote
    while (pos < m_text.size()) {
        const char c = m_text.at(pos);
        if (c == '\\') {
            pos += 2;
            continue;
        }
        ++pos;
        if (c == '"')
            break;
    }
    // Let Qt decode escapes exactly as it did when it validated the file.
    const QByteArray literal = '[' + m_text.mid(begin, pos - begin) + ']';
    return QJsonDocument::fromJson(literal).array().at(0).toString();
}

int JsonSourceMap::parseValue(int &pos)
{
    const int index = int(m_nodes.size());
    m_nodes.emplace_back();
    m_nodes.back().begin = pos;
    const char c = m_text.at(pos);
    if (c == '{') {
        m_nodes[size_t(index)].kind = Node::Kind::Object;
        ++pos;
        skipSpace(pos);
        while (pos < m_text.size() && m_text.at(pos) != '}') {
            Member member;
            member.keyBegin = pos;
            member.key = parseString(pos);
            skipSpace(pos);
            ++pos; // ':'
            skipSpace(pos);
            member.value = parseValue(pos);
            m_nodes[size_t(index)].members.push_back(member);
            skipSpace(pos);
            if (pos < m_text.size() && m_text.at(pos) == ',') {
                ++pos;
                skipSpace(pos);
            }
        }
        ++pos;
    } else if (c == '[') {
        m_nodes[size_t(index)].kind = Node::Kind::Array;
        ++pos;
        skipSpace(pos);
        while (pos < m_text.size() && m_text.at(pos) != ']') {
            const int item = parseValue(pos);
            m_nodes[size_t(index)].items.push_back(item);
            skipSpace(pos);
            if (pos < m_text.size() && m_text.at(pos) == ',') {
                ++pos;
                skipSpace(pos);
            }
        }
        ++pos;
    } else if (c == '"') {
        parseString(pos);
    } else {
        while (pos < m_text.size()) {
            const char d = m_text.at(pos);
            if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
                break;
            ++pos;
        }
    }
    m_nodes[size_t(index)].end = pos;
    return index;
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
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return int(it - m_lineStarts.begin());
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
