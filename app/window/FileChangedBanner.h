// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

class QLabel;

namespace Fd {

/// An inline bar above the editors: "files changed on disk" with Reload and Keep Mine. Inline,
/// not modal, so the user can look at both versions before deciding.
class FileChangedBanner : public QFrame
{
    Q_OBJECT
public:
    explicit FileChangedBanner(QWidget *parent = nullptr);

    void showFor(const QStringList &paths, bool hasUnsavedChanges);
    QStringList paths() const { return m_paths; }

Q_SIGNALS:
    void reloadRequested();
    void keepMineRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QStringList m_paths;
};

} // namespace Fd
