// SPDX-License-Identifier: Apache-2.0
#include "EnvPanel.h"

#include "EditSession.h"
#include "EnvListModel.h"
#include "IdentityForm.h"
#include "document/NewRunway.h"
#include "prompt/Prompter.h"
#include "theme/FirstPaintDeferred.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

namespace Fd {

EnvPanel::EnvPanel(EditSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new EnvListModel(session, this))
{
    m_envList = new QListView(this);
    m_envList->setModel(m_model);
    m_envList->setAccessibleName(tr("Environments"));
    m_envList->setDragDropMode(QAbstractItemView::InternalMove);
    m_envList->setDefaultDropAction(Qt::MoveAction);
    m_envList->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_envList->setSelectionMode(QAbstractItemView::SingleSelection);

    m_regionList = new QListWidget(this);
    m_regionList->setAccessibleName(tr("Regions of the selected environment"));
    // "All regions (env settings)" is wider than the narrowest panel, in German more so: it
    // wraps rather than hide its end behind a sideways scroll bar.
    m_regionList->setWordWrap(true);
    m_regionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_regionList->setResizeMode(QListView::Adjust);

    m_add = button(QStringLiteral("list-add"), tr("Add"), tr("Add an empty environment"));
    m_clone = button(QStringLiteral("edit-copy"), tr("Clone"), tr("Add an environment with a copy of the selected one's settings"));
    m_rename = button(QStringLiteral("edit-rename"), tr("Rename"), tr("Rename the selected environment (F2)"));
    m_remove = button(QStringLiteral("list-remove"), tr("Remove"), tr("Remove the selected environment from the pipeline"));
    m_up = button(QStringLiteral("go-up"), tr("Up"), tr("Move the environment earlier in the pipeline"));
    m_down = button(QStringLiteral("go-down"), tr("Down"), tr("Move the environment later in the pipeline"));
    m_addRegion = button(QStringLiteral("list-add"), tr("Add region"), tr("Deploy the selected environment to another region"));
    m_removeRegion = button(QStringLiteral("list-remove"), tr("Remove region"), tr("Stop deploying the selected environment to this region"));

    // Two rows of three keep the panel narrow, so the graph keeps the width.
    auto *envButtons = new QGridLayout;
    int slot = 0;
    for (QToolButton *b : {m_add, m_clone, m_rename, m_remove, m_up, m_down}) {
        envButtons->addWidget(b, slot / 3, slot % 3);
        ++slot;
    }
    envButtons->setColumnStretch(3, 1);
    auto *regionButtons = new QHBoxLayout;
    regionButtons->addWidget(m_addRegion);
    regionButtons->addWidget(m_removeRegion);
    regionButtons->addStretch();

    auto *envLabel = new QLabel(tr("&Environments (pipeline order)"), this);
    envLabel->setBuddy(m_envList);
    auto *regionLabel = new QLabel(tr("Re&gions"), this);
    regionLabel->setBuddy(m_regionList);
    m_identity = new IdentityForm(m_session, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_identity);
    layout->addSpacing(6);
    layout->addWidget(envLabel);
    layout->addWidget(m_envList, 2);
    layout->addLayout(envButtons);
    layout->addWidget(regionLabel);
    layout->addWidget(m_regionList, 1);
    layout->addLayout(regionButtons);

    connect(m_model, &EnvListModel::renameRefused, this, [this](const QString &env, const QString &reason) {
        Prompter::current()->tell(this, QMessageBox::Warning, tr("Rename Environment"),
                                  tr("%1 was not renamed. %2").arg(env, reason));
    }, Qt::QueuedConnection); // not from inside the list's editor as it closes
    connect(m_add, &QToolButton::clicked, this, &EnvPanel::addEnv);
    connect(m_clone, &QToolButton::clicked, this, &EnvPanel::cloneEnv);
    connect(m_rename, &QToolButton::clicked, this, &EnvPanel::renameEnv);
    connect(m_remove, &QToolButton::clicked, this, &EnvPanel::removeEnv);
    connect(m_up, &QToolButton::clicked, this, [this] { moveEnv(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveEnv(1); });
    connect(m_addRegion, &QToolButton::clicked, this, &EnvPanel::addRegion);
    connect(m_removeRegion, &QToolButton::clicked, this, &EnvPanel::removeRegion);
    connect(m_envList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        refreshRegions();
        emitScope();
    });
    connect(m_regionList, &QListWidget::currentRowChanged, this, &EnvPanel::emitScope);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { selectEnv(m_lastEnv, m_lastRegion); });
    connect(session->document(), &RunwayDocument::changed, this, [this](const DocumentChange &change) {
        if (change.kind != DocumentChange::Value
            || (change.file == currentEnv() && change.path.value(0) == QLatin1String("regions"))) {
            refreshRegions();
            emitScope(); // a region that went (undo of "Add region") must not stay in the editors
        }
    });
    if (m_model->rowCount() > 0)
        m_envList->setCurrentIndex(m_model->index(0));
    updateButtons();
}

