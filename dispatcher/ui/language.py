"""The window's language: chosen per user, applied once at start, before any widget exists.

Our own words come from the catalogs in ``resources/i18n`` through ``dispatcher.i18n`` (the
same reader the command line and the reports use); Qt's own words (Yes/No, file and print
dialogs, undo) from Qt's ``qtbase_<lang>.qm``; calendars and day names from the default
``QLocale``. A missing or broken catalog leaves the window in English rather than not starting.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from dispatcher import i18n
from dispatcher.i18n import Context
from dispatcher.qm import CatalogError
from dispatcher.resources import RESOURCES

LanguageText = Context("LanguageText")

SETTING_LANGUAGE = "ui/language"
SYSTEM = "system"
CATALOGS = RESOURCES / "i18n"
_LOCALES = {
    "ru": (QLocale.Language.Russian, QLocale.Country.Russia),
    "kk": (QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
}
_qt_translator: QTranslator | None = None


def choices() -> list[tuple[str, str]]:
    """(code, label) for the Settings list; each language names itself, as people look for it."""
    return [
        (SYSTEM, LanguageText.tr("As the system")),
        ("ru", "Русский"),
        ("kk", "Қазақша"),
        ("en", "English"),
    ]


def stored_choice() -> str:
    value = QSettings().value(SETTING_LANGUAGE, SYSTEM)
    return value if value in (SYSTEM, *i18n.LANGUAGES) else SYSTEM


def store_choice(choice: str) -> None:
    QSettings().setValue(SETTING_LANGUAGE, choice)


def wanted_language() -> str:
    """The user's choice in Settings; otherwise ``DISPATCHER_LANG`` or the system's language."""
    choice = stored_choice()
    if choice != SYSTEM:
        return choice
    try:
        return i18n.choose_language()
    except ValueError:  # a misspelt DISPATCHER_LANG must not keep the window from starting
        return i18n.system_language()


def apply_language(language: str, folder=CATALOGS) -> str:
    """Switch our words, Qt's words and the locale to ``language``; returns the language
    actually in use (English when its catalog is missing or unreadable)."""
    global _qt_translator
    try:
        i18n.use_language(language, folder)
    except (OSError, CatalogError):
        language = i18n.SOURCE_LANGUAGE
        i18n.use_language(language, folder)
    app = QCoreApplication.instance()
    if _qt_translator is not None and app is not None:
        app.removeTranslator(_qt_translator)
        _qt_translator = None
    if language != i18n.SOURCE_LANGUAGE and app is not None:
        translator = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{language}", qt_folder):
            app.installTranslator(translator)
            _qt_translator = translator
    lang, country = _LOCALES[language]
    QLocale.setDefault(QLocale(lang, country))
    return language


def date_format() -> str:
    """Qt's display format for dates: ``dd.MM.yyyy`` in Russian and Kazakh (never the locale's
    short format, which gives Kazakh a two-digit year), ISO in English."""
    return "yyyy-MM-dd" if i18n.language() == i18n.SOURCE_LANGUAGE else "dd.MM.yyyy"


def day_text(day: date | None, empty: str = "—") -> str:
    return i18n.format_date(day, empty)


def moment_text(moment: datetime, seconds: bool = False) -> str:
    """A moment in the user's local time, the date written as the language writes it."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    clock = local.strftime("%H:%M:%S" if seconds else "%H:%M")
    return f"{i18n.format_date(local.date())} {clock}"
