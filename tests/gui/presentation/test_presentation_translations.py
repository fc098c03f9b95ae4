"""The Slides panel and presentation mode in Russian: no English left in their own words."""

from __future__ import annotations

from presentation_fixture import build_presentation_project, open_copy
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QToolButton

from clusterdesk.gui.presentation.slides_panel import SlidesPanel
from conftest import english_words

USER_DATA = ("Committee", "The cluster", "Textiles Imbabura", "Again the cluster", "Start here",
             "Firms and their ties", "F5", "Shift")  # fmt: skip


def english_in(texts):
    found = {}
    for text in texts:
        for name in USER_DATA:
            text = (text or "").replace(name, "")
        if english_words(text):
            found[text] = english_words(text)
    return found


def test_the_panel_and_the_presenters_view_speak_russian(
    qtbot, interface_language, russian_messages, tmp_path
):
    interface_language("ru")
    template = build_presentation_project(tmp_path / "ru.gpkg")
    (tmp_path / "copy").mkdir()
    workspace = open_copy(template, tmp_path / "copy")
    try:
        panel = SlidesPanel(workspace, None)
        qtbot.addWidget(panel)
        texts = [label.text() for label in panel.findChildren(QLabel)]
        for button in panel.findChildren(QPushButton) + panel.findChildren(QToolButton):
            texts += [button.text(), button.toolTip()]
            if button.menu() is not None:
                texts += [action.text() for action in button.menu().actions()]
        texts += [action.text() for action in panel.toolbar.actions()]
        texts += [action.toolTip() for action in panel.toolbar.actions()]
        texts += [field.placeholderText() for field in panel.findChildren(QPlainTextEdit)]
        texts += [field.placeholderText() for field in panel.findChildren(QLineEdit)]
        texts += [panel.list.item(n).text() for n in range(panel.list.count())]
        texts += [
            panel.present_action.text(),
            panel.present_action.toolTip(),
            panel.present_here_action.text(),
        ]
        assert english_in(texts) == {}
        assert "Показать (F5)" in texts

        from clusterdesk.gui.presentation.presenter_view import PresenterView
        from clusterdesk.gui.presentation.show_window import ShowWindow

        show = ShowWindow(workspace.project, panel.slides, language="ru")
        qtbot.addWidget(show)
        show.resize(1280, 720)
        presenter = PresenterView(show)
        qtbot.addWidget(presenter)
        texts = [label.text() for label in presenter.findChildren(QLabel)] + [presenter.windowTitle()]
        show.go_to(3, animate=False)
        texts += [label.text() for label in presenter.findChildren(QLabel)]
        assert english_in(texts) == {}
        presenter.close()
        show.close()
    finally:
        workspace.close(discard=True)
