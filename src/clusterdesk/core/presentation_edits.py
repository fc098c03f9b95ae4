"""Commands that change the project's presentations and their slides, and the reader every view shares.

Each command has a label and undoes exactly what it did; rows are added and removed through the general
InsertRows and DeleteRows (they keep fids and UUIDs, so redo writes the same rows). A project with any
presentation has exactly one default (the one `clusterdesk story` and `clusterdesk brief` take): the
first one added becomes it, making another the default clears the old one, and deleting the default
passes it to the presentation added first among those left.

Slides of one presentation are numbered 0, 1, 2 ... by `position`. Moving, adding at a place, duplicating
and deleting renumber the presentation's slides in the same command, and undo puts back every position
it changed. Slides are checked before they are written, and a refusal names the field: a known kind, a
title, an extent inside -180..180 / -90..90 that is not empty (required for map slides), and the JSON
fields well formed and of their shape (layers and highlighted: lists of texts; filters: an object of
lists; options: an object).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, func, select, update

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.commands import CommandGroup, UpdateRow
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.governance_rows import DeleteRows, InsertRows, _connection, _next_fid, _one, _where_in
from clusterdesk.core.presentations import SLIDE_KINDS, Presentation, PresentationSlide

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

PRESENTATIONS: Table = Presentation.__table__
SLIDES: Table = PresentationSlide.__table__
ORDER = (PRESENTATIONS, SLIDES)  # parents first
TABLES = frozenset(t.name for t in ORDER)
EXTENT_FIELDS = ("min_lon", "min_lat", "max_lon", "max_lat")
JSON_FIELDS = ("layers", "filters", "highlighted", "options")
TEXT_FIELDS = ("title", "caption", "speaker_notes")
SLIDE_FIELDS = ("kind", *TEXT_FIELDS, *EXTENT_FIELDS, *JSON_FIELDS)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _optional(value: Any) -> str | None:
    text = str(value or "").strip()
    return text or None


def kind_label(kind: str, language: str | None) -> str:
    """The name of a slide kind (core.presentations.SLIDE_KINDS) in `language`; an unknown code as it is."""
    labels = {
        "map": lambda: tr("slide_kind:map", "Map view", language),
        "key_figures": lambda: tr("slide_kind:key_figures", "Key figures", language),
        "results": lambda: tr("slide_kind:results", "Results indicators", language),
        "network": lambda: tr("slide_kind:network", "Network before and after", language),
        "milestones": lambda: tr("slide_kind:milestones", "Milestones and delays", language),
        "budget": lambda: tr("slide_kind:budget", "Budget and cost sharing", language),
        "governance": lambda: tr("slide_kind:governance", "Governance maturity and phase-out", language),
        "decisions": lambda: tr("slide_kind:decisions", "Decisions needed", language),
    }
    return labels[kind]() if kind in labels else str(kind)


# -- presentations ------------------------------------------------------------------------------------
def _presentation_name(project: Project, name: Any, fid: int | None = None) -> str:
    text = " ".join(str(name or "").split())
    if not text:
        raise ValidationError(
            "name", tr("presentation:no_name", "a presentation needs a name", messages_language())
        )
    query = select(PRESENTATIONS.c.fid).where(func.lower(PRESENTATIONS.c.name) == text.lower())
    taken = _connection(project).execute(query).scalar()
    if taken is not None and taken != fid:
        raise ValidationError(
            "name",
            tr(
                "presentation:name_taken",
                "the project already has a presentation called {name}",
                messages_language(),
                name=text,
            ),
        )
    return text


def _defaults(project: Project) -> list[int]:
    query = select(PRESENTATIONS.c.fid).where(PRESENTATIONS.c.is_default.is_(True))
    return [r[0] for r in _connection(project).execute(query)]


def add_presentation(project: Project, name: str, notes: str | None = None, default: bool = False):
    """Add an empty presentation; it is the default when it is the project's first or `default` asks."""
    row = {"name": _presentation_name(project, name), "notes": _optional(notes)}
    first = _connection(project).execute(select(func.count()).select_from(PRESENTATIONS)).scalar() == 0
    row["is_default"] = bool(first or default)
    label = tr(
        "undo:add_presentation", "Add presentation {name}", messages_language(), name=_short(row["name"])
    )
    insert = InsertRows({PRESENTATIONS.name: [row]}, label=label, order=ORDER)
    if first or not default:
        return insert
    unset = [_default_flag(fid, False, label) for fid in _defaults(project)]
    return CommandGroup([*unset, insert], label=label)


