"""Type sizes of presentation mode, scaled to the screen it is shown on.

A projector shows the whole image to a room; what matters is how tall the text is compared with the
image, so every size is a fraction of the screen's height: body text is 1/30 of it (24 px at 1280×720,
36 px at 1920×1080), never under 24 px, and titles and big numbers are larger still.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont

MIN_BODY_PX = 24
BODY_SHARE = 1 / 30  # of the screen height


@dataclass(frozen=True)
class SlideType:
    """Pixel sizes for one screen height."""

    height: int

    @property
    def body(self) -> int:
        return max(MIN_BODY_PX, round(self.height * BODY_SHARE))

    @property
    def title(self) -> int:
        return round(self.body * 1.6)

    @property
    def small(self) -> int:
        """The slide counter and credits: discreet, yet readable from the front rows."""
        return max(18, round(self.body * 0.75))

    @property
    def figure(self) -> int:
        """The big numbers of key-figure tiles."""
        return round(self.body * 2.4)

    @property
    def margin(self) -> int:
        return round(self.body * 1.2)

    def font(self, size_px: int, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setPixelSize(size_px)
        font.setBold(bold)
        return font

    def body_font(self, *, bold: bool = False) -> QFont:
        return self.font(self.body, bold=bold)

    def title_font(self) -> QFont:
        return self.font(self.title, bold=True)

    def small_font(self) -> QFont:
        return self.font(self.small)

    def figure_font(self) -> QFont:
        return self.font(self.figure, bold=True)
