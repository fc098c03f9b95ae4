"""A country field that finds ISO 3166-1 countries by code or by name in any of the four languages."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from clusterdesk.core import countries
from clusterdesk.core.reference_text import folded
from clusterdesk.gui.i18n import interface_language, translate


class CountryPicker(QComboBox):
    """An editable list of "Ecuador (EC)" in the window's language. Typing "ec", "Équateur", "Эквадор"
    or "peru" offers the matching countries; the first item, empty, is "no country"."""

    code_changed = Signal(object)  # the ISO code, or None

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.language = language or interface_language()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.addItem("", None)
        by_name = sorted(countries.countries(), key=lambda c: folded(c.name(self.language)))
        for country in by_name:
            self.addItem(countries.display(country.code, self.language), country.code)
        self.lineEdit().setPlaceholderText(
            translate("CountryPicker", "Type a name or code, e.g. Ecuador or EC")
        )
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._choose_text)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._suggest)
        self.lineEdit().editingFinished.connect(self._show_resolved)
        self.currentIndexChanged.connect(lambda _index: self.code_changed.emit(self.code()))
        self.setMinimumContentsLength(24)

    def suggestions(self, text: str) -> list[str]:
        """What the list offers for `text`: "Ecuador (EC)" for each match, best first."""
        return [countries.display(code, self.language) for code in countries.search(text, self.language)]

    def _suggest(self, text: str) -> None:
        self._suggestions.setStringList(self.suggestions(text)[:40])
        if text.strip():
            self.completer().complete()

    def _choose_text(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))

    def _show_resolved(self) -> None:
        """A text that names one country ("peru", "EC") shows as that country's item once left."""
        code = self.code()
        if code and self.currentText() != countries.display(code, self.language):
            self.set_code(code)

    def code(self) -> str | None:
        """The chosen country's code: the item shown, else the one country the typed text names
        (its code, or a name matching only one country); None for no country or an unclear text."""
        text = self.currentText().strip()
        if not text:
            return None
        if text == self.itemText(self.currentIndex()):
            return self.currentData()
        found = countries.search(text, self.language)
        if found and (len(found) == 1 or text.upper() == found[0]):
            return found[0]
        return None

    def is_unclear(self) -> bool:
        """True when text is typed that names no single country."""
        return bool(self.currentText().strip()) and self.code() is None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code.strip().upper()) if code else 0
        if index < 0:  # a code ISO does not list, kept as the file has it
            self.setCurrentIndex(0)
            self.setEditText(code or "")
            return
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))
