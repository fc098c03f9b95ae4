"""The capacity panel and its dialogs in Russian (and a look at Spanish): every text they show is
translated, the default framework's names and the named rounds show translated, a name someone gave shows
as entered, and the markers keep step with core's English."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QToolButton

from clusterdesk.core.capacity import NAMED_ROUNDS
from clusterdesk.core.capacity_framework import SUPPORT_INSTITUTION_FRAMEWORK
from clusterdesk.core.edits import UpdateRow
from clusterdesk.core.workspace import RecentFiles, Workspace
from clusterdesk.gui.capacity import CapacityPanel
from clusterdesk.gui.capacity import labels as capacity_labels
from conftest import REPO, english_words

DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def workspace(samara_workspace):
    return samara_workspace


@pytest.fixture
def panel(interface_language, qtbot, workspace):
    interface_language("ru")
    widget = CapacityPanel(workspace)
    qtbot.addWidget(widget)
    widget.resize(1300, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def english_in(texts) -> dict[str, list[str]]:
    return {text: english_words(text) for text in texts if text and english_words(text)}


def own_texts(widget) -> list[str]:
    """Title, labels, buttons (text and tooltip) and form labels of a widget and its children."""
    texts = [widget.windowTitle(), widget.toolTip()]
    for child in widget.findChildren(QLabel):
        texts += [child.text(), child.toolTip()]
    for child in widget.findChildren(QPushButton) + widget.findChildren(QToolButton):
        texts += [child.text(), child.toolTip()]
        if child.menu() is not None:
            texts += [t for a in child.menu().actions() for t in (a.text(), a.toolTip())]
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                texts.append(item.widget().text())
    return texts


def headers(model, roles=(DISPLAY, TOOLTIP)) -> list[str]:
    return [
        str(model.headerData(n, Qt.Orientation.Horizontal, role) or "")
        for n in range(model.columnCount())
        for role in roles
    ]


def test_panel_radar_comparison_and_gaps_speak_russian(panel):
    texts = own_texts(panel) + [panel.tabs.tabText(n) for n in range(panel.tabs.count())]
    texts += [panel.compared_round.itemText(n) for n in range(panel.compared_round.count())]
    radar = panel.radar
    assert radar.series, "the sample has assessments"
    texts += [radar.title.split(" — ")[-1], *radar.axes]  # the framework's name after the institution's
    notes = []
    for position in range(panel.institution.count()):  # every institution's rounds in the legend
        panel.institution.setCurrentIndex(position)
        texts += [s.label for s in radar.series]
        notes += [s.note for s in radar.series if s.note]
    texts += notes
    comparison = panel.comparison_model
    texts += headers(comparison)
    for row in range(comparison.rowCount()):
        for column in range(1, comparison.columnCount()):  # 0: the institution's name
            index = comparison.index(row, column)
            texts += [str(index.data(DISPLAY) or ""), str(index.data(TOOLTIP) or "")]
    gaps = panel.gap_model
    texts += headers(gaps)
    panel.gap_model.planned = {0}
    for row in range(gaps.rowCount()):
        texts += [str(gaps.index(row, column).data(DISPLAY) or "") for column in (1, 2, 6)]
        texts.append(str(gaps.index(row, 7).data(TOOLTIP) or ""))  # the weakest indicators' next levels
    english = english_in(texts)
    assert english == {}, f"English left in the Russian capacity panel: {english}"
    assert panel.tabs.tabText(2) == "Разрывы"
    assert radar.series[0].label.startswith("Исходная оценка, ")
    assert any(note.startswith("не завершено: оценено ") for note in notes), (
        "the sample has an incomplete round"
    )


def test_a_panel_without_framework_explains_in_russian(interface_language, qtbot, new_project, tmp_path):
    interface_language("ru")
    space = Workspace(RecentFiles(tmp_path / "recent.json"))
    space.open(new_project.path)
    widget = CapacityPanel(space)
    qtbot.addWidget(widget)
    assert (
        english_in([widget.radar.empty_text, widget.add_framework.text(), widget.add_framework.toolTip()])
        == {}
    )
    widget.install_default_framework()
    assert english_in([widget.message.text()]) == {}
    space.close(discard=True)


def test_dialogs_speak_russian(panel, qtbot):
    assessment = panel.assessment_dialog()
    qtbot.addWidget(assessment)
    # the default framework's rubric, as the sample keeps it, shows translated
    texts = own_texts(assessment) + [assessment.round.toolTip()]
    for row in range(assessment.table.rowCount()):
        assessment._show_rubric(row)
        texts.append(assessment.rubric.text())
    texts += [assessment.round.itemText(n) for n in range(assessment.round.count())]
    texts += [assessment.table.horizontalHeaderItem(n).text() for n in range(assessment.table.columnCount())]
    texts += [assessment.table.item(row, 0).text() for row in range(assessment.table.rowCount())]
    assessment.round.setEditText("второй визит")
    assessment._accept_if_valid()
    texts.append(assessment.problem.text())
    framework = panel.framework_dialog()
    qtbot.addWidget(framework)
    texts += own_texts(framework) + [framework.tree.headerItem().text(0)]
    items = framework.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    texts += [item.text(0) for item in items]
    english = english_in(re.sub(r"<[^>]+>", " ", text) for text in texts)  # the rubric's markup aside
    assert english == {}, f"English left in the Russian capacity dialogs: {english}"
    assert "ГГГГ-ММ-ДД" in assessment.problem.text()
    assessment.round.setEditText("Промежуточная оценка")
    assert assessment.round_code() == "mid_term", "a named round typed in the interface language is known"


def test_a_renamed_dimension_shows_as_entered(panel, workspace):
    from clusterdesk.core.capacity_edits import DIMENSIONS

    first = panel.framework.dimensions[0]
    assert panel.radar.axes[0] == "Отзывчивость к запросам кластера"
    workspace.project.stack.push(
        UpdateRow(DIMENSIONS, first.fid, {"name": "Spotlight on demand"}, label="Rename")
    )
    assert panel.radar.axes[0] == "Spotlight on demand"


def test_spanish_names_and_rounds(interface_language, qtbot, workspace):
    interface_language("es")
    widget = CapacityPanel(workspace)
    qtbot.addWidget(widget)
    assert [widget.tabs.tabText(n) for n in range(widget.tabs.count())] == ["Radar", "Comparación", "Brechas"]
    assert widget.radar.axes[4] == "Sostenibilidad financiera"
    assert capacity_labels.round_text("baseline") == "Línea de base"
    assert widget.gap_model.headerData(0, Qt.Orientation.Horizontal, DISPLAY) == "Institución"


def test_markers_say_what_core_says_in_english():
    """The markers repeat the default framework's English names (lupdate can only read literals)."""
    framework = SUPPORT_INSTITUTION_FRAMEWORK
    names = {d.code: d.name for d in framework.dimensions}
    names |= {i.code: i.name for d in framework.dimensions for i in d.indicators}
    assert capacity_labels.DEFAULT_NAMES == names
    assert capacity_labels.DEFAULT_FRAMEWORK == framework.name
    assert capacity_labels.ROUNDS == NAMED_ROUNDS


def test_counted_texts_have_three_russian_forms():
    tree = ElementTree.parse(REPO / "resources" / "i18n" / "capacity_ru.ts")
    counted = [m for m in tree.getroot().iter("message") if "%n" in m.findtext("source")]
    assert len(counted) >= 4
    for message in counted:
        assert message.get("numerus") == "yes", message.findtext("source")
        assert len(message.find("translation").findall("numerusform")) == 3


def test_a_rewritten_rubric_shows_as_typed(panel, workspace):
    from clusterdesk.core.capacity_framework_edits import SetRubricText

    indicator = panel.framework.dimensions[0].indicators[0]
    workspace.project.stack.push(SetRubricText(indicator.fid, 1, "Nobody asks firms"))
    assessment = panel.assessment_dialog()
    assessment._show_rubric(0)
    assert "Nobody asks firms" in assessment.rubric.text()
    assert capacity_labels.rubric(indicator.code, 2, indicator.levels[2]) != indicator.levels[2]
    assessment.close()
