// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QListWidget;

namespace Fd {

/// What the window shows while no runway is open: New, Open, Open Example and the recent
/// runways, so a first launch starts with a choice instead of an empty graph.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    /// Lists these folders (most recent first) under "Recent runways".
    void setRecentFolders(const QStringList &folders);
    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void exampleRequested();
    void recentRequested(const QString &folder);

private:
    QListWidget *m_recent;
};

} // namespace Fd
