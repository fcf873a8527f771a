"""The window's catalogs: every message has one context lupdate and our reader agree on, and
every message is translated in Russian and Kazakh."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
UI = REPO / "dispatcher" / "ui"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def ui_sources() -> list[str]:
    return sorted(str(p) for p in UI.glob("*.py"))


def declared_contexts() -> set[str]:
    """Names bound at module level as ``X = Context("X")`` in dispatcher/ui."""
    found = set()
    for path in UI.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", None) == "Context"
                and [getattr(a, "value", None) for a in node.value.args] == [node.targets[0].id]
            ):
                found.add(node.targets[0].id)
    return found


def lupdate(target: Path) -> None:
    subprocess.run([str(LUPDATE), "-locations", "none", "-no-obsolete", *ui_sources(), "-ts",
                    str(target)], check=True, capture_output=True)  # fmt: skip


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def test_every_window_message_lands_in_a_declared_context(tmp_path):
    target = tmp_path / "ui.ts"
    lupdate(target)
    declared = declared_contexts()
    found = {name for name, _m in messages(target)}
    assert len(list(messages(target))) > 200
    assert "" not in found, "messages in the empty context: lupdate lost the class context"
    assert found <= declared, (
        f"contexts with no module-level Context of that name: {found - declared}"
    )


def test_a_self_tr_is_caught(tmp_path):
    """The check above sees the mistake it guards against: a ``self.tr`` inside a class."""
    source = tmp_path / "widget.py"
    source.write_text(
        "from PySide6.QtWidgets import QWidget\n"
        "class Panel(QWidget):\n"
        "    def f(self, x):\n"
        "        if x:\n"
        "            def g():\n"
        "                return 1\n"
        "        return self.tr('Hello')\n"
    )
    target = tmp_path / "out.ts"
    subprocess.run([str(LUPDATE), str(source), "-ts", str(target)], check=True,
                   capture_output=True)  # fmt: skip
    assert {name for name, _m in messages(target)} - declared_contexts()


def tr_calls_in_source() -> set[tuple[str, str]]:
    """Every ``X.tr("text")`` written in dispatcher/ui, found by Python itself, f-strings
    included (lupdate does not look inside them)."""
    found = set()
    for path in UI.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and isinstance(node.func.value, ast.Name)
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add((node.func.value.id, node.args[0].value))
    return found


def test_lupdate_sees_every_tr_call(tmp_path):
    target = tmp_path / "ui.ts"
    lupdate(target)
    seen = {(n, m.findtext("source")) for n, m in messages(target)}
    assert tr_calls_in_source() - seen == set()
