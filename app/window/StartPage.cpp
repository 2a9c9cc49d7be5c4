// SPDX-License-Identifier: Apache-2.0
#include "StartPage.h"

#include "theme/FirstPaintDeferred.h"

#include <QDir>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Fd {

StartPage::StartPage(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("StartPage"));
    // Plain text in the font Qt gives <h2> (bold, 1.5 times the size), pixel for pixel the same:
    // a rich-text label builds a text document and lays it out several times to size the page,
    // about 5 M instructions of the start-up to the first frame.
    auto *title = new QLabel(tr("Foremast Designer"), this);
    QFont heading = title->font();
    heading.setBold(true);
    if (heading.pointSizeF() > 0)
        heading.setPointSizeF(heading.pointSizeF() * 1.5);
    else
        heading.setPixelSize(heading.pixelSize() * 3 / 2);
    title->setFont(heading);
    title->setTextFormat(Qt::PlainText);
    auto *intro = new QLabel(tr("Design a Foremast runway, watch its Spinnaker pipelines take shape as you edit, "
                                "and publish them through Gate."),
                             this);
    intro->setWordWrap(true);

    const auto button = [this](const QString &icon, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        FirstPaintDeferred::setThemeIcon(b, icon);
        b->setToolTip(tip);
        b->setMinimumHeight(b->sizeHint().height() * 5 / 4);
        return b;
    };
    QPushButton *create = button(QStringLiteral("document-new"), tr("&New Runway…"),
                                 tr("Create pipeline.json and one file per environment in a new folder"));
    QPushButton *open = button(QStringLiteral("document-open"), tr("&Open Runway Folder…"),
                               tr("Open a runway/ folder, or a repository that holds one"));
    QPushButton *example = button(QStringLiteral("help-contents"), tr("Open &Example"),
                                  tr("A copy of the bundled example runway, to look around"));
    connect(create, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(example, &QPushButton::clicked, this, &StartPage::exampleRequested);

    auto *recentLabel = new QLabel(tr("&Recent runways:"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setAccessibleName(tr("Recent runways"));
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(create);
    column->addWidget(open);
    column->addWidget(example);
    column->addSpacing(12);
    column->addWidget(recentLabel);
    column->addWidget(m_recent, 1);

    // A readable column in the middle, however wide the window.
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);
    setRecentFolders({});
}

void StartPage::setRecentFolders(const QStringList &folders)
{
    m_recent->clear();
    for (const QString &folder : folders) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(folder), m_recent);
        item->setData(Qt::UserRole, folder);
        item->setToolTip(QDir::toNativeSeparators(folder));
    }
    if (folders.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No recent runways yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace Fd
