"""Line widths are physical: a map rendered at 300 dpi for print keeps the weight of outlines, halos and
plain relation lines it has on a 96 dpi screen, instead of printing them three times thinner."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from render_fixtures import EXTENT

from clusterdesk.render import overlays
from clusterdesk.render.labels import HaloText
from clusterdesk.render.project_data import ProjectData
from clusterdesk.render.symbols import outline_width_px, sprite, symbol_size_px
from clusterdesk.render.viewport import Viewport

SCREEN, PRINT = 96.0, 300.0


def _ink(image: QImage) -> float:
    """How much paint lies on the white map: summed darkening, so antialiased edges count by their share."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32).reshape(image.height(), -1)[:, : image.width()]
    return float(sum((255 - ((pixels >> shift) & 0xFF)).sum() for shift in (16, 8, 0)))


def test_screen_widths_are_unchanged():
    assert outline_width_px(SCREEN) == pytest.approx(1.2)
    assert HaloText(QFont()).halo.widthF() == pytest.approx(2.6)
    assert overlays.PLAIN_RELATION_WIDTH_PT * SCREEN / 72 == pytest.approx(1.0)


def test_halo_scales_with_the_dpi():
    assert HaloText(QFont(), dpi=PRINT).halo.widthF() == pytest.approx(2.6 * PRINT / SCREEN)


def test_symbol_outline_scales_with_the_dpi(qt_app):
    """A fixed outline would grow with the perimeter only (x3.1); a physical one also grows in width."""
    outline_pixels = {}
    for dpi in (SCREEN, PRINT):
        symbol = sprite("enterprise", symbol_size_px("enterprise", dpi), dpi)
        outline_pixels[dpi] = int((symbol.values != symbol.values[-1]).sum())  # fill pixels come last
    ratio = outline_pixels[PRINT] / outline_pixels[SCREEN]
    assert ratio > 6, outline_pixels


def _relations_image(project, dpi: float) -> QImage:
    scale = dpi / SCREEN
    width, height = round(400 * scale), round(300 * scale)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    data = ProjectData(project)
    overlays.draw_relations(painter, Viewport.from_extent(*EXTENT, width, height, dpi=dpi), data)
    painter.end()
    return image


def test_plain_relation_lines_keep_their_weight_in_print(qt_app, small_project, monkeypatch):
    monkeypatch.setattr(overlays, "DETAILED_LIMIT", 0)  # the thin plain style used for a few thousand lines
    scale = PRINT / SCREEN
    # The same lines on an image `scale` times larger: a width fixed in pixels grows the ink by the
    # length only (x scale); a physical width also widens the line (about x scale squared, a little more
    # because a 1 px antialiased line covers less than its nominal width).
    ratio = _ink(_relations_image(small_project, PRINT)) / _ink(_relations_image(small_project, SCREEN))
    assert ratio > 2.5 * scale, ratio
