"""Fills the English catalog's plural forms from the source text: ``%n day(s)`` becomes
``%n day`` and ``%n days``, so English counts read right without a translator.

Run by ``make catalogs`` after lupdate; only forms still empty are written, so a hand-made
English form (an irregular plural) is kept.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLURAL = re.compile(r"\((s|es)\)")


def forms(source: str) -> tuple[str, str]:
    return PLURAL.sub("", source), PLURAL.sub(r"\1", source)


def fill(path: Path) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None:
            continue
        numerus = translation.findall("numerusform")
        if numerus and all((f.text or "").strip() for f in numerus):
            continue
        for element in numerus:
            translation.remove(element)
        for text in forms(source):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {fill(Path(name))} plural message(s) filled")
