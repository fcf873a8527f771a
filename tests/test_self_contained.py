"""The repository stands on its own: no file points to a document or folder outside it (the
project keeps its own counting rules in docs/, in its own words)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUTSIDE = re.compile(r"RULES\.md|QT-NOTES\.md|GLOSSARY\.md|\.\./shared|/work/")


def tracked_text_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True,
                            check=True).stdout.split()  # fmt: skip
    paths = [REPO / name for name in listed]
    return [p for p in paths if p.is_file() and p.suffix not in {".png", ".sqlite", ".pdf"}]


def test_no_file_points_outside_the_repository():
    offences = []
    for path in tracked_text_files():
        if path == Path(__file__).resolve():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), 1):
            if OUTSIDE.search(line):
                offences.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offences == []
