"""Small editors shared by the dialogs: a country chooser and a date field."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt
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


_DOTTED = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{2})")


def typed_day(text: str) -> date | None:
    """A whole date typed as ``23.11.2026`` (or ``2026-11-23``); None while incomplete."""
    dotted, iso = _DOTTED.fullmatch(text), _ISO.fullmatch(text)
    try:
        if dotted:
            return date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
    except ValueError:
        return None
    return None


class DayEdit(QDateEdit):
    """A date field that also takes a whole date typed over it.

    Qt's editor types into one section at a time: after select-all, typing ``23.11.2026``
    lands the day and month in the wrong sections and keeps the old day. So typing over a
    whole selection is collected here and the date set once it is complete.
    """

    def __init__(self, day: date | None = None, parent=None):
        super().__init__(parent)
        self._typed: str | None = None
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

    def keyPressEvent(self, event) -> None:
        text, line = event.text(), self.lineEdit()
        whole = line.hasSelectedText() and line.selectedText() == line.text()
        if text and (text.isdigit() or text in "./-") and (self._typed is not None or whole):
            self._typed = (self._typed or "") + text
            day = typed_day(self._typed)
            typed = None if day is None else QDate(day.year, day.month, day.day)
            if typed is not None and self.minimumDate() <= typed <= self.maximumDate():
                self._typed = None
                self.setDate(typed)
            else:
                line.setText(self._typed)
            return
        if self._typed is not None and event.key() == Qt.Key.Key_Backspace:
            self._typed = self._typed[:-1]
            line.setText(self._typed)
            return
        self._give_up_typing()
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        self._give_up_typing()
        super().focusOutEvent(event)

    def _give_up_typing(self) -> None:
        """An incomplete typed date is dropped: the field shows its date again."""
        if self._typed is not None:
            self._typed = None
            self.setDate(self.date())
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
