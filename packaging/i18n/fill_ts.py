#!/usr/bin/env python3
# SPDX-FileCopyrightText: KMUni CRM contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills unfinished entries of a Qt .ts file from a JSON dictionary {"context|source" or "source": translation}.

    packaging/i18n/fill_ts.py resources/translations/kmuni_de.ts translations.json
A translation that is a list gives the numerus forms. Entries not in the dictionary stay unfinished;
the script prints them, so that nothing is forgotten.
"""
import json
import sys
import xml.etree.ElementTree as ET

ts_path, dict_path = sys.argv[1], sys.argv[2]
with open(dict_path, encoding="utf-8") as f:
    table = json.load(f)
tree = ET.parse(ts_path)
left = []
for context in tree.getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source")
        value = table.get(f"{name}|{source}", table.get(source))
        if value is None:
            left.append(f"{name}|{source}")
            continue
        del translation.attrib["type"]
        for child in list(translation):
            translation.remove(child)
        if isinstance(value, list):
            translation.text = None
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
with open(ts_path, encoding="utf-8") as f:
    text = f.read()
text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
with open(ts_path, "w", encoding="utf-8") as f:
    f.write(text if text.endswith("\n") else text + "\n")
for entry in left:
    print("untranslated:", entry)
