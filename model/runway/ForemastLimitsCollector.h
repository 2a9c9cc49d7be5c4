// SPDX-License-Identifier: Apache-2.0
#pragma once
// Private to ForemastLimits*.cpp: how their findings are worded and collected.

#include "core/Error.h"
#include "json/JsonPath.h"
#include "runway/Runway.h"

#include <QCoreApplication>
#include <QStringList>

namespace Fd::ForemastLimits::Internal {

/// The files' texts; lupdate files them under "ForemastLimits", the context tr() looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ForemastLimits)
};

class Collector
{
public:
    Collector() = default;

    void add(const RunwayFile *file, const KeyPath &path, const QString &why, const QString &env = {})
    {
        add(file ? file->path : QString(), file ? file->lineOf(path) : 0, path, why, env);
    }

    void add(const QString &path, int line, const KeyPath &keyPath, const QString &why, const QString &env)
    {
        Error e;
        e.severity = Error::Severity::Warning;
        e.env = env;
        e.file = path;
        e.line = line;
        e.keyPath = JsonPath::toString(keyPath);
        e.message = Text::tr("%1: Foremast cannot render this runway (we do).").arg(why);
        const QString key = e.file + QLatin1Char('\n') + e.keyPath + QLatin1Char('\n') + why;
        if (!m_seen.contains(key)) {
            m_seen << key;
            m_out << e;
        }
    }

    Errors take() { return std::move(m_out); }

private:
    Errors m_out;
    QStringList m_seen;
};

} // namespace Fd::ForemastLimits::Internal
