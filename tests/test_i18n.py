"""Catalogs read without Qt give the words and plural forms Qt's own translator gives."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dispatcher import i18n, qm

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context>
    <name>Finding</name>
    <message numerus="yes">
        <source>over by %n day(s)</source>
        <translation>{forms}</translation>
    </message>
    <message>
        <source>first day over</source>
        <translation>{plain}</translation>
    </message>
    <message>
        <source>left</source>
        <comment>days</comment>
        <translation>{left}</translation>
    </message>
    <message>
        <source>not yet translated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""

RU = {
    "lang": "ru",
    "forms": "<numerusform>превышение на %n день</numerusform>"
    "<numerusform>превышение на %n дня</numerusform>"
    "<numerusform>превышение на %n дней</numerusform>",
    "plain": "первый день превышения",
    "left": "осталось",
}
KK = {
    "lang": "kk",
    "forms": "<numerusform>%n күнге асып кетті</numerusform>"
    "<numerusform>%n күнге асып кетті</numerusform>",
    "plain": "асудың бірінші күні",
    "left": "қалды",
}


def compiled(tmp_path: Path, values: dict[str, str]) -> Path:
    ts = tmp_path / f"dispatcher_{values['lang']}.ts"
    ts.write_text(TS.format(**values), encoding="utf-8")
    qm_path = ts.with_suffix(".qm")
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(qm_path)], check=True,
                   capture_output=True)  # fmt: skip
    return qm_path


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.use_catalog(None)
    i18n._language = i18n.SOURCE_LANGUAGE


Finding = i18n.Context("Finding")


@pytest.mark.parametrize(
    ("n", "words"),
    [(1, "превышение на 1 день"), (3, "превышение на 3 дня"), (5, "превышение на 5 дней"),
     (11, "превышение на 11 дней"), (21, "превышение на 21 день"), (22, "превышение на 22 дня"),
     (112, "превышение на 112 дней"), (0, "превышение на 0 дней")],
)  # fmt: skip
def test_russian_plural_forms(tmp_path, n, words):
    i18n.use_language("ru", compiled(tmp_path, RU).parent)
    assert Finding.tr("over by %n day(s)", "", n) == words


def test_kazakh_words_and_letters(tmp_path):
    i18n.use_language("kk", compiled(tmp_path, KK).parent)
    assert Finding.tr("over by %n day(s)", "", 1) == "1 күнге асып кетті"
    assert Finding.tr("over by %n day(s)", "", 7) == "7 күнге асып кетті"
    assert Finding.tr("first day over") == "асудың бірінші күні"


def test_comment_unfinished_and_unknown_as_qt_does(tmp_path):
    i18n.use_language("ru", compiled(tmp_path, RU).parent)
    assert Finding.tr("left", "days") == "осталось"
    assert Finding.tr("left") == "осталось"  # as Qt: a comment nothing needs is not kept
    assert Finding.tr("not yet translated") == "not yet translated"
    assert i18n.Context("Other").tr("first day over") == "first day over"


@pytest.mark.gui
@pytest.mark.parametrize("values", [RU, KK], ids=["ru", "kk"])
def test_same_answers_as_qts_own_translator(tmp_path, qapp, values):
    """Qt's QTranslator reads the same file: an independent check of the reader."""
    from PySide6.QtCore import QTranslator

    path = compiled(tmp_path, values)
    translator = QTranslator()
    assert translator.load(str(path))
    catalog = i18n.Catalog.load(values["lang"], path)
    for n in range(0, 130):
        ours = catalog("Finding", "over by %n day(s)", "", n)
        assert ours == translator.translate("Finding", "over by %n day(s)", "", n).replace(
            str(n), "%n"
        )
    assert catalog("Finding", "left", "days", -1) == translator.translate("Finding", "left", "days")


def test_a_file_that_is_not_a_catalog_is_refused(tmp_path):
    with pytest.raises(qm.CatalogError):
        qm.read_qm(b"not a catalog")
    data = compiled(tmp_path, RU).read_bytes()
    with pytest.raises(qm.CatalogError):
        qm.read_qm(data[:-3])


def test_dates_as_people_write_them():
    day = date(2025, 5, 3)
    assert i18n.format_date(day) == "2025-05-03"
    i18n._language = "ru"
    assert i18n.format_date(day) == "03.05.2025"
    i18n._language = "kk"
    assert i18n.format_date(date(2026, 11, 23)) == "23.11.2026"
    assert i18n.format_date(None, "—") == "—"


def test_language_choice_order(monkeypatch):
    monkeypatch.setenv("DISPATCHER_LANG", "kk")
    assert i18n.choose_language("ru") == "ru"
    assert i18n.choose_language(None) == "kk"
    monkeypatch.delenv("DISPATCHER_LANG")
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert i18n.choose_language(None) == "ru"
    monkeypatch.setenv("LANG", "Kazakh_Kazakhstan.1251")
    assert i18n.system_language() == "kk"
    with pytest.raises(ValueError, match="unknown language"):
        i18n.choose_language("de")
