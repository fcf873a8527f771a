"""Check the frozen folder dist/dispatcher/ against the source tree.

Run after `make dist` (or the Windows build):

    .venv/bin/python packaging/check_dist.py [dist/dispatcher]

It loads the demo carrier with the frozen program, compares `check --json` byte for byte with
what the source tree answers on the same file, asks for the rule list, prints a day sheet to
PDF (Qt's print support), and opens the window
offscreen (QT_QPA_PLATFORM=offscreen, DISPATCHER_QUIT_AFTER_SHOW=1): the window must start,
find its Qt plugins, show and leave with exit code 0. Exit code 0 when all of it holds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-11-23"
EXE = ".exe" if os.name == "nt" else ""


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    # Outside the repository, so `python -m dispatcher` is the installed package, never the
    # source folder that the current directory would put first on sys.path.
    cwd = env["DISPATCHER_HOME"]
    return subprocess.run(command, capture_output=True, env=env, cwd=cwd, timeout=120)


def main() -> int:
    folder = (Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "dispatcher").resolve()
    frozen = folder / f"dispatcher{EXE}"
    window = folder / f"dispatcher-window{EXE}"
    failures: list[str] = []

    def expect(ok: bool, what: str, detail: bytes | str = b"") -> None:
        text = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else detail
        print(("ok    " if ok else "FAIL  ") + what + ("" if ok or not text else f"\n{text}"))
        if not ok:
            failures.append(what)

    if not frozen.exists():
        print(f"no frozen program at {frozen}: run `make dist` first")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = {**os.environ, "DISPATCHER_HOME": str(home), "XDG_CONFIG_HOME": str(home / "cfg")}
        db = str(home / "demo.sqlite")

        done = run([str(frozen), "--db", db, "demo"], env)
        expect(done.returncode == 0, "frozen `demo` loads the demo carrier", done.stderr)

        argv = ["--db", db, "check", "--json", "--as-of", AS_OF]
        ours = run([str(frozen), *argv], env)
        source = run([sys.executable, "-m", "dispatcher", *argv], env)  # the installed source
        findings = len(json.loads(source.stdout)["findings"]) if source.returncode == 0 else -1
        expect(ours.returncode == 0, "frozen `check --json` answers", ours.stderr)
        expect(
            ours.stdout == source.stdout,
            f"frozen `check --json --as-of {AS_OF}` is byte-identical to the source tree's "
            f"({findings} findings)",
            ours.stdout[:2000],
        )

        rules = run([str(frozen), "--db", db, "rules", "--json"], env)
        ids = [r["id"] for r in json.loads(rules.stdout)["rules"]] if rules.returncode == 0 else []
        expect(bool(ids), f"frozen `rules --json` lists {len(ids)} rules", rules.stderr)

        for lang, words in (("ru", "нарушени"), ("kk", "бұзушылық")):
            spoken = run([str(frozen), "--lang", lang, "--db", db, "check", "--as-of", AS_OF], env)
            said = spoken.stdout.decode("utf-8", "replace")
            expect(spoken.returncode == 0 and words in said,
                   f"frozen `--lang {lang} check` speaks its catalog", said[:300])  # fmt: skip

        pdf = home / "day.pdf"
        done = run([str(frozen), "--db", db, "report", "day", "--date", AS_OF, "--pdf", str(pdf)],
                   {**env, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
        printed = pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-"
        expect(done.returncode == 0 and printed, "frozen `report day --pdf` prints (Qt print "
               f"support), {pdf.stat().st_size if printed else 0} bytes", done.stderr)  # fmt: skip

        shown = {**env, "QT_QPA_PLATFORM": "offscreen", "DISPATCHER_QUIT_AFTER_SHOW": "1"}
        for program in (frozen, window):
            if not program.exists():
                expect(False, f"{program.name} exists")
                continue
            done = run([str(program), "--db", db], shown)
            expect(done.returncode == 0, f"{program.name} opens the window offscreen and quits",
                   done.stderr)  # fmt: skip
            if done.stderr.strip():
                print("      stderr: " + done.stderr.decode("utf-8", "replace").strip())
    print("all checks passed" if not failures else f"{len(failures)} check(s) failed")
    return 0 if not failures else 1


if __name__ == "__main__":
    raise SystemExit(main())
