"""The rule sets and exemptions loaded, read-only, with their sources and where user files go."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from dispatcher.i18n import Context, language
from dispatcher.rules.countries import country_name
from dispatcher.rules.wording import rule_name, status_text
from dispatcher.ui.context import AppContext
from dispatcher.ui.language import day_text

RulesText = Context("RulesText")


def window_text(window) -> str:
    """How a rule counts, in the reader's words (the rule files say it in English)."""
    if window.kind == "rolling":
        return RulesText.tr("any %n day(s)", "", window.days)
    if window.kind == "calendar_year":
        return RulesText.tr("calendar year")
    return RulesText.tr("one continuous stay")


def _period(first, last) -> str:
    return f"{day_text(first, '…')} – {day_text(last, '…')}"


def rules_html(ctx: AppContext) -> str:
    ws = ctx.workspace
    active = {r.id for r in ws.book.rules} | {e.id for e in ws.book.exemptions}
    rows = []
    for r in ws.all_rules.rules:
        when = _period(r.valid_from, r.valid_to)
        on = RulesText.tr("on") if r.id in active else RulesText.tr("off")
        countries = (
            ", ".join(sorted(country_name(c, language()) for c in r.countries))
            if len(r.countries) < 6
            else RulesText.tr("%n state(s)", "", len(r.countries))
        )
        name = rule_name(ws.book, r.id) if r.id in active else r.name
        rows.append(
            f"<tr><td><b>{escape(r.id)}</b><br>{escape(name)}</td>"
            f"<td>{escape(countries)}</td>"
            f"<td>{r.limit} / {escape(window_text(r.window))}</td><td>{when}</td>"
            f"<td>{escape(status_text(r.status))}</td><td>{on}</td><td><small>{escape(r.source)}</small></td></tr>"
        )
    ex_rows = []
    for e in ws.all_rules.exemptions:
        when = _period(e.valid_from, e.valid_to)
        on = RulesText.tr("on") if e.id in active else RulesText.tr("off")
        status = status_text(e.status)
        ex_rows.append(
            f"<tr><td><b>{escape(e.id)}</b><br>{escape(e.name)}</td>"
            f"<td>{escape(', '.join(e.rules))}</td><td>{when}</td><td>{escape(status)}</td>"
            f"<td>{on}</td><td><small>{escape(e.source)}</small></td></tr>"
        )
    head = (
        "<tr>"
        + "".join(
            f"<th align=left>{escape(h)}</th>"
            for h in (
                RulesText.tr("Rule"),
                RulesText.tr("Countries"),
                RulesText.tr("Limit / window"),
                RulesText.tr("In force"),
                RulesText.tr("Status"),
                RulesText.tr("Used"),
                RulesText.tr("Source"),
            )
        )
        + "</tr>"
    )
    ex_head = (
        "<tr>"
        + "".join(
            f"<th align=left>{escape(h)}</th>"
            for h in (
                RulesText.tr("Exemption"),
                RulesText.tr("Rules"),
                RulesText.tr("Valid"),
                RulesText.tr("Status"),
                RulesText.tr("Used"),
                RulesText.tr("Source"),
            )
        )
        + "</tr>"
    )
    strict = (
        RulesText.tr("Strict: exemptions that are not law are ignored.")
        if ws.book.settings.strict
        else ""
    )
    rule_sets = RulesText.tr("Rule sets")  # lupdate does not look inside f-strings
    exemptions = RulesText.tr("Exemptions")
    folder_note = RulesText.tr("Your own rule files (TOML) go in:")
    override_note = RulesText.tr(
        "They are read after the built-in ones; a file with a built-in id replaces it."
    )
    return (
        f"<h3>{escape(rule_sets)}</h3><table cellpadding=4 border=1 cellspacing=0>"
        f"{head}{''.join(rows)}</table>"
        f"<h3>{escape(exemptions)}</h3><table cellpadding=4 border=1 cellspacing=0>"
        f"{ex_head}{''.join(ex_rows)}</table><p>{escape(strict)}</p>"
        f"<p>{escape(folder_note)} <code>{escape(str(ws.rules_dir))}</code>"
        f"<br>{escape(override_note)}</p>"
    )


class RulesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.setWindowTitle(RulesText.tr("Rules in force"))
        self.browser = QTextBrowser(self)
        self.browser.setHtml(rules_html(ctx))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(box)
        self.resize(1100, 640)
