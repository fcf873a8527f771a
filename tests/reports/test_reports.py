"""Reports read back from their PDFs: the figures a driver and an inspector rely on."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dispatcher.cli import main
from dispatcher.reports.command import day_sheet, driver_report
from dispatcher.store import Store
from dispatcher.workspace import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from synthetic import make_database

AS_OF = date(2026, 11, 23)


def pdf_text(path: Path) -> tuple[str, int]:
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text), len(reader.pages)


def test_driver_report_pdf_carries_name_figures_and_first_day_over(demo_db, tmp_path, capsys):
    out = tmp_path / "d005.pdf"
    code = main(["--db", str(demo_db), "report", "driver", "--driver", "D005",
                 "--from", "2026-06-01", "--to", "2026-06-30", "--date", "2026-11-23",
                 "--pdf", str(out)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    text, pages = pdf_text(out)
    assert pages == 1
    assert "Шерзод Юсупов" in text and "ТОО «Жол Транс Логистик»" in text
    # Demo trips of D005 in 2026 before June: 76 Russia+Belarus days by 1 June (the engine and
    # the trips.csv agree); T0099 adds 1-18 June in RU/BY: day 91 is 16 June, 93 by 18 June.
    assert "76 / 90" in text and "93 / 90" in text
    assert "2026-06-16" in text and "3 days over the limit" in text
    assert "page 1 of 1" in text


def test_a_year_long_report_has_every_month_and_page_numbers(demo_db, tmp_path):
    ws = Workspace(Store(demo_db), rules_dir=tmp_path / "rules")
    html = driver_report(ws, "D004", date(2026, 1, 1), date(2026, 12, 31), AS_OF)
    out = tmp_path / "year.pdf"
    from dispatcher.reports.command import _pdf

    pages = _pdf(html, out)
    text, count = pdf_text(out)
    assert count == pages > 1
    assert f"page {pages} of {pages}" in text
    assert "December 2026" in text and "January 2026" in text


def test_day_sheet_lists_every_driver_urgent_first_on_one_page(demo_db, tmp_path, capsys):
    out = tmp_path / "day.pdf"
    code = main(["--db", str(demo_db), "report", "day", "--date", "2026-11-23",
                 "--pdf", str(out)])  # fmt: skip
    assert code == 0
    text, pages = pdf_text(out)
    assert pages == 1
    assert text.index("Шерзод Юсупов") < text.index("Арман Григорян")  # over before ok
    assert "Ұлан Ахметов" in text and "Ерлан Сейтқали" in text
    assert "83 / 7" in text  # D004 on 23 November, as in the roster


def test_a_90_driver_day_sheet_breaks_into_three_pages(tmp_path):
    db = make_database(tmp_path / "fleet.sqlite", 90, 1)
    ws = Workspace(Store(db), rules_dir=tmp_path / "rules")
    from dispatcher.reports.command import _pdf

    out = tmp_path / "fleet.pdf"
    assert _pdf(day_sheet(ws, date(2026, 6, 1), AS_OF), out) == 3  # 40 + 40 + 10 rows
    text, pages = pdf_text(out)
    assert pages == 3 and "page 3 of 3" in text
    assert text.count("Driver") >= 3  # the header repeats on every page


def test_html_needs_no_qt_and_bad_arguments_are_clear(demo_db, tmp_path, capsys):
    out = tmp_path / "d.html"
    assert main(["--db", str(demo_db), "report", "driver", "--driver", "D008",
                 "--html", str(out), "--date", "2026-11-23"]) == 0  # fmt: skip
    html = out.read_text(encoding="utf-8")
    assert "Арман Григорян" in html and "temporary residence permit" in html
    assert main(["--db", str(demo_db), "report", "driver", "--driver", "D404",
                 "--html", str(out)]) == 2  # fmt: skip
    assert "D404" in capsys.readouterr().err
    assert main(["--db", str(demo_db), "report", "driver", "--driver", "D008", "--from",
                 "2025-01-01", "--to", "2026-06-01", "--html", str(out)]) == 2  # fmt: skip
    assert "one year" in capsys.readouterr().err


@pytest.mark.gui
def test_report_dialog_saves_the_pdf_and_previews_without_blocking(demo_db, tmp_path, qtbot,
                                                                    monkeypatch):  # fmt: skip
    from dispatcher.ui import dialogs
    from dispatcher.ui.context import AppContext
    from dispatcher.ui.report_dialogs import ReportDialog

    shown = []
    monkeypatch.setattr(dialogs, "run_modal", lambda d: shown.append(d) or 0)
    ctx = AppContext(Workspace(Store(demo_db), rules_dir=tmp_path / "rules"), as_of=AS_OF)
    dialog = ReportDialog(ctx, "D005")
    qtbot.addWidget(dialog)
    assert dialog.save_pdf(tmp_path / "r.pdf") >= 1
    assert "Шерзод Юсупов" in pdf_text(tmp_path / "r.pdf")[0]
    dialog.preview()
    assert type(shown[-1]).__name__ == "QPrintPreviewDialog" and dialog.printer is not None


def test_a_period_that_ends_before_it_starts_is_refused(demo_db, tmp_path, capsys):
    out = tmp_path / "d.pdf"
    assert main(["--db", str(demo_db), "report", "driver", "--driver", "D005", "--from",
                 "2026-07-01", "--to", "2026-06-01", "--pdf", str(out)]) == 2  # fmt: skip
    assert "before it starts" in capsys.readouterr().err
    assert not out.exists()


def test_html_reports_print_without_loading_qt(demo_db, tmp_path):
    """A server with no display still writes the HTML: nothing on that path may import Qt."""
    script = (
        "import sys\n"
        "from dispatcher.cli import main\n"
        f"code = main(['--db', {str(demo_db)!r}, 'report', 'day', '--date', '2026-11-23',"
        f" '--html', {str(tmp_path / 'day.html')!r}])\n"
        "assert code == 0, code\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[2])  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().endswith("[]")
    day = (tmp_path / "day.html").read_text(encoding="utf-8")
    assert "Шерзод Юсупов" in day and "OVER" in day and "2026-11-23" in day
