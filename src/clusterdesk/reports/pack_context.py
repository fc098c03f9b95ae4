"""What every section of the pack reads: the project, its facts, the styles and the page geometry."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from clusterdesk.core.model import ProjectInfo
from clusterdesk.reports.basemap import country_name
from clusterdesk.reports.pack_style import MARGIN, PackStyles, page_size
from clusterdesk.reports.texts import text

FIRM_KINDS = ("enterprise", "supplier", "buyer")


def country_label(code: str | None) -> str | None:
    return country_name(code)


@dataclass
class PackContext:
    project: object  # clusterdesk.core.project.Project
    info: ProjectInfo
    paper: str
    styles: PackStyles
    language: str = "en"  # a code of texts.TEXTS: the pack prints every heading and label in it
    notes: dict = field(default_factory=dict)  # messages for the user about things left out
    notes_cache: dict = field(default_factory=dict)  # data read once and shared by several sections

    def t(self, key: str, **values) -> str:
        """The printed text `key` in the pack's language."""
        return text(key, self.language, **values)

    @property
    def connection(self):
        return self.project.connection

    @property
    def frame_width(self) -> float:
        return page_size(self.paper)[0] - 2 * MARGIN

    @property
    def landscape_frame_width(self) -> float:
        return page_size(self.paper, landscape_page=True)[0] - 2 * MARGIN

    def has_table(self, name: str) -> bool:
        found = self.connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        return found is not None

    def count(self, sql: str, *parameters) -> int:
        return int(self.connection.execute(sql, parameters).fetchone()[0] or 0)

    @cached_property
    def stakeholder_count(self) -> int:
        return self.count("SELECT count(*) FROM stakeholders")

    @cached_property
    def relation_count(self) -> int:
        return self.count("SELECT count(*) FROM relations")

    @cached_property
    def task_count(self) -> int:
        return self.count("SELECT count(*) FROM plan_tasks") if self.has_table("plan_tasks") else 0

    @cached_property
    def currency(self) -> str:
        return self.info.currency or ""
