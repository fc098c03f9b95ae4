"""The country and sector pickers find by code and by word in the window's language, ignoring case and
accents, and give back the code chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from clusterdesk.gui.country_picker import CountryPicker
from clusterdesk.gui.sector_picker import SectorPicker


def _type(picker: CountryPicker, text: str) -> None:
    """As a user types: the text in the field and Qt's textEdited, which QTest cannot send for Cyrillic."""
    picker.lineEdit().setText(text)
    picker.lineEdit().textEdited.emit(text)


@pytest.mark.parametrize(("language", "typed", "first"), [
    ("en", "ec", "Ecuador (EC)"),
    ("en", "ECUADOR", "Ecuador (EC)"),
    ("es", "peru", "Perú (PE)"),
    ("fr", "equateur", "Équateur (EC)"),
    ("ru", "эквадор", "Эквадор (EC)"),
    ("ru", "Россия", "Россия (RU)"),
    ("es", "Russian Federation", "Rusia (RU)"),
])  # fmt: skip
def test_country_picker_suggests_in_the_window_language(qtbot, language, typed, first):
    picker = CountryPicker(language=language)
    qtbot.addWidget(picker)
    _type(picker, typed)
    assert picker.completer().model().stringList()[0] == first


def test_country_picker_gives_the_code_chosen_or_typed(qtbot):
    picker = CountryPicker(language="es")
    qtbot.addWidget(picker)
    assert picker.code() is None and not picker.is_unclear()
    QTest.keyClicks(picker.lineEdit(), "ecua")
    assert picker.completer().model().stringList()[:2] == ["Ecuador (EC)", "Guinea Ecuatorial (GQ)"]
    assert picker.code() is None and picker.is_unclear()  # two countries begin so: not a choice yet
    picker.completer().activated.emit("Ecuador (EC)")  # picked from the list
    assert picker.code() == "EC" and picker.currentText() == "Ecuador (EC)"
    with qtbot.waitSignal(picker.code_changed) as changed:
        picker.set_code("ru")
    assert changed.args == ["RU"] and picker.currentText() == "Rusia (RU)"
    picker.setEditText("pe")
    assert picker.code() == "PE"  # a code typed whole
    picker.setEditText("Perú")
    assert picker.code() == "PE"  # the one country of that name
    picker.setEditText("")
    assert picker.code() is None and not picker.is_unclear()


def test_country_picker_keeps_a_code_iso_does_not_list(qtbot):
    picker = CountryPicker(language="en")
    qtbot.addWidget(picker)
    picker.set_code("XK")  # as an older file may hold it
    assert picker.currentText() == "XK" and picker.is_unclear()


@pytest.mark.parametrize(("language", "typed", "shown_classes"), [
    ("en", "knitted", {"1391", "1430"}),
    ("es", "punto", {"1391", "1430"}),
    ("es", "fabricacion de articulos de punto", {"1430"}),  # Fabricación de artículos..., no accents
    ("fr", "bonneterie", {"1391", "1430"}),
    ("ru", "вязан", {"1391", "1430"}),
    ("ru", "knitted", {"1391", "1430"}),
])  # fmt: skip
def test_sector_picker_filters_the_tree_by_word(qtbot, language, typed, shown_classes):
    picker = SectorPicker(language=language)
    qtbot.addWidget(picker)
    picker.search.setText(typed)
    shown = set(picker.visible_codes())
    assert {code for code in shown if len(code) == 4} == shown_classes
    assert {"C", "14", "143"} <= shown and "A" not in shown and "0111" not in shown
    assert picker.code() is None  # words only filter; the user picks
    assert picker._items["143"].isExpanded() and picker._items["14"].isExpanded()


def test_sector_picker_takes_a_code_typed_and_shows_the_chain(qtbot, interface_language):
    interface_language("ru")
    picker = SectorPicker()  # in the window's language
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.code_changed) as changed:
        picker.search.setText("1430")
    assert changed.args == ["1430"] and picker.code() == "1430"
    assert picker.visible_codes() == ["C", "14", "143", "1430"]
    assert picker.chosen.text() == "C ▸ 14 ▸ 143 ▸ 1430 Производство трикотажной и вязаной одежды"
    picker.search.setText("")
    assert len(picker.visible_codes()) == 766 and picker.code() == "1430"  # all back, choice kept
    picker.set_code(None)
    assert picker.code() is None and picker.chosen.text() == "Отрасль не выбрана"


def test_sector_picker_prefix_of_a_code_lists_its_branch(qtbot):
    picker = SectorPicker(language="en")
    qtbot.addWidget(picker)
    picker.search.setText("14")
    assert picker.visible_codes() == ["C", "14", "141", "1410", "142", "1420", "143", "1430"]
    assert picker.code() == "14"  # division 14 exists: typing it chooses it
    picker.tree.setCurrentItem(picker._items["1410"])
    assert picker.code() == "1410"


def test_enter_in_the_sector_search_picks_the_first_class_and_keeps_the_dialog_open(qtbot):
    from clusterdesk.gui.project_details_dialog import ProjectDetailsDialog

    dialog = ProjectDetailsDialog({"cluster_name": "Cluster"})
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.sector.search, "knitted")
    QTest.keyClick(dialog.sector.search, Qt.Key.Key_Return)
    assert dialog.sector.code() == "1391" and dialog.isVisible()  # chosen, not accepted


def test_a_country_typed_whole_shows_as_its_item_when_left(qtbot):
    picker = CountryPicker(language="fr")
    qtbot.addWidget(picker)
    QTest.keyClicks(picker.lineEdit(), "perou")
    picker.lineEdit().editingFinished.emit()
    assert picker.currentText() == "Pérou (PE)" and picker.code() == "PE"


def test_new_project_takes_country_sector_language_and_currency_from_the_pickers(
    qtbot, tmp_path, interface_language
):
    from clusterdesk.gui.dialogs import NewProjectDialog

    interface_language("es")
    dialog = NewProjectDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.cluster_name, "Calzado de Ambato")
    QTest.keyClicks(dialog.country.lineEdit(), "ecuador")
    dialog.sector.search.setText("calzado")
    assert {"1520", "152", "15"} <= set(dialog.sector.visible_codes())
    dialog.sector.set_code("1520")
    assert dialog.problem() is None
    values = dialog.values()
    assert (values["country"], values["sector_code"], values["language"], values["currency"]) == (
        "EC",
        "1520",
        "es",
        "USD",
    )  # the project speaks the window's language unless chosen otherwise
    assert values["sector_label"] == "Fabricación de calzado"


def test_sector_picker_shows_a_chosen_long_title_from_its_start(qtbot):
    """A class with a title longer than the tree is wide is shown from its code, not scrolled to its end."""
    picker = SectorPicker(language="fr")
    qtbot.addWidget(picker)
    picker.resize(260, 300)
    picker.show()
    qtbot.waitExposed(picker)
    picker.set_code("0128")  # a long French title
    bar = picker.tree.horizontalScrollBar()
    assert bar.maximum() > 0  # the title is wider than the tree: it could have been scrolled
    assert bar.value() == 0
    picker.search.setText("bois")
    assert bar.value() == 0
