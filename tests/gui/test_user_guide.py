"""The user guide ships as offline HTML, links only files that exist, and Help ▸ User guide opens it."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage

from clusterdesk import resources_path
from clusterdesk.gui import about


class References(HTMLParser):
    """Every address the page refers to (links, images, style sheets) and every id it defines."""

    def __init__(self) -> None:
        super().__init__()
        self.addresses: list[str] = []
        self.ids: set[str] = set()
        self.images_without_text: list[str] = []
        self.image_sizes: dict[str, tuple[int, int]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        for name in ("href", "src"):
            if values.get(name):
                self.addresses.append(values[name])
        if tag == "img" and not (values.get("alt") or "").strip():
            self.images_without_text.append(values.get("src") or "?")
        if tag == "img" and values.get("width") and values.get("height"):
            self.image_sizes[values["src"] or "?"] = (int(values["width"]), int(values["height"]))


def _guide() -> tuple[Path, References]:
    guide = resources_path.resource("help", "index.html")
    parser = References()
    parser.feed(guide.read_text(encoding="utf-8"))
    return guide, parser


def test_guide_links_only_local_files_that_exist():
    guide, page = _guide()
    assert about.user_guide_path() == guide
    assert len(page.addresses) > 20, "the guide lost its contents list or pictures"
    for address in page.addresses:
        parts = urlsplit(address)
        assert not parts.scheme and not parts.netloc, f"{address} needs a network or another program"
        if parts.path:
            target = (guide.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{address} is missing from resources/help"
            assert guide.parent.resolve() in target.parents, f"{address} points outside resources/help"
        if parts.fragment:
            assert parts.fragment in page.ids, f"#{parts.fragment} names no section of the guide"
    assert not page.images_without_text, "every picture needs alt text for screen readers"


def test_guide_pictures_are_shipped_and_used():
    guide, page = _guide()
    shipped = {p.name for p in (guide.parent / "images").iterdir() if p.is_file()}  # the others: languages
    used = {Path(a).name for a in page.addresses if a.startswith("images/")}
    assert used == shipped, "ship exactly the pictures the guide shows"
    # width and height reserve the space before a picture loads; wrong ones stretch it
    assert set(page.image_sizes) == {a for a in page.addresses if a.startswith("images/")}
    for address, (width, height) in page.image_sizes.items():
        picture = QImage(str(guide.parent / address))
        assert (picture.width(), picture.height()) == (width, height), address


def test_guide_names_the_real_shortcuts(make_window):
    """The shortcuts table must follow the menus: each action's key is written in the guide."""
    window = make_window(show=False)
    text = resources_path.resource("help", "index.html").read_text(encoding="utf-8")
    for name in ("save", "import", "find", "zoom_cluster", "zoom_selection", "export_pack", "export_webmap"):
        shortcut = window.menu_actions[name].shortcut().toString()
        written = "+".join(f"<kbd>{key}</kbd>" for key in shortcut.split("+"))
        assert written in text, f"{name}: {shortcut} is not in the guide"


def test_help_user_guide_opens_the_html_guide(make_window, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_window(show=False)
    window.menu_actions["user_guide"].trigger()
    assert len(opened) == 1
    assert opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == resources_path.resource("help", "index.html")
