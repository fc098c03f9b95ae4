"""The window itself in Russian, Spanish and French: the start page, the main window with every dock open,
its status bar and title, the Preferences, New project, Export view and New stakeholder dialogs, the About
box and the questions asked before unsaved work or stakeholders are dropped.

Each check collects every text a widget shows (labels, buttons, placeholders, combo items, suffixes,
tooltips, titles), so a string left out of translate() shows up as English here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QWidget,
)

from clusterdesk.core import edits, samples
from clusterdesk.core.project import Project
from clusterdesk.gui import about, ask, dialogs
from clusterdesk.gui.delete_question import delete_question
from clusterdesk.gui.i18n import LANGUAGE_NAMES
from clusterdesk.gui.start_page import PATH_ROLE
from conftest import english_words

# Names that stay in every language besides those conftest knows: the datum and the licence's author
NAMES = {"WGS", "GNU"}
FILE_SUFFIX = re.compile(r"\.(png|svg|pdf|gpkg|bak)\b")


def _english(texts: list[str]) -> dict[str, list[str]]:
    """The texts that still hold English words; language names are written in their own language."""
    found = {}
    for text in texts:
        check = FILE_SUFFIX.sub("", text)
        for name in LANGUAGE_NAMES.values():
            check = check.replace(name, "")
        words = [w for w in english_words(check) if w not in NAMES]
        if words:
            found[text] = words
    return found


def _shown_texts(root: QWidget) -> list[str]:
    """Every text `root` and its children show; the items of lists of project files are user data."""
    widgets = [root, *root.findChildren(QWidget)]
    texts = [root.windowTitle()]
    for widget in widgets:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QListWidget):
            items = [widget.item(i) for i in range(widget.count())]
            texts += [item.text() for item in items if item.data(PATH_ROLE) is None]
        if isinstance(widget, QSpinBox):
            texts += [widget.prefix(), widget.suffix()]
        if isinstance(widget, QAbstractSpinBox):
            texts.append(widget.specialValueText())
    return [text for text in texts if text]


def _stray_ampersands(root: QWidget) -> list[str]:
    """Labels that would show their mnemonic's "&": a label marks a letter only when it has a buddy."""
    labels = root.findChildren(QLabel)
    return [
        label.text() for label in labels if "&" in label.text().replace("&&", "") and label.buddy() is None
    ]


def _cyrillic_sample(folder: Path, monkeypatch) -> Path:
    """A sample project whose own texts (file, cluster and stakeholder names) are Russian, so that every
    word the window shows about it must be Russian too."""
    folder = folder / samples.SAMPLE_FOLDER_NAME
    folder.mkdir(parents=True)
    path = folder / "самара.gpkg"
    project = Project.new(path, "Автомобильный кластер Самары", country="RU", sector_code="2930")
    add = edits.AddStakeholders([
        {"name": "Завод Волга", "lon": 50.15, "lat": 53.2},
        {"name": "Поставщик Кама", "kind": "supplier", "lon": 50.25, "lat": 53.25},
        {"name": "Торгово-промышленная палата", "kind": "business_association", "lon": 50.1, "lat": 53.18},
    ])  # fmt: skip
    project.stack.push(add)
    project.stack.push(edits.AddRelations([{"source_id": add.added_fids[1], "target_id": add.added_fids[0],
                                            "kind": "supplies"}]))  # fmt: skip
    project.save()
    project.close()
    monkeypatch.setattr(samples, "sample_project_folders", lambda: [folder])
    return path


def _open(window, path: Path, qtbot) -> None:
    assert window.documents.open_path(path)
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.canvas, timeout=5000)


def test_start_page_speaks_russian(interface_language, make_window):
    interface_language("ru")
    window = make_window()
    window.refresh_start_page()
    texts = _shown_texts(window.start_page)
    assert _english(texts) == {}
    assert window.start_page.open_button.text() == "&Открыть проект…"
    assert "Недавних проектов пока нет. Откройте проект или создайте новый." in texts
    window.fill_recent_menu()
    recent = [action.text() for action in window.menus["recent"].actions()]
    assert recent == ["Нет недавних проектов"]


def test_main_window_with_every_dock_speaks_russian(interface_language, make_window, tmp_path, monkeypatch,
                                                    qtbot):  # fmt: skip
    interface_language("ru")
    sample = _cyrillic_sample(tmp_path, monkeypatch)
    window = make_window()
    _open(window, sample, qtbot)
    for dock in window.docks.values():
        dock.show()
    docks = [dock.windowTitle() for dock in window.docks.values()]
    assert _english(docks) == {}, "dock titles"
    assert len(set(docks)) == len(docks)
    assert [action.text() for action in window.menus["panels"].actions()] == docks
    assert window.docks["plan"].windowTitle() == "План действий"

    status = window.status
    status.set_position(-78.214, 0.332)
    window.workspace.select_all()
    texts = [status.summary_label.text(), status.selection_label.text(), status.position_label.text(),
             status.scale_label.toolTip(), status.position_label.toolTip(), window.windowTitle(),
             status.currentMessage()]  # fmt: skip
    assert _english(texts) == {}, "status bar and title"
    assert status.summary_label.text() == "Автомобильный кластер Самары  ·  3 участника  ·  1 связь"
    assert status.selection_label.text() == "Выбрано 3"
    assert status.position_label.text() == "0,33200° с. ш.  78,21400° з. д."  # the Russian decimal comma
    assert window.windowTitle() == "самара[*] (пример) — ClusterDesk"
    assert status.currentMessage() == "Пример проекта: чтобы сохранить изменения, используйте «Сохранить как»"
    window.fill_recent_menu()
    assert _english([action.text() for action in window.menus["recent"].actions()]) == {}


