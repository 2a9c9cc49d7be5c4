// SPDX-License-Identifier: Apache-2.0
#include "MiniYaml.h"

#include "SecretMask.h"

#include "YamlScalars.h"

#include <QCoreApplication>
#include <QStringList>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "MiniYaml", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MiniYaml)
};

struct Line
{
    int number = 0;      // 1-based
    int indent = 0;      // leading spaces
    QString text;        // content after the indentation, trailing comment removed
    QString raw;         // the whole line, for block scalars
    bool significant = false;
    bool tabIndent = false;
};

bool isSequenceEntry(const QString &text)
{
    return text == QLatin1String("-") || text.startsWith(QLatin1String("- "));
}

class Parser
{
public:
    Parser(const QString &text, const QString &fileName) : m_file(fileName) { split(text); }

    Result<QVariant> parseDocument()
    {
        const QVariant root = parseBlock(-1, false);
        if (!m_failed) {
            const int next = nextSignificant();
            if (next >= 0)
                fail(m_lines.at(next).number, Tr::tr("Unexpected content; check the indentation."));
        }
        if (m_failed)
            return m_error;
        return root;
    }

private:
    void split(const QString &text)
    {
        QStringList rawLines = text.split(QLatin1Char('\n'));
        if (text.endsWith(QLatin1Char('\n')))
            rawLines.removeLast(); // the final newline ends the last line; it starts none
        bool seenContent = false;
        bool ended = false;
        for (int i = 0; i < rawLines.size(); ++i) {
            Line line;
            line.number = i + 1;
            line.raw = rawLines.at(i);
            if (line.raw.endsWith(QLatin1Char('\r')))
                line.raw.chop(1);
            while (line.indent < line.raw.size() && line.raw.at(line.indent) == QLatin1Char(' '))
                ++line.indent;
            const QString rest = line.raw.mid(line.indent);
            line.tabIndent = rest.startsWith(QLatin1Char('\t')) && !rest.trimmed().isEmpty()
                && !rest.trimmed().startsWith(QLatin1Char('#'));
            line.text = stripYamlComment(rest).trimmed();
            line.significant = !line.text.isEmpty();
            if (line.significant && line.indent == 0) {
                if (line.text == QLatin1String("---") && !seenContent) {
                    line.significant = false;
                } else if (line.text == QLatin1String("---")) {
                    if (!m_failed)
                        fail(line.number, Tr::tr("Only one YAML document is supported."));
                } else if (line.text == QLatin1String("...")) {
                    line.significant = false;
                    ended = true;
                } else if (line.text.startsWith(QLatin1Char('%')) && !seenContent) {
                    if (!m_failed)
                        fail(line.number, Tr::tr("YAML directives are not supported."));
                }
            }
            if (ended && line.significant && !m_failed)
                fail(line.number, Tr::tr("Content after the end of the document (\"...\")."));
            seenContent = seenContent || line.significant;
            m_lines << line;
        }
    }

    QString keyPath() const { return m_path.join(QLatin1Char('.')); }

    void fail(int lineNumber, const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error.file = m_file;
        m_error.line = lineNumber;
        m_error.keyPath = keyPath();
        m_error.message = message;
        if (lineNumber <= 0 || lineNumber > m_lines.size())
            return;
        // A credential's value is never shown, not even a piece of it in the message.
        const QString raw = m_lines.at(lineNumber - 1).raw;
        m_error.context = SecretMask::maskYamlLine(raw);
        if (SecretMask::isCredentialPath(keyPath()) || m_error.context != SecretMask::maskUrlCredentials(raw.trimmed())) {
            m_error.message = QCoreApplication::translate("MiniYaml",
                "This line holds a credential that is not valid YAML; fix it (its value is not shown).");
            if (SecretMask::isCredentialPath(keyPath()))
                m_error.context = SecretMask::Mask;
        } else {
            m_error.message = SecretMask::maskUrlCredentials(message);
        }
    }

    int nextSignificant()
    {
        while (m_pos < m_lines.size() && !m_lines.at(m_pos).significant)
            ++m_pos;
        if (m_pos >= m_lines.size())
            return -1;
        if (m_lines.at(m_pos).tabIndent)
            fail(m_lines.at(m_pos).number, Tr::tr("Tabs cannot be used for indentation in YAML."));
        return m_pos;
    }

    QVariant parseBlock(int parentIndent, bool sameIndentSequence)
    {
        const int next = nextSignificant();
        if (next < 0 || m_failed)
            return {};
        const Line &line = m_lines.at(next);
        if (line.indent > parentIndent)
            return isSequenceEntry(line.text) ? parseSequence(line.indent) : parseMapping(line.indent);
        if (sameIndentSequence && line.indent == parentIndent && isSequenceEntry(line.text))
            return parseSequence(line.indent);
        return {};
    }

