"""Stakeholder counts for map legends, the same in the printed pack and the web map.

A legend counts what its map shows, but the Layers panel and the pack's stakeholder tables count every
stakeholder. So a kind with members lacking a location is given as "4 of 8", and one note right under the
entries says how many are missing from the map and why.
"""

from __future__ import annotations

from dataclasses import dataclass

from clusterdesk.core.formatting import integer
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.reports.texts import plural_text, text

_KIND_ORDER = {kind: i for i, kind in enumerate(STAKEHOLDER_KINDS)}


@dataclass(frozen=True)
class KindCount:
    kind: str
    label: str
    located: int  # with a location, so on the map
    total: int
    language: str = "en"

    @property
    def text(self) -> str:
        """The count as the legend prints it: "8" when all are mapped, "4 of 8" when some lack a location."""
        if self.located == self.total:
            return integer(self.total, self.language)
        located, total = integer(self.located, self.language), integer(self.total, self.language)
        return text("x_of_y", self.language, located=located, total=total)


def kind_counts(connection, language: str = "en") -> list[KindCount]:
    """Every kind the project has, in vocabulary order, with how many of its stakeholders are located."""
    rows = connection.execute(
        "SELECT kind, sum(geom IS NOT NULL), count(*) FROM stakeholders GROUP BY kind"
    ).fetchall()
    counts = [
        KindCount(kind, kind_label(kind, language), int(located), int(total), language)
        for kind, located, total in rows
    ]
    return sorted(counts, key=lambda c: _KIND_ORDER.get(c.kind, len(_KIND_ORDER)))


def unlocated_note(counts: list[KindCount], language: str = "en") -> str:
    """The note under the legend entries; empty when every stakeholder is on the map."""
    missing = sum(c.total - c.located for c in counts)
    if not missing:
        return ""
    return plural_text("unlocated", missing, language, count=integer(missing, language))
