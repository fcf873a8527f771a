"""The window in Russian and Kazakh: menus, Qt's own buttons, plural forms, dates written
dd.MM.yyyy, country and category names, and no English left on the main window."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QLabel, QMessageBox, QTableView, QTableWidget, QToolBar

from dispatcher import i18n
from dispatcher.rules import CATEGORIES, Leg, Trip
from dispatcher.rules.countries import country_name
from dispatcher.rules.wording import category_text, rule_name
from dispatcher.ui import dialogs, language
from dispatcher.ui.app import application
from dispatcher.ui.assign_dialog import AssignDialog
from dispatcher.ui.driver_dialog import DriverDialog
from dispatcher.ui.main_window import MainWindow
from dispatcher.ui.settings_dialog import SettingsDialog
from dispatcher.ui.widgets import CountryBox, DayEdit
from tests.ui_helpers import AS_OF, compile_catalogs, demo_context

pytestmark = pytest.mark.gui
DOTTED = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")
ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# Latin words a Russian or Kazakh dispatcher reads as they are: the product's name, file
# types, key names and the demo file's name.
LATIN_ALLOWED = {"dispatcher", "CSV", "Excel", "PDF", "Ctrl", "Shift", "Alt", "carrier", "sqlite"}


@pytest.fixture(scope="session")
def catalogs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("i18n")
    compile_catalogs(folder)
    return folder


def speak(lang: str, catalogs) -> None:
    application()
    assert language.apply_language(lang, catalogs) == lang


def make_window(qtbot, tmp_path) -> MainWindow:
    win = MainWindow(demo_context(tmp_path))
    qtbot.addWidget(win)
    win.show()
    return win


def menu_titles(win: MainWindow) -> list[str]:
    return [a.text() for a in win.menuBar().actions()]


def test_menus_in_russian(qtbot, tmp_path, catalogs, answers):
    speak("ru", catalogs)
    win = make_window(qtbot, tmp_path)
    assert menu_titles(win) == [
        "&Файл", "&Правка", "&Вид", "&Отчёты", "П&ланирование", "П&равила"
    ]  # fmt: skip
    file_menu = win.menuBar().actions()[0].menu()
    file_texts = [a.text() for a in file_menu.actions()]
    assert "&Открыть базу данных…" in file_texts
    assert "&Импорт…" in file_texts  # CSV and Excel alike
    assert win.docks["roster"].windowTitle() == "Водители"


def test_menus_in_kazakh(qtbot, tmp_path, catalogs, answers):
    speak("kk", catalogs)
    win = make_window(qtbot, tmp_path)
    assert menu_titles(win) == [
        "&Файл", "Ө&згерту", "&Көрініс", "&Есептер", "&Жоспарлау", "Е&режелер"
    ]  # fmt: skip
    file_menu = win.menuBar().actions()[0].menu()
    assert "&Импорттау…" in [a.text() for a in file_menu.actions()]
    assert win.docks["planned"].windowTitle() == "Жоспарланған бағыттар"


def visible_texts(win: MainWindow) -> list[str]:
    """What a person reads on the main window without opening a dialog."""
    texts = [a.text() for a in win.menuBar().actions()]
    menus = [a.menu() for a in win.menuBar().actions()]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            texts.append(action.text())
            if action.menu() is not None:
                menus.append(action.menu())
    texts += [d.windowTitle() for d in win.findChildren(QDockWidget)]
    for bar in win.findChildren(QToolBar):
        texts += [bar.windowTitle()] + [a.text() for a in bar.actions()]
    texts += [label.text() for label in win.findChildren(QLabel) if label.isVisible()]
    texts.append(win.statusBar().currentMessage())
    for i in range(win.tabs.count()):
        texts.append(win.tabs.tabText(i))
    for view in win.findChildren(QTableView):
        model = view.model()
        for col in range(model.columnCount()):
            if not view.isColumnHidden(col):
                texts.append(str(model.headerData(col, Qt.Orientation.Horizontal) or ""))
    for table in win.findChildren(QTableWidget):
        for col in range(table.columnCount()):
            item = table.horizontalHeaderItem(col)
            texts.append(item.text() if item else "")
    texts.append(win.roster.search.placeholderText())
    return [t for t in texts if t]


def english_words(texts: list[str], allowed: set[str]) -> list[str]:
    found = []
    for text in texts:
        for word in re.findall(r"[A-Za-z]{2,}", text.replace("&", "")):
            if word not in LATIN_ALLOWED and word not in allowed:
                found.append(f"{word!r} in {text!r}")
    return found


def test_no_english_on_the_russian_main_window(qtbot, tmp_path, catalogs, answers):
    speak("ru", catalogs)
    win = make_window(qtbot, tmp_path)
    book = win.ctx.workspace.book
    # Rule columns are named by the engine's own wording of each rule (its catalog is the
    # engine's, not the window's): the header must be exactly that, whatever its language.
    rule_words = set()
    for rule in book.rules:
        rule_words |= set(re.findall(r"[A-Za-z]{2,}", rule_name(book, rule.id)))
    texts = visible_texts(win)
    assert any("Водитель" in t for t in texts) and any("Предупреждения" in t for t in texts)
    assert english_words(texts, rule_words) == []


def test_no_english_on_the_kazakh_main_window(qtbot, tmp_path, catalogs, answers):
    speak("kk", catalogs)
    win = make_window(qtbot, tmp_path)
    book = win.ctx.workspace.book
    rule_words = set()
    for rule in book.rules:
        rule_words |= set(re.findall(r"[A-Za-z]{2,}", rule_name(book, rule.id)))
    assert english_words(visible_texts(win), rule_words) == []


def test_the_check_sees_english(qtbot, tmp_path, answers):
    """Without a catalog the same walk finds the English words it guards against."""
    win = make_window(qtbot, tmp_path)
    assert english_words(visible_texts(win), set())


@pytest.mark.parametrize(("lang", "yes", "no"), [("ru", "&Да", "&Нет"), ("kk", "&Иә", "&Жоқ")])
def test_qt_own_yes_no_speak_the_language(qtbot, catalogs, lang, yes, no):
    speak(lang, catalogs)
    box = dialogs.question_box(None, "?", "?")
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == yes
    assert box.button(QMessageBox.StandardButton.No).text() == no


def planned_texts(win: MainWindow) -> list[str]:
    return [win.planned.list.item(i).text() for i in range(win.planned.list.count())]


def add_routes(win: MainWindow) -> None:
    for trip_id, days in (("R1", 1), ("R3", 3), ("R5", 5), ("R21", 21)):
        first = date(2026, 12, 1)
        leg = Leg("RU", first, first + timedelta(days=days - 1))
        win.ctx.save_trip(Trip(trip_id, None, (leg,)))


def test_russian_plural_forms_and_dates_of_planned_routes(qtbot, tmp_path, catalogs, answers):
    speak("ru", catalogs)
    win = make_window(qtbot, tmp_path)
    add_routes(win)
    texts = {t.split(" ·")[0]: t for t in planned_texts(win)}
    assert "01.12.2026 – 01.12.2026 · 1 день\nРоссия" in texts["R1"]
    assert "· 3 дня\n" in texts["R3"]
    assert "· 5 дней\n" in texts["R5"]
    assert "· 21 день\n" in texts["R21"]
    assert not any(ISO.search(t) for t in planned_texts(win))


def test_kazakh_plural_forms_of_planned_routes(qtbot, tmp_path, catalogs, answers):
    speak("kk", catalogs)
    win = make_window(qtbot, tmp_path)
    add_routes(win)
    texts = {t.split(" ·")[0]: t for t in planned_texts(win)}
    assert "· 1 күн\nРесей" in texts["R1"]
    assert "· 5 күн\n" in texts["R5"]


def test_delete_question_counts_trips_in_russian(qtbot, tmp_path, catalogs, answers):
    speak("ru", catalogs)
    win = make_window(qtbot, tmp_path)
    answers.yes = False
    win.delete_driver("D004")
    trips = len(win.ctx.days("D004").trips)
    assert re.search(rf"и его {trips} рейс(а|ов)?\?", answers.asked[-1])


def test_dates_read_dd_mm_yyyy_in_russian(qtbot, tmp_path, catalogs, answers):
    speak("ru", catalogs)
    win = make_window(qtbot, tmp_path)
    assert win.as_of_edit.text() == "23.11.2026"
    win.status_card.show_driver("D004")
    assert "на дату 23.11.2026" in win.status_card.title.text()
    table = win.status_card.table
    cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in (4, 5)]
    assert any(DOTTED.search(c) for c in cells)
    assert not any(ISO.search(c) for c in cells)
    dialog = AssignDialog(win.ctx, "P0001", win)
    qtbot.addWidget(dialog)
    assert DOTTED.search(dialog.route.text()) and not ISO.search(dialog.route.text())
    assert "На дату 23.11.2026" in dialog.route.text()


def test_kazakh_dates_keep_four_digit_years(qtbot, tmp_path, catalogs, answers):
    speak("kk", catalogs)
    win = make_window(qtbot, tmp_path)
    assert win.as_of_edit.text() == "23.11.2026"
    edit = DayEdit(AS_OF)
    qtbot.addWidget(edit)
    assert edit.text() == "23.11.2026"


@pytest.mark.parametrize(
    ("lang", "typed"), [("ru", "23.11.2026"), ("kk", "23.11.2026"), ("en", "2026-11-23")]
)
def test_typed_date_after_select_all_keeps_the_year(qtbot, catalogs, lang, typed):
    speak(lang, catalogs)
    edit = DayEdit(date(2025, 1, 15))
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, typed)
    assert edit.day() == date(2026, 11, 23)
    assert edit.text() == typed


def test_an_unfinished_typed_date_is_dropped(qtbot, catalogs):
    speak("ru", catalogs)
    edit = DayEdit(date(2025, 1, 15))
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "23.11")
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.day() == date(2025, 1, 15)
    assert edit.text() == "15.01.2025"


def test_names_not_codes_in_russian(qtbot, tmp_path, catalogs, answers):
    speak("ru", catalogs)
    box = CountryBox("KZ")
    qtbot.addWidget(box)
    assert box.currentText() == "KZ — Казахстан"
    win = make_window(qtbot, tmp_path)
    dialog = DriverDialog(win.ctx, None, win)
    qtbot.addWidget(dialog)
    categories = [dialog.category.itemText(i) for i in range(dialog.category.count())]
    assert categories == [category_text(c) for c in CATEGORIES]  # the one wording of them
    model = win.roster.model
    driver = win.ctx.store.driver("D004")
    row = model.row_of("D004")
    citizenship = model.index(row, 2)  # the code fits a 1024-pixel screen, the name is a tip
    assert model.data(citizenship, Qt.ItemDataRole.ToolTipRole) == country_name(
        driver.citizenship, "ru"
    )
    assert model.data(model.index(row, 3)) == category_text(driver.category)
    win.status_card.show_driver("D004")
    assert country_name(driver.citizenship, "ru") in win.status_card.title.text()


def test_calendar_speaks_russian(catalogs):
    speak("ru", catalogs)
    assert QLocale().standaloneMonthName(11) == "ноябрь"
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_missing_catalog_falls_back_to_english(qtbot, tmp_path, answers):
    application()
    assert language.apply_language("kk", tmp_path / "nowhere") == "en"
    assert i18n.language() == "en"
    win = make_window(qtbot, tmp_path)
    assert menu_titles(win)[0] == "&File"


def test_language_is_kept_per_user(qtbot, tmp_path, monkeypatch, answers):
    application()
    monkeypatch.setenv("DISPATCHER_LANG", "kk")
    language.store_choice(language.SYSTEM)
    assert language.wanted_language() == "kk"
    win = make_window(qtbot, tmp_path)
    dialog = SettingsDialog(win.ctx, win)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.language_note.isVisibleTo(dialog)
    dialog.accept()
    assert language.stored_choice() == "ru"
    assert language.wanted_language() == "ru"
    language.store_choice(language.SYSTEM)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("ru", {1: "на 1 день, рейс", 3: "на 3 дня, рейс", 5: "на 5 дней, рейс"}),
        ("kk", {1: "бастап 1 күнге асып", 3: "бастап 3 күнге асып", 5: "бастап 5 күнге асып"}),
    ],
)
def test_warning_texts_take_each_plural_form(qtbot, tmp_path, catalogs, answers, lang, words):
    """Three drivers 1, 3 and 5 days over the year's 90 in Russia: the warning says so in
    the reader's plural forms."""
    from dispatcher.ui.warnings_panel import WarningsPanel
    from tests.ui_helpers import russia, small_context

    speak(lang, catalogs)
    ctx = small_context(tmp_path, [russia("A", date(2026, 1, 1), 91)])
    for n, over in ((2, 3), (3, 5)):
        from dispatcher.rules import Driver

        ctx.store.save_driver(Driver(f"X{n}", f"Водитель {n}", "UZ", "freight"))
        ctx.store.save_trip(russia(f"T{n}", date(2026, 1, 1), 90 + over, driver_id=f"X{n}"))
    ctx.workspace.refresh(None)
    panel = WarningsPanel(ctx)
    qtbot.addWidget(panel)
    texts = [panel.model.warning(r).text for r in range(panel.model.rowCount())]
    for over, phrase in words.items():
        assert any(phrase in text for text in texts), (over, texts)
