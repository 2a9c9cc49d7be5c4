// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "foremast/Naming.h"

namespace Fd {

/// Works out which project and repo a runway belongs to. Each of the two is taken from the first
/// source that has it: the explicit values, the designer settings file next to the runway
/// (`.foremast-designer.json` in the runway's parent folder), the `origin` git remote of the
/// repository holding the runway, and last the folder names (`<project>/<repo>/runway`).
namespace IdentityResolver {

Identity resolve(const QString &runwayFolder, const QString &project = {}, const QString &repo = {});

/// The repository that holds the runway: the nearest parent with `.git`, else the runway's parent.
QString repositoryDir(const QString &runwayFolder);
/// Path of the designer settings file for a runway.
QString settingsFile(const QString &runwayFolder);
/// "group/sub/repo" from remote URLs such as git@host:group/repo.git or https://host/group/repo.
Identity parseRemoteUrl(const QString &url);

} // namespace IdentityResolver
} // namespace Fd