QToolButton *EnvPanel::button(const QString &icon, const QString &text, const QString &tip)
{
    auto *b = new QToolButton(this);
    FirstPaintDeferred::setThemeIcon(b, icon);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(text);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}

QString EnvPanel::currentEnv() const
{
    return m_envList->currentIndex().data(EnvListModel::EnvNameRole).toString();
}

QString EnvPanel::currentRegion() const
{
    const QListWidgetItem *item = m_regionList->currentItem();
    return item && m_regionList->currentRow() > 0 ? item->text() : QString();
}

void EnvPanel::selectEnv(const QString &env, const QString &region)
{
    const int row = m_model->rowOf(env);
    m_envList->setCurrentIndex(m_model->index(row >= 0 ? row : 0));
    refreshRegions();
    const QList<QListWidgetItem *> items = region.isEmpty() ? QList<QListWidgetItem *>()
                                                            : m_regionList->findItems(region, Qt::MatchExactly);
    m_regionList->setCurrentRow(items.isEmpty() ? 0 : m_regionList->row(items.first()));
    emitScope();
}

void EnvPanel::refreshRegions()
{
    const QString env = currentEnv();
    const QString keep = currentRegion().isEmpty() ? m_lastRegion : currentRegion();
    const QSignalBlocker blocker(m_regionList);
    // An edit of a region's value changes nothing here: refilling would repaint the list.
    const QStringList regions = env.isEmpty() ? QStringList() : m_session->regionsOf(env);
    if (env == m_regionsOf && regionTexts() == regions) {
        updateButtons();
        return;
    }
    m_regionsOf = env;
    m_regionList->clear();
    if (!env.isEmpty()) {
        m_regionList->addItem(tr("All regions (env settings)"));
        m_regionList->item(0)->setToolTip(tr("Settings of %1 that apply in every region").arg(env));
        for (const QString &region : regions) {
            auto *item = new QListWidgetItem(region, m_regionList);
            item->setToolTip(tr("Overrides of %1 in %2").arg(env, region));
        }
        const QList<QListWidgetItem *> found = m_regionList->findItems(keep, Qt::MatchExactly);
        m_regionList->setCurrentRow(found.isEmpty() ? 0 : m_regionList->row(found.first()));
    }
    updateButtons();
}

QStringList EnvPanel::regionTexts() const
{
    QStringList texts;
    for (int row = 1; row < m_regionList->count(); ++row)
        texts << m_regionList->item(row)->text();
    return texts;
}

void EnvPanel::updateButtons()
{
    const QString env = currentEnv();
    const int row = m_model->rowOf(env);
    const bool inPipeline = row >= 0 && row < m_model->pipelineEnvCount();
    const bool hasFile = !env.isEmpty() && m_session->document()->runway().envFile(env);
    m_clone->setEnabled(hasFile);
    m_rename->setEnabled(!env.isEmpty());
    m_remove->setEnabled(!env.isEmpty());
    m_up->setEnabled(inPipeline && row > 0);
    m_down->setEnabled(inPipeline && row + 1 < m_model->pipelineEnvCount());
    m_addRegion->setEnabled(hasFile);
    m_removeRegion->setEnabled(hasFile && !currentRegion().isEmpty() && m_regionList->count() > 2);
}

void EnvPanel::emitScope()
{
    updateButtons();
    const QString env = currentEnv();
    const QString region = currentRegion();
    if (env == m_lastEnv && region == m_lastRegion)
        return;
    m_lastEnv = env;
    m_lastRegion = region;
    Q_EMIT scopeChanged(env, region);
}

