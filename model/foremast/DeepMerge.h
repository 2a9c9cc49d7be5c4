// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>

namespace Fd {

/// Foremast's DeepChainMap merge of `top` over `bottom`: for each key the first layer that has
/// it wins; when that value is an object, the objects of both layers are merged recursively.
/// Lists and scalars are replaced, never concatenated, and an explicit null wins.
QJsonObject deepMerge(const QJsonObject &top, const QJsonObject &bottom);

} // namespace Fd
