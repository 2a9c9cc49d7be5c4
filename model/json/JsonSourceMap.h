// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace Fd {

/// Where each value of a JSON text sits, so that errors can name a line and a save can rewrite
/// only the bytes of the values that changed. Built only from text that QJsonDocument accepted.
class JsonSourceMap
{
public:
    struct Member
    {
        QString key;
        int keyBegin = 0;  ///< offset of the opening quote of the key
        int value = -1;    ///< node index of the value
    };

    struct Node
    {
        enum class Kind { Object, Array, Scalar };
        Kind kind = Kind::Scalar;
        int begin = 0; ///< first byte of the value
        int end = 0;   ///< one past its last byte
        std::vector<Member> members; ///< objects, in file order
        std::vector<int> items;      ///< arrays, node indices in order
    };

    /// Scans UTF-8 JSON text; `text` must be valid JSON (checked before with QJsonDocument).
    static JsonSourceMap scan(const QByteArray &text);

    bool isEmpty() const { return m_nodes.empty(); }
    int root() const { return m_nodes.empty() ? -1 : 0; }
    const Node &node(int index) const { return m_nodes[size_t(index)]; }

    /// Node of the value at `path` (object keys, or array indices as decimal strings), or -1.
    int find(const QStringList &path) const;
    /// The member of an object node whose key is `key`, or nullptr.
    const Member *member(int objectNode, const QString &key) const;

    /// 1-based line of a byte offset.
    int lineOf(int offset) const;
    /// 1-based line of the value (or, with `keyLine`, of its key) at `path`; 0 when absent.
    /// When the path is absent the line of its deepest existing ancestor is returned.
    int lineOfPath(const QStringList &path, bool *exact = nullptr) const;

private:
    int parseValue(int &pos);
    void skipSpace(int &pos) const;
    QString parseString(int &pos) const;

    QByteArray m_text;
    std::vector<Node> m_nodes;
    std::vector<int> m_lineStarts;
};

} // namespace Fd
