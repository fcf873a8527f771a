"""The words offices put in header rows and cells, mapped to the program's own.

A dispatcher's sheet says ``ФИО``, ``Въезд`` or ``Грузовые перевозки``; the import reads
those as ``name``, ``entry`` and ``freight``. Only words listed here are read: anything else
is refused and named, because a guessed column or category would be a silent wrong.
"""

from __future__ import annotations

from dispatcher.rules.model import CATEGORIES, PERMIT_KINDS

TABLES = ("drivers", "permits", "trips")

# Per table: the program's column name, then what people write for it (ru, then kk).
_COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "drivers": {
        "id": ("код", "код водителя", "таб. №", "табельный номер", "коды", "жүргізуші коды"),
        "name": ("фио", "ф.и.о.", "ф. и. о.", "имя", "водитель", "аты-жөні", "аты жөні",
                 "жүргізуші"),
        "citizenship": ("гражданство", "азаматтығы", "азаматтық"),
        "category": ("категория", "вид перевозок", "санат", "санаты", "тасымал түрі"),
    },
    "permits": {
        "driver_id": ("водитель", "код водителя", "жүргізуші", "жүргізуші коды"),
        "country": ("страна", "ел", "мемлекет"),
        "kind": ("вид", "вид документа", "документ", "тип", "түрі", "құжат түрі", "құжат"),
        "valid_from": ("действует с", "действителен с", "дата начала", "с",
                       "жарамды бастап", "қолданылады бастап", "бастап", "басталу күні"),
        "valid_to": ("действует по", "действителен по", "действителен до", "дата окончания",
                     "по", "жарамды дейін", "қолданылады дейін", "дейін", "аяқталу күні"),
    },
    "trips": {
        "trip_id": ("рейс", "номер рейса", "№ рейса", "рейс нөмірі"),
        "driver_id": ("водитель", "код водителя", "жүргізуші", "жүргізуші коды"),
        "country": ("страна", "ел", "мемлекет"),
        "entry": ("въезд", "дата въезда", "кіру", "кірген күні", "кіру күні"),
        "exit": ("выезд", "дата выезда", "шығу", "шыққан күні", "шығу күні"),
        "note": ("примечание", "заметка", "комментарий", "ескертпе", "түсініктеме"),
    },
}  # fmt: skip

# The sheets of one workbook: the program's name first, then the Russian and Kazakh ones.
SHEETS: dict[str, tuple[str, ...]] = {
    "drivers": ("drivers", "водители", "жүргізушілер"),
    "permits": ("permits", "документы", "разрешения", "рұқсаттар", "құжаттар"),
    "trips": ("trips", "рейсы", "рейстер"),
}

_CATEGORIES: dict[str, tuple[str, ...]] = {
    "freight": ("грузовой", "грузовые", "грузовые перевозки", "грузоперевозки", "груз",
                "жүк", "жүк тасымалы", "жүк тасымалдау"),
    "bus": ("автобус", "автобусы", "автобусные перевозки", "пассажирские перевозки",
            "жолаушылар тасымалы"),
    "other": ("прочее", "прочие", "другое", "басқа", "басқалар"),
}  # fmt: skip

_KINDS: dict[str, tuple[str, ...]] = {
    "residence": ("residence permit", "вид на жительство", "внж", "тұруға ықтиярхат",
                  "ықтиярхат"),
    "temporary_residence": ("temporary residence", "temporary residence permit",
                            "разрешение на временное проживание", "рвп",
                            "уақытша тұруға рұқсат"),
    "work": ("work permit", "разрешение на работу", "патент", "жұмысқа рұқсат"),
    "visa": ("виза",),
    "transport_notice": ("transport notice", "уведомление о международной перевозке",
                         "уведомление", "халықаралық тасымал туралы хабарлама", "хабарлама"),
}  # fmt: skip


def fold(text: str) -> str:
    """Case, ё, a BOM, underscores against spaces and doubled spaces do not matter."""
    text = text.replace("\ufeff", "").strip().casefold().replace("ё", "е")
    return " ".join(text.split())


