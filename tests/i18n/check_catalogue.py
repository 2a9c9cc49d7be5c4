#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks that the German catalogue matches what the code looks up.

lupdate extracts every string from the sources into a scratch .ts; the check then fails when
- lupdate files strings under a context that no code looks up (a free tr() helper, a class
  without Q_OBJECT or Q_DECLARE_TR_FUNCTIONS): those strings could never be shown translated;
- the committed catalogue lacks a string the code has, or keeps one the code no longer has;
- with --finished, an entry of the catalogue is still unfinished or a plural form is empty.
With --plurals-only the catalogue holds only the strings with %n (English's, made by lupdate
-pluralonly).

Usage: check_catalogue.py LUPDATE SOURCE_DIR TS_FILE [--finished] [--plurals-only]
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_FOLDERS = ("model", "widgets", "app")
REFRESH = "run `cmake --build build --target update_translations` and translate the new entries"


def sources(root):
    for folder in SOURCE_FOLDERS:
        for dirpath, _, names in os.walk(os.path.join(root, folder)):
            for name in sorted(names):
                if name.endswith((".cpp", ".h")):
                    yield os.path.join(dirpath, name)


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def looked_up_contexts(root):
    """Contexts the code translates in: Q_OBJECT classes (qualified by their namespace),
    Q_DECLARE_TR_FUNCTIONS arguments, and the literal contexts of translate()/QT_TRANSLATE_NOOP."""
    found = {"QObject"}  # QObject::tr() looks up "QObject"
    literal = re.compile(r'(?:translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)\(\s*"([^"]+)"')
    declared = re.compile(r"Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)")
    token = re.compile(r"namespace\s+([\w:]+)\s*\{|namespace\s*\{|class\s+(?:\w+_EXPORT\s+)?(\w+)[^;{()]*\{|Q_OBJECT\b|[{}]")
    for path in sources(root):
        with open(path, encoding="utf-8") as f:
            text = strip_comments(f.read())
        found.update(literal.findall(text))
        found.update(declared.findall(text))
        # A brace-matching walk: enough to name each Q_OBJECT class by its namespaces and outer classes.
        stack = []  # (kind, name) per open brace
        for m in token.finditer(text):
            t = m.group(0)
            if t.startswith("namespace"):
                stack.append(("ns", m.group(1) or ""))
            elif t.startswith("class"):
                stack.append(("class", m.group(2)))
            elif t == "Q_OBJECT":
                names = [n for _, n in stack if n]
                if stack and stack[-1][0] == "class":
                    found.add("::".join(names))
            elif t == "{":
                stack.append(("block", ""))
            elif t == "}" and stack:
                stack.pop()
    return found


def read_ts(path):
    """{(context, source, comment): (finished, numerus, translations)} of a .ts file."""
    entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            translation = message.find("translation")
            kind = translation.get("type", "")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            entries[key] = (kind not in ("unfinished", "obsolete", "vanished"), message.get("numerus") == "yes", forms)
            if kind in ("obsolete", "vanished"):
                entries[key] = ("obsolete", False, forms)
    return entries


def main(argv):
    if len(argv) < 4:
        print(__doc__)
        return 2
    lupdate, root, ts = argv[1], argv[2], argv[3]
    finished = "--finished" in argv[4:]
    plurals_only = "--plurals-only" in argv[4:]
    with tempfile.TemporaryDirectory() as tmp:
        listing = os.path.join(tmp, "sources.lst")
        with open(listing, "w", encoding="utf-8") as f:
            f.write("\n".join(sources(root)))
        scratch = os.path.join(tmp, "scratch_de.ts")
        run = subprocess.run([lupdate, "-locations", "none", "-no-obsolete", "@" + listing, "-ts", scratch],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr)
            return 1
        extracted = read_ts(scratch)
    if plurals_only:
        extracted = {k: v for k, v in extracted.items() if v[1]}
    committed = read_ts(ts)
    problems = []

    known = looked_up_contexts(root)
    for context in sorted({k[0] for k in extracted} - known):
        sample = next(k[1] for k in extracted if k[0] == context)
        problems.append(f'lupdate files strings under "{context}" (e.g. "{sample}"), a context the code never '
                        "looks up: use tr() of a Q_OBJECT or Q_DECLARE_TR_FUNCTIONS class, or translate(\"Ctx\", …)")

    missing = sorted(set(extracted) - set(committed))
    for context, source, _ in missing[:20]:
        problems.append(f'the catalogue lacks "{source}" ({context}): {REFRESH}')
    if len(missing) > 20:
        problems.append(f"… and {len(missing) - 20} more missing strings")
    gone = sorted(k for k, v in committed.items() if k not in extracted or v[0] == "obsolete")
    for context, source, _ in gone[:20]:
        problems.append(f'the catalogue keeps "{source}" ({context}), which the code no longer has: {REFRESH}')
    if len(gone) > 20:
        problems.append(f"… and {len(gone) - 20} more obsolete strings")

    if finished:
        open_entries = [k for k, (done, _, forms) in committed.items()
                        if k in extracted and (done is not True or any(not f.strip() for f in forms))]
        for context, source, _ in sorted(open_entries)[:20]:
            problems.append(f'unfinished entry "{source}" ({context})')
        if len(open_entries) > 20:
            problems.append(f"… and {len(open_entries) - 20} more unfinished entries")

    for p in problems:
        print("FAIL:", p)
    print(f"{len(extracted)} strings in {len({k[0] for k in extracted})} contexts; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