void EnvPanel::addEnv()
{
    addEnvDialog({});
}

void EnvPanel::cloneEnv()
{
    addEnvDialog(currentEnv());
}

void EnvPanel::addEnvDialog(const QString &cloneFrom)
{
    QDialog dialog(this);
    dialog.setWindowTitle(cloneFrom.isEmpty() ? tr("Add Environment") : tr("Clone Environment"));
    auto *name = new QLineEdit(&dialog);
    name->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9][A-Za-z0-9_-]*")), name));
    name->setPlaceholderText(tr("e.g. qa"));
    auto *source = new QComboBox(&dialog);
    source->addItem(tr("(empty: Foremast's defaults)"), QString());
    for (auto it = m_session->document()->runway().envs.begin(); it != m_session->document()->runway().envs.end(); ++it)
        source->addItem(it.key(), it.key());
    source->setCurrentIndex(qMax(0, source->findData(cloneFrom)));
    auto *position = new QComboBox(&dialog);
    const QStringList order = m_session->document()->runway().envOrder();
    for (const QString &env : order)
        position->addItem(tr("Before %1").arg(env));
    position->addItem(tr("At the end"));
    position->setCurrentIndex(qMax(0, int(order.indexOf(currentEnv())) + 1));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Settings:"), source);
    form->addRow(tr("&Position:"), position);
    auto *error = new QLabel(&dialog);
    error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    const auto validate = [&] {
        const QString problem = m_session->envNameProblem(name->text());
        error->setText(problem);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    };
    connect(name, &QLineEdit::textChanged, &dialog, validate);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    validate();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString env = name->text();
    if (m_session->addEnv(env, position->currentIndex(), source->currentData().toString()))
        selectEnv(env);
}

void EnvPanel::renameEnv()
{
    const QString from = currentEnv();
    if (from.isEmpty())
        return;
    Prompter *prompter = Prompter::current();
    const std::optional<QString> to = prompter->text(this, tr("Rename Environment"),
                                                     tr("New name for %1 (its file is renamed on save):").arg(from), from);
    if (!to || *to == from)
        return;
    // The same rules as Add, with the reason named; the name is taken as typed, never altered.
    const QString problem = m_session->envNameProblem(*to, from);
    if (!problem.isEmpty()) {
        prompter->tell(this, QMessageBox::Warning, tr("Rename Environment"), tr("%1 was not renamed. %2").arg(from, problem));
        return;
    }
    if (m_session->renameEnv(from, *to))
        selectEnv(*to);
}

void EnvPanel::removeEnv()
{
    const QString env = currentEnv();
    if (env.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove Environment"),
                    tr("Remove %1 from the pipeline?").arg(env), QMessageBox::NoButton, this);
    box.setInformativeText(tr("Keeping the file leaves %1 on disk, unused. Undo brings the environment back either way.")
                               .arg(Runway::envFileName(env)));
    QPushButton *keep = box.addButton(tr("Remove, &Keep File"), QMessageBox::AcceptRole);
    QPushButton *drop = box.addButton(tr("Remove and &Delete File"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        m_session->removeEnv(env, false);
    else if (box.clickedButton() == drop)
        m_session->removeEnv(env, true);
}

void EnvPanel::moveEnv(int delta)
{
    const QString env = currentEnv();
    const int row = m_model->rowOf(env);
    if (row >= 0 && m_session->moveEnv(env, row + delta))
        selectEnv(env, currentRegion());
}

void EnvPanel::addRegion()
{
    const QString env = currentEnv();
    if (env.isEmpty())
        return;
    QStringList candidates = NewRunway::commonRegions();
    for (const QString &region : m_session->regionsOf(env))
        candidates.removeAll(region);
    bool ok = false;
    const QString region = QInputDialog::getItem(this, tr("Add Region"), tr("Deploy %1 to region:").arg(env),
                                                 candidates, 0, true, &ok).trimmed();
    if (ok && !region.isEmpty() && m_session->addRegion(env, region))
        selectEnv(env, region);
}

void EnvPanel::removeRegion()
{
    const QString env = currentEnv();
    const QString region = currentRegion();
    if (!region.isEmpty() && m_session->removeRegion(env, region))
        selectEnv(env);
}

} // namespace Fd
