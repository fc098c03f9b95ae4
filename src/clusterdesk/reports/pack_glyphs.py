"""Characters the pack's font cannot print. DejaVu covers Latin, Greek and Cyrillic; a name written in,
say, Ge'ez or Chinese script would print as blanks, so the user is told which ones."""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

from clusterdesk.reports.pack_style import FONT, register_fonts

# Text the pack prints from the project, by table and columns
_PRINTED_TEXT = {
    "project_info": "cluster_name, sector_label, region, agency_name, description",
    "stakeholders": "name, products, admin_area",
    "plan_tasks": "name",
    "vision_statements": "text",
    "governance_bodies": "name, purpose",
    "governance_members": "person_name",
    "contact_persons": "name",
    "capacity_frameworks": "name",
    "capacity_dimensions": "code, name",
    "capacity_indicators": "code, name",
}


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


def unprintable_characters(connection, has_table) -> str:
    """Distinct characters of the project's printed text that the font lacks, in order of appearance."""
    covered = _covered()
    missing: dict[str, None] = {}
    for table, columns in _PRINTED_TEXT.items():
        if not has_table(table):
            continue
        for row in connection.execute(f"SELECT {columns} FROM {table}"):
            for value in row:
                if isinstance(value, str) and not value.isascii():
                    for character in value:
                        if ord(character) not in covered and not character.isspace():
                            missing[character] = None
    return "".join(missing)
