"""An installed copy answers exactly as the source tree does.

A copy that finds no rule files would report every driver clean: the worst answer there is,
and one no test run from the repository can see. So the package is built the way a user gets
it (an sdist, then a wheel from that sdist), installed into a fresh virtual environment, and
asked the same questions as the source tree.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from dispatcher import workspace
from dispatcher.cli import main
from tests.conftest import REPO

AS_OF = "2026-11-23"
NOT_SOURCE = {".venv", ".git", "build", "dist", ".pytest_cache", ".ruff_cache", ".hypothesis",
              "__pycache__", ".mypy_cache"}  # fmt: skip


def _clean_copy(target: Path) -> Path:
    """The working tree without venvs and build leftovers (a stale build/ leaks into wheels)."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        return {n for n in names if n in NOT_SOURCE or n.endswith((".egg-info", ".sqlite"))}

    shutil.copytree(REPO, target, ignore=ignore)
    return target


@pytest.mark.parametrize(
    ("argv", "on_demo"),
    [(["check", "--as-of", "2026-11-23"], True), (["rules", "--json"], True),
     (["status", "--driver", "D005"], True), (["export", "--dir", "out"], True),
     (["demo"], False), (["import", "--drivers", "drivers.csv"], False)],
)  # fmt: skip
def test_with_no_built_in_rule_file_every_command_refuses(
    tmp_path, monkeypatch, capsys, argv, on_demo
):
    demo = tmp_path / "demo.sqlite"
    assert main(["--db", str(demo), "demo"]) == 0  # D005 is over a limit on 2026-11-23
    capsys.readouterr()
    monkeypatch.setattr(workspace, "BUILTIN_RULES", tmp_path / "nothing-here")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drivers.csv").write_text("id,name,citizenship,category\n", encoding="utf-8")
    db = demo if on_demo else tmp_path / "new.sqlite"
    assert main(["--db", str(db), *argv]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "No built-in rule files in" in err and "nothing-here" in err
    assert db.exists() == on_demo


def test_rule_files_without_a_single_rule_are_refused(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "only-exemptions.toml").write_text(
        '[[exemption]]\nid = "e"\nrules = ["*"]\ncitizenship = ["KZ"]\nsource = "s"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(workspace, "BUILTIN_RULES", folder)
    db = str(tmp_path / "c.sqlite")
    assert main(["--db", db, "demo"]) == 0
    assert main(["--db", db, "check"]) == 2
    assert "hold no rule" in capsys.readouterr().err


@pytest.mark.gui
def test_the_window_says_the_rules_are_missing_and_does_not_open(qapp, tmp_path, monkeypatch):
    from dispatcher.ui import app, dialogs

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, title, text, error=False: shown.append(
        (title, text)))  # fmt: skip
    monkeypatch.setattr(dialogs, "ask", lambda *_: False)
    monkeypatch.setattr(workspace, "BUILTIN_RULES", tmp_path / "nothing-here")
    from PySide6.QtCore import QTimer

    stop = QTimer()  # should a window open after all, end its event loop: fail, not hang
    stop.setSingleShot(True)
    stop.timeout.connect(qapp.quit)
    stop.start(3000)
    try:
        assert app.run_app(tmp_path / "carrier.sqlite") == 2
    finally:
        stop.stop()
    ((title, text),) = shown
    assert "cannot start" in title and "No built-in rule files" in text
    assert not qapp.topLevelWidgets() or not any(w.isVisible() for w in qapp.topLevelWidgets())


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("build")
    source = _clean_copy(work / "source")
    out = work / "out"
    done = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (found,) = out.glob("*.whl")  # built from the sdist, so the sdist is complete too
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A fresh venv holding only the wheel; the dependencies come from the dev venv's
    site-packages through PYTHONPATH, which does not run .pth files, so the editable
    install of the source tree stays out of the way."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = next(p for p in (bindir / "python.exe", bindir / "python") if p.exists())
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
         "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    return {"bin": bindir, "python": python}


def _run(command: list[str], env: dict, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(command, capture_output=True, env=env, cwd=cwd)


@pytest.mark.slow
def test_the_wheel_carries_every_module_and_every_data_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "dispatcher").rglob("*.py")}
    data = {
        "dispatcher/data/" + p.relative_to(REPO / "resources").as_posix()
        for p in (REPO / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert modules - names == set(), "add the new package to [tool.setuptools] packages"
    assert data - names == set()
    assert "dispatcher/data/rules/ru-by-90-year.toml" in names
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[gui_scripts]\ndispatcher-window = dispatcher.cli:main" in text


@pytest.mark.slow
def test_an_installed_copy_checks_the_demo_exactly_like_the_source_tree(installed, tmp_path):
    bindir = installed["bin"]
    # Built now, not in the module fixture, so the private DISPATCHER_HOME of conftest holds.
    env = {**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"]}
    where = _run([str(installed["python"]), "-c", "import dispatcher; print(dispatcher.__file__)"],
                 env, tmp_path)  # fmt: skip
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.decode().strip()).is_relative_to(bindir.parent), where.stdout
    command = str(bindir / ("dispatcher.exe" if os.name == "nt" else "dispatcher"))

    db = tmp_path / "demo.sqlite"
    done = _run([command, "--db", str(db), "demo"], env, tmp_path)
    assert done.returncode == 0, done.stderr

    argv = ["--db", str(db), "check", "--json", "--as-of", AS_OF]
    installed_out = _run([command, *argv], env, tmp_path)
    source_out = _run([sys.executable, "-m", "dispatcher", *argv], os.environ.copy(), REPO)
    assert installed_out.returncode == 0 == source_out.returncode, installed_out.stderr
    assert installed_out.stdout == source_out.stdout
    assert len(json.loads(source_out.stdout)["findings"]) >= 3

    rules = _run([command, "--db", str(db), "rules", "--json"], env, tmp_path)
    assert rules.returncode == 0, rules.stderr
    ids = {r["id"] for r in json.loads(rules.stdout)["rules"]}
    assert {"ru-by-90-year", "kz-90-180", "schengen-90-180"} <= ids

    # The window entry (no console on Windows) starts, shows the window and leaves.
    window = bindir / ("dispatcher-window.exe" if os.name == "nt" else "dispatcher-window")
    shown = {**env, "QT_QPA_PLATFORM": "offscreen", "DISPATCHER_QUIT_AFTER_SHOW": "1"}
    done = subprocess.run([str(window), "--db", str(db)], capture_output=True, env=shown,
                          cwd=tmp_path, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
