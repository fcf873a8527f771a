"""The File menu's work: open or start a database, import (after a preview and the guard)
and export, a copy of the file, the demo, and noticing that another program wrote to the
file. Apart from the window's layout so that each can change without the other."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMainWindow

from dispatcher.i18n import Context, fill
from dispatcher.rules import RuleFileError, check
from dispatcher.store import SchemaError, Store, StoreError
from dispatcher.store.csvfiles import CsvProblem
from dispatcher.store.errors import FileDamaged
from dispatcher.store.preview import preview_import
from dispatcher.store.transfer import (
    ImportProblems,
    export_csv,
    import_files,
    import_sources,
    read_incoming,
)
from dispatcher.ui import dialogs, guard
from dispatcher.ui import errors as ui_errors
from dispatcher.ui.context import AppContext
from dispatcher.ui.import_preview import ImportPreviewDialog
from dispatcher.workspace import Workspace

FileText = Context("FileText")
ExcelFiles = Context("ExcelFiles")

OPEN_ERRORS = (StoreError, SchemaError, RuleFileError, OSError)
TABLES = ("drivers", "permits", "trips")
WORKBOOKS = (".xlsx", ".xls", ".ods")


def open_checked(path: Path) -> Store:
    """Open for the window: a file that fails ``quick_check`` is refused, never shown."""
    store = Store(path)
    try:
        store.refuse_damaged()
    except BaseException:
        store.close()
        raise
    return store


class PageCheck:
    """``quick_check`` of an open file on a connection of its own, in a thread, while the
    window reads the fleet: SQLite checks the pages without holding Python's lock, so the
    check (a third of a second on a fleet of 10,000) no longer comes before the reading.
    ``refuse_damaged`` waits for it: nothing read is shown before the file has passed."""

    def __init__(self, path: Path):
        self.path = path
        self._failed: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with Store.open_readonly(self.path) as store:
                store.refuse_damaged()  # not read through again if it passed and is unchanged
        except BaseException as exc:  # handed to the thread that waits
            self._failed = exc

    def refuse_damaged(self, store: Store) -> None:
        """Raise ``FileDamaged`` when the file failed the check. A check that could not run
        on its own connection (a lock, a read-only folder) runs again on ``store``'s."""
        self._thread.join()
        if isinstance(self._failed, FileDamaged):
            raise self._failed
        if self._failed is not None:
            store.refuse_damaged()


