"""A synthetic carrier of any size, for the benchmarks: CSV files and a database from them.

About 33 legs per driver-year (seven trips of four to six legs), the demo's routes at random.
"""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

ROUTES = [
    [("KZ", 2), ("RU", 9), ("KZ", 2)],
    [("KZ", 2), ("RU", 5), ("BY", 4), ("RU", 5), ("KZ", 2)],
    [("KZ", 2), ("RU", 5), ("BY", 2), ("PL", 5), ("BY", 2), ("RU", 5), ("KZ", 2)],
    [("KZ", 2), ("RU", 5), ("BY", 2), ("PL", 3), ("DE", 5), ("PL", 3), ("BY", 2), ("RU", 5)],
    [("KZ", 2), ("RU", 6), ("BY", 2), ("LT", 4), ("BY", 2), ("RU", 6), ("KZ", 2)],
]
CITIZENSHIPS = ["KZ", "UZ", "KG", "AM", "RU", "TJ"]
NAMES = ["Ерлан", "Бекзод", "Азамат", "Тигран", "Иван", "Нұрлан", "Шерзод", "Ұлан", "Ольга"]
SURNAMES = ["Сейтқали", "Рахимов", "Токтогулов", "Саркисян", "Петров", "Төлеуов", "Ахметов"]


def write_csvs(folder: Path, drivers: int, years: int, seed: int = 1) -> dict[str, Path]:
    """drivers.csv, permits.csv and trips.csv of a fleet; returns their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / f"{name}.csv" for name in ("drivers", "permits", "trips")}
    start = date(2027 - years, 1, 1)
    end = date(2027, 1, 1)
    trip_no = 0
    with (
        paths["drivers"].open("w", newline="", encoding="utf-8") as d,
        paths["permits"].open("w", newline="", encoding="utf-8") as p,
        paths["trips"].open("w", newline="", encoding="utf-8") as t,
    ):
        dw, pw, tw = csv.writer(d), csv.writer(p), csv.writer(t)
        dw.writerow(["id", "name", "citizenship", "category"])
        pw.writerow(["driver_id", "country", "kind", "valid_from", "valid_to"])
        tw.writerow(["trip_id", "driver_id", "country", "entry", "exit"])
        for n in range(1, drivers + 1):
            did = f"D{n:05d}"
            name = f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}"
            dw.writerow([did, name, rng.choice(CITIZENSHIPS), rng.choice(["freight", "bus"])])
            if n % 50 == 0:
                pw.writerow([did, "RU", "temporary_residence", start.isoformat(), "2030-12-31"])
            day = start + timedelta(days=rng.randint(0, 20))
            while True:
                route = rng.choice(ROUTES)
                legs, entry = [], day
                for country, length in route:
                    exit_ = entry + timedelta(days=length + rng.randint(-1, 2) - 1)
                    exit_ = max(exit_, entry)
                    legs.append((country, entry, exit_))
                    entry = exit_
                if legs[-1][2] >= end:
                    break
                trip_no += 1
                for country, a, b in legs:
                    tw.writerow([f"T{trip_no:07d}", did, country, a.isoformat(), b.isoformat()])
                day = legs[-1][2] + timedelta(days=rng.randint(25, 55))
    return paths


def make_database(db: Path, drivers: int, years: int, seed: int = 1) -> Path:
    """A database file holding the synthetic fleet, imported through the store."""
    from dispatcher.store import Store
    from dispatcher.store.transfer import import_csv

    paths = write_csvs(db.parent / f"csv-{drivers}x{years}", drivers, years, seed)
    with Store(db) as store:
        import_csv(store, paths["drivers"], paths["permits"], paths["trips"])
    return db
