"""Small dialogs of the main window: new project, place a stakeholder, export the map view, preferences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from clusterdesk.core import currencies, isic
from clusterdesk.core.vocabulary import LANGUAGES, STAKEHOLDER_KINDS
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.gui.country_picker import CountryPicker
from clusterdesk.gui.form_parts import ERROR_STYLE
from clusterdesk.gui.i18n import (
    LANGUAGE_NAMES,
    SYSTEM,
    chosen_language,
    interface_language,
    system_language,
    translate,
)
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.sector_picker import SectorPicker
from clusterdesk.render.decorations import MapDecorations


def _buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose mnemonic focuses `buddy`; QFormLayout gives a row that holds a layout a label
    without one, which would show the "&"."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class _FormDialog(QDialog):
    """A form with OK/Cancel that accepts only while `problem()` returns None.

    The problem is shown once the user has typed in a field or pressed OK: a red complaint about an
    empty form that was just opened reads as a mistake already made."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.hint = plain_label()
        self.hint.setStyleSheet(ERROR_STYLE)
        self.hint.setWordWrap(True)
        self.touched = False
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

    def _finish(self) -> None:
        self.form.addRow(self.hint)
        self.form.addRow(self.buttons)
        for field in self.findChildren(QLineEdit):
            field.textEdited.connect(self._touch)  # typed by the user, not filled in by the dialog
        self._update()

    def problem(self) -> str | None:
        return None

    def _touch(self) -> None:
        self.touched = True
        self._update()

    def _try_accept(self) -> None:
        self.touched = True
        self._update()
        if self.problem() is None:
            self.accept()

    def _update(self) -> None:
        problem = self.problem()
        self.hint.setText(problem if problem and self.touched else "")


class NewProjectDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(translate("NewProjectDialog", "New project"), parent)
        self.folder = folder or Path.home()
        self.cluster_name = QLineEdit()
        self.cluster_name.setPlaceholderText(translate("NewProjectDialog", "e.g. Atuntaqui garments"))
        language = interface_language()
        self.country = CountryPicker(language=language)
        self.sector = SectorPicker(language=language)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setToolTip(
            translate("NewProjectDialog", "The pack, the web map and the QGIS styles are printed in it.")
        )
        self.path = QLineEdit()
        browse = QPushButton(translate("NewProjectDialog", "&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.form.addRow(translate("NewProjectDialog", "Cluster &name"), self.cluster_name)
        self.form.addRow(translate("NewProjectDialog", "&Country"), self.country)
        self.form.addRow(
            _buddy_label(translate("NewProjectDialog", "&Sector (ISIC Rev.4)"), self.sector.search)
        )
        self.form.addRow(self.sector)
        self.form.addRow(translate("NewProjectDialog", "Project &language"), self.language)
        self.form.addRow(_buddy_label(translate("NewProjectDialog", "Save &as"), self.path), row)
        self.cluster_name.textChanged.connect(self._suggest_path)
        for field in (self.cluster_name, self.path):
            field.textChanged.connect(self._update)
        self.country.editTextChanged.connect(self._update)
        self.setMinimumWidth(620)
        self._path_edited = False
        self.path.textEdited.connect(lambda _text: setattr(self, "_path_edited", True))
        self._finish()

    def _suggest_path(self, name: str) -> None:
        if not self._path_edited:
            stem = "_".join(name.lower().split()) or "cluster"
            self.path.setText(str(self.folder / f"{stem}.gpkg"))

    def _browse(self) -> None:
        projects = translate("NewProjectDialog", "ClusterDesk projects ({patterns})").format(
            patterns="*.gpkg"
        )
        title = translate("NewProjectDialog", "New project")
        chosen, _ = QFileDialog.getSaveFileName(self, title, self.path.text(), projects)
        if chosen:
            self._path_edited = True
            self.path.setText(chosen)

    def problem(self) -> str | None:
        if not self.cluster_name.text().strip():
            return translate("NewProjectDialog", "Enter the cluster's name.")
        choosing = self.country.completer().popup().isVisible()  # not a mistake while the list is open
        if self.country.is_unclear() and not choosing:
            return translate(
                "NewProjectDialog",
                "Choose the country from the list (e.g. Ecuador or EC), or leave it empty.",
            )
        if not self.path.text().strip():
            return translate("NewProjectDialog", "Choose where to save the project.")
        if Path(self.target_path()).exists():
            return translate("NewProjectDialog", "{file} already exists; choose another name.").format(
                file=Path(self.target_path()).name
            )
        return None

    def target_path(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".gpkg" else path.with_name(path.name + ".gpkg")

    def values(self) -> dict:
        country = self.country.code()
        sector = self.sector.code()
        return {
            "path": self.target_path(),
            "cluster_name": self.cluster_name.text().strip(),
            "country": country,
            "sector_code": sector,
            "sector_label": isic.title(sector, self.language.currentData()) if sector else None,
            "language": self.language.currentData(),
            "currency": currencies.country_currency(country),
        }


class PlaceStakeholderDialog(_FormDialog):
    """Asked after a click with the place tool: the new stakeholder's name and kind."""

    def __init__(
        self, lon: float, lat: float, parent: QWidget | None = None, kind: str = "enterprise"
    ) -> None:
        super().__init__(translate("PlaceStakeholderDialog", "New stakeholder"), parent)
        self.lon, self.lat = lon, lat
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            translate("PlaceStakeholderDialog", "Name of the enterprise or institution")
        )
        self.kind = QComboBox()
        language = interface_language()
        for code in STAKEHOLDER_KINDS:
            self.kind.addItem(kind_label(code, language), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.form.addRow(translate("PlaceStakeholderDialog", "&Name"), self.name)
        self.form.addRow(translate("PlaceStakeholderDialog", "&Kind"), self.kind)
        self.form.addRow(translate("PlaceStakeholderDialog", "Location"), QLabel(f"{lat:.5f}, {lon:.5f}"))
        self.name.textChanged.connect(self._update)
        # the hint in the empty field is read whole, in every language
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance(self.name.placeholderText()) + 24)
        self.setMinimumWidth(380)
        self._finish()

    def problem(self) -> str | None:
        return None if self.name.text().strip() else translate("PlaceStakeholderDialog", "Enter a name.")

    def row(self) -> dict:
        name = self.name.text().strip()
        return {"name": name, "kind": self.kind.currentData(), "lon": self.lon, "lat": self.lat}


class ExportViewDialog(_FormDialog):
    """Size, resolution, title, decorations and file of a map export (PNG, SVG or PDF by extension)."""

    def __init__(self, suggested: Path, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(translate("ExportViewDialog", "Export map view"), parent)
        self.width_box = QSpinBox()
        self.height_box = QSpinBox()
        for box in (self.width_box, self.height_box):
            box.setRange(200, 20000)
            box.setSuffix(translate("ExportViewDialog", " px"))
        self.width_box.setValue(1600)
        self.height_box.setValue(1000)
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 1200)
        self.dpi.setValue(150)
        self.dpi.setSuffix(translate("ExportViewDialog", " dpi"))
        self.path = QLineEdit(str(suggested))
        browse = QPushButton(translate("ExportViewDialog", "&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.form.addRow(translate("ExportViewDialog", "&Width"), self.width_box)
        self.form.addRow(translate("ExportViewDialog", "&Height"), self.height_box)
        self.form.addRow(translate("ExportViewDialog", "&Resolution"), self.dpi)
        self.title = QLineEdit(title)
        self.title.setPlaceholderText(translate("ExportViewDialog", "No title"))
        self.form.addRow(translate("ExportViewDialog", "&Title"), self.title)
        self.legend = QCheckBox(translate("ExportViewDialog", "&Legend of the stakeholder kinds shown"))
        self.scale_bar = QCheckBox(translate("ExportViewDialog", "&Scale bar"))
        self.north_arrow = QCheckBox(translate("ExportViewDialog", "&North arrow"))
        for box in (self.legend, self.scale_bar, self.north_arrow):
            box.setChecked(True)
        self.form.addRow(translate("ExportViewDialog", "Show"), self.legend)
        self.form.addRow("", self.scale_bar)
        self.form.addRow("", self.north_arrow)
        self.form.addRow(_buddy_label(translate("ExportViewDialog", "&File"), self.path), row)
        self.path.textChanged.connect(self._update)
        self.setMinimumWidth(480)
        self._finish()

    def _browse(self) -> None:
        kinds = (
            translate("ExportViewDialog", "PNG image ({patterns})").format(patterns="*.png"),
            translate("ExportViewDialog", "SVG drawing ({patterns})").format(patterns="*.svg"),
            translate("ExportViewDialog", "PDF document ({patterns})").format(patterns="*.pdf"),
        )
        title = translate("ExportViewDialog", "Export map view")
        chosen, _ = QFileDialog.getSaveFileName(self, title, self.path.text(), ";;".join(kinds))
        if chosen:
            self.path.setText(chosen)

    def problem(self) -> str | None:
        suffix = Path(self.path.text().strip()).suffix.lower()
        if suffix not in (".png", ".svg", ".pdf"):
            return translate("ExportViewDialog", "The file name must end in .png, .svg or .pdf.")
        if not Path(self.path.text().strip()).expanduser().parent.is_dir():
            return translate("ExportViewDialog", "The folder does not exist.")
        return None

    def values(self) -> tuple[Path, int, int, int, MapDecorations]:
        path = Path(self.path.text().strip()).expanduser()
        return path, self.width_box.value(), self.height_box.value(), self.dpi.value(), self.decorations()

    def decorations(self) -> MapDecorations:
        return MapDecorations(
            title=self.title.text().strip(),
            legend=self.legend.isChecked(),
            scale_bar=self.scale_bar.isChecked(),
            north_arrow=self.north_arrow.isChecked(),
        )


class PreferencesDialog(_FormDialog):
    def __init__(self, autosave_minutes: int, reopen_last: bool, parent: QWidget | None = None) -> None:
        super().__init__(translate("PreferencesDialog", "Preferences"), parent)
        self.autosave = QSpinBox()
        self.autosave.setRange(1, 60)
        self.autosave.setSuffix(translate("PreferencesDialog", " min"))
        self.autosave.setValue(autosave_minutes)
        self.reopen = QComboBox()
        self.reopen.addItem(translate("PreferencesDialog", "Show the start page"), False)
        self.reopen.addItem(translate("PreferencesDialog", "Reopen the last project"), True)
        self.reopen.setCurrentIndex(1 if reopen_last else 0)
        self.language = QComboBox()
        system = LANGUAGE_NAMES[system_language()]
        self.language.addItem(translate("PreferencesDialog", "As the system ({language})").format(
            language=system), SYSTEM)  # fmt: skip
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language())))
        self.language_note = plain_label(
            translate("PreferencesDialog", "A new language shows when ClusterDesk starts again.")
        )
        self.language_note.setWordWrap(True)
        self.form.addRow(translate("PreferencesDialog", "Save a recovery copy &every"), self.autosave)
        self.form.addRow(translate("PreferencesDialog", "On &start"), self.reopen)
        self.form.addRow(translate("PreferencesDialog", "Interface &language"), self.language)
        self.form.addRow(self.language_note)
        self._finish()

    def values(self) -> tuple[int, bool, str]:
        """Minutes between recovery copies, reopen the last project, interface language ('system' or a
        language code)."""
        return self.autosave.value(), bool(self.reopen.currentData()), self.language.currentData()


def ask_new_project(parent: QWidget | None, folder: Path | None) -> dict | None:
    """Values for Workspace.new, or None when cancelled."""
    dialog = NewProjectDialog(parent, folder)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_stakeholder(parent: QWidget | None, lon: float, lat: float) -> dict | None:
    """Name, kind and location of a stakeholder placed on the map, or None when cancelled."""
    dialog = PlaceStakeholderDialog(lon, lat, parent)
    return dialog.row() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_export_view(
    parent: QWidget | None, suggested: Path, title: str = ""
) -> tuple[Path, int, int, int, MapDecorations] | None:
    """File, width, height, dpi and decorations of a map export, or None when cancelled."""
    dialog = ExportViewDialog(suggested, parent, title)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_preferences(
    parent: QWidget | None, autosave_minutes: int, reopen_last: bool
) -> tuple[int, bool, str] | None:
    dialog = PreferencesDialog(autosave_minutes, reopen_last, parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
