// SPDX-License-Identifier: Apache-2.0
#include "TextDiff.h"

#include <algorithm>
#include <vector>

namespace Fd {

namespace {

// Beyond this many edits the trace would cost too much memory; such inputs have nothing in
// common worth showing anyway.
constexpr int MaxEdits = 3000;

enum class Step { Same, Remove, Add };

/// Myers' greedy algorithm on a[aBegin, aEnd) and b[bBegin, bEnd); returns the steps in order,
/// or an empty optional-like flag through `ok` when MaxEdits is exceeded.
std::vector<Step> myers(const QStringList &a, int aBegin, int aEnd, const QStringList &b, int bBegin, int bEnd,
                        bool *ok)
{
    const int n = aEnd - aBegin;
    const int m = bEnd - bBegin;
    const int max = std::min(n + m, MaxEdits);
    std::vector<int> v(2 * max + 3, 0);
    const int offset = max + 1;
    std::vector<std::vector<int>> trace; // trace[d][k + d] = furthest x on diagonal k after d edits
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                   : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(aBegin + x) == b.at(bBegin + y)) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m)
                found = d;
        }
        trace.emplace_back(v.begin() + offset - d, v.begin() + offset + d + 1);
    }
    *ok = found >= 0;
    std::vector<Step> steps;
    if (!*ok)
        return steps;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &previous = trace[d - 1];
        const auto at = [&](int k) { return previous[k + d - 1]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        const int startX = down ? prevX : prevX + 1;
        while (x > startX) {
            steps.push_back(Step::Same);
            --x;
            --y;
        }
        steps.push_back(down ? Step::Add : Step::Remove);
        x = prevX;
        y = prevY;
    }
    while (x > 0) {
        steps.push_back(Step::Same);
        --x;
    }
    std::reverse(steps.begin(), steps.end());
    return steps;
}

/// Within each run of changes, removals first: easier to read than Myers' interleaving.
void groupChanges(QList<DiffLine> *lines)
{
    int i = 0;
    while (i < lines->size()) {
        if (lines->at(i).kind == DiffLine::Kind::Same) {
            ++i;
            continue;
        }
        int end = i;
        while (end < lines->size() && lines->at(end).kind != DiffLine::Kind::Same)
            ++end;
        std::stable_partition(lines->begin() + i, lines->begin() + end,
                              [](const DiffLine &l) { return l.kind == DiffLine::Kind::Removed; });
        i = end;
    }
}

QString hunkRange(int start, int count)
{
    if (count == 1)
        return QString::number(start);
    return QStringLiteral("%1,%2").arg(count == 0 ? start - 1 : start).arg(count);
}

} // namespace

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    return lines;
}

QList<DiffLine> diffLines(const QStringList &before, const QStringList &after)
{
    int prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;

    // One side empty (a new pipeline, a deleted one): everything is added or removed. Myers would
    // find that too, after walking O(n²) diagonals.
    const bool oneSided = prefix + suffix == before.size() || prefix + suffix == after.size();
    bool ok = false;
    std::vector<Step> middle = oneSided ? std::vector<Step>()
                                        : myers(before, prefix, before.size() - suffix, after, prefix, after.size() - suffix, &ok);
    if (!ok) {
        middle.assign(before.size() - suffix - prefix, Step::Remove);
        middle.insert(middle.end(), after.size() - suffix - prefix, Step::Add);
    }
    std::vector<Step> steps(prefix, Step::Same);
    steps.insert(steps.end(), middle.begin(), middle.end());
    steps.insert(steps.end(), suffix, Step::Same);

    QList<DiffLine> lines;
    lines.reserve(int(steps.size()));
    int oldIndex = 0;
    int newIndex = 0;
    for (const Step step : steps) {
        DiffLine line;
        if (step == Step::Same) {
            line = {DiffLine::Kind::Same, before.at(oldIndex), oldIndex + 1, newIndex + 1};
            ++oldIndex;
            ++newIndex;
        } else if (step == Step::Remove) {
            line = {DiffLine::Kind::Removed, before.at(oldIndex), oldIndex + 1, 0};
            ++oldIndex;
        } else {
            line = {DiffLine::Kind::Added, after.at(newIndex), 0, newIndex + 1};
            ++newIndex;
        }
        lines << line;
    }
    groupChanges(&lines);
    return lines;
}

QString unifiedDiff(const QString &before, const QString &after, const QString &beforeLabel,
                    const QString &afterLabel, int context)
{
    return unifiedDiff(diffLines(splitLines(before), splitLines(after)), beforeLabel, afterLabel, context);
}

QString unifiedDiff(const QList<DiffLine> &lines, const QString &beforeLabel, const QString &afterLabel, int context)
{
    QString out;
    int i = 0;
    while (i < lines.size()) {
        if (lines.at(i).kind == DiffLine::Kind::Same) {
            ++i;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is no more than 2 * context same lines away.
        const int start = std::max(0, i - context);
        int end = i;
        int sameRun = 0;
        for (int j = i; j < lines.size(); ++j) {
            if (lines.at(j).kind == DiffLine::Kind::Same) {
                if (++sameRun > 2 * context)
                    break;
            } else {
                sameRun = 0;
                end = j;
            }
        }
        const int stop = std::min<int>(lines.size(), end + 1 + context);
        int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
        QString body;
        for (int j = start; j < stop; ++j) {
            const DiffLine &l = lines.at(j);
            if (l.kind != DiffLine::Kind::Added && oldStart == 0)
                oldStart = l.oldLine;
            if (l.kind != DiffLine::Kind::Removed && newStart == 0)
                newStart = l.newLine;
            oldCount += l.kind != DiffLine::Kind::Added;
            newCount += l.kind != DiffLine::Kind::Removed;
            const QChar mark = l.kind == DiffLine::Kind::Same ? QLatin1Char(' ')
                             : l.kind == DiffLine::Kind::Removed ? QLatin1Char('-') : QLatin1Char('+');
            body += mark + l.text + QLatin1Char('\n');
        }
        if (oldStart == 0) // pure addition: the hunk starts after the line before it
            oldStart = (start > 0 ? lines.at(start - 1).oldLine : 0) + 1;
        if (newStart == 0)
            newStart = (start > 0 ? lines.at(start - 1).newLine : 0) + 1;
        if (out.isEmpty())
            out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeLabel, afterLabel);
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(hunkRange(oldStart, oldCount), hunkRange(newStart, newCount));
        out += body;
        i = stop;
    }
    return out;
}

} // namespace Fd
