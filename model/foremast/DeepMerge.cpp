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

QJsonObject deepMergeOnto(const QJsonObject &top, const QJsonObject &middle, const QJsonObject &bottom,
                          const QJsonObject &middleOverBottom)
{
    // Keys `top` lacks are those of deepMerge(middle, bottom) already. For an object in `top`,
    // deepMerge(top, middle) holds top[k] over middle[k] (or over {} when middle[k] is no object)
    // and the outer merge puts that over bottom[k]: the same three-layer merge one level down.
    QJsonObject merged = middleOverBottom;
    for (auto it = top.begin(); it != top.end(); ++it) {
        const QJsonValue mine = it.value();
        if (!mine.isObject()) {
            merged.insert(it.key(), mine);
            continue;
        }
        const QJsonValue middleValue = middle.value(it.key());
        const QJsonObject bottomObject = bottom.value(it.key()).toObject();
        // middle[k] an object (or absent): middleOverBottom[k] is middle[k] over bottom[k] (or
        // bottom[k]); a scalar middle[k] contributes nothing, leaving bottom[k] alone.
        const QJsonObject below = middleValue.isObject() || middleValue.isUndefined()
            ? middleOverBottom.value(it.key()).toObject()
            : bottomObject;
        merged.insert(it.key(), deepMergeOnto(mine.toObject(), middleValue.toObject(), bottomObject, below));
    }
    return merged;
}

} // namespace Fd
