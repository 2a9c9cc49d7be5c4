// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/RunwayDocument.h"
#include "foremast/MergedSettings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Fd {

class EditSession;

/// Where a settings form edits: pipeline.json, an env's file, or one region's override block in
/// an env's file. Paths given to the methods are relative to the scope (e.g. {"asg","min_inst"}).
class EditScope
{
    Q_DECLARE_TR_FUNCTIONS(EditScope)

public:
    EditScope() = default; ///< pipeline.json
    static EditScope pipeline() { return {}; }
    static EditScope forEnv(const QString &env, const QString &region = {});

    bool isPipeline() const { return m_env.isEmpty(); }
    bool isRegion() const { return !m_region.isEmpty(); }
    const QString &env() const { return m_env; }
    const QString &region() const { return m_region; }
    FileId file() const { return m_env; }
    /// The path inside the file: the region's block for a region scope.
    KeyPath filePath(const KeyPath &path) const;
    /// The origin that means "set at this very scope".
    Origin ownOrigin() const;

    /// The effective (merged) settings the scope sees.
    QJsonObject effective(const MergedSettings &merged) const;
    /// The same, merging only this scope's files (much cheaper than the whole runway's merge).
    QJsonObject effective(const RunwayDocument *document) const;
    /// The env level's effective settings (for a region scope: what the region inherits).
    QJsonObject envEffective(const RunwayDocument *document) const;
    Origin originOf(const RunwayDocument *document, const KeyPath &path) const;
    /// Whether the scope's file exists in the document (an env listed without a file does not).
    bool isEditable(const RunwayDocument *document) const;

    /// Pushes an edit (an undefined value removes the key at this scope, so it is inherited).
    void apply(EditSession *session, const KeyPath &path, const QJsonValue &value, bool typing) const;

    /// Short label of an origin as seen from this scope ("default", "env", "region"…).
    QString originLabel(Origin origin) const;
    /// One sentence saying where the value comes from and what a reset would do.
    QString originToolTip(Origin origin) const;
    /// "prod › us-west-2", "prod", "pipeline.json".
    QString displayName() const;

    bool operator==(const EditScope &other) const
    {
        return m_env == other.m_env && m_region == other.m_region;
    }
    bool operator!=(const EditScope &other) const { return !(*this == other); }

private:
    QString m_env;
    QString m_region;
};

} // namespace Fd
