"""The File menu's work: open or start a database, import and export CSV, the demo, and
noticing that another program wrote to the file. Apart from the window's layout so that each
can change without the other."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMainWindow

from dispatcher.rules import RuleFileError
from dispatcher.store import SchemaError, Store, StoreError
from dispatcher.store.csvfiles import CsvProblem
from dispatcher.store.transfer import ImportProblems, export_csv, import_csv
from dispatcher.ui import dialogs
from dispatcher.ui.context import AppContext
from dispatcher.workspace import Workspace

OPEN_ERRORS = (StoreError, SchemaError, RuleFileError, OSError)


class FileActions(QMainWindow):
    """The main window's file actions; ``MainWindow`` builds the menu that calls them."""

    ctx: AppContext
    _seen_version: int

    def _update_title(self) -> None: ...

    def choose_open_file(self, title: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, title, str(self.ctx.store.path.parent), pattern)
        return Path(path) if path else None

    def choose_save_file(self, title: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(self.ctx.store.path.parent), pattern)
        return Path(path) if path else None

    def choose_import_files(self) -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import CSV: drivers.csv, permits.csv, trips.csv"),
            str(Path.home()), self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        return [Path(p) for p in paths]

    def choose_folder(self, title: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(self, title, str(Path.home()))
        return Path(path) if path else None

    def switch_to(self, path: Path) -> bool:
        try:
            workspace = Workspace(Store(path), rules_dir=self.ctx.workspace.rules_dir)
        except OPEN_ERRORS as exc:
            dialogs.inform(self, self.tr("Cannot open the database"), str(exc), error=True)
            return False
        self.ctx.replace_workspace(workspace)
        self._seen_version = self.ctx.store.data_version()
        QSettings().setValue("last_database", str(path))
        return True

    def new_database(self) -> None:
        path = self.choose_save_file(self.tr("New database"), self.tr("Databases (*.sqlite)"))
        if path is not None:
            if path.suffix != ".sqlite":
                path = path.with_suffix(".sqlite")
            self.switch_to(path)

    def open_database(self) -> None:
        path = self.choose_open_file(self.tr("Open database"), self.tr("Databases (*.sqlite)"))
        if path is not None:
            self.switch_to(path)

    def import_files(self) -> None:
        chosen = {p.stem.lower(): p for p in self.choose_import_files()}
        if not chosen:
            return
        unknown = sorted(set(chosen) - {"drivers", "permits", "trips"})
        if unknown:
            dialogs.inform(self, self.tr("Import refused"), self.tr(
                "Name the files drivers.csv, permits.csv and trips.csv; not known: {0}"
            ).format(", ".join(unknown)), error=True)  # fmt: skip
            return
        try:
            summary = import_csv(
                self.ctx.store, chosen.get("drivers"), chosen.get("permits"), chosen.get("trips")
            )
        except (ImportProblems, CsvProblem, StoreError, OSError) as exc:
            text = self.tr("Nothing was changed.") + "\n\n" + str(exc)
            dialogs.inform(self, self.tr("Import refused"), text, error=True)
            return
        self.ctx.undo_stack.clear()  # an import is undone from a backup, not step by step
        self.ctx.workspace.refresh(None)
        self.ctx.dataChanged.emit("")
        done = self.tr("Imported {0} drivers, {1} permits, {2} trips.")
        self.statusBar().showMessage(
            done.format(summary.drivers, summary.permits, summary.trips), 8000
        )

    def export_files(self) -> None:
        folder = self.choose_folder(self.tr("Export CSV into folder"))
        if folder is None:
            return
        try:
            export_csv(self.ctx.store, folder / "drivers.csv", folder / "permits.csv",
                       folder / "trips.csv")  # fmt: skip
        except OSError as exc:
            dialogs.inform(self, self.tr("Export failed"), str(exc), error=True)
            return
        self.statusBar().showMessage(self.tr("Exported to {0}").format(folder), 8000)

    def load_demo(self) -> None:
        from dispatcher.demo import load_demo

        try:
            load_demo(self.ctx.store)
        except (ImportProblems, StoreError) as exc:
            dialogs.inform(self, self.tr("Demo not loaded"), str(exc), error=True)
            return
        self.ctx.workspace.refresh(None)
        self.ctx.dataChanged.emit("")
        self._update_title()

    def notice_outside_changes(self) -> None:
        """Another window or the command line wrote to the file: show what it wrote."""
        try:
            version = self.ctx.store.data_version()
        except Exception:
            return
        if version != self._seen_version:
            self._seen_version = version
            self.ctx.workspace.refresh(None)
            self.ctx.dataChanged.emit("")
            self.statusBar().showMessage(
                self.tr("The database was changed elsewhere; refreshed."), 6000
            )
