"""The Surveys tab, its New survey dialog, the survey import wizard and the map option in Russian: every
text of their own translated (conftest.english_words), and labels and buttons shown whole."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton
from surveys_fixture import NAMES, build_survey_project, open_copy

from clusterdesk.core.selection import Selection
from conftest import english_words


@pytest.fixture(scope="module")
def russian_template(tmp_path_factory):
    return build_survey_project(tmp_path_factory.mktemp("surveys_ru") / "surveys.gpkg", language="ru")


@pytest.fixture
def russian_workspace(interface_language, russian_messages, russian_template, tmp_path):
    interface_language("ru")
    space = open_copy(russian_template, tmp_path)
    yield space
    space.close(discard=True)


DATA = (*NAMES, "Baseline 2023", "Follow-up 2024", "Atuntaqui garments")


def texts_of(widget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip()]
    texts += [label.text() for label in widget.findChildren(QLabel)]
    for button in widget.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    texts += [field.placeholderText() for field in widget.findChildren(QLineEdit)]
    for combo in widget.findChildren(QComboBox):
        texts += [combo.itemText(n) for n in range(combo.count())] + [combo.toolTip()]
    return texts


def english_in(texts) -> dict[str, list[str]]:
    found = {}
    for text in texts:
        for name in DATA:
            text = (text or "").replace(name, "")
        words = english_words(text)
        if words:
            found[text] = words
    return found


def cut(widget) -> list[str]:
    """Buttons, check boxes and one-line labels narrower than their text."""
    short = []
    for child in widget.findChildren(QPushButton) + widget.findChildren(QCheckBox):
        if child.isVisible() and child.width() < child.sizeHint().width():
            short.append(child.text())
    for label in widget.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap() and label.width() < label.sizeHint().width():
            short.append(label.text())
    return short


def test_the_tab_speaks_russian_and_shows_its_labels_whole(qtbot, russian_workspace):
    from clusterdesk.gui.surveys import SurveysTab

    tab = SurveysTab(russian_workspace)
    qtbot.addWidget(tab)
    tab.resize(1366, 420)
    tab.show()
    qtbot.waitExposed(tab)
    texts = texts_of(tab)
    headers = tab.picker.headerItem()
    texts += [headers.text(c) for c in range(headers.columnCount())]
    texts += [tab.picker.topLevelItem(0).text(1), tab.picker.topLevelItem(1).text(1)]
    model = tab.responses
    from PySide6.QtCore import Qt

    texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    texts += [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in range(2, 8)
    ]
    completeness = tab.completeness
    texts += [completeness.horizontalHeaderItem(c).text() for c in range(2)]
    texts += [completeness.item(r, c).text() for r in range(completeness.rowCount()) for c in range(2)]
    for name in ("employees", "main_market", "exports"):
        tab.question.setCurrentIndex(tab.question.findData(name))
        tab.chart.grab()
        texts += tab.chart.drawn
    assert english_in(texts) == {}
    assert "среднее" in tab.chart.drawn and "нет ответов" in tab.chart.drawn  # exports: no answers
    assert cut(tab) == []


def test_new_survey_dialog_speaks_russian(qtbot, russian_workspace):
    from clusterdesk.core.survey_rounds import round_order
    from clusterdesk.gui.surveys.new_survey_dialog import NewSurveyDialog

    project = russian_workspace.project
    dialog = NewSurveyDialog(project, round_order(project.session.connection()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert english_in(texts_of(dialog)) == {}
    assert cut(dialog) == []
    dialog.name.setText("Follow-up 2024")  # taken: the refusal is Russian too
    dialog.try_accept()
    assert dialog.error.text() and english_in([dialog.error.text()]) == {}


def test_import_wizard_speaks_russian(qtbot, russian_workspace):
    from clusterdesk.gui.import_wizard.survey_wizard import SurveyImportWizard

    wizard = SurveyImportWizard(russian_workspace.project)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.source_page
    texts = texts_of(page) + [page.title(), page.subTitle(), wizard.windowTitle()]
    review = wizard.review_page
    texts += [review.title(), review.skip.text(), review.skip.toolTip()]
    texts += [review.problems.horizontalHeaderItem(c).text() for c in range(3)]
    assert english_in(texts) == {}


def test_map_option_speaks_russian(qtbot, russian_workspace):
    from clusterdesk.gui.map import LayersPanel, MapCanvas

    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.set_online_tiles("http://127.0.0.1:9/{z}/{x}/{y}.png")
    canvas.set_project(russian_workspace.project, Selection())
    panel = LayersPanel(canvas)
    qtbot.addWidget(panel)
    panel.resize(340, 900)
    panel.show()
    qtbot.waitExposed(panel)
    options = panel.answer_options
    options.enabled.setChecked(True)
    options.question.setCurrentIndex(options.question.findData("main_market"))
    texts = texts_of(options) + [text for _rgb, text in options.legend.rows] + [options.summary.text()]
    assert english_in(texts) == {}
    assert "нет ответа (полый)" in texts
    assert cut(options) == []
    canvas.set_project(None, None)
