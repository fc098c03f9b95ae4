"""Markup in a project's texts is shown as typed in Qt widgets: labels, tooltips, message boxes and the
rich text that quotes names (Qt would otherwise guess that "<b>x</b>" is HTML and render it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox

from clusterdesk.analysis.capacity_scores import load_framework
from clusterdesk.core.capacity_framework import SUPPORT_INSTITUTION_FRAMEWORK
from clusterdesk.core.capacity_framework_edits import AddFramework, SetRubricText
from clusterdesk.core.project import Project
from clusterdesk.gui import ask
from clusterdesk.gui.capacity.assessment_dialog import AssessmentDialog
from clusterdesk.gui.import_wizard.plan_pages import ReviewPage
from clusterdesk.gui.import_wizard.source_pages import PreviewPage
from clusterdesk.gui.map.identify import IdentifyPopup
from clusterdesk.gui.plain_text import literal_text, plain_label
from hostile_content import (
    BOUNDARY,
    CLUSTER,
    MARKUP,
    NOTES,
    STAKEHOLDER,
    TASK,
    VISION,
    build_hostile_project,
)


def shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt displays for `text` in a widget of `text_format` (tooltips guess, like AutoText)."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText().replace("\u2029", "\n").replace("\u2028", "\n")


def label_shows(label: QLabel) -> str:
    return shown(label.text(), label.textFormat())


@pytest.fixture
def hostile_path(tmp_path):
    project = build_hostile_project(tmp_path / "hostile.gpkg")
    project.close()
    return tmp_path / "hostile.gpkg"


def test_helpers_show_markup_as_typed(qapp):
    for text in (MARKUP, STAKEHOLDER, f"{MARKUP}\nsecond  line", "plain name"):
        assert shown(literal_text(text)) == text
        assert label_shows(plain_label(text)) == text
    assert shown(MARKUP) != MARKUP  # what Qt does with such a text left to guess


def test_main_window_shows_names_notes_and_tasks_as_typed(make_window, hostile_path, qtbot):
    window = make_window()
    assert window.documents.open_path(hostile_path)
    qtbot.waitUntil(lambda: window.workspace.project is not None, timeout=5000)
    qtbot.waitUntil(lambda: CLUSTER in label_shows(window.status.summary_label), timeout=5000)
    registry = window.docks["registry"].widget().model
    qtbot.waitUntil(lambda: registry.rowCount() == 2, timeout=5000)
    tips = {
        shown(registry.data(registry.index(row, column), Qt.ItemDataRole.ToolTipRole))
        for row in range(registry.rowCount())
        for column in range(registry.columnCount())
    }
    assert STAKEHOLDER in tips and f"Street {MARKUP}" in tips
    window.docks["relations"].show()
    window.docks["relations"].widget().selected_only.setChecked(False)  # every relation, not the selected
    relations = window.docks["relations"].widget().model
    qtbot.waitUntil(lambda: relations.rowCount() == 1, timeout=5000)
    notes = relations.index(0, relations.columnCount() - 1)
    assert shown(relations.data(notes, Qt.ItemDataRole.ToolTipRole)) == NOTES
    window.docks["plan"].show()
    plan = window.docks["plan"].widget()
    qtbot.waitUntil(lambda: plan.model.rowCount() == 2, timeout=5000)
    task_tips = [
        shown(plan.model.data(plan.model.index(row, 1), Qt.ItemDataRole.ToolTipRole)) for row in (0, 1)
    ]
    assert any(tip.startswith(f"{TASK}\n") for tip in task_tips)
    assert VISION in shown(plan.vision.toolTip())
    firm = int(registry.fids.min())
    popup = IdentifyPopup(window.workspace.project, firm)
    assert label_shows(popup.label).startswith(f"{STAKEHOLDER}\n")
    popup.deleteLater()


def test_assessment_rubric_shows_the_framework_texts_as_typed(qapp):
    project = Project.new(None, CLUSTER)
    try:
        project.stack.push(AddFramework(SUPPORT_INSTITUTION_FRAMEWORK))
        first = load_framework(project).indicators[0]
        project.stack.push(SetRubricText(first.fid, 1, f"Level {MARKUP}"))
        dialog = AssessmentDialog(load_framework(project), [(1, STAKEHOLDER)], {})
        assert f"1 Level {MARKUP}" in label_shows(dialog.rubric).splitlines()
        dialog.deleteLater()
    finally:
        project.close()


def test_message_boxes_show_names_as_typed(qapp):
    box = ask._box(None, QMessageBox.Icon.Warning, f"Delete {STAKEHOLDER}?", f"Boundary {BOUNDARY}")
    labels = {label.objectName(): label_shows(label) for label in box.findChildren(QLabel)}
    assert labels["qt_msgbox_label"] == f"Delete {STAKEHOLDER}?"
    assert labels["qt_msgbox_informativelabel"] == f"Boundary {BOUNDARY}"
    box.deleteLater()


def test_import_wizard_messages_quote_the_file_as_typed(qapp):
    wizard = type("Wizard", (), {})()
    preview, review = PreviewPage(wizard), ReviewPage(wizard)
    preview._failed(f"{STAKEHOLDER}.csv cannot be read")
    review._failed(f"{MARKUP}.xlsx: row 2")
    assert label_shows(preview.facts) == f"{STAKEHOLDER}.csv cannot be read"
    assert label_shows(review.summary) == f"{MARKUP}.xlsx: row 2"
    for page in (preview, review):
        page.deleteLater()
