// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "StageLayout.h"

#include <QJsonObject>

namespace Fd {

/// The layout as JSON, for tools and tests (`render --out FILE.json`): every node (Configuration
/// included, with a null refId) with refId, name, column, row and position, every edge with its
/// path, the placeholder slots and the findings.
QJsonObject layoutToJson(const StageLayout &layout);

/// One finding as JSON: severity, message and every location field that is set.
QJsonObject errorToJson(const Error &error);

} // namespace Fd
