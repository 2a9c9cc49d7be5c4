// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Fd {

/// A problem found in user input or while talking to a service. It names the file, the line and
/// the key path (dot-separated, e.g. `asg.min_inst`) that caused it, whenever they are known.
struct Error
{
    enum class Severity { Error, Warning };
    /// What kind of failure, for callers that react differently (only a Conflict may be
    /// overridden by "overwrite"; the others are reported as they are).
    enum class Code {
        Other,
        Conflict,          ///< the file changed on disk since it was read
        PermissionDenied,  ///< the OS refused to read, write, rename or delete
        DiskFull,          ///< no space left (or quota exceeded)
        NotFound,          ///< a file or folder that should be there is not
        NotAFile,          ///< a folder, FIFO, device, socket or broken/looping link
        Refused,           ///< the designer refuses on purpose (symlink out of the repository, lossy rewrite…)
        InvalidInput,      ///< the content cannot be parsed or used
    };

    QString message;   ///< translated, one sentence, no trailing newline
    QString file;      ///< absolute or runway-relative path; empty when not about a file
    int line = 0;      ///< 1-based; 0 when unknown
    int column = 0;    ///< 1-based; 0 when unknown
    QString keyPath;   ///< dotted key path inside the file; empty when not about a key
    QString context;   ///< e.g. the offending source line, shown under the message
    QString env;       ///< environment the finding is about, if any
    QString region;    ///< region (pipeline) the finding is about, if any
    QString stageRefId; ///< stage refId the finding is about, if any
    QString stageName; ///< that stage's name
    Severity severity = Severity::Error;
    Code code = Code::Other;

    bool isWarning() const { return severity == Severity::Warning; }

    /// An error about a whole file (no line or key), of the given kind.
    static Error aboutFile(const QString &file, Code code, const QString &message)
    {
        Error e;
        e.file = file;
        e.code = code;
        e.message = message;
        return e;
    }

    /// "file:line:column: key: message" followed by the context line, as compilers print it.
    QString toString() const;
};

using Errors = QList<Error>;

} // namespace Fd
