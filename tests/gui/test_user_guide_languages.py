"""The user guide in Spanish, French and Russian: each page is the English guide's translation, with the
same sections and pictures taken in its own language, and Help ▸ User guide opens the page of the
interface language."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage

from clusterdesk import resources_path
from clusterdesk.gui import about
from conftest import PROPER_NAMES

LANGUAGES = ("es", "fr", "ru")
HELP = resources_path.resource("help")
# Elements whose order is the guide's structure; inline markup (emphasis, keys, menu names) may move
BLOCKS = {
    "header", "nav", "section", "footer", "h1", "h2", "h3", "p", "ul", "ol", "li", "dl", "dt", "dd", "figure",
    "img", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "pre", "aside",
}  # fmt: skip
TEXT_BLOCKS = {"title", "h1", "h2", "h3", "p", "li", "dt", "dd", "th", "td", "figcaption"}
LITERAL = {"code", "pre", "kbd"}  # commands, paths and keys, the same in every language
# How each language writes the keys the shortcuts use; the others (letters, F-keys, Alt) stay as they are
KEY_NAMES = {
    "es": {"Shift": "Mayús", "Del": "Supr", "Enter": "Intro", "Esc": "Esc", "Backspace": "Retroceso"},
    "fr": {"Shift": "Maj", "Del": "Suppr", "Enter": "Entrée", "Esc": "Échap", "Backspace": "Retour arrière"},
    "ru": {"Shift": "Shift", "Del": "Del", "Enter": "Enter", "Esc": "Esc", "Backspace": "Backspace"},
}
# Latin-script words a Russian reader meets in the Russian guide on purpose: names of programs, formats,
# sample data, the Spanish and French column names the importer recognises, and the names of files and
# columns ClusterDesk itself writes in English
RUSSIAN_GUIDE_LATIN = {
    "GNU", "General", "Public", "License", "Linux", "Windows", "LOCALAPPDATA", "Letter", "ProjectLibre",
    "GanttProject", "ZIP", "Textiles", "Imbabura", "Name", "Razón", "social", "Raison", "sociale",
    "Empleados", "Effectif", "Latitud", "Longitud", "empresa", "proveedor", "entreprise", "Certificación",
    "Rubric", "xlsx",
}  # fmt: skip


class Page(HTMLParser):
    """What a reader sees of a guide page: its structure, text blocks, pictures, links and anchors."""

    def __init__(self) -> None:
        super().__init__()
        self.language = ""
        self.blocks: list[str] = []
        self.ids: list[str] = []
        self.links: list[str] = []
        self.images: dict[str, tuple[int, int]] = {}
        self.alts: list[str] = []
        self.texts: list[str] = []  # every text block, literal parts left out
        self.keys: list[str] = []  # each key combination as written, "Ctrl+Mayús+S"
        self._open: list[list[str]] = []  # text of the text blocks being read, innermost last
        self._literal = 0
        self._kbd: list[list[str]] = []  # keys of the <kbd> elements being read, outermost first

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.language = values.get("lang") or ""
        if tag in BLOCKS:
            self.blocks.append(tag)
        if values.get("id"):
            self.ids.append(values["id"])
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        if tag == "img":
            self.images[values["src"] or "?"] = (int(values["width"] or 0), int(values["height"] or 0))
            self.alts.append(values.get("alt") or "")
        if tag in TEXT_BLOCKS:
            self._open.append([])
        if tag in LITERAL:
            self._literal += 1
        if tag == "kbd":
            self._kbd.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in TEXT_BLOCKS and self._open:
            text = " ".join("".join(self._open.pop()).split())
            if text:
                self.texts.append(text)
        if tag in LITERAL:
            self._literal -= 1
        if tag == "kbd" and self._kbd:
            key = "".join(self._kbd.pop()).strip()
            if self._kbd:  # a key of a combination
                self._kbd[-1].append(key)
            else:
                self.keys.append(key)

    def handle_data(self, data: str) -> None:
        if self._literal == 0:
            for block in self._open:
                block.append(data)
        if self._kbd and data.strip() != "+":
            self._kbd[-1].append(data)
        elif self._kbd:
            self._kbd[-1].append("+")


def read(name: str) -> Page:
    page = Page()
    page.feed((HELP / name).read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="module")
def english() -> Page:
    return read("index.html")


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_its_page_with_the_english_structure(language, english):
    page = read(f"index.{language}.html")
    assert page.language == language
    assert page.ids == english.ids, "the same sections and anchors, in the same order"
    assert page.links == english.links, "the same contents list and cross-references"
    assert page.blocks == english.blocks, "the same headings, paragraphs, lists, tables and figures"
    assert len(page.keys) == len(english.keys), "every key of the English guide is written"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_page_shows_only_its_own_pictures_at_their_real_size(language, english):
    page = read(f"index.{language}.html")
    folder = HELP / "images" / language
    assert [Path(src).name for src in page.images] == [Path(src).name for src in english.images]
    assert {Path(src).name for src in page.images} == {p.name for p in folder.iterdir()}, (
        f"ship exactly the pictures the {language} guide shows"
    )
    for src, (width, height) in page.images.items():
        assert Path(unquote(urlsplit(src).path)).parent == Path("images", language), src
        picture = QImage(str(HELP / src))
        assert not picture.isNull(), f"{src} is missing or unreadable"
        assert (picture.width(), picture.height()) == (width, height), src
    for address in page.links + ["guide.css"]:
        parts = urlsplit(address)
        assert not parts.scheme and not parts.netloc, f"{address} needs a network"
        if parts.path:
            assert (HELP / unquote(parts.path)).is_file(), address
        if parts.fragment:
            assert parts.fragment in page.ids, f"#{parts.fragment} names no section"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_sentence_is_left(language, english):
    page = read(f"index.{language}.html")
    translated = set(page.texts)
    # a text of four words or more is a sentence or a phrase; shorter ones (a panel called "Relations",
    # a table heading "Action") may rightly read the same in French
    left = [text for text in english.texts if len(text.split()) >= 4 and text in translated]
    assert left == [], f"English left in the {language} guide: {left[:3]}"
    assert len(page.texts) == len(english.texts)
    assert all(alt.strip() for alt in page.alts), "every picture needs a text for screen readers"
    assert not set(page.alts) & set(english.alts), "picture texts are translated too"
    assert page.texts[0] != english.texts[0], "the page title is translated"


def test_russian_guide_has_no_english_words():
    page = read("index.ru.html")
    allowed = RUSSIAN_GUIDE_LATIN | PROPER_NAMES
    words = {word for text in page.texts + page.alts for word in re.findall(r"[A-Za-zÀ-ɏ]{3,}", text)}
    latin = words - allowed
    assert latin == set(), f"Latin-script words in the Russian guide: {sorted(latin)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_page_names_the_real_shortcuts_in_its_keys(language, make_window):
    """The shortcuts follow the menus: each action's keys are written the way the language names them."""
    window = make_window(show=False)
    keys = set(read(f"index.{language}.html").keys)
    names = KEY_NAMES[language]
    for name in ("save", "import", "find", "zoom_cluster", "zoom_selection", "export_pack", "export_webmap"):
        shortcut = window.menu_actions[name].shortcut().toString()
        written = "+".join(names.get(key, key) for key in shortcut.split("+"))
        assert written in keys, f"{name}: {shortcut} is not in the {language} guide as {written}"
    english_keys = set(read("index.html").keys)
    for key in ("Shift", "Del", "Enter", "Esc", "Backspace"):
        if names[key] != key:
            assert not any(key in combo.split("+") for combo in keys), f"{key} is written {names[key]}"
            assert any(key in combo.split("+") for combo in english_keys)


@pytest.mark.parametrize("language", LANGUAGES)
def test_user_guide_path_follows_the_language(language):
    assert about.user_guide_path(language) == HELP / f"index.{language}.html"
    assert about.user_guide_path("en") == HELP / "index.html"
    assert about.user_guide_path("de") == HELP / "index.html", "a language without a guide gets English"


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_help_user_guide_opens_the_page_of_the_interface_language(
    language, interface_language, make_window, monkeypatch
):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    interface_language(language)
    window = make_window(show=False)
    window.menu_actions["user_guide"].trigger()
    assert len(opened) == 1 and opened[0].isLocalFile()
    expected = "index.html" if language == "en" else f"index.{language}.html"
    assert Path(opened[0].toLocalFile()) == HELP / expected
    assert re.fullmatch(rf"file://.*/resources/help/{re.escape(expected)}", opened[0].toString())