def open_checking(path: Path) -> tuple[Store, PageCheck]:
    """Open for the window, the check of every page under way beside the reading."""
    store = Store(path)
    try:
        return store, PageCheck(path)
    except BaseException:
        store.close()
        raise


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
            self,
            FileText.tr("Import: drivers, permits, trips (CSV or Excel), or one carrier workbook"),
            str(Path.home()), FileText.tr("CSV and Excel files (*.csv *.xlsx *.xls *.ods)"),
        )  # fmt: skip
        return [Path(p) for p in paths]

    def choose_folder(self, title: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(self, title, str(Path.home()))
        return Path(path) if path else None

    def switch_to(self, path: Path) -> bool:
        try:
            workspace = Workspace(open_checked(path), rules_dir=self.ctx.workspace.rules_dir)
        except (*OPEN_ERRORS, sqlite3.Error) as exc:
            dialogs.inform(self, FileText.tr("Cannot open the database"), str(exc), error=True)
            return False
        self.ctx.replace_workspace(workspace)
        self._seen_version = self.ctx.store.data_version()
        QSettings().setValue("last_database", str(path))
        return True

    def new_database(self) -> None:
        path = self.choose_save_file(
            FileText.tr("New database"), FileText.tr("Databases (*.sqlite)")
        )
        if path is not None:
            if path.suffix != ".sqlite":
                path = path.with_suffix(".sqlite")
            self.switch_to(path)

    def open_database(self) -> None:
        path = self.choose_open_file(
            FileText.tr("Open database"), FileText.tr("Databases (*.sqlite)")
        )
        if path is not None:
            self.switch_to(path)

    def import_files(self) -> None:
        """Show what the files would add, change and refuse, ask the guard when they send a
        driver over a limit, then import all or nothing."""
        files = self._name_import(self.choose_import_files())
        if files is None:
            return
        store = self.ctx.store
        try:
            preview = preview_import(store, **files)
            if dialogs.run_modal(ImportPreviewDialog(preview, self)) == 0 or not preview.can_import:
                return
            incoming = read_incoming(store, import_sources(**files))
            approval = guard.confirm(self, self.ctx, saves=incoming.trips,
                                     title=FileText.tr("Import over the limit?"))  # fmt: skip
            if approval is None:
                return
            summary = import_files(
                store,
                files.get("drivers"),
                files.get("permits"),
                files.get("trips"),
                files.get("workbook"),
                reason=approval.reason,
            )
            store.checkpoint()  # the file alone holds the import from now on
        except (ImportProblems, CsvProblem) as exc:
            text = FileText.tr("Nothing was changed.") + "\n\n" + str(exc)
            dialogs.inform(self, FileText.tr("Import refused"), text, error=True)
            return
        except ui_errors.FILE_ERRORS as exc:
            ui_errors.report(self, FileText.tr("Import refused"), exc, store.path)
            return
        self.ctx.undo_stack.clear()  # an import is undone from a backup, not step by step
        self.ctx.reread()
        done = FileText.tr("Imported %1 drivers, %2 permits, %3 trips.")
        self.statusBar().showMessage(
            fill(done, summary.drivers, summary.permits, summary.trips), 8000
        )

    def _name_import(self, chosen: list[Path]) -> dict[str, Path] | None:
        """Which table each chosen file holds: by its name, or one workbook with sheets."""
        if not chosen:
            return None
        if len(chosen) == 1 and chosen[0].suffix.lower() in WORKBOOKS:
            table = chosen[0].stem.lower()
            return {table if table in TABLES else "workbook": chosen[0]}
        named = {p.stem.lower(): p for p in chosen}
        unknown = sorted(set(named) - set(TABLES))
        if unknown:
            dialogs.inform(self, FileText.tr("Import refused"), fill(FileText.tr(
                "Name the files drivers, permits and trips (.csv, .xlsx, .xls or .ods), or "
                "choose one workbook with those sheets; not known: %1"
            ), ", ".join(unknown)), error=True)  # fmt: skip
            return None
        return named

    def export_files(self) -> None:
        folder = self.choose_folder(FileText.tr("Export CSV into folder"))
        if folder is None:
            return
        try:
            export_csv(self.ctx.store, folder / "drivers.csv", folder / "permits.csv",
                       folder / "trips.csv")  # fmt: skip
        except ui_errors.FILE_ERRORS as exc:
            ui_errors.report(self, FileText.tr("Export failed"), exc, folder)
            return
        self.statusBar().showMessage(fill(FileText.tr("Exported to %1"), folder), 8000)

    def save_copy(self) -> None:
        """One file that holds everything, recent edits included, to carry or send."""
        path = self.choose_save_file(
            FileText.tr("Save a copy"), FileText.tr("Databases (*.sqlite)")
        )
        if path is None:
            return
        if path.suffix != ".sqlite":
            path = path.with_suffix(".sqlite")
        try:
            self.ctx.store.save_copy(path)
        except ui_errors.FILE_ERRORS as exc:
            ui_errors.report(self, FileText.tr("Copy not saved"), exc, path)
            return
        self.statusBar().showMessage(fill(FileText.tr("Saved a copy to %1"), path), 8000)

    def load_demo(self) -> None:
        from dispatcher.demo import load_demo

        try:
            load_demo(self.ctx.store)
        except (ImportProblems, StoreError) as exc:
            dialogs.inform(self, FileText.tr("Demo not loaded"), str(exc), error=True)
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
            self.ctx.reread()
            self.statusBar().showMessage(
                FileText.tr("The database was changed elsewhere; refreshed."), 6000
            )

    # ----- Excel -------------------------------------------------------------------------

    def choose_workbook(self, title: str) -> Path | None:
        """A file name ending in .xlsx, whatever was typed."""
        path = self.choose_save_file(title, ExcelFiles.tr("Excel workbooks (*.xlsx)"))
        if path is not None and path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        return path

    def export_excel(self) -> Path | None:
        """Drivers, permits, trips and the findings as of the window's date in one workbook
        that imports back unchanged."""
        path = self.choose_workbook(ExcelFiles.tr("Export to Excel"))
        if path is None:
            return None
        from dispatcher.store.excel import export_xlsx  # XlsxWriter only when asked

        as_of = self.ctx.as_of
        try:
            findings = check(self.ctx.fleet().values(), as_of)
            export_xlsx(self.ctx.store, path, findings, as_of)
        except ui_errors.FILE_ERRORS as exc:
            ui_errors.report(self, ExcelFiles.tr("Export failed"), exc, path)
            return None
        self.statusBar().showMessage(ExcelFiles.tr("Exported to %1").replace("%1", str(path)), 8000)
        return path

    def save_template(self) -> Path | None:
        """An empty workbook with the three sheets and drop-down lists, to fill in and import."""
        path = self.choose_workbook(ExcelFiles.tr("Save import template"))
        if path is None:
            return None
        from dispatcher.store.excel import write_template  # XlsxWriter only when asked

        try:
            write_template(path)
        except ui_errors.FILE_ERRORS as exc:
            ui_errors.report(self, ExcelFiles.tr("Template not saved"), exc, path)
            return None
        self.statusBar().showMessage(
            ExcelFiles.tr("Import template saved to %1").replace("%1", str(path)), 8000
        )
        return path
