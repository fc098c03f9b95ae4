"""Leaflet's script and stylesheet, read from the installed `xstatic-leaflet` package and inlined into
the exported page, so the web map works in a meeting room without internet.

The Leaflet version matches the one folium was written for (1.9.x); folium's other default assets
(jQuery, Bootstrap, icon fonts) serve features the ClusterDesk map does not use, so they are left out.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path

from clusterdesk.core.errors import ClusterDeskError

_REMOTE_REFERENCE = re.compile(r"""<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.I)


def _leaflet_dir() -> Path:
    try:
        from xstatic.pkg import leaflet
    except ImportError as error:
        raise ClusterDeskError(
            "The web map needs the 'xstatic-leaflet' package, which is missing. Reinstall ClusterDesk."
        ) from error
    return Path(leaflet.BASE_DIR)


@lru_cache(maxsize=1)
def leaflet_script() -> str:
    script = (_leaflet_dir() / "leaflet.js").read_text(encoding="utf-8")
    # A closing script tag inside the code would end the inline block early
    return script.replace("</script", "<\\/script")


@lru_cache(maxsize=1)
def leaflet_stylesheet() -> str:
    """leaflet.css with its images (layer switcher icons) turned into data URIs."""
    folder = _leaflet_dir()
    css = (folder / "leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match) -> str:
        image = folder / match.group(1)
        if not image.is_file():
            return match.group(0)
        encoded = base64.b64encode(image.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{encoded})"

    return re.sub(r"url\((images/[\w.-]+\.png)\)", inline, css)


def inline_assets_html() -> str:
    return f"<style>{leaflet_stylesheet()}</style>\n<script>{leaflet_script()}</script>"


def remote_references(html: str) -> list[str]:
    """Script or stylesheet tags that would load something from the network."""
    return [match.group(0) for match in _REMOTE_REFERENCE.finditer(html)]
