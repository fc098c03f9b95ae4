"""The one typographic style of the action-plan pack: embedded DejaVu fonts, colours, paragraph and
table styles. Every section takes its look from here."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics import shapes
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, TableStyle

from clusterdesk.core import formatting
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.resources_path import resource

# DejaVu covers Latin with Turkish and Vietnamese letters, Greek and Cyrillic; TrueType fonts are
# embedded as subsets, so the pack prints the same on any machine.
FONT = "ClusterDeskSans"
FONT_BOLD = "ClusterDeskSans-Bold"
FONT_ITALIC = "ClusterDeskSans-Oblique"
FONT_CONDENSED = "ClusterDeskSans-Condensed"
FONT_CONDENSED_BOLD = "ClusterDeskSans-CondensedBold"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_CONDENSED: "DejaVuSansCondensed.ttf",
    FONT_CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#1d3557")  # deep blue of headings and the cover band
ACCENT_LIGHT = colors.HexColor("#e8eef5")
RULE = colors.HexColor("#c5ced8")
ZEBRA = colors.HexColor("#f5f7fa")
HIGHLIGHT = colors.HexColor("#e76f51")

# PDF streams are only deflated, not also wrapped in ASCII85 (ReportLab's default, for 7-bit mail): its
# encoder runs in pure Python and took over a second on the pack's map image. Every reader reads binary
# streams, and the files are a fifth smaller.
rl_config.useA85 = 0

PAPER_SIZES = {"A4": A4, "LETTER": LETTER}
MARGIN = 18 * mm
HEADER_GAP = 9 * mm


@lru_cache(maxsize=1)
def register_fonts() -> None:
    for name, filename in _FONT_FILES.items():
        path = resource("fonts", filename)
        if not path.is_file():
            raise ClusterDeskError(f"The font file {path} is missing; reinstall ClusterDesk.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # Drawings start from a default state naming Helvetica, which would then be listed (not embedded)
    # on every page; point that default at the embedded font instead
    shapes.STATE_DEFAULTS["fontName"] = FONT
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
    pdfmetrics.registerFontFamily(
        FONT_CONDENSED,
        normal=FONT_CONDENSED,
        bold=FONT_CONDENSED_BOLD,
        italic=FONT_CONDENSED,
        boldItalic=FONT_CONDENSED_BOLD,
    )


def page_size(paper: str, landscape_page: bool = False) -> tuple[float, float]:
    key = paper.upper()
    if key not in PAPER_SIZES:
        raise ClusterDeskError(f"Paper size {paper!r} is not supported; choose A4 or Letter.")
    size = PAPER_SIZES[key]
    return landscape(size) if landscape_page else size


@dataclass(frozen=True)
class PackStyles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    toc_1: ParagraphStyle
    toc_2: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> PackStyles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK, spaceAfter=6)
    cell = ParagraphStyle("cell", fontName=FONT_CONDENSED, fontSize=8, leading=10, textColor=INK)
    return PackStyles(
        title=ParagraphStyle("title", fontName=FONT_BOLD, fontSize=28, leading=34, textColor=colors.white),
        subtitle=ParagraphStyle("subtitle", fontName=FONT, fontSize=14, leading=19, textColor=colors.white),
        h1=ParagraphStyle(
            "h1", fontName=FONT_BOLD, fontSize=17, leading=22, textColor=ACCENT, spaceBefore=0, spaceAfter=8
        ),
        h2=ParagraphStyle(
            "h2",
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        body=body,
        lead=ParagraphStyle("lead", parent=body, fontSize=11, leading=16, textColor=INK, spaceAfter=10),
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=10, textColor=MUTED, spaceAfter=2),
        caption=ParagraphStyle(
            "caption",
            parent=body,
            fontName=FONT_ITALIC,
            fontSize=8,
            leading=10.5,
            textColor=MUTED,
            spaceBefore=3,
        ),
        cell=cell,
        # Right-aligned cells hold numbers: one wider than its cell runs into the padding instead of
        # being cut into pieces (ReportLab otherwise splits a word longer than the line)
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT, splitLongWords=0),
        cell_head=ParagraphStyle(
            "cell_head", parent=cell, fontName=FONT_CONDENSED_BOLD, textColor=colors.white
        ),
        figure=ParagraphStyle(
            "figure",
            fontName=FONT_BOLD,
            fontSize=20,
            leading=24,
            textColor=ACCENT,
            alignment=TA_CENTER,
            splitLongWords=0,
        ),
        figure_label=ParagraphStyle(
            "figure_label", fontName=FONT, fontSize=8, leading=10, textColor=MUTED, alignment=TA_CENTER
        ),
        toc_1=ParagraphStyle(
            "toc_1", fontName=FONT, fontSize=11, leading=20, textColor=INK, alignment=TA_LEFT
        ),
        toc_2=ParagraphStyle("toc_2", fontName=FONT, fontSize=9, leading=14, leftIndent=14, textColor=MUTED),
    )


def table_style(*commands) -> TableStyle:
    """A table style whose cells default to the embedded font (ReportLab's default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def data_table_style(header_rows: int = 1, numeric_from_column: int | None = None) -> TableStyle:
    """Header band in the accent colour, light zebra rows, thin rules: used by every table."""
    commands = [
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_CONDENSED_BOLD),
        ("FONTNAME", (0, header_rows), (-1, -1), FONT_CONDENSED),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if numeric_from_column is not None:
        commands.append(("ALIGN", (numeric_from_column, 0), (-1, -1), "RIGHT"))
    return TableStyle(commands)


def number(value: float | int | None, decimals: int = 0, language: str | None = "en") -> str:
    """A number as `language` writes it (core.formatting), its separators no-break spaces so ReportLab
    never splits it across lines; sections use their context's `number`, in the pack's language."""
    return formatting.decimal(value, language, decimals)


def header_cells(labels: list, numeric_from_column: int | None = None) -> list:
    """A table's header row as paragraphs, so a long heading (Spanish and Russian ones often are) wraps
    within its column instead of running into the next; numeric columns keep right-aligned headings."""
    # Whole words only: a word wider than its column runs into the cell padding rather than being
    # broken mid-word, which reads far worse ("Предприят-ия")
    head = ParagraphStyle("cell_head_words", parent=styles().cell_head, fontSize=7.5, splitLongWords=0)
    right = ParagraphStyle("cell_head_right", parent=head, alignment=TA_RIGHT)
    cells = []
    for column, label in enumerate(labels):
        if not isinstance(label, str):
            cells.append(label)
            continue
        numeric = numeric_from_column is not None and column >= numeric_from_column
        cells.append(Paragraph(escape(label), right if numeric else head))
    return cells
