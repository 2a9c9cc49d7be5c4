// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>

namespace Fd {

/// Foremast's DeepChainMap merge of `top` over `bottom`: for each key the first layer that has
/// it wins; when that value is an object, the objects of both layers are merged recursively.
/// Lists and scalars are replaced, never concatenated, and an explicit null wins.
QJsonObject deepMerge(const QJsonObject &top, const QJsonObject &bottom);

/// deepMerge(deepMerge(top, middle), bottom), given `middleOverBottom` = deepMerge(middle, bottom):
/// only `top`'s keys are merged again, so a small region block over an env merged with Foremast's
/// defaults costs a few inserts instead of a merge of the whole defaults. (The merge is not
/// associative — a scalar in `middle` under an object in `top` hides `middle` but not `bottom` —
/// which is why this takes all three layers.)
QJsonObject deepMergeOnto(const QJsonObject &top, const QJsonObject &middle, const QJsonObject &bottom,
                          const QJsonObject &middleOverBottom);

} // namespace Fd
