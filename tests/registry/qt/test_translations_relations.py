"""The relations panel and its dialog in Russian, Spanish and French: filters, buttons, tooltips, column
titles, kinds and survey rounds, the messages and the counts in the language's plural forms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from clusterdesk.gui import ask
from conftest import english_words

KIND, SURVEY_ROUND = 2, 4  # the table's columns the program writes; the others hold names and notes


def shown_texts(root: QWidget) -> list[str]:
    """Title, labels, button texts, tooltips, placeholders and list items of `root` and its children."""
    texts = [root.windowTitle(), root.toolTip()]
    for widget in root.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [text for text in texts if text]


def english_left(texts: list[str]) -> dict[str, list[str]]:
    return {text: english_words(text) for text in texts if english_words(text)}


@pytest.fixture
def relations_panel(make_window, small_project, qtbot, interface_language):
    """The main window in a language (switched before any widget is made) with the small project and
    the relations panel."""

    def make(language: str):
        interface_language(language)
        window = make_window()
        assert window.documents.open_path(small_project)
        qtbot.waitUntil(lambda: window.central.currentWidget() is window.canvas, timeout=5000)
        dock = window.docks["relations"]
        dock.show()
        return window, dock.widget()

    return make


def _fid(project, name: str) -> int:
    return project.connection.execute("SELECT fid FROM stakeholders WHERE name = ?", (name,)).fetchone()[0]


def test_relations_panel_speaks_russian(relations_panel, monkeypatch, qtbot):
    window, panel = relations_panel("ru")
    assert english_left(shown_texts(panel)) == {}
    assert panel.status.text() == "Выберите участников на карте или в реестре, чтобы увидеть их связи."
    panel.selected_only.setChecked(False)
    assert panel.status.text() == "1 связь"
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(panel.model.columnCount())]
    cells = [panel.model.data(panel.model.index(0, c)) for c in (KIND, SURVEY_ROUND)]
    assert english_left(headers + cells) == {}
    assert cells == ["Поставляет", "Исходный уровень"]
    assert [panel.round.itemText(i) for i in range(panel.round.count())] == ["Все раунды", "Исходный уровень"]
    header = panel.table.horizontalHeader()  # longer titles widen their columns instead of being cut
    dock = window.docks["relations"]
    dock.setFloating(True)  # wide enough for every column, none hidden to leave the names room
    dock.resize(1200, 400)
    qtbot.waitUntil(lambda: not any(header.isSectionHidden(c) for c in range(header.count())))
    for column, title in enumerate(headers):
        assert header.sectionSize(column) > header.fontMetrics().horizontalAdvance(title), title
    assert header.sectionSize(SURVEY_ROUND) > panel.table.fontMetrics().horizontalAdvance(cells[1])

    asked = []
    monkeypatch.setattr(ask, "confirm", lambda _parent, *texts: asked.append(texts) or False)
    panel.table.selectRow(0)
    panel.delete_selected()
    question, detail, button = asked[0]
    assert question == "Удалить связь Hilados del Norte – Textiles Imbabura?"
    assert english_left([detail, button]) == {}


def test_relation_dialog_speaks_russian(relations_panel):
    window, panel = relations_panel("ru")
    dialog = panel.relation_dialog()
    texts = shown_texts(dialog)
    assert english_left(texts) == {} and dialog.windowTitle() == "Добавить связь"
    messages = [dialog.message.text()]  # no ends chosen yet
    project = window.workspace.project
    dialog.source.set_fid(_fid(project, "Textiles Imbabura"))
    messages.append(dialog.message.text())
    dialog.target.set_fid(_fid(project, "Textiles Imbabura"))
    messages.append(dialog.message.text())
    dialog.target.set_fid(_fid(project, "Cámara de Comercio"))
    dialog.since.setText("2023-13-01")
    messages.append(dialog.message.text())
    dialog.since.setText("")
    dialog.survey_round.setCurrentText("")
    messages.append(dialog.message.text())
    assert all(messages) and english_left(messages) == {}
    # a listed round is shown by its label and kept as its code
    dialog.survey_round.setCurrentText("Исходный уровень")
    assert dialog.check() is None and dialog.values()["survey_round"] == "baseline"
    dialog.survey_round.setCurrentText("второй раунд 2024")
    assert dialog.values()["survey_round"] == "второй раунд 2024"
    dialog.deleteLater()

    panel.selected_only.setChecked(False)
    panel.table.selectRow(0)
    edit = panel.relation_dialog(panel.selected_rows()[0])
    assert edit.windowTitle() == "Изменить связь" and edit.survey_round.currentText() == "Исходный уровень"
    assert edit.values()["survey_round"] == "baseline"
    assert edit.command().label == "Изменение связи Hilados del Norte – Textiles Imbabura"
    edit.deleteLater()


@pytest.mark.parametrize(
    ("shown", "total", "expected"),
    [
        (1, 1, "1 связь"),
        (3, 3, "3 связи"),
        (11, 11, "11 связей"),
        (5000, 12345, "Первые 5\u00a0000 из 12\u00a0345 связей; уточните фильтры, чтобы увидеть остальные."),
    ],
)
def test_relation_counts_in_russian_plural_forms(relations_panel, shown, total, expected):
    _window, panel = relations_panel("ru")
    assert panel._status_text(None, shown, total) == expected


def test_relation_counts_read_right_in_english(relations_panel):
    _window, panel = relations_panel("en")
    assert panel._status_text(None, 1, 1) == "1 relation"
    assert panel._status_text(None, 2, 2) == "2 relations"
    assert panel._status_text(None, 5000, 12345) == (
        "The first 5,000 of 12,345 relations; narrow the filters to see the rest."
    )


def test_relations_in_spanish_and_french(relations_panel):
    _window, panel = relations_panel("es")
    assert panel.kind.itemText(0) == "Todos los tipos" and panel.kind.itemText(1) == "Suministra a"
    panel.selected_only.setChecked(False)
    assert panel.status.text() == "1 relación"
    assert panel.model.headerData(4, Qt.Orientation.Horizontal) == "Ronda de encuesta"


def test_relation_dialog_in_french(relations_panel):
    _window, panel = relations_panel("fr")
    dialog = panel.relation_dialog()
    assert dialog.windowTitle() == "Ajouter une relation"
    assert dialog.since.placeholderText() == "AAAA-MM-JJ (facultatif)"
    dialog.deleteLater()
