// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <vector>

namespace Fd {

/// One template to render: a file found on the search path, or template text.
struct JinjaJob
{
    QString templateName; ///< e.g. "pipeline/pipeline_stages_rolling.json.j2"; or empty and:
    QString text;         ///< the template's text (manual pipeline files)
    QString file;         ///< the file `text` came from, for messages
    QJsonObject context;  ///< the variables
    /// Variables given as JSON text, replacing those of `context`: Python reads them in their
    /// text's key order, which a QJsonObject (sorted) loses and `{{ dict }}` prints.
    QMap<QString, QByteArray> contextText;
    bool functions = false; ///< give the template Foremast's functions (get_pipeline_id, …)
};

/// Renders Jinja templates with the real Jinja2, as Foremast does: a helper Python process
/// (resources/jinja/render_templates.py) reading one request for a whole batch. Needs python3
/// with Jinja2 (Debian: python3-jinja2); without it every render fails with a message naming
/// the package, and nothing else is affected.
class JinjaRenderer
{
public:
    /// Directories searched for templates first (templates_path).
    QStringList searchPath;
    /// Then Foremast v5.15.4's own templates (resources/foremast/templates), when set.
    bool foremastTemplates = false;
    /// The app's existing pipelines, for get_pipeline_id().
    QJsonArray existingPipelines;
    /// Gate's /v2/canaryConfig answer for get_canary_id(); null renders placeholder ids offline.
    QJsonValue canaryConfigs = QJsonValue::Null;

    /// The rendered text of each job, or the error of the first that failed (file and line named).
    Result<QStringList> render(const std::vector<JinjaJob> &jobs) const;
    /// Whether get_canary_id() gave an offline placeholder during the last render().
    bool usedOfflineCanaryIds() const { return m_offlineCanary; }

    /// The Python interpreter used: $FOREMAST_DESIGNER_PYTHON, else /usr/bin/python3 (where
    /// Debian's python3-jinja2 is), else python3 on PATH.
    static QString python();
    /// Names of Foremast's own templates, e.g. "pipeline/stage-deploy.json.j2".
    static QStringList foremastTemplateNames();

private:
    mutable bool m_offlineCanary = false;
};

} // namespace Fd
