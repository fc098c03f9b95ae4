"""Health-check findings a project has chosen to silence, each with the reason the team gave.

A finding is named by its check id and its target (the row it is about, as "table:fid", or "" for the
whole project); silencing is per project and travels in the file, so a colleague opening it sees the
same checks and why some are silenced.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import TEXT, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clusterdesk.core.column_types import Date
from clusterdesk.core.model import TABLE_TITLES, Base, FidAndUuid

CHECK_SILENCE_TABLE_TITLES = {"check_silences": "Silenced health-check findings"}
CHECK_SILENCE_TABLES = tuple(CHECK_SILENCE_TABLE_TITLES)


class CheckSilence(FidAndUuid, Base):
    __tablename__ = "check_silences"
    __table_args__ = (
        UniqueConstraint("check_id", "target", name="uq_check_silence"),
        {"sqlite_autoincrement": True},
    )
    check_id: Mapped[str] = mapped_column(TEXT)
    target: Mapped[str] = mapped_column(TEXT, default="")  # "table:fid", or "" for the whole project
    reason: Mapped[str] = mapped_column(TEXT)
    silenced_on: Mapped[dt.date | None] = mapped_column(Date)


TABLE_TITLES.update(CHECK_SILENCE_TABLE_TITLES)
