"""The printed action-plan pack: `build_pack(project, out_path, paper, sections)`.

The pack is a ReportLab platypus story built in several passes (multiBuild) so the contents page gets
the page numbers. Sections for which the project has no data are left out, heading included.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import NextPageTemplate, PageBreak

from clusterdesk.core.errors import ClusterDeskError, missing_folder_message
from clusterdesk.reports import (
    pack_capacity,
    pack_cover,
    pack_diagnostic,
    pack_governance,
    pack_map,
    pack_network,
    pack_plan,
    pack_results,
    pack_sections,
    pack_selection,
)
from clusterdesk.reports.pack_context import PackContext
from clusterdesk.reports.pack_doc import LANDSCAPE, PORTRAIT, PackDocument
from clusterdesk.reports.pack_glyphs import unprintable_characters
from clusterdesk.reports.pack_style import page_size, styles
from clusterdesk.reports.progress import CancelFlag, ProgressCallback, Steps
from clusterdesk.reports.texts import chosen_language


@dataclass(frozen=True)
class Section:
    title: str
    build: Callable[[PackContext], list]
    landscape: bool = False


SECTIONS: dict[str, Section] = {
    "profile": Section("Cluster profile with key figures", pack_sections.profile),
    "selection": Section(
        "Cluster selection: study, maps, criteria, ranking, sensitivity, decision", pack_selection.selection
    ),
    "map": Section("Cluster map with legend and scale", pack_map.cluster_map_section),
    "stakeholders": Section("Stakeholders by kind and sector", pack_sections.stakeholders),
    "relations": Section("Relations by kind and survey round", pack_sections.relations),
    "network": Section("Network measures per survey round, before and after, brokers", pack_network.network),
    "diagnostic": Section("SWOT, findings, leverage points and baseline", pack_diagnostic.diagnostic),
    "governance": Section("Governance bodies, members and checks", pack_governance.governance),
    "vision": Section("Vision and strategic objectives", pack_plan.vision),
    "plan": Section("Action plan table", pack_plan.plan_table, landscape=True),
    "gantt": Section("Gantt chart of the action plan", pack_plan.gantt, landscape=True),
    "budget": Section("Budget and cost sharing", pack_plan.budget),
    "capacity": Section("Institutional capacity assessments", pack_capacity.capacity),
    "results": Section("Result chain, indicators and their status", pack_results.results),
}


@dataclass(frozen=True)
class PackResult:
    path: Path
    pages: int
    sections: list[str]  # the sections that had data and were printed
    seconds: float
    notes: list[str]


def build_pack(
    project,
    out_path: str | Path,
    paper: str = "A4",
    sections: Sequence[str] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
    language: str | None = None,
) -> PackResult:
    """Write the action-plan pack of `project` to `out_path` (PDF) and describe what was printed.

    The pack speaks `language` (en, es, fr or ru), by default the project's own language."""
    started = time.perf_counter()
    steps = Steps(progress, cancel, "The action-plan pack")
    target = Path(out_path).expanduser()
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    if not target.parent.is_dir():
        raise ClusterDeskError(missing_folder_message(target.parent))
    wanted = list(sections) if sections else list(SECTIONS)
    unknown = [name for name in wanted if name not in SECTIONS]
    if unknown:
        raise ClusterDeskError(f"Unknown pack section {unknown[0]!r}; choose from {', '.join(SECTIONS)}.")
    page_size(paper)  # rejects unknown paper sizes before any work
    info = project.info()
    context = PackContext(project, info, paper.upper(), styles(), chosen_language(language, info.language))

    width, height = page_size(paper)
    story: list = pack_cover.cover(context, width, height)
    story += [NextPageTemplate(PORTRAIT), PageBreak(), *pack_sections.contents(context)]
    printed: list[str] = []
    orientation = PORTRAIT
    for position, name in enumerate(wanted):
        steps.report(0.05 + 0.6 * position / len(wanted), f"Preparing {SECTIONS[name].title.lower()}")
        section = SECTIONS[name]
        flowables = section.build(context)
        if not flowables:
            continue
        wanted_orientation = LANDSCAPE if section.landscape else PORTRAIT
        if wanted_orientation != orientation:
            orientation = wanted_orientation
        story += [NextPageTemplate(orientation), PageBreak(), *flowables]
        printed.append(name)

    missing = unprintable_characters(context.connection, context.has_table)
    if missing:
        shown = " ".join(missing[:12]) + (" …" if len(missing) > 12 else "")
        context.notes["glyphs"] = (
            f"{len(missing)} characters in the project's text are not in the pack's font and print as "
            f"blanks: {shown}. Latin, Greek and Cyrillic letters print correctly."
        )
    steps.report(0.7, "Laying out pages")
    temporary = target.with_name(f".{target.name}.part")
    document = PackDocument(
        str(temporary),
        paper=context.paper,
        cluster_name=context.info.cluster_name,
        agency=context.info.agency_name,
        language=context.language,
    )
    try:
        document.multiBuild(story, maxPasses=6)
        steps.report(0.95, "Saving")
        temporary.replace(target)
    except OSError as error:
        raise ClusterDeskError(f"Cannot write {target}: {error.strerror}. Choose another folder.") from error
    finally:
        temporary.unlink(missing_ok=True)
    elapsed = time.perf_counter() - started
    steps.report(1.0, f"Wrote {target.name}")
    return PackResult(target, document.pages_in_pass, printed, elapsed, list(context.notes.values()))
