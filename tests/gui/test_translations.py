"""The window's translation catalogues: complete for Spanish, French and Russian, compiled fresh, in step
with the code, and actually shown: the window in Russian has no English words in what it has translated."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from conftest import REPO, english_words

sys.path.insert(0, str(REPO / "tools"))
import translations  # noqa: E402

CATALOGUES = sorted(translations.CATALOGUES.glob("*.ts"))


def test_every_area_has_a_catalogue_per_language():
    areas = {path.stem.rsplit("_", 1)[0] for path in CATALOGUES}
    assert "main" in areas
    for area in areas:
        for language in translations.LANGUAGES:
            assert translations.catalogue(area, language).exists(), f"{area}_{language}.ts is missing"


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=[p.name for p in CATALOGUES])
def test_catalogue_is_finished(catalogue):
    assert translations.unfinished(catalogue) == []


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=[p.name for p in CATALOGUES])
def test_compiled_catalogue_is_fresh(catalogue, tmp_path):
    fresh = tmp_path / catalogue.with_suffix(".qm").name
    subprocess.run([translations.qt_tool("pyside6-lrelease"), "-silent", str(catalogue), "-qm", str(fresh)],
                   check=True)  # fmt: skip
    shipped = catalogue.with_suffix(".qm")
    assert shipped.exists() and shipped.read_bytes() == fresh.read_bytes(), (
        f"{shipped.name} is stale: run python tools/translations.py release"
    )


def _sources(path: Path) -> set[tuple[str, str]]:
    return {(context, message.findtext("source")) for context, message in translations._messages(
        translations.ElementTree.parse(path))}  # fmt: skip


def test_catalogues_hold_every_text_the_code_translates(tmp_path, monkeypatch):
    """A text wrapped in translate() without a catalogue entry fails here: run tools/translations.py."""
    copy = tmp_path / "i18n"
    shutil.copytree(translations.CATALOGUES, copy)
    monkeypatch.setattr(translations, "CATALOGUES", copy)
    translations.update(list(translations.AREAS))
    for fresh in sorted(copy.glob("*.ts")):
        shipped = REPO / "resources" / "i18n" / fresh.name
        assert shipped.exists(), f"{fresh.name} is missing: run python tools/translations.py update"
        assert _sources(fresh) == _sources(shipped), f"{fresh.name} is out of step with the code"


def test_main_window_menus_and_toolbar_speak_russian(interface_language, make_window):
    interface_language("ru")
    window = make_window(show=False)
    texts = [action.text() for action in window.menuBar().actions()]  # the menus' titles
    for action in window.menu_actions.values():
        texts += [action.text(), action.toolTip(), action.statusTip()]
    english = {text: english_words(text) for text in texts if english_words(text)}
    assert english == {}, f"English left in the Russian window: {english}"
    assert window.menu_actions["save"].text() == "&Сохранить"


def test_qt_standard_buttons_follow_the_interface_language(interface_language):
    interface_language("ru")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"


def test_english_needs_no_catalogue(qapp):
    from clusterdesk.gui.i18n import install_translations

    assert install_translations(qapp, "en") == "en"
    assert QCoreApplication.translate("MainWindow", "&Save") == "&Save"
    assert isinstance(QApplication.instance(), QApplication)
