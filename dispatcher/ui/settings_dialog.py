"""The few settings a carrier changes: carrier name, the approaching threshold, the safety
margin for planning, strict rules."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from dispatcher.i18n import Context
from dispatcher.rules import RuleSettings
from dispatcher.ui import language
from dispatcher.ui.context import AppContext
from dispatcher.ui.margin import MAX_MARGIN_DAYS, margin_days, set_margin_days
from dispatcher.workspace import SETTING_APPROACHING, SETTING_CARRIER, SETTING_STRICT

SettingsText = Context("SettingsText")


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(SettingsText.tr("Settings"))
        self.carrier = QLineEdit(ctx.workspace.carrier_name())
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 90)
        self.threshold.setValue(ctx.approaching_days())
        self.threshold.setSuffix(SettingsText.tr(" days left"))
        self.margin = QSpinBox()
        self.margin.setRange(0, MAX_MARGIN_DAYS)
        self.margin.setValue(margin_days(ctx.store))
        self.margin.setSuffix(SettingsText.tr(" days left"))
        self.margin.setToolTip(
            SettingsText.tr(
                "A route that leaves fewer days than this under any rule is shown as tight "
                "(it breaks nothing); 0: no margin."
            )
        )
        self.strict = QCheckBox(
            SettingsText.tr("Ignore exemptions that are not law (announced, draft)")
        )
        self.strict.setChecked(ctx.workspace.book.settings.strict)
        form = QFormLayout()
        form.addRow(SettingsText.tr("Carrier name (on reports)"), self.carrier)
        form.addRow(SettingsText.tr("Warn when a driver has at most"), self.threshold)
        form.addRow(SettingsText.tr("Safety margin when assigning and planning"), self.margin)
        form.addRow(SettingsText.tr("Strict rules"), self.strict)
        self.language = QComboBox()
        for code, label in language.choices():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language.stored_choice())))
        self.language_note = QLabel(SettingsText.tr("A new language shows after a restart."))
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(lambda _i: self.language_note.setVisible(True))
        form.addRow(SettingsText.tr("Language"), self.language)
        form.addRow("", self.language_note)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)

    def accept(self) -> None:
        store = self.ctx.store
        store.set_setting(SETTING_CARRIER, self.carrier.text().strip())
        store.set_setting(SETTING_APPROACHING, self.threshold.value())
        store.set_setting(SETTING_STRICT, self.strict.isChecked())
        language.store_choice(self.language.currentData())
        set_margin_days(store, self.margin.value())
        settings = self.ctx.workspace.book.settings
        self.ctx.workspace.apply_settings(
            RuleSettings(strict=self.strict.isChecked(), disabled=settings.disabled)
        )
        self.ctx.reread()  # every driver counted again under the rules as now set
        super().accept()
