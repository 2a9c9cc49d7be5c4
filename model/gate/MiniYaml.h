// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QVariant>

namespace Fd {

/// A reader for the small part of YAML that configuration files such as `~/.spin/config` use:
/// block mappings and sequences, plain / 'single' / "double" quoted scalars, one-line flow
/// collections (`[a, b]`, `{k: v}`), literal and folded block scalars (`|`, `>`, with `-`/`+`),
/// comments and a leading `---`. Anchors, aliases, tags, multi-line plain scalars and several
/// documents are refused with an error naming the line, never guessed at.
///
/// Mappings become QVariantMap, sequences QVariantList, scalars QString (types are left to the
/// caller, see yamlBool()), `~`/`null`/nothing an invalid QVariant.
Result<QVariant> parseMiniYaml(const QString &text, const QString &fileName = {});

/// YAML 1.1 booleans as Go's yaml.v2 reads them (true/false/yes/no/on/off, any case).
/// Returns `fallback` for anything else, including an absent value.
bool yamlBool(const QVariant &value, bool fallback = false);

/// The value at `path` (keys joined with '.'), or an invalid QVariant.
QVariant yamlValue(const QVariant &root, const QString &path);

} // namespace Fd