def _default_flag(fid: int, value: bool, label: str) -> UpdateRow:
    return UpdateRow(PRESENTATIONS, fid, {"is_default": value}, label=label)


def rename_presentation(project: Project, fid: int, name: str) -> UpdateRow:
    current = _one(project, PRESENTATIONS, fid, "presentation")
    new_name = _presentation_name(project, name, fid)
    label = tr(
        "undo:rename_presentation",
        "Rename presentation {old} to {new}",
        messages_language(),
        old=_short(current["name"]),
        new=_short(new_name),
    )
    return UpdateRow(PRESENTATIONS, fid, {"name": new_name}, label=label)


def edit_presentation_notes(project: Project, fid: int, notes: str | None) -> UpdateRow:
    current = _one(project, PRESENTATIONS, fid, "presentation")
    label = tr(
        "undo:presentation_notes",
        "Edit the notes of presentation {name}",
        messages_language(),
        name=_short(current["name"]),
    )
    return UpdateRow(PRESENTATIONS, fid, {"notes": _optional(notes)}, label=label)


def set_default_presentation(project: Project, fid: int) -> CommandGroup:
    """Make one presentation the default and no other."""
    current = _one(project, PRESENTATIONS, fid, "presentation")
    label = tr(
        "undo:default_presentation",
        "Make {name} the default presentation",
        messages_language(),
        name=_short(current["name"]),
    )
    commands = [_default_flag(other, False, label) for other in _defaults(project) if other != fid]
    if not current["is_default"]:
        commands.append(_default_flag(fid, True, label))
    return CommandGroup(commands, label=label)


def delete_presentation(project: Project, fid: int):
    """Remove a presentation with its slides; a deleted default passes to the oldest one left."""
    current = _one(project, PRESENTATIONS, fid, "presentation")

    def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
        return {
            PRESENTATIONS.name: _where_in(project, PRESENTATIONS, PRESENTATIONS.c.fid, [fid]),
            SLIDES.name: _where_in(project, SLIDES, SLIDES.c.presentation_id, [fid]),
        }

    label = tr(
        "undo:delete_presentation",
        "Delete presentation {name}",
        messages_language(),
        name=_short(current["name"]),
    )
    delete = DeleteRows(collect, label=label, tables=TABLES, order=ORDER)
    if not current["is_default"]:
        return delete
    query = select(PRESENTATIONS.c.fid).where(PRESENTATIONS.c.fid != fid).order_by(PRESENTATIONS.c.fid)
    heir = _connection(project).execute(query).scalar()
    if heir is None:
        return delete
    return CommandGroup([delete, _default_flag(heir, True, label)], label=label)


# -- checking slides ----------------------------------------------------------------------------------


def _number(field_name: str, value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number):
        raise ValidationError(
            field_name,
            tr(
                "slide:not_a_number",
                "{value} is not a number of degrees",
                messages_language(),
                value=repr(value),
            ),
        )
    return number


def _check_extent(values: dict[str, Any], kind: str) -> None:
    given = [name for name in EXTENT_FIELDS if values.get(name) is not None]
    if not given:
        if kind == "map":
            raise ValidationError(
                "min_lon",
                tr(
                    "slide:no_extent",
                    "a map slide needs the extent of its view (west, south, east, north)",
                    messages_language(),
                ),
            )
        return
    missing = [name for name in EXTENT_FIELDS if name not in given]
    if missing:
        raise ValidationError(
            missing[0],
            tr(
                "slide:part_extent",
                "an extent needs all four of west, south, east and north",
                messages_language(),
            ),
        )
    for name in EXTENT_FIELDS:
        values[name] = _number(name, values[name])
    for name, limit in (("min_lon", 180), ("max_lon", 180), ("min_lat", 90), ("max_lat", 90)):
        if abs(values[name]) > limit:
            raise ValidationError(
                name,
                tr(
                    "slide:extent_outside",
                    "{value} lies outside -{limit}..{limit} degrees",
                    messages_language(),
                    value=values[name],
                    limit=limit,
                ),
            )
    for low, high in (("min_lon", "max_lon"), ("min_lat", "max_lat")):
        if values[low] >= values[high]:
            raise ValidationError(
                high,
                tr(
                    "slide:empty_extent",
                    "the extent is empty: {high} ({top}) must be greater than {low} ({bottom})",
                    messages_language(),
                    high=high,
                    low=low,
                    top=values[high],
                    bottom=values[low],
                ),
            )


