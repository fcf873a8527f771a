"""Small editors shared by the dialogs: a country chooser and a date field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit

from dispatcher.i18n import language
from dispatcher.rules.countries import country_names
from dispatcher.ui.language import date_format

COMMON = ("KZ", "RU", "BY", "UZ", "KG", "PL", "DE", "LT", "AM", "LV", "CN", "TR", "GE", "AZ")


class CountryBox(QComboBox):
    """Codes with names, the carrier's usual countries first; type a code to jump to it."""

    def __init__(self, code: str = "", parent=None):
        super().__init__(parent)
        names = country_names(language())
        for c in (*COMMON, *sorted(set(names) - set(COMMON))):
            if c in names:
                self.addItem(f"{c} — {names[c]}", c)
        self.setEditable(False)
        self.set_code(code)

    def code(self) -> str:
        return self.currentData() or ""

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)


class DayEdit(QDateEdit):
    def __init__(self, day: date | None = None, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setMinimumDate(QDate(2000, 1, 1))
        self.setMaximumDate(QDate(2100, 12, 31))
        self.set_day(day or date.today())

    def day(self) -> date:
        day = self.date().toPython()
        assert isinstance(day, date)
        return day

    def set_day(self, day: date) -> None:
        self.setDate(QDate(day.year, day.month, day.day))
