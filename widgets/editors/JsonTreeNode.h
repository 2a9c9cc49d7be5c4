// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JsonTreeModel.h"

#include <QJsonValue>

#include <memory>
#include <vector>

namespace Fd {

/// One row of a JsonTreeModel: a key (or array index) with the value shown and the file's value.
struct JsonTreeModel::Node
{
    QString key;          ///< object key, or the array index as text
    bool isIndex = false;
    QJsonValue value;     ///< as shown
    QJsonValue inFile;    ///< the file's value at this path (undefined: inherited)
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    bool isInherited() const { return inFile.isUndefined(); }
    void renumber(size_t from)
    {
        for (size_t i = from; i < children.size(); ++i)
            children[i]->row = int(i);
    }
};

} // namespace Fd
