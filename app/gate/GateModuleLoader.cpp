// SPDX-License-Identifier: Apache-2.0
// The window executable's stand-ins for the Gate launchers: each loads the Gate module on first
// use and calls the real one there. Tests link the real launchers instead (fd_window_gate).
#include "GateModule.h"

#include "cli/PublishWithKeychain.h"
#include "prompt/Prompter.h"
#include "window/PublishLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QMessageBox>

namespace Fd {

namespace {

const char ModuleName[] = "foremast-designer-gate";

/// The module beside this executable, loaded once and never unloaded; null, with the reason in
/// `error`, when it is missing or from another build.
const GateModuleEntry *gateModule(QString *error)
{
    static const GateModuleEntry *entry = nullptr;
    static QString failure;
    if (!entry && failure.isEmpty()) {
        QLibrary library(QDir(QCoreApplication::applicationDirPath()).filePath(QLatin1String(ModuleName)));
        const auto function = reinterpret_cast<FdGateModuleEntryFunction>(library.resolve(FD_GATE_MODULE_ENTRY));
        const GateModuleEntry *found = function ? function() : nullptr;
        if (found && qstrcmp(found->version, FD_GATE_MODULE_VERSION) == 0)
            entry = found;
        else
            failure = QCoreApplication::translate("Cli", "%1 is missing beside %2: the installation is incomplete.")
                          .arg(QLatin1String(ModuleName), QCoreApplication::applicationFilePath())
                + (library.errorString().isEmpty() ? QString() : QStringLiteral("\n") + library.errorString());
    }
    if (!entry)
        *error = failure;
    return entry;
}

void tellMissing(QWidget *parent, const QString &title, const QString &error)
{
    Prompter::current()->tell(parent, QMessageBox::Critical, title, error);
}

} // namespace

void launchPublishDialog(QWidget *parent, const RunwayContext &context, const Generation &generation)
{
    QString error;
    if (const GateModuleEntry *module = gateModule(&error))
        module->launchPublishDialog(parent, context, generation);
    else
        tellMissing(parent, QCoreApplication::translate("Fd::MainWindow", "Deploy"), error);
}

void launchOnetimeDialog(QWidget *parent, const RunwayContext &context, const GenerationOptions &options)
{
    QString error;
    if (const GateModuleEntry *module = gateModule(&error))
        module->launchOnetimeDialog(parent, context, options);
    else
        tellMissing(parent, QCoreApplication::translate("Fd::MainWindow", "One-time Pipeline"), error);
}

namespace Cli {

int runPublishWithKeychain(const QStringList &args, Io &io)
{
    QString error;
    if (const GateModuleEntry *module = gateModule(&error))
        return module->runPublishWithKeychain(args, io);
    io.err << error << Qt::endl;
    return ExitUnusable;
}

} // namespace Cli

} // namespace Fd
