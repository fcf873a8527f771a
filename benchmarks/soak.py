"""Soak the store: random edits in child processes killed at random moments, then check that
the tables equal the change log's replay and that SQLite's integrity check passes, and that
no -wal left by a kill was taken for another database's.

    .venv/bin/python benchmarks/soak.py [--edits 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CHILD = textwrap.dedent(
    """
    import random, sys
    from datetime import date, timedelta
    from dispatcher.rules import Driver, Leg, Permit, Trip
    from dispatcher.store import Store, StoreError
    path, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    store = Store(path)
    names = ["Ерлан", "Бекзод", "Ұлан", "Тигран", "Иван", "Айгүл"]
    day0 = date(2026, 1, 1)
    while True:
        drivers = sorted(store.driver_ids())
        action = rng.random()
        try:
            if action < 0.15 or not drivers:
                did = f"D{rng.randrange(60):03d}"
                permits = ()
                if rng.random() < 0.3:
                    first = day0 + timedelta(days=rng.randrange(300))
                    permits = (Permit("RU", "work", first, first + timedelta(days=200)),)
                store.save_driver(Driver(did, rng.choice(names), rng.choice(["KZ", "UZ"]),
                                         "freight", permits))
            elif action < 0.22:
                store.delete_driver(rng.choice(drivers))
            elif action < 0.85:
                entry = day0 + timedelta(days=rng.randrange(700))
                legs = (Leg(rng.choice(["RU", "BY", "KZ", "PL"]), entry,
                            entry + timedelta(days=rng.randrange(12))),)
                owner = rng.choice(drivers) if rng.random() < 0.9 else None
                store.save_trip(Trip(f"T{rng.randrange(400):04d}", owner, legs))
            elif action < 0.97:
                trips = store.trips()
                if trips:
                    store.delete_trip(rng.choice(trips).id)
            else:
                store.set_setting("carrier.name", rng.choice(names))
        except StoreError:
            pass  # an overlap or a vanished id: the store refused it, as it should
    """
)


def operations(path: Path) -> int:
    from dispatcher.store import Store

    with Store(path) as store:
        return store.db.execute("SELECT count(DISTINCT operation) FROM changes").fetchone()[0]


def soak(path: Path, edits: int, seed: int = 1, max_run_s: float = 0.6) -> dict:
    from dispatcher.store import Store, history

    rng = random.Random(seed)
    Store(path).close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    kills, start = 0, time.perf_counter()
    while operations(path) < edits:
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(rng.random())[2:]],
                                 env=env)  # fmt: skip
        time.sleep(rng.uniform(0.15, max_run_s))
        child.send_signal(signal.SIGKILL)
        child.wait()
        kills += 1
    seconds = time.perf_counter() - start
    with Store(path) as store:
        done = operations(path)
        same = history.replay(store.history(limit=None)) == history.current_state(store.db)
        integrity = store.db.execute("PRAGMA integrity_check").fetchone()[0]
    # Every kill leaves a -wal that the next opening must replay, never set aside as foreign.
    set_aside = len(list(path.parent.glob("backups/*-foreign.sqlite-wal")))
    return {"edits": done, "kills": kills, "seconds": seconds, "replay_matches": same,
            "integrity": integrity, "logs_set_aside": set_aside}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edits", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory() as tmp:
        result = soak(Path(tmp) / "soak.sqlite", args.edits, args.seed, max_run_s=0.5)
    rate = result["edits"] / result["seconds"]
    print(f"edits {result['edits']}, kills {result['kills']}, {result['seconds']:.1f} s "
          f"({rate:.0f} edits/s including restarts)")  # fmt: skip
    print(f"replay of the change log equals the tables: {result['replay_matches']}")
    print(f"integrity_check: {result['integrity']}")
    print(f"-wal files left by kills and set aside as foreign: {result['logs_set_aside']}")
    if not result["replay_matches"] or result["integrity"] != "ok" or result["logs_set_aside"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
