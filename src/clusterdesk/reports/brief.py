"""The results brief for the steering committee: `build_brief(project, out_path, paper, presentation,
language)` writes a PDF of two to four pages in the project's language.

It prints the same ready-made views as the presentation (analysis.story_views) in a fixed order: a title
block (cluster, agency, date, phase), the key figures with a small map of the cluster, the results with
their status, the network's change, milestones and delays, budget and cost sharing, governance and the
decisions needed. The presentation (the one named, else the project's default) lends the brief its
slides' titles and captions as section headings, their options (the rounds a network slide compares)
and its first map slide's view and caption; without a presentation the views print under their own
titles and the map shows the cluster's core. Fonts, styles and colours are the pack's
(reports.pack_style), the map the shared renderer's (reports.brief_map).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table

from clusterdesk.analysis.story_views import READY_MADE, story_view
from clusterdesk.core import formatting
from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.errors import ClusterDeskError, missing_folder_message
from clusterdesk.core.presentation_edits import PresentationData, chosen_presentation, read_presentations
from clusterdesk.core.vocabulary_labels import phase_label
from clusterdesk.reports.brief_blocks import view_block
from clusterdesk.reports.pack_style import ACCENT, FONT, MARGIN, MUTED, page_size, styles, table_style
from clusterdesk.reports.texts import chosen_language

FOOTER_GAP = 8 * mm


@dataclass(frozen=True)
class BriefResult:
    path: Path
    pages: int
    sections: list[str]  # the kinds of view printed, in order ("map" where the map was drawn)
    presentation: str | None  # the presentation whose slides lent titles, captions and the map view
    seconds: float


class BriefDocument(BaseDocTemplate):
    """Portrait pages with a footer naming the cluster, the brief and the page."""

    def __init__(self, filename: str, *, paper: str, cluster: str, footer: str, language: str, author: str):
        self.cluster, self.footer, self.language = cluster, footer, language
        size = page_size(paper)
        super().__init__(
            filename,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + FOOTER_GAP,
            title=f"{cluster} – {footer}",
            author=author,
            lang=language,
            creator="ClusterDesk",
            initialFontName=FONT,
        )
        frame = Frame(
            MARGIN, MARGIN + FOOTER_GAP, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - FOOTER_GAP, id="body"
        )
        self.addPageTemplates([PageTemplate("brief", [frame], onPage=self._footer)])

    def _footer(self, canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(MUTED)
        width = self.pagesize[0]
        text = f"{self.cluster} · {self.footer}"
        if len(text) > 110:
            text = text[:109] + "…"
        canvas.drawString(MARGIN, MARGIN, text)
        canvas.drawRightString(width - MARGIN, MARGIN, formatting.integer(document.page, self.language))
        canvas.restoreState()


def _title_block(project, language: str, today: dt.date, width: float) -> Table:
    info = project.info()
    base = styles()
    title = ParagraphStyle("brief_title", parent=base.title, fontSize=19, leading=23)
    subtitle = ParagraphStyle("brief_subtitle", parent=base.subtitle, fontSize=10.5, leading=14)
    line = tr("brief:subtitle", "Results brief for the steering committee", language)
    facts = [info.agency_name or "", formatting.long_date(today, language)]
    if info.phase:
        facts.append(
            tr(
                "brief:phase",
                "Phase {number}: {phase}",
                language,
                number=info.phase,
                phase=phase_label(info.phase, language),
            )
        )
    cells = [
        [Paragraph(escape(info.cluster_name or ""), title)],
        [Paragraph(escape(line), subtitle)],
        [Paragraph(escape(" · ".join(f for f in facts if f)), subtitle)],
    ]
    band = Table(cells, colWidths=[width])
    band.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (0, 0), 9),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
            ("TEXTCOLOR", (0, 0), (-1, -1), colors.white),
        )
    )
    return band


def _slides_by_kind(presentation: PresentationData | None) -> dict[str, dict]:
    """The first slide of each kind in the presentation."""
    found: dict[str, dict] = {}
    for slide in presentation.slides if presentation else []:
        found.setdefault(slide["kind"], slide)
    return found


def build_brief(
    project,
    out_path: str | Path,
    paper: str = "A4",
    presentation: str | None = None,
    language: str | None = None,
    today: dt.date | None = None,
) -> BriefResult:
    """Write the results brief of `project` to `out_path` (PDF) in `language` (None: the project's)."""
    from clusterdesk.reports.brief_map import map_block

    started = time.perf_counter()
    target = Path(out_path).expanduser()
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    if not target.parent.is_dir():
        raise ClusterDeskError(missing_folder_message(target.parent))
    width = page_size(paper)[0] - 2 * MARGIN
    info = project.info()
    language = chosen_language(language, info.language)
    today = today or dt.date.today()
    chosen = chosen_presentation(read_presentations(project.session.connection()), presentation)
    slides = _slides_by_kind(chosen)

    story: list = [_title_block(project, language, today, width), Spacer(1, 3 * mm)]
    printed = []
    for kind in READY_MADE:
        slide = slides.get(kind) or {}
        view = story_view(project, kind, language, options=slide.get("options"), today=today)
        story += view_block(view, width, slide.get("title"), slide.get("caption"))
        printed.append(kind)
        if kind == "key_figures":
            drawn = map_block(project, slides.get("map"), language, width)
            if drawn:
                story += drawn
                printed.append("map")

    footer = tr("brief:subtitle", "Results brief for the steering committee", language)
    temporary = target.with_name(f".{target.name}.part")
    document = BriefDocument(
        str(temporary),
        paper=paper,
        cluster=info.cluster_name or "",
        footer=footer,
        language=language,
        author=info.agency_name or "ClusterDesk",
    )
    try:
        document.build(story)
        temporary.replace(target)
    except OSError as error:
        raise ClusterDeskError(
            tr(
                "brief:cannot_write",
                "Cannot write {path}: {reason}. Choose another folder.",
                messages_language(),
                path=target,
                reason=error.strerror or str(error),
            )
        ) from error
    finally:
        temporary.unlink(missing_ok=True)
    return BriefResult(
        target, document.page, printed, chosen.name if chosen else None, time.perf_counter() - started
    )
