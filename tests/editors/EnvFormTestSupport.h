// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the env settings form's tests share: the envs, region and keys they edit, and the field of
// a key (a test fails at once when the form has none).
#include "EditorFixture.h"
#include "editors/EnvSettingsEditor.h"

namespace Fd::Test::EnvForm {

using Fd::Test::Dev;
using Fd::Test::Prod;
const QString West = QStringLiteral("us-west-2");
const KeyPath MinInst = path({"asg", "min_inst"});
const KeyPath MaxInst = path({"asg", "max_inst"});
const KeyPath InstanceType = path({"app", "instance_type"});

template<class F>
F *fieldOf(EnvSettingsEditor &editor, const KeyPath &p)
{
    auto *field = qobject_cast<F *>(editor.field(p));
    if (!field)
        qFatal("no field for %s", qPrintable(JsonPath::toString(p)));
    return field;
}

inline KeyPath west(const KeyPath &p)
{
    return KeyPath{QStringLiteral("regions"), West} + p;
}

} // namespace Fd::Test::EnvForm
