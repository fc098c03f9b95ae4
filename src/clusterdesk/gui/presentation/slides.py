"""The slides of one presentation as the show needs them: plain values, JSON already parsed."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Slide:
    fid: int
    kind: str
    title: str
    caption: str = ""
    speaker_notes: str = ""
    extent: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    layers: tuple[str, ...] | None = None  # None: the map's default layers
    filters: dict[str, list] = field(default_factory=dict)
    highlighted: tuple[str, ...] = ()  # stakeholder UUIDs
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def is_map(self) -> bool:
        return self.kind == "map"


def _json(text: str | None, default):
    if not text:
        return default
    try:
        value = json.loads(text)
    except ValueError:
        return default  # a hand-edited value: show the slide without it rather than fail the show
    return value if isinstance(value, type(default)) else default


COLUMNS = (
    "fid, kind, title, caption, speaker_notes, min_lon, min_lat, max_lon, max_lat, layers, filters,"
    " highlighted, options"
)


def slide_from_row(row) -> Slide:
    fid, kind, title, caption, notes, x0, y0, x1, y1, layers, filters, highlighted, options = row
    extent = (x0, y0, x1, y1) if None not in (x0, y0, x1, y1) else None
    shown = _json(layers, None) if layers else None
    return Slide(
        int(fid),
        kind,
        title or "",
        caption or "",
        notes or "",
        tuple(float(v) for v in extent) if extent else None,
        tuple(str(v) for v in shown) if isinstance(shown, list) else None,
        _json(filters, {}),
        tuple(str(v) for v in _json(highlighted, [])),
        _json(options, {}),
    )


def read_slides(connection, presentation_id: int) -> list[Slide]:
    """The slides of a presentation in their order (position, then fid)."""
    rows = connection.execute(
        f"SELECT {COLUMNS} FROM presentation_slides WHERE presentation_id = ? ORDER BY position, fid",
        (presentation_id,),
    ).fetchall()
    return [slide_from_row(row) for row in rows]


def uuid_fids(connection, uuids) -> dict[str, int]:
    """Stakeholder fids of the given UUIDs (those still in the project)."""
    wanted = list(dict.fromkeys(uuids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for uuid, fid in connection.execute(
            f"SELECT uuid, fid FROM stakeholders WHERE uuid IN ({marks})", chunk
        ):
            found[uuid] = int(fid)
    return found


def slide_from_dict(row: dict) -> Slide:
    """A slide as core.presentation_edits.read_presentations gives it (JSON fields parsed)."""
    extent = tuple(row.get(k) for k in ("min_lon", "min_lat", "max_lon", "max_lat"))
    layers = row.get("layers")
    return Slide(
        int(row["fid"]),
        row["kind"],
        row.get("title") or "",
        row.get("caption") or "",
        row.get("speaker_notes") or "",
        tuple(float(v) for v in extent) if None not in extent else None,
        tuple(str(v) for v in layers) if isinstance(layers, list) else None,
        row.get("filters") or {},
        tuple(str(v) for v in row.get("highlighted") or ()),
        row.get("options") or {},
    )


def slides_of(presentation) -> list[Slide]:
    """The slides of a core.presentation_edits.PresentationData, in order."""
    return [slide_from_dict(row) for row in presentation.slides]
