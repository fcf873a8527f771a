"""The driver day report a Russian border officer reads, and the fleet day sheet, in the
language the command asks for: headings, words, country and rule names, dates."""

from __future__ import annotations

import re
from pathlib import Path

from dispatcher.cli import main
from tests.reports.test_reports import pdf_text

KAZAKH_LETTERS = set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")


def report(demo_db: Path, tmp_path: Path, capsys, language: str, *kind: str) -> tuple[str, str]:
    out = tmp_path / f"{language}.pdf"
    code = main(["--lang", language, "--db", str(demo_db), "report", *kind,
                 "--date", "2026-11-23", "--pdf", str(out)])  # fmt: skip
    said = capsys.readouterr()
    assert code == 0, said.err
    return pdf_text(out)[0], said.out


DRIVER = ("driver", "--driver", "D005", "--from", "2026-05-01", "--to", "2026-06-30")


def test_a_russian_driver_report_has_russian_headings_and_dates(demo_db, tmp_path, capsys):
    text, said = report(demo_db, tmp_path, capsys, "ru", *DRIVER)
    for heading in ("Отчёт по дням водителя", "Использовано дней", "Осталось", "Въезд",
                    "Выезд", "Максимальный срок пребывания", "Календарь", "Май 2026",
                    "Июнь 2026", "страница 1 из"):  # fmt: skip
        assert heading in text, heading
    assert "Период 01.05.2026 – 30.06.2026" in text and "Напечатано 23.11.2026" in text
    assert "гражданство: Узбекистан" in text and "грузовые перевозки" in text
    assert "Россия + Беларусь: 90 дней в календарном году" in text
    assert "превышение с 16.06.2026 по 18.06.2026" in text
    assert "сверх лимита 3 дня" in text and "ПРЕВЫШЕН" in text
    assert "Россия" in text and "Беларусь" in text  # the legs' countries by name
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
    assert "Driver day report" not in text and "Used on" not in text
    assert said.startswith("Сохранено: отчёт по дням водителя D005 01.05.2026 – 30.06.2026")


def test_a_kazakh_driver_report_is_written_in_kazakh_letters(demo_db, tmp_path, capsys):
    text, _ = report(demo_db, tmp_path, capsys, "kk", *DRIVER)
    assert "Жүргізушінің күндер бойынша есебі" in text
    assert "Ресей + Беларусь: күнтізбелік жылда 90 күн" in text
    assert "Маусым 2026" in text and "01.05.2026" in text
    assert KAZAKH_LETTERS & set(text)
    assert "Driver day report" not in text


def test_the_fleet_day_sheet_follows_the_language(demo_db, tmp_path, capsys):
    text, _ = report(demo_db, tmp_path, capsys, "ru", "day")
    assert "Сводка по автопарку на дату 23.11.2026" in text
    assert "РФ+РБ 90/год" in text and "Водитель" in text and "ПРЕВЫШЕН" in text
    assert "ru-by-90-year" not in text
    text, _ = report(demo_db, tmp_path, capsys, "kk", "day")
    assert "23.11.2026 күнгі автопарк бойынша күндік жиынтық" in text
    assert "РФ+БР 90/жыл" in text and "Жүргізуші" in text
