"""One open carrier: the store, the rule book as the user set it, and the engine's view.

The command line, the window and the reports all start here, so they load the same rules
with the same settings and never disagree about a driver's days.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from dispatcher import paths
from dispatcher.i18n import Context
from dispatcher.resources import BUILTIN_RULES
from dispatcher.rules import DriverDays, RuleBook, RuleSettings, Trip, load_rulebook
from dispatcher.rules.loader import NoRulesError
from dispatcher.store import Store
from dispatcher.store.database import bulk

SETTING_STRICT = "rules.strict"
SETTING_DISABLED = "rules.disabled"
SETTING_CARRIER = "carrier.name"
SETTING_APPROACHING = "warnings.approaching_days"
DEFAULT_APPROACHING_DAYS = 10

Installation = Context("Installation")


def require_builtin_rules() -> Path:
    """The folder of shipped rule files; a copy installed without them is refused outright.

    Run on an empty rule book, every check would say "no findings": a wrong answer given
    silently. Every command and the window call this before anything else.
    """
    if BUILTIN_RULES.is_dir() and any(BUILTIN_RULES.glob("*.toml")):
        return BUILTIN_RULES
    raise NoRulesError(
        Installation.tr(
            "No built-in rule files in %1: this copy of dispatcher is incomplete and would "
            "report every driver clean. Reinstall it."
        ).replace("%1", str(BUILTIN_RULES))
    )


def rule_settings(store: Store) -> RuleSettings:
    return RuleSettings(
        strict=bool(store.setting(SETTING_STRICT, False)),
        disabled=frozenset(store.setting(SETTING_DISABLED, [])),
    )


class Workspace:
    def __init__(
        self,
        store: Store,
        rules_dir: Path | None = None,
        settings: RuleSettings | None = None,
    ):
        self.store = store
        self.rules_dir = rules_dir if rules_dir is not None else paths.user_rules_dir()
        self.all_rules: RuleBook = load_rulebook(require_builtin_rules(), self.rules_dir)
        if not self.all_rules.rules:
            raise NoRulesError(
                Installation.tr(
                    "The rule files in %1 hold no rule: every driver would look clean. "
                    "Reinstall dispatcher."
                ).replace("%1", str(BUILTIN_RULES))
            )
        self.book = self.all_rules.with_settings(settings or rule_settings(store))
        self._days: dict[str, DriverDays] | None = None

    @classmethod
    def open(cls, db: Path | str, **kwargs) -> Workspace:
        return cls(Store(db), **kwargs)

    def close(self) -> None:
        self.store.close()

    def apply_settings(self, settings: RuleSettings) -> None:
        self.book = self.all_rules.with_settings(settings)
        self._days = None

    def fleet(self) -> dict[str, DriverDays]:
        """Every driver's days, built once and kept until something changes."""
        if self._days is None:
            with bulk():
                self._days = {
                    driver.id: DriverDays(self.book, driver, trips)
                    for driver, trips in self.store.fleet()
                }
        return self._days

    def fleet_days(self) -> dict[str, DriverDays]:
        """Every driver's days for one fleet-wide answer (check, suggest): counted from the
        legs' day numbers, each driver's trips read only if the answer needs them. Not
        kept: the window, which shows the trips, keeps ``fleet``."""
        if self._days is not None:
            return self._days
        store = self.store

        def reader(driver_id: str) -> Callable[[], list[Trip]]:
            return lambda: store.trips(driver_id)

        with bulk():
            return {
                driver.id: DriverDays.of_legs(self.book, driver, legs, reader(driver.id))
                for driver, legs in store.fleet_legs()
            }

    def read_after(self, after: str, limit: int) -> list[DriverDays]:
        """The days of up to ``limit`` drivers with ids after ``after``, in id order: the
        window reads a large fleet so, a slice at a time, and hands it over with ``adopt``."""
        read = self.store.fleet_after(after, limit)
        return [DriverDays(self.book, driver, trips) for driver, trips in read]

    def adopt(self, days: dict[str, DriverDays]) -> None:
        """The whole fleet, read in slices by the window, kept as ``fleet`` keeps its own."""
        self._days = days

    def driver_days(self, driver_id: str) -> DriverDays | None:
        if self._days is not None:
            return self._days.get(driver_id)
        driver = self.store.driver(driver_id)  # one driver: no need to read the whole fleet
        if driver is None:
            return None
        return DriverDays(self.book, driver, self.store.trips(driver_id))

    def refresh(self, driver_id: str | None = None) -> None:
        """Forget what is known, of one driver after an edit or of all after an import."""
        if driver_id is None or self._days is None:
            self._days = None
            return
        driver = self.store.driver(driver_id)
        if driver is None:
            self._days.pop(driver_id, None)
        else:
            self._days[driver_id] = DriverDays(self.book, driver, self.store.trips(driver_id))

    def carrier_name(self) -> str:
        return self.store.setting(SETTING_CARRIER, "")

    def approaching_days(self) -> int:
        """Days left at which a rule counts as approaching its limit (a setting)."""
        return int(self.store.setting(SETTING_APPROACHING, DEFAULT_APPROACHING_DAYS))

    def overrides(self, driver_id: str) -> list[tuple[date, str, str]]:
        """Changes of the driver's trips made over a limit: local day, who, the reason given.

        One operation may touch several records; it is one decision, named once.
        """
        seen: dict[int, tuple[date, str, str]] = {}
        for change in self.store.history(driver_id=driver_id, limit=None):
            if change.reason and change.operation not in seen:
                day = datetime.fromisoformat(change.at).astimezone().date()
                seen[change.operation] = (day, change.user, change.reason)
        return list(seen.values())

    @staticmethod
    def today() -> date:
        return date.today()
