// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <vector>

namespace Fd {

/// Where each value of a JSON text sits, so that errors can name a line and a save can rewrite
/// only the bytes of the values that changed. Built only from text that QJsonDocument accepted.
/// The map is built on its first use, once, whichever copy or thread asks: most runs (generate
/// on a runway without errors) never need a line.
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

    /// A map of UTF-8 JSON text; `text` must be valid JSON (checked before with QJsonDocument).
    static JsonSourceMap scan(const QByteArray &text);

    bool isEmpty() const { return !m_data || data().nodes.empty(); }
    int root() const { return isEmpty() ? -1 : 0; }
    const Node &node(int index) const { return data().nodes[size_t(index)]; }

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
    struct Data
    {
        QByteArray text; ///< kept until the map is built (it shares the caller's bytes)
        std::vector<Node> nodes;
        std::vector<int> lineStarts;
        std::once_flag built;
    };
    const Data &data() const;

    std::shared_ptr<Data> m_data;
};

} // namespace Fd
