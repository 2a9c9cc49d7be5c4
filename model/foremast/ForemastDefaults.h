// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>

namespace Fd {

/// Foremast v5.15.4's default settings (templates/configs/*.json.j2, shipped as resources).
namespace ForemastDefaults {

/// Defaults under every application-master-{env}.json, with `{{ app }}` and `{{ profile }}` filled.
QJsonObject envDefaults(const QString &app, const QString &profile);
/// Defaults under pipeline.json.
QJsonObject pipelineDefaults();
/// What Foremast uses when pipeline.json is missing.
QJsonObject missingPipelineFile();

} // namespace ForemastDefaults
} // namespace Fd
