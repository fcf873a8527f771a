"""Byte-for-byte guard for speed work: the answers of check, suggest, status and what-if on a
synthetic fleet, saved from one version of the code and compared with another.

    .venv/bin/python benchmarks/same_output.py save /tmp/answers      # on the code before
    .venv/bin/python benchmarks/same_output.py compare /tmp/answers   # after each change

The fleet is made from a fixed seed, so both runs ask the same questions of the same data.
Exit status 1 names every answer that changed.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from synthetic import make_database  # noqa: E402

AS_OF = "2026-11-23"
ROUTE = ["--leg", "KZ:2026-12-01:2026-12-02", "--leg", "RU:2026-12-02:2026-12-12"]
QUESTIONS = [
    ["check", "--as-of", AS_OF, "--json"],
    ["check", "--as-of", "2025-06-01"],
    ["suggest", *ROUTE, "--as-of", AS_OF, "--json"],
    ["suggest", *ROUTE, "--as-of", AS_OF, "--margin", "5", "--json"],
    ["suggest", *ROUTE, "--as-of", AS_OF],
    ["status", "--driver", "D00007", "--date", AS_OF, "--json"],
    ["status", "--driver", "D00050", "--date", AS_OF, "--json"],
    ["what-if", "--driver", "D00007", *ROUTE, "--as-of", AS_OF, "--json"],
    ["what-if", "--driver", "D00050", *ROUTE, "--as-of", AS_OF, "--margin", "3", "--json"],
]


def answers(drivers: int, years: int) -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as tmp:
        db = make_database(Path(tmp) / "fleet.sqlite", drivers, years)
        out = {}
        for question in QUESTIONS:
            done = subprocess.run(
                [sys.executable, "-m", "dispatcher", "--db", str(db), *question],
                capture_output=True, check=False, cwd=HERE.parent,
            )  # fmt: skip
            out[" ".join(question)] = done.stdout + done.stderr
        return out


def _name(question: str) -> str:
    return hashlib.sha256(question.encode()).hexdigest()[:16] + ".out"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["save", "compare"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--drivers", type=int, default=1000)
    parser.add_argument("--years", type=int, default=3)
    args = parser.parse_args()
    found = answers(args.drivers, args.years)
    if args.mode == "save":
        args.folder.mkdir(parents=True, exist_ok=True)
        for question, text in found.items():
            (args.folder / _name(question)).write_bytes(text)
        print(f"saved {len(found)} answers in {args.folder}")
        return 0
    changed = [q for q, text in found.items() if (args.folder / _name(q)).read_bytes() != text]
    for question in changed:
        print(f"changed: {question}")
    print("all answers the same" if not changed else f"{len(changed)} answer(s) changed")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
