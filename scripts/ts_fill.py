#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills unfinished entries of a Qt .ts file from a JSON file of translations.

  scripts/ts_fill.py translations/todoku_ja.ts NEW.json      fill, then list what is still unfinished
  scripts/ts_fill.py translations/todoku_ja.ts --list        list unfinished sources as JSON to translate

NEW.json maps "Context|source" (or just "source", for any context) to the translation; for a %n source,
the value may be a list of numerus forms. Existing finished translations are never changed.
"""
import json
import sys
import xml.etree.ElementTree as ET


def unfinished(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                yield name, message, tr


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    path = sys.argv[1]
    tree = ET.parse(path)
    root = tree.getroot()
    if sys.argv[2] == "--list":
        out = {f"{c}|{m.findtext('source')}": "" for c, m, _ in unfinished(root)}
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    table = json.load(open(sys.argv[2], encoding="utf-8"))
    filled = 0
    for context, message, tr in list(unfinished(root)):
        source = message.findtext("source")
        value = table.get(f"{context}|{source}", table.get(source))
        if not value:
            continue
        if message.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            for form in value if isinstance(value, list) else [value]:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
        del tr.attrib["type"]
        filled += 1
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    left = [f"{c}|{m.findtext('source')}" for c, m, _ in unfinished(root)]
    print(f"filled {filled}, unfinished {len(left)}")
    for l in left:
        print("  " + l)


if __name__ == "__main__":
    main()