    QVariant parseMapping(int indent)
    {
        QVariantMap map;
        while (!m_failed) {
            const int next = nextSignificant();
            if (next < 0 || m_failed)
                break;
            const Line line = m_lines.at(next);
            if (line.indent < indent || (line.indent == indent && isSequenceEntry(line.text)))
                break;
            if (line.indent > indent) {
                fail(line.number, Tr::tr("Unexpected indentation (a value cannot continue on the next line)."));
                break;
            }
            QString key;
            QString rest;
            if (!splitYamlKey(line.text, &key, &rest)) {
                fail(line.number, Tr::tr("Expected \"key: value\"."));
                break;
            }
            if (map.contains(key)) {
                m_path << key;
                fail(line.number, Tr::tr("The key \"%1\" appears twice.").arg(key));
                break;
            }
            m_path << key;
            m_pos = next + 1;
            map.insert(key, parseValue(rest, indent, line.number, true));
            m_path.removeLast();
        }
        return map;
    }

    QVariant parseSequence(int indent)
    {
        QVariantList list;
        while (!m_failed) {
            const int next = nextSignificant();
            if (next < 0 || m_failed)
                break;
            const Line line = m_lines.at(next);
            if (line.indent > indent) {
                fail(line.number, Tr::tr("Unexpected indentation (a value cannot continue on the next line)."));
                break;
            }
            if (line.indent < indent || !isSequenceEntry(line.text))
                break;
            m_path << QStringLiteral("[%1]").arg(list.size());
            int spaces = 0;
            while (1 + spaces < line.text.size() && line.text.at(1 + spaces) == QLatin1Char(' '))
                ++spaces;
            const QString content = line.text.mid(1 + spaces);
            const int offset = line.indent + 1 + spaces;
            QString key;
            QString rest;
            if (!content.isEmpty() && (isSequenceEntry(content) || splitYamlKey(content, &key, &rest))) {
                // "- key: value" opens a mapping (or "- - x" a sequence) at the content's column.
                m_lines[next].indent = offset;
                m_lines[next].text = content;
                list << (isSequenceEntry(content) ? parseSequence(offset) : parseMapping(offset));
            } else {
                m_pos = next + 1;
                list << parseValue(content, indent, line.number, false);
            }
            m_path.removeLast();
        }
        return list;
    }

    QVariant parseValue(const QString &text, int indent, int lineNumber, bool inMapping)
    {
        if (text.isEmpty())
            return parseBlock(indent, inMapping);
        if (text.startsWith(QLatin1Char('|')) || text.startsWith(QLatin1Char('>')))
            return parseBlockScalar(text, indent, lineNumber);
        if (text.startsWith(QLatin1Char('&')) || text.startsWith(QLatin1Char('*'))
            || text.startsWith(QLatin1Char('!'))) {
            fail(lineNumber, Tr::tr("Anchors, aliases and tags are not supported."));
            return {};
        }
        QString error;
        const QVariant value = parseYamlInline(text, &error);
        if (!error.isEmpty())
            fail(lineNumber, error);
        return value;
    }

    QVariant parseBlockScalar(const QString &header, int parentIndent, int lineNumber)
    {
        const bool folded = header.startsWith(QLatin1Char('>'));
        QChar chomp;
        int explicitIndent = 0;
        for (const QChar c : header.mid(1)) {
            if ((c == QLatin1Char('-') || c == QLatin1Char('+')) && chomp.isNull())
                chomp = c;
            else if (c.isDigit() && c != QLatin1Char('0') && explicitIndent == 0)
                explicitIndent = c.digitValue();
            else {
                fail(lineNumber, Tr::tr("Unexpected characters after the block scalar indicator."));
                return {};
            }
        }
        int contentIndent = explicitIndent > 0 ? qMax(parentIndent, 0) + explicitIndent : -1;
        QStringList lines;
        while (m_pos < m_lines.size()) {
            const Line &line = m_lines.at(m_pos);
            const bool blank = line.raw.trimmed().isEmpty();
            if (!blank && line.indent <= parentIndent)
                break;
            if (!blank && contentIndent < 0)
                contentIndent = line.indent;
            if (!blank && line.indent < contentIndent) {
                fail(line.number, Tr::tr("This line is less indented than the text block it belongs to."));
                return {};
            }
            lines << (blank ? QString() : line.raw.mid(contentIndent));
            if (blank && contentIndent >= 0 && line.raw.size() > contentIndent)
                lines.last() = line.raw.mid(contentIndent);
            ++m_pos;
        }
        return foldBlockScalar(lines, folded, chomp);
    }

    QList<Line> m_lines;
    int m_pos = 0;
    QString m_file;
    QStringList m_path;
    bool m_failed = false;
    Error m_error;
};

} // namespace

Result<QVariant> parseMiniYaml(const QString &text, const QString &fileName)
{
    Parser parser(text, fileName);
    return parser.parseDocument();
}

bool yamlBool(const QVariant &value, bool fallback)
{
    if (value.typeId() != QMetaType::QString)
        return fallback;
    const QString v = value.toString().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on") || v == QLatin1String("y"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("off") || v == QLatin1String("n"))
        return false;
    return fallback;
}

QVariant yamlValue(const QVariant &root, const QString &path)
{
    QVariant node = root;
    for (const QString &key : path.split(QLatin1Char('.'))) {
        if (node.typeId() != QMetaType::QVariantMap)
            return {};
        node = node.toMap().value(key);
    }
    return node;
}

} // namespace Fd
