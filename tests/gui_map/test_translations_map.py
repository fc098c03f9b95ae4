"""The map in Russian, Spanish and French: the layers panel, its legend and score legend, the identify
popup and the names the map tools give (suggested boundary names, undo labels) show no English left."""

from __future__ import annotations

import pytest
from map_fixtures import ENTERPRISE_AT
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTreeWidget, QTreeWidgetItemIterator, QWidget

from conftest import english_words


@pytest.fixture
def language(interface_language):
    """Switch the interface to a language; called before any widget is made."""
    return interface_language


def shown_texts(root: QWidget) -> list[str]:
    """Titles, labels, button texts, tooltips and tree rows of `root` and its children."""
    texts = [root.windowTitle(), root.toolTip()]
    for widget in root.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QTreeWidget):
            items = QTreeWidgetItemIterator(widget)
            while items.value():
                item = items.value()
                texts += [item.text(c) for c in range(widget.columnCount())]
                texts += [item.toolTip(c) for c in range(widget.columnCount())]
                items += 1
    return [text for text in texts if text]


def english_left(texts: list[str]) -> dict[str, list[str]]:
    return {text: english_words(text) for text in texts if english_words(text)}


@pytest.fixture
def layers_panel(canvas, qtbot):
    from clusterdesk.gui.map import LayersPanel

    def make() -> LayersPanel:
        panel = LayersPanel(canvas)
        qtbot.addWidget(panel)
        panel.resize(300, 650)
        panel.show()
        return panel

    return make


def test_layers_panel_speaks_russian(language, layers_panel):
    language("ru")
    panel = layers_panel()
    panel.colour_by_capacity.setChecked(True)  # shows the score legend and its summary
    texts = shown_texts(panel)
    assert english_left(texts) == {}
    assert english_left([panel.score_legend.incomplete_text()]) == {}
    titles = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert titles[0] == "Подписи" and "Участники" in titles and "Связи" in titles
    legend = dict(panel.legend())
    assert legend["Предприятие"] == 2 and legend["Бизнес-ассоциация"] == 1


@pytest.mark.parametrize(
    ("scored", "incomplete", "expected"),
    [
        (1, 0, "1 институт с оценкой"),
        (3, 0, "3 института с оценкой"),
        (5, 2, "5 институтов с оценкой, 2 ещё без итога"),
        (0, 21, "21 институт оценивается, ни один раунд ещё не завершён"),
    ],
)
def test_score_summary_counts_in_russian_plural_forms(language, layers_panel, scored, incomplete, expected):
    language("ru")
    assert layers_panel().score_text(scored, incomplete) == expected


def test_score_summary_counts_read_right_in_english(layers_panel):
    panel = layers_panel()
    assert panel.score_text(1, 0) == "1 institution scored"
    assert panel.score_text(2, 1) == "2 institutions scored, 1 not yet complete"
    assert panel.score_text(0, 3) == "3 institutions assessed, no round complete yet"


def test_identify_popup_speaks_russian(language, canvas, qtbot):
    language("ru")
    canvas.set_tool("identify")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.lonlat_to_pixel(*ENTERPRISE_AT).toPoint())
    popup = canvas._popup
    assert popup is not None and popup.isVisible()
    # the title is the stakeholder's name (user data); every label and the values the program writes
    assert english_left([*popup.fields, *popup.fields.values()]) == {}
    assert popup.fields["Тип"] == "Предприятие" and popup.fields["Сотрудники"] == "40"
    popup.close()


def test_map_tools_name_things_in_russian(language, canvas, small_project, monkeypatch):
    language("ru")
    suggested = []
    canvas.ask_boundary_name = lambda name: suggested.append(name) or name
    canvas.set_tool("draw_boundary")
    canvas.tool.vertices = [(-78.26, 0.31), (-78.16, 0.31), (-78.16, 0.36)]
    canvas.tool.finish()
    assert suggested == ["Граница кластера 2"]
    canvas.set_tool("edit_boundary")
    assert canvas.tool.move_vertex(canvas.renderer.data.boundaries[0].fid, 0, 0, 0, -78.29, 0.28)
    assert small_project.stack.undo_label == "Изменение границы Atuntaqui"
    monkeypatch.setattr(canvas.renderer.data, "names", lambda fids: {})
    assert canvas.stakeholder_name(1) == "участник 1"


def test_layers_panel_and_popup_in_spanish_and_french(language, canvas, layers_panel, qtbot):
    language("es")
    panel = layers_panel()
    assert panel.up.text() == "Subir" and dict(panel.legend())["Empresa"] == 2
    panel.close()
    language("fr")
    canvas.identify(1, QPoint(10, 10))
    assert canvas._popup.fields["Type"] == "Entreprise" and "Emplacement" in canvas._popup.fields
    canvas._popup.close()
