// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFile>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

namespace Fd::Test {

/// One (context, source text) pair, as QCoreApplication::translate() asks for it.
using Lookup = QPair<QString, QString>;

/// Answers nothing, but remembers every lookup; installed last, it is asked before the real ones.
class RecordingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        m_seen.insert({QString::fromUtf8(context), QString::fromUtf8(source)});
        return {};
    }
    const QSet<Lookup> &seen() const { return m_seen; }

private:
    mutable QSet<Lookup> m_seen;
};

/// The (context, source) pairs of a .ts catalogue.
inline QSet<Lookup> readCatalogue(const QString &path)
{
    QSet<Lookup> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            entries.insert({context, xml.readElementText()});
    }
    return entries;
}

/// Qt's own contexts (QCommandLineParser, QDialogButtonBox, …) come from Qt's catalogue, not ours.
inline bool isQtContext(const QString &context)
{
    return context.size() > 1 && context.at(0) == QLatin1Char('Q') && context.at(1).isUpper();
}

} // namespace Fd::Test
