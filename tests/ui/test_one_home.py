"""Each decision has one home: the source is searched for levels, days over and finding
wording made anywhere else (a checker in the spirit of qutebrowser's own source checks)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2] / "dispatcher"

CHECKS = {
    # a level is a Level, or the engine's JSON value; never a string typed again
    "level string": (
        re.compile(r"""["'](exceeded|would_exceed|approaching|at_limit)["']"""),
        {"rules/engine.py", "rules/levels.py", "rules/wording.py"},
    ),
    # days over a limit, and used against a limit, are worked out by the engine only
    "over-days computation": (
        re.compile(r"violation_runs|is_violation|\.ledger\(|\.used\(|used\s*>\s*\w*\.?limit"),
        # the counting modules of the engine: ledgers, findings, stays and permits
        {
            "rules/engine.py",
            "rules/ledger.py",
            "rules/levels.py",
            "rules/stays.py",
            "rules/permits.py",
        },
    ),
    # the sentences about a finding or a verdict are written in one module
    "finding wording": (
        re.compile(
            r"over since|would go over on|over the limit —|pushes planned trip|on this route"
            r"|days? left after \(|is already on trip"
        ),
        {"rules/wording.py"},
    ),
    # a rule is recognised by its countries, never by its id
    "rule id prefix": (re.compile(r"""\.id\.startswith\(["']"""), set()),
    # what makes a trip impossible is defined once (others call it, or re-export its words)
    "trip check": (
        re.compile(r"def (overlapping_legs|clashes_with|check_trip|leg_problems)\b"),
        {"rules/trip_check.py", "rules/model.py", "store/database.py"},
    ),
}


def offences(pattern: re.Pattern[str], homes: set[str]) -> list[str]:
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        name = path.relative_to(SOURCE).as_posix()
        if name in homes:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{name}:{number}: {line.strip()}")
    return found


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_each_decision_is_made_in_its_home_only(check):
    pattern, homes = CHECKS[check]
    assert offences(pattern, homes) == []


def test_the_checker_finds_what_it_looks_for(tmp_path):
    pattern, _homes = CHECKS["level string"]
    assert pattern.search('if f.level == "exceeded":')
    pattern, _homes = CHECKS["over-days computation"]
    assert pattern.search("over = status.used > status.limit")
    assert pattern.search("ledger.violation_runs()")