def test_counts_take_the_russian_plural_forms(interface_language, qtbot):
    from clusterdesk.gui.status_bar import MainStatusBar

    interface_language("ru")
    status = MainStatusBar()
    qtbot.addWidget(status)
    shown = {}
    for count in (1, 2, 5, 21, 1234):
        status.set_summary("Кластер", count, count)
        status.set_selection_count(count)
        shown[count] = (status.summary_label.text(), status.selection_label.text())
    assert shown[1] == ("Кластер  ·  1 участник  ·  1 связь", "Выбран 1")
    assert shown[2] == ("Кластер  ·  2 участника  ·  2 связи", "Выбрано 2")
    assert shown[5] == ("Кластер  ·  5 участников  ·  5 связей", "Выбрано 5")
    assert shown[21] == ("Кластер  ·  21 участник  ·  21 связь", "Выбран 21")
    assert shown[1234][1] == "Выбрано 1\N{NO-BREAK SPACE}234"  # grouped as Russian writes numbers


@pytest.mark.parametrize("make", [
    lambda folder: dialogs.PreferencesDialog(10, False),
    lambda folder: dialogs.NewProjectDialog(folder=folder),
    lambda folder: dialogs.ExportViewDialog(folder / "карта.png"),
    lambda folder: dialogs.PlaceStakeholderDialog(50.15, 53.2),
], ids=["preferences", "new_project", "export_view", "new_stakeholder"])  # fmt: skip
def test_dialogs_speak_russian(interface_language, qtbot, tmp_path, make):
    interface_language("ru")
    dialog = make(tmp_path)
    qtbot.addWidget(dialog)
    dialog._try_accept()  # the refusal of an empty form shows too
    assert _english(_shown_texts(dialog)) == {}
    assert _stray_ampersands(dialog) == []
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).text() == "Отмена"


def test_new_project_refusals_speak_russian(interface_language, qtbot, tmp_path):
    interface_language("ru")
    dialog = dialogs.NewProjectDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    refusals = [dialog.problem()]
    dialog.cluster_name.setText("Кластер")
    dialog.country.setEditText("E1")
    refusals.append(dialog.problem())
    dialog.country.setEditText("RU")
    dialog.path.setText("")
    refusals.append(dialog.problem())
    assert None not in refusals and _english(refusals) == {}
    assert refusals[0] == "Введите название кластера."


def test_about_box_speaks_russian(interface_language):
    interface_language("ru")
    text = about.about_text()
    versions = re.search(r"<table>.*</table>", text).group(0)  # program names and their versions
    paragraphs = re.sub(r"<[^>]+>", " ", text.replace(versions, ""))
    assert _english([paragraphs]) == {}
    assert "<td>Система</td>" in versions
    assert about._shown("GDAL", about.NOT_AVAILABLE) == ("GDAL", "недоступно")


def test_questions_before_dropping_work_speak_russian(interface_language, tmp_path, monkeypatch):
    interface_language("ru")
    texts = []
    for action in ("new", "open", "close", "quit", "restore"):
        texts += ask.save_question("Самара", action)
    assert _english(texts) == {}
    assert ask.save_question("Самара", "quit")[0] == "Сохранить изменения в «Самара» перед выходом?"
    project = Project.open(_cyrillic_sample(tmp_path, monkeypatch))
    try:
        fids = [row[0] for row in project.connection.execute("SELECT fid FROM stakeholders ORDER BY fid")]
        one = delete_question(project, fids[:1])
        three = delete_question(project, fids)
    finally:
        project.close()
    assert _english([*one, *three]) == {}
    assert one == ("Удалить «Завод Волга»?", "Также будут удалены: 1 связь. Это действие можно отменить.")
    assert three[0] == "Удалить 3 участника?"


def test_spanish_and_french(interface_language, make_window):
    interface_language("es")
    window = make_window(show=False)
    assert window.docks["plan"].windowTitle() == "Plan de acción"
    question = ask.save_question("Ambato", "open")[0]
    assert question == "¿Guardar los cambios de «Ambato» antes de abrir otro proyecto?"
    interface_language("fr")
    nbsp = "\N{NO-BREAK SPACE}"
    question = ask.save_question("Ambato", "quit")[0]
    assert question == f"Enregistrer les modifications de «{nbsp}Ambato{nbsp}» avant de quitter{nbsp}?"
    dialog = dialogs.PreferencesDialog(10, True)
    dialog.deleteLater()
    assert dialog.windowTitle() == "Préférences"


def test_english_counts_read_without_a_catalogue(qtbot):
    from clusterdesk.gui.status_bar import MainStatusBar

    status = MainStatusBar()
    qtbot.addWidget(status)
    status.set_summary("Atuntaqui", 1, 2)
    assert status.summary_label.text() == "Atuntaqui  ·  1 stakeholder  ·  2 relations"
