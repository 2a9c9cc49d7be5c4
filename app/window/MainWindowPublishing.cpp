// SPDX-License-Identifier: Apache-2.0
// The window's commands that take the runway's pipelines out of the designer: Deploy, the
// one-time pipeline and Export Pipeline JSON.
#include "MainWindow.h"

#include "EditSession.h"
#include "PublishLauncher.h"
#include "findings/FindingsModel.h"
#include "preview/GenerationController.h"
#include "prompt/Prompter.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace Fd {

void MainWindow::deploy()
{
    if (!session())
        return;
    m_generation->flush(); // the pipelines and findings of the last edit, not of the one before
    Prompter *prompter = Prompter::current();
    if (m_findings->errorCount() > 0) {
        m_findingsDock->show();
        m_findingsDock->raise();
        prompter->tell(this, QMessageBox::Warning, tr("Deploy"),
                       tr("Deploy is blocked by %n error(s). They are listed in Findings; fix them first.",
                          nullptr, m_findings->errorCount()));
        return;
    }
    if (!offerSaveBeforePublishing(tr("Deploy"),
                                   tr("%1 has unsaved edits. Deploy publishes the pipelines as edited, which the runway "
                                      "files on disk do not say yet.\n\nSave the edits first? (Ignore publishes without "
                                      "saving.)").arg(session()->document()->appName())))
        return;
    RunwayContext context = session()->document()->context();
    context.findings = session()->document()->findings(); // as they are now, after the edits
    launchPublishDialog(this, context, m_generation->generation());
}

bool MainWindow::offerSaveBeforePublishing(const QString &title, const QString &question)
{
    if (!session()->document()->isModified())
        return true;
    // Publishing edits that are not in the files leaves Spinnaker ahead of the repository.
    const auto answer = Prompter::current()->ask(this, QMessageBox::Question, title, question,
                                                 QMessageBox::Save | QMessageBox::Ignore | QMessageBox::Cancel,
                                                 QMessageBox::Save);
    if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveAll()))
        return false;
    m_generation->flush();
    return true;
}

void MainWindow::oneTimePipeline()
{
    if (!session())
        return;
    m_generation->flush();
    if (!offerSaveBeforePublishing(tr("One-time Pipeline"),
                                   tr("%1 has unsaved edits. The one-time pipeline is made from the runway as edited, "
                                      "which the runway files on disk do not say yet.\n\nSave the edits first? "
                                      "(Ignore goes on without saving.)").arg(session()->document()->appName())))
        return;
    RunwayContext context = session()->document()->context();
    context.findings = session()->document()->findings(); // as they are now, after the edits
    launchOnetimeDialog(this, context, m_generation->options());
}

void MainWindow::exportPipelines()
{
    if (!session())
        return;
    // Not the Open dialog: it says what is written where, and its button says Export.
    QFileDialog dialog(this, tr("Export Pipeline JSON — choose the folder to write pipeline-<region>.json files into"));
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setLabelText(QFileDialog::Accept, tr("&Export Here"));
    dialog.setDirectory(QFileInfo(session()->document()->folder()).dir());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString folder = dialog.selectedFiles().first();
    QString error;
    const QStringList written = m_generation->writePipelines(folder, &error);
    if (!error.isEmpty())
        Prompter::current()->tell(this, QMessageBox::Warning, tr("Export Pipelines"), error);
    else
        statusBar()->showMessage(tr("Wrote %n pipeline file(s)", nullptr, int(written.size())), 5000);
}

} // namespace Fd

