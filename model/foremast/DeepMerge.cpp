// SPDX-License-Identifier: Apache-2.0
#include "DeepMerge.h"

namespace Fd {

QJsonObject deepMerge(const QJsonObject &top, const QJsonObject &bottom)
{
    QJsonObject merged = bottom;
    for (auto it = top.begin(); it != top.end(); ++it) {
        const QJsonValue mine = it.value();
        // DeepChainMap takes `mapping.get(key, {})` of every layer when the winner is a dict, so
        // a non-dict value underneath contributes nothing.
        if (mine.isObject())
            merged.insert(it.key(), deepMerge(mine.toObject(), bottom.value(it.key()).toObject()));
        else
            merged.insert(it.key(), mine);
    }
    return merged;
}

} // namespace Fd
