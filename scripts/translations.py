#!/usr/bin/env python3
"""Helps keep translations/spokewise_zh_CN.ts complete.

  translations.py unfinished TS OUT.json   lists the unfinished messages (context, source,
                                           comment, numerus) as JSON, for a translator to fill in
  translations.py apply TS DICT.json       fills unfinished messages from DICT.json, a list of
                                           {"context"?, "source", "comment"?, "translation"} objects
                                           (or a {source: translation} object); an entry with a
                                           context applies to that context only

Update the .ts first: `cmake --build BUILD --target update_translations`.
Numerus forms: Chinese has one plural form, so one translation fills the message.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message):
    translation = message.find("translation")
    return translation is None or translation.get("type") == "unfinished"


def placeholders(text):
    return sorted(set(re.findall(r"%L?\d+|%n", text)))


def cmd_unfinished(ts, out):
    tree = ET.parse(ts)
    entries = []
    for context, message in messages(tree):
        if not is_unfinished(message):
            continue
        entry = {"context": context, "source": message.findtext("source")}
        if message.findtext("comment"):
            entry["comment"] = message.findtext("comment")
        if message.get("numerus") == "yes":
            entry["numerus"] = True
        entries.append(entry)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(entries, f, ensure_ascii=False, indent=1)
    print(f"{len(entries)} unfinished message(s) written to {out}")


def cmd_apply(ts, dictionary):
    with open(dictionary, encoding="utf-8") as f:
        data = json.load(f)
    by_context = {}
    by_source = {}
    if isinstance(data, dict):
        by_source = dict(data)
    else:
        for e in data:
            if e.get("context"):
                by_context[(e["context"], e["source"], e.get("comment", ""))] = e["translation"]
            else:
                by_source[e["source"]] = e["translation"]
    tree = ET.parse(ts)
    filled = missing = 0
    problems = []
    for context, message in messages(tree):
        if not is_unfinished(message):
            continue
        source = message.findtext("source")
        key = (context, source, message.findtext("comment") or "")
        text = by_context.get(key, by_source.get(source))
        if not text:
            missing += 1
            continue
        if placeholders(text) != placeholders(source):
            problems.append(f"{context}: placeholders differ: {source!r} -> {text!r}")
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        else:
            translation.text = text
        filled += 1
    write_ts(tree, ts)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"filled {filled}, still unfinished {missing + len(problems)}")
    return 1 if problems else 0


def write_ts(tree, ts):
    # Keeps lupdate's layout (the parser kept its whitespace) and its DOCTYPE, so diffs stay small.
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(ts, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")
    # lconvert rewrites the file in Qt's own escaping, as lupdate would.
    lconvert = shutil.which("lconvert") or "/usr/lib/qt6/bin/lconvert"
    if os.path.exists(lconvert):
        subprocess.run([lconvert, "-i", ts, "-o", ts], check=True)


def main(argv):
    if len(argv) != 4 or argv[1] not in ("unfinished", "apply"):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[1] == "unfinished":
        cmd_unfinished(argv[2], argv[3])
        return 0
    return cmd_apply(argv[2], argv[3])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