def _index(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for own, theirs in words.items():
        for word in (own, own.replace("_", " "), *theirs):
            index[fold(word)] = own
    return index


_COLUMN_INDEX = {table: _index(columns) for table, columns in _COLUMNS.items()}
_CATEGORY_INDEX = _index(_CATEGORIES)
_KIND_INDEX = _index(_KINDS)
_SHEET_INDEX = {fold(name): table for table, names in SHEETS.items() for name in names}


def column(table: str, header: str) -> str | None:
    """The program's name for a header cell of ``table``; None for a column it does not use."""
    return _COLUMN_INDEX[table].get(fold(header))


def columns(table: str) -> tuple[str, ...]:
    """Every column the program reads in ``table``, in the order it writes them."""
    return tuple(_COLUMNS[table])


def sheet_table(name: str) -> str | None:
    """Which table a workbook sheet holds, by its English, Russian or Kazakh name."""
    return _SHEET_INDEX.get(fold(name))


def category(word: str) -> str | None:
    found = _CATEGORY_INDEX.get(fold(word))
    return found if found in CATEGORIES else None


def permit_kind(word: str) -> str | None:
    found = _KIND_INDEX.get(fold(word))
    return found if found in PERMIT_KINDS else None


# What an export writes in each language: one of the words above, so that a workbook written
# in Russian or Kazakh imports back unchanged (a test folds every one of them back).
_SHOWN_COLUMNS: dict[str, dict[str, dict[str, str]]] = {
    "ru": {
        "drivers": {"id": "Код", "name": "ФИО", "citizenship": "Гражданство",
                    "category": "Категория"},
        "permits": {"driver_id": "Код водителя", "country": "Страна", "kind": "Вид документа",
                    "valid_from": "Действует с", "valid_to": "Действует по"},
        "trips": {"trip_id": "Рейс", "driver_id": "Код водителя", "country": "Страна",
                  "entry": "Въезд", "exit": "Выезд", "note": "Примечание"},
    },
    "kk": {
        "drivers": {"id": "Коды", "name": "Аты-жөні", "citizenship": "Азаматтығы",
                    "category": "Санаты"},
        "permits": {"driver_id": "Жүргізуші коды", "country": "Ел", "kind": "Құжат түрі",
                    "valid_from": "Жарамды бастап", "valid_to": "Жарамды дейін"},
        "trips": {"trip_id": "Рейс нөмірі", "driver_id": "Жүргізуші коды", "country": "Ел",
                  "entry": "Кіру күні", "exit": "Шығу күні", "note": "Ескертпе"},
    },
}  # fmt: skip
_SHOWN_SHEETS = {
    "ru": {"drivers": "Водители", "permits": "Документы", "trips": "Рейсы"},
    "kk": {"drivers": "Жүргізушілер", "permits": "Құжаттар", "trips": "Рейстер"},
}
_SHOWN_CATEGORIES = {
    "ru": {"freight": "грузовые перевозки", "bus": "автобус", "other": "прочее"},
    "kk": {"freight": "жүк тасымалы", "bus": "автобус", "other": "басқа"},
}
_SHOWN_KINDS = {
    "ru": {"residence": "ВНЖ", "temporary_residence": "РВП", "work": "разрешение на работу",
           "visa": "виза", "transport_notice": "уведомление о международной перевозке"},
    "kk": {"residence": "тұруға ықтиярхат", "temporary_residence": "уақытша тұруға рұқсат",
           "work": "жұмысқа рұқсат", "visa": "виза",
           "transport_notice": "халықаралық тасымал туралы хабарлама"},
}  # fmt: skip


def shown_column(table: str, column: str, lang: str) -> str:
    """The header an export writes: the program's own name in English."""
    return _SHOWN_COLUMNS.get(lang, {}).get(table, {}).get(column, column)


def shown_sheet(table: str, lang: str) -> str:
    return _SHOWN_SHEETS.get(lang, {}).get(table, table)


def shown_category(code: str, lang: str) -> str:
    return _SHOWN_CATEGORIES.get(lang, {}).get(code, code)


def shown_kind(code: str, lang: str) -> str:
    return _SHOWN_KINDS.get(lang, {}).get(code, code)
