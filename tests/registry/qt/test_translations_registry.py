"""The stakeholder registry and the import wizard in Russian, Spanish and French: the panel's filters,
buttons, column titles and counts, the detail form, bulk edit, merge and export, and every page of the
import wizard. Messages of the Qt-free layers (field checks, row problems, notes) stay as they are and
are left out; so are the project's own names and values."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QWidget,
    QWizard,
)

from clusterdesk.core import edits
from clusterdesk.gui import ask
from clusterdesk.gui.i18n import choose_language
from clusterdesk.gui.registry.bulk_edit import BulkEditDialog
from clusterdesk.gui.registry.merge_dialog import MergeDialog
from conftest import english_words

KIND_COLUMN = 1


def shown_texts(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Title, labels, button texts, tooltips, placeholders, tab titles and list items of `root` and its
    children, except those of the widgets in `skip`."""
    texts = [root.windowTitle(), root.toolTip()]
    for widget in root.findChildren(QWidget):
        if widget in skip:
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QSpinBox):
            texts.append(widget.specialValueText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return [text for text in texts if text]


def english_left(texts: list[str]) -> dict[str, list[str]]:
    """Texts with English words in them; rich-text markup is not a word."""
    found = {}
    for text in texts:
        words = english_words(re.sub(r"<[^>]*>", " ", text))
        if words:
            found[text] = words
    return found


@pytest.fixture
def registry(make_window, small_project, qtbot, interface_language):
    """The main window in a language (chosen before any widget is made) with the small project and the
    registry panel shown."""

    def make(language: str):
        choose_language(language)
        interface_language(language)
        window = make_window()
        assert window.documents.open_path(small_project)
        qtbot.waitUntil(lambda: window.central.currentWidget() is window.canvas, timeout=5000)
        dock = window.docks["registry"]
        dock.show()
        return window, dock.widget()

    return make


def _fids(project) -> list[int]:
    return [r[0] for r in project.connection.execute("SELECT fid FROM stakeholders ORDER BY fid")]


def test_registry_panel_speaks_russian(registry, monkeypatch):
    window, panel = registry("ru")
    texts = shown_texts(panel) + [panel.counts.text()]
    texts += [action.text() for action in panel.columns_button.menu().actions()]
    model = panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    kinds = [model.index(row, KIND_COLUMN).data() for row in range(model.rowCount())]
    assert english_left(texts + headers + kinds) == {}
    assert panel.buttons["new"].text() == "Создать…" and headers[0] == "Название"
    assert kinds == ["Предприятие", "Поставщик", "Бизнес-ассоциация"]
    assert panel.counts.text() == "Показано 3 · Предприятие 1 · Поставщик 1 · Бизнес-ассоциация 1"

    project = window.workspace.project
    add = edits.AddStakeholders([{"name": "Швейная мастерская"}])  # no location yet
    project.stack.push(add)
    panel.zoom_to(add.added_fids[0])
    message = window.statusBar().currentMessage()
    assert message == "У этого участника пока нет местоположения на карте."

    asked = []
    monkeypatch.setattr(ask, "confirm", lambda _parent, *texts: asked.append(texts) or False)
    window.workspace.selection.set(add.added_fids, source=None)
    panel.delete_selected()
    assert asked[0][2] == "Удалить"


def test_stakeholder_form_speaks_russian(registry, qtbot):
    window, panel = registry("ru")
    connection = window.workspace.project.connection
    connection.execute(
        "INSERT INTO custom_field_definitions (key, label, value_type, position) "
        "VALUES ('machines', 'Швейные машины', 'integer', 1)"
    )
    connection.commit()
    form = panel.open_form(lonlat=(-78.2, 0.31))
    qtbot.addWidget(form)
    contact_headers = [
        form.contacts.horizontalHeaderItem(c).text() for c in range(form.contacts.columnCount())
    ]
    # the field checks are core's messages; the summary that counts them is the form's
    assert english_left(shown_texts(form, skip=tuple(form.errors.values())) + contact_headers) == {}
    assert form.windowTitle() == "Новый участник"
    assert form.summary.text() == "Перед сохранением исправьте 1 поле."  # the name is missing
    form.custom_editors["machines"].setText("двенадцать")
    assert form.errors["custom:machines"].text() == "Значение поля «Швейные машины» должно быть целым числом."
    form.editors["employees"].setText("много")
    assert form.summary.text() == "Перед сохранением исправьте 3 поля."
    form.editors["name"].setText("Швейная мастерская")
    form.editors["employees"].setText("")
    form.custom_editors["machines"].setText("12")
    assert form.summary.text() == ""
    edit = panel.open_form(_fids(window.workspace.project)[0])
    qtbot.addWidget(edit)
    edit.editors["employees"].setText("41")
    assert edit.command().label == "Изменение «Textiles Imbabura»"


def test_bulk_edit_merge_and_export_speak_russian(registry, qtbot, monkeypatch):
    window, panel = registry("ru")
    project = window.workspace.project
    fids = _fids(project)
    bulk = BulkEditDialog(fids, panel)
    qtbot.addWidget(bulk)
    assert english_left(shown_texts(bulk)) == {} and bulk.windowTitle() == "Изменение 3 участников"
    assert BulkEditDialog(fids[:1], bulk).windowTitle() == "Изменение 1 участника"

    merge = MergeDialog(project, fids, panel)
    qtbot.addWidget(merge)
    values = tuple(b for group in merge.choices.values() for b in group.buttons())  # the records' values
    assert english_left(shown_texts(merge, skip=values)) == {}
    assert merge.windowTitle() == "Объединение 3 участников"
    assert [b.text() for b in merge.choices["kind"].buttons()] == [
        "Предприятие",
        "Поставщик",
        "Бизнес-ассоциация",
    ]

    from clusterdesk.gui.registry import export_rows

    shown = []

    def record(box: QMessageBox) -> int:
        shown.extend([box.windowTitle(), box.text(), *(b.text() for b in box.buttons())])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    assert export_rows.ask_filtered_or_all(panel, 1, 21) is None
    assert english_left(shown) == {}
    assert "Только показанных (1)" in shown and "Всех (21)" in shown
    assert "Книга Excel (*.xlsx)" in export_rows.export_filters()


CSV = "Название;Сотрудники;Широта;Долгота\nТекстиль Имбабура;40;0,33;-78,21\nНити Севера;много;0,36;-78,13\n"


def test_import_wizard_speaks_russian(registry, qtbot, tmp_path):
    from clusterdesk.gui.import_wizard import run_import_wizard

    window, _panel = registry("ru")
    survey = tmp_path / "опрос.csv"
    survey.write_text(CSV, encoding="utf-8")
    wizard = run_import_wizard(window, survey)
    assert wizard.windowTitle() == "Импорт участников"
    buttons = [button.text() for button in wizard.findChildren(QAbstractButton)]  # Next, Back: Qt's own
    assert english_left(buttons) == {}
    assert english_left(shown_texts(wizard.source_page)) == {}
    assert wizard.source_page.header_row.specialValueText() == "автоматически"

    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    table = preview.table
    assert not table.notes  # a note quotes the reader, which speaks English
    facts = preview.facts.text().replace(table.encoding, "")  # the encoding's name is the file's
    assert (
        english_left(
            [*shown_texts(preview, skip=(preview.progress.text, preview.facts)), preview.title(), facts]
        )
        == {}
    )
    read_as = "CSV, кодировка , разделитель — точка с запятой, заголовок в строке 1"
    assert facts == f"<b>2 строки</b> и 4 столбца ({read_as})."

    wizard.next()
    mapping = wizard.mapping_page
    own = tuple(mapping.combos.values())  # their second item names a custom field after the column
    texts = shown_texts(mapping, skip=own) + [mapping.title(), mapping.subTitle()]
    texts += [mapping.grid.horizontalHeaderItem(c).text() for c in range(mapping.grid.columnCount())]
    for combo in own:
        texts += [combo.itemText(i) for i in range(combo.count()) if i != 1]
    assert english_left(texts) == {}
    assert mapping.mapping() == {
        "Название": "name",
        "Сотрудники": "employees",
        "Широта": "lat",
        "Долгота": "lon",
    }

    wizard.next()
    review = wizard.review_page
    qtbot.waitUntil(review.isComplete, timeout=10000)
    texts = shown_texts(review, skip=(review.progress.text,)) + [review.title()]  # progress: the importer's
    texts += [review.problems.horizontalHeaderItem(c).text() for c in range(review.problems.columnCount())]
    finish = wizard.button(QWizard.WizardButton.FinishButton).text()
    assert english_left(texts + [finish]) == {}
    assert review.summary.text() == (
        "<b>Будет импортирована 1 строка</b>; 1 строка с ошибками не будет импортирована."
    )
    assert finish == "Импортировать 1 строку"
    assert review.problems.item(0, 1).text() == "Сотрудники"  # the row's problem itself is the importer's

    wizard.accept()
    assert window.statusBar().currentMessage() == "Импортирован 1 участник из опрос.csv"


def test_spanish_and_french(registry):
    _window, panel = registry("es")
    assert panel.buttons["new"].text() == "Nuevo…"
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Nombre"
    assert panel.counts.text().startswith("3 mostrados · Empresa 1 · Proveedor 1")


def test_french(registry, qtbot):
    _window, panel = registry("fr")
    form = panel.open_form()
    qtbot.addWidget(form)
    assert form.windowTitle() == "Nouvel acteur"
    assert panel.buttons["bulk"].text() == "Modification groupée…"
    assert panel.kind.itemText(0) == "Tous les types" and panel.kind.itemText(1) == "Entreprise"
