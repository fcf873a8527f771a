"""The catalogs cover every message, and every message sits in the context the program asks
for at run time.

``pyside6-lupdate`` reads the context of ``X.tr("...")`` from the name written before
``.tr``; ``dispatcher.i18n.Context`` answers from the name it was given. The two agree only
when every ``X.tr(`` call has a module-level ``X = Context("X")`` (declared there or imported
by that name): a message read into another context (``errors.FileProblem``) or none is
never found in the catalog and shows in English, silently.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "resources" / "i18n"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

# What these tests cover: (catalog name, source folder, folders left out). Each catalog
# resources/i18n/<name>_<lang>.ts must translate exactly the messages of its sources: one
# catalog per language for the window, the command line and the reports.
COVERED: list[tuple[str, str, tuple[str, ...]]] = [
    ("dispatcher", "dispatcher", ()),
]
LANGUAGES = {"ru": 3, "kk": 2}  # plural forms Qt lays out for each language

pytestmark = pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")

Key = tuple[str, str, str]  # context, source, comment


def sources(folder: str, left_out: tuple[str, ...]) -> list[Path]:
    return sorted(
        path
        for path in (REPO / folder).rglob("*.py")
        if not any(path.is_relative_to(REPO / skip) for skip in left_out)
    )


def all_sources() -> list[Path]:
    return sorted({p for _name, folder, skip in COVERED for p in sources(folder, skip)})


def declared_contexts(path: Path) -> dict[str, str]:
    """Module-level ``X = Context("Y")`` of a file: variable name to context name."""
    found = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "Context"
            and node.value.args
            and isinstance(node.value.args[0], ast.Constant)
        ):
            found[node.targets[0].id] = str(node.value.args[0].value)
    return found


def imported_contexts(path: Path) -> Iterator[tuple[str, str]]:
    """Names a file imports from one of the project's modules that declares them."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("dispatcher")
        ):
            module = REPO / Path(*node.module.split("."))
            file = module.with_suffix(".py") if module.with_suffix(".py").exists() else None
            if file is None:
                continue
            declared = declared_contexts(file)
            for alias in node.names:
                if alias.name in declared and (alias.asname or alias.name) == alias.name:
                    yield alias.name, declared[alias.name]


def test_every_tr_call_names_a_context_declared_under_its_own_name():
    problems = []
    for path in all_sources():
        where = path.relative_to(REPO)
        declared = declared_contexts(path)
        for variable, context in declared.items():
            if variable != context:
                problems.append(f"{where}: {variable} = Context({context!r})")
        known = set(declared) | {name for name, _ in imported_contexts(path)}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
            ):
                name = ast.unparse(node.func.value)
                if name not in known:
                    problems.append(f"{where}:{node.lineno}: {name}.tr( has no {name} = Context")
    assert problems == []


def lupdate(paths: list[Path], target: Path) -> ET.Element:
    subprocess.run(
        [str(LUPDATE), "-silent", "-locations", "none", *map(str, paths), "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    return ET.parse(target).getroot()


def messages(root: ET.Element) -> dict[Key, ET.Element]:
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def asked(path: Path) -> Iterator[tuple[str, str, int]]:
    """(variable, source text, line) of every ``X.tr("literal"...)`` the program makes."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "tr"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield ast.unparse(node.func.value), node.args[0].value, node.lineno


def test_lupdate_reads_every_message_into_the_context_the_program_uses(tmp_path):
    runtime = {context for path in all_sources() for context in declared_contexts(path).values()}
    read = messages(lupdate(all_sources(), tmp_path / "read_xx.ts"))
    assert read, "lupdate found no message at all"
    wrong = sorted(f"{context or '(empty)'}: {source}" for context, source, _ in read
                   if context not in runtime)  # fmt: skip
    assert wrong == []
    # and lupdate sees every message the program asks for (not one inside an f-string)
    seen = {(context, source) for context, source, _ in read}
    unseen = []
    for path in all_sources():
        contexts = declared_contexts(path) | dict(imported_contexts(path))
        for variable, source, line in asked(path):
            if (contexts.get(variable, variable), source) not in seen:
                unseen.append(f"{path.relative_to(REPO)}:{line}: {source}")
    assert unseen == []


@pytest.mark.parametrize("language", sorted(LANGUAGES))
@pytest.mark.parametrize("catalog", [entry[0] for entry in COVERED])
def test_the_catalog_translates_every_message_and_nothing_else(tmp_path, catalog, language):
    name, folder, left_out = next(entry for entry in COVERED if entry[0] == catalog)
    committed = I18N / f"{name}_{language}.ts"
    assert committed.exists(), f"{committed.name} is missing"
    needed = messages(lupdate(sources(folder, left_out), tmp_path / f"fresh_{language}.ts"))
    have = messages(ET.parse(committed).getroot())
    problems = [f"missing: {k[0]}: {k[1]}" for k in needed if k not in have]
    problems += [f"obsolete: {k[0]}: {k[1]}" for k in have if k not in needed]
    for key, message in have.items():
        translation = message.find("translation")
        kind = "" if translation is None else translation.get("type", "")
        if translation is None or kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{kind or 'untranslated'}: {key[0]}: {key[1]}")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if len(forms) != LANGUAGES[language] or not all(f.strip() for f in forms):
                problems.append(f"needs {LANGUAGES[language]} plural forms: {key[0]}: {key[1]}")
            texts = forms
        else:
            texts = [translation.text or ""]
            if not texts[0].strip():
                problems.append(f"empty: {key[0]}: {key[1]}")
        wanted = sorted(set(re.findall(r"%\d|%n", key[1])))
        for text in texts:
            if text.strip() and sorted(set(re.findall(r"%\d|%n", text))) != wanted:
                problems.append(f"placeholders differ: {key[0]}: {key[1]} -> {text}")
    assert problems == []


def test_kazakh_is_written_with_its_own_letters():
    """Latin look-alikes (a, e, o, p, c...) in a Cyrillic word print right and search wrong."""
    mixed = re.compile(r"\w*(?:[а-яәғқңөұүһіё][a-z]|[a-z][а-яәғқңөұүһіё])\w*", re.IGNORECASE)
    bad = []
    for path in I18N.glob("*_kk.ts"):
        for message in messages(ET.parse(path).getroot()).values():
            translation = message.find("translation")
            texts = [translation.text or ""] + [f.text or "" for f in translation.iter()]
            bad += [word for text in texts for word in mixed.findall(text)]
    assert bad == []


def test_make_builds_one_catalog_per_language(tmp_path):
    """make compiles the language's catalog into the .qm the program reads."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    folder = tmp_path / "repo"
    shutil.copytree(I18N, folder / "resources" / "i18n", ignore=shutil.ignore_patterns("*.qm"))
    (folder / ".venv").mkdir()
    (folder / ".venv" / ".packages").touch()  # installed: make must not install anything here
    shutil.copy(REPO / "Makefile", folder / "Makefile")
    done = subprocess.run(
        ["make", "-C", str(folder), "-o", ".venv/.packages", f"BIN={Path(sys.executable).parent}",
         "resources/i18n/dispatcher_ru.qm"],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert lrelease.exists()
    from dispatcher import qm

    built = qm.read_qm((folder / "resources" / "i18n" / "dispatcher_ru.qm").read_bytes())
    assert built[("MainWindowText", "&Quit", "")] == ("В&ыход",)
    assert built[("Wording", "OVER", "")] == ("ПРЕВЫШЕН",)