def _parsed(field_name: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError as error:
        raise ValidationError(
            field_name,
            tr("slide:bad_json", "not well-formed JSON ({reason})", messages_language(), reason=str(error)),
        ) from None


def _texts(field_name: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValidationError(
            field_name, tr("slide:not_text_list", "must be a list of texts", messages_language())
        )
    return list(dict.fromkeys(value))


def _json_field(field_name: str, value: Any) -> str | None:
    """The JSON text stored for one field, after checking its shape; None for nothing."""
    value = _parsed(field_name, value)
    if value is None:
        return None
    if field_name in ("layers", "highlighted"):
        value = _texts(field_name, value)
    elif field_name == "filters":
        if not isinstance(value, dict):
            raise ValidationError(
                field_name,
                tr(
                    "slide:filters_shape",
                    "must be an object of field names and lists of values",
                    messages_language(),
                ),
            )
        for key, allowed in value.items():
            if not isinstance(allowed, list) or any(isinstance(v, (dict, list)) for v in allowed):
                raise ValidationError(
                    field_name,
                    tr(
                        "slide:filter_values",
                        "the filter on {name} needs a list of values",
                        messages_language(),
                        name=key,
                    ),
                )
    elif not isinstance(value, dict):
        raise ValidationError(
            field_name,
            tr("slide:options_shape", "must be an object of option names and values", messages_language()),
        )
    return json.dumps(value, ensure_ascii=False, sort_keys=field_name != "layers")


def _check_kind(kind: Any) -> None:
    if kind not in SLIDE_KINDS:
        raise ValidationError(
            "kind",
            tr(
                "slide:unknown_kind",
                "{value} is not a kind of slide; choose one of: {codes}",
                messages_language(),
                value=repr(kind),
                codes=", ".join(SLIDE_KINDS),
            ),
        )


def checked_slide(values: Mapping[str, Any], current: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The fields of `values` as stored, checked against the slide they change (`current`, None for a
    new slide); raises ValidationError naming the first field that is wrong."""
    unknown = [name for name in values if name not in SLIDE_FIELDS]
    if unknown:
        raise ValidationError(
            unknown[0],
            tr("slide:unknown_field", "a slide has no field {name}", messages_language(), name=unknown[0]),
        )
    merged = {**(current or {}), **values}
    kind = merged.get("kind")
    _check_kind(kind)
    row = {name: values[name] for name in values}
    if current is None and not str(values.get("title") or "").strip() and kind != "map":
        row["title"] = kind_label(kind, messages_language())  # a ready-made view is named after itself
    if "title" in row or current is None:
        row["title"] = " ".join(str(row.get("title", merged.get("title")) or "").split())
        if not row["title"]:
            raise ValidationError("title", tr("slide:no_title", "a slide needs a title", messages_language()))
    for name in ("caption", "speaker_notes"):
        if name in row:
            row[name] = _optional(row[name])
    extent = {name: merged.get(name) for name in EXTENT_FIELDS}
    _check_extent(extent, kind)
    for name in EXTENT_FIELDS:
        if name in row or (current is not None and "kind" in values):
            row[name] = extent[name]
    for name in JSON_FIELDS:
        if name in row:
            row[name] = _json_field(name, row[name])
    return row


# -- slides -------------------------------------------------------------------------------------------
def _slide_fids(project: Project, presentation_id: int) -> list[int]:
    query = (
        select(SLIDES.c.fid)
        .where(SLIDES.c.presentation_id == presentation_id)
        .order_by(SLIDES.c.position, SLIDES.c.fid)
    )
    return [r[0] for r in _connection(project).execute(query)]


@dataclass
class PlaceSlide:
    """Put slide `fid` at `position` (0 first, None last) of its presentation and number the slides 0, 1,
    2 ...; with `fid` None only renumber. Undo puts back every position it changed."""

    presentation_id: int
    fid: int | None
    position: int | None
    label: str
    tables: frozenset[str] = frozenset({SLIDES.name})
    _before: list[tuple[int, int]] = field(default_factory=list)

    def do(self, project: Project) -> None:
        connection = _connection(project)
        query = select(SLIDES.c.fid, SLIDES.c.position).where(
            SLIDES.c.presentation_id == self.presentation_id
        )
        self._before = [tuple(r) for r in connection.execute(query)]
        order = [fid for _p, fid in sorted((p, f) for f, p in self._before) if fid != self.fid]
        if self.fid is not None:
            at = len(order) if self.position is None else max(0, min(self.position, len(order)))
            order.insert(at, self.fid)
        before = dict(self._before)
        for position, fid in enumerate(order):
            if before.get(fid) != position:
                connection.execute(update(SLIDES).where(SLIDES.c.fid == fid).values(position=position))

    def undo(self, project: Project) -> None:
        connection = _connection(project)
        for fid, position in self._before:
            connection.execute(update(SLIDES).where(SLIDES.c.fid == fid).values(position=position))


def add_slide(
    project: Project, presentation_id: int, values: Mapping[str, Any], position: int | None = None
) -> CommandGroup:
    """Add a slide of any kind at `position` (None: at the end). `values` holds kind, title, caption,
    speaker_notes, the extent (min_lon, min_lat, max_lon, max_lat), layers, filters, highlighted and
    options (lists and objects, or their JSON text)."""
    presentation = _one(project, PRESENTATIONS, presentation_id, "presentation")
    row = checked_slide({"kind": values.get("kind", "map"), **values})
    row["presentation_id"] = presentation_id
    row["position"] = len(_slide_fids(project, presentation_id))
    row["fid"] = _next_fid(project, SLIDES)
    label = tr(
        "undo:add_slide",
        "Add slide {title} to {presentation}",
        messages_language(),
        title=_short(row["title"]),
        presentation=_short(presentation["name"]),
    )
    insert = InsertRows({SLIDES.name: [row]}, label=label, order=ORDER)
    return CommandGroup([insert, PlaceSlide(presentation_id, row["fid"], position, label)], label=label)


def add_map_slide(
    project: Project,
    presentation_id: int,
    extent: Sequence[float],
    title: str,
    layers: Sequence[str] | None = None,
    filters: Mapping[str, Sequence[Any]] | None = None,
    highlighted: Sequence[str] | None = None,
    caption: str | None = None,
    speaker_notes: str | None = None,
    position: int | None = None,
) -> CommandGroup:
    """Add the current map view as a slide: `extent` is (west, south, east, north) in degrees, `layers`
    the keys of the layers shown, `filters` {field: [values]}, `highlighted` stakeholder UUIDs."""
    if len(extent) != 4:
        raise ValidationError(
            "min_lon",
            tr(
                "slide:part_extent",
                "an extent needs all four of west, south, east and north",
                messages_language(),
            ),
        )
    values = {
        "kind": "map",
        "title": title,
        "caption": caption,
        "speaker_notes": speaker_notes,
        **dict(zip(EXTENT_FIELDS, extent, strict=True)),
        "layers": list(layers) if layers is not None else None,
        "filters": {k: list(v) for k, v in filters.items()} if filters is not None else None,
        "highlighted": list(highlighted) if highlighted is not None else None,
    }
    return add_slide(project, presentation_id, values, position)


def update_slide(project: Project, fid: int, changes: Mapping[str, Any]) -> UpdateRow:
    """Change a slide's title, caption, speaker notes, options, view or kind (checked as when added)."""
    current = _one(project, SLIDES, fid, "slide")
    if "presentation_id" in changes or "position" in changes:
        raise ValidationError(
            "position", tr("slide:use_move", "a slide changes place through move_slide", messages_language())
        )
    row = checked_slide(changes, current)
    label = tr("undo:edit_slide", "Edit slide {title}", messages_language(), title=_short(current["title"]))
    return UpdateRow(SLIDES, fid, row, label=label)


def move_slide(project: Project, fid: int, position: int) -> PlaceSlide:
    """Move a slide to `position` (0 first) of its presentation, renumbering the others."""
    current = _one(project, SLIDES, fid, "slide")
    label = tr("undo:move_slide", "Move slide {title}", messages_language(), title=_short(current["title"]))
    return PlaceSlide(current["presentation_id"], fid, position, label)


def delete_slide(project: Project, fid: int) -> CommandGroup:
    current = _one(project, SLIDES, fid, "slide")

    def collect(project: Project) -> dict[str, list[dict[str, Any]]]:
        return {SLIDES.name: _where_in(project, SLIDES, SLIDES.c.fid, [fid])}

    label = tr(
        "undo:delete_slide", "Delete slide {title}", messages_language(), title=_short(current["title"])
    )
    delete = DeleteRows(collect, label=label, tables=frozenset({SLIDES.name}), order=ORDER)
    return CommandGroup([delete, PlaceSlide(current["presentation_id"], None, None, label)], label=label)


def duplicate_slide(project: Project, fid: int) -> CommandGroup:
    """A copy of a slide (new fid and UUID) right after it."""
    current = _one(project, SLIDES, fid, "slide")
    copy = {k: v for k, v in current.items() if k not in ("fid", "uuid")}
    copy["fid"] = _next_fid(project, SLIDES)
    order = _slide_fids(project, current["presentation_id"])
    copy["position"] = len(order)
    label = tr(
        "undo:duplicate_slide", "Duplicate slide {title}", messages_language(), title=_short(current["title"])
    )
    insert = InsertRows({SLIDES.name: [copy]}, label=label, order=ORDER)
    place = PlaceSlide(current["presentation_id"], copy["fid"], order.index(fid) + 1, label)
    return CommandGroup([insert, place], label=label)


# -- reading ------------------------------------------------------------------------------------------
@dataclass
class PresentationData:
    fid: int
    uuid: str
    name: str
    is_default: bool
    notes: str | None
    slides: list[dict[str, Any]]  # in order; JSON fields parsed (None where absent or unreadable)


def _loaded(text: Any, shape: type) -> Any:
    """A JSON field as stored, parsed; a value another program wrote badly reads as None."""
    if text is None:
        return None
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, shape) else None


def read_presentations(connection) -> list[PresentationData]:
    """Every presentation (the default first, then in the order they were added) with its slides in
    order. `connection` is a SQLAlchemy connection or session of the project."""
    presentations = [
        dict(r._mapping) for r in connection.execute(select(PRESENTATIONS).order_by(PRESENTATIONS.c.fid))
    ]
    slides: dict[int, list[dict[str, Any]]] = {}
    query = select(SLIDES).order_by(SLIDES.c.presentation_id, SLIDES.c.position, SLIDES.c.fid)
    for row in connection.execute(query):
        slide = dict(row._mapping)
        for name, shape in (("layers", list), ("filters", dict), ("highlighted", list), ("options", dict)):
            slide[name] = _loaded(slide[name], shape)
        slides.setdefault(slide["presentation_id"], []).append(slide)
    found = [
        PresentationData(
            p["fid"], p["uuid"], p["name"], bool(p["is_default"]), p["notes"], slides.get(p["fid"], [])
        )
        for p in presentations
    ]
    return sorted(found, key=lambda p: not p.is_default)


def chosen_presentation(presentations: list[PresentationData], name: str | None) -> PresentationData | None:
    """The presentation called `name` (any case), else the default one, else the first; None when the
    project has none. An unknown name raises ValidationError listing the names there are."""
    if name is None:
        return presentations[0] if presentations else None
    wanted = " ".join(name.split()).lower()
    for presentation in presentations:
        if presentation.name.lower() == wanted:
            return presentation
    raise ValidationError(
        "presentation",
        tr(
            "presentation:unknown",
            "the project has no presentation called {name}; it has: {names}",
            messages_language(),
            name=name,
            names=", ".join(p.name for p in presentations) or "–",
        ),
    )
