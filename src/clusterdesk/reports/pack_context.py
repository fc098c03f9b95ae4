"""What every section of the pack reads: the project, its facts, the styles and the page geometry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from clusterdesk.core import formatting
from clusterdesk.core.model import ProjectInfo
from clusterdesk.reports.pack_style import MARGIN, PackStyles, page_size
from clusterdesk.reports.texts import plural_text, text

FIRM_KINDS = ("enterprise", "supplier", "buyer")


def country_label(code: str | None, language: str | None = "en") -> str | None:
    """The country in `language` (CLDR's names), else the basemap's English name, else the code."""
    named = formatting.country_name(code, language)
    if named:
        return named
    # Only a code CLDR does not know needs the basemap, and reading it loads pyogrio and pandas
    from clusterdesk.reports.basemap import country_name

    return country_name(code)


@dataclass
class PackContext:
    project: object  # clusterdesk.core.project.Project
    info: ProjectInfo
    paper: str
    styles: PackStyles
    language: str = "en"  # en, es, fr or ru: the pack prints every heading, label and number in it
    notes: dict = field(default_factory=dict)  # messages for the user about things left out
    notes_cache: dict = field(default_factory=dict)  # data read once and shared by several sections

    def t(self, key: str, **values) -> str:
        """The printed text `key` in the pack's language."""
        return text(key, self.language, **values)

    def plural(self, key: str, n: int, **values) -> str:
        """The printed text `key` in the form for the number `n`, written as the language does."""
        return plural_text(key, n, self.language, count=self.number(n), **values)

    def number(self, value: float | None, decimals: int = 0) -> str:
        """A number as the pack's language writes it, on one line (no-break separators)."""
        return formatting.decimal(value, self.language, decimals)

    def percent(self, share: float | None) -> str:
        """A share of 0-1 as a whole percentage: 45% or 45 %."""
        return formatting.percent(share, self.language)

    def money(self, value: float | None) -> str:
        """An amount in the project's currency: 135 600 000 ₽, US$1,250."""
        return formatting.money(value, self.info.currency, self.language)

    def date(self, day: dt.date | None) -> str:
        """A date in a table cell: 27/11/2026, 27.11.2026."""
        return formatting.short_date(day, self.language)

    def long_date(self, day: dt.date) -> str:
        """A date in running text: 27 November 2026, 27 de noviembre de 2026."""
        return formatting.long_date(day, self.language)

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
