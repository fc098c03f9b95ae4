"""Which column of the input goes to which stakeholder field.

Guesses come from the header names (see `field_names`); `--map COLUMN=FIELD` overrides them. Columns that
match no field become custom fields (or are ignored when the caller prefers), so no information in the
file is lost without the user seeing it.
"""

from __future__ import annotations

from clusterdesk.core.catalogue import count_text, messages_language, tr
from clusterdesk.io.errors import MappingError
from clusterdesk.io.field_names import (
    CUSTOM_PREFIX,
    IGNORE,
    TARGET_FIELDS,
    field_for_header,
    normalise,
)

CUSTOM_FIELDS_COLUMN = "custom_fields"  # a JSON object, as ClusterDesk exports and projects hold it
_ACCEPTED_TARGETS = (*TARGET_FIELDS, CUSTOM_FIELDS_COLUMN, IGNORE)
# More unrecognised columns than this are not all made custom fields without the user saying so: a wide
# statistical export would otherwise fill the project with thousands of fields nobody asked for
MAX_UNASKED_CUSTOM_FIELDS = 200


class TooManyCustomFieldsError(MappingError):
    """More columns match no field than may become custom fields without asking."""

    def __init__(self, count: int) -> None:
        super().__init__(
            tr(
                "mapping:too_many_custom",
                "{count} columns match no stakeholder field; keeping them would add {count} custom fields "
                "to the project.",
                messages_language(),
                count=count_text(count, messages_language()),
            )
        )
        self.count = count


def custom_key(header: str) -> str:
    """The custom_fields key of a column's values: 'Certificación ISO' -> 'certificacion_iso'."""
    return normalise(header).replace(" ", "_") or "field"


def parse_overrides(items: list[str] | None) -> dict[str, str]:
    """'COLUMN=FIELD' strings from the command line as a dict; raises MappingError on a malformed item."""
    overrides: dict[str, str] = {}
    for item in items or []:
        column, separator, target = item.rpartition("=")
        if not separator or not column.strip() or not target.strip():
            raise MappingError(
                tr(
                    "mapping:malformed",
                    '--map {item} is not COLUMN=FIELD (for example --map "Razón social=name").',
                    messages_language(),
                    item=repr(item),
                )
            )
        overrides[column.strip()] = target.strip()
    return overrides


def _resolve_target(column: str, target: str) -> str:
    if target.startswith(CUSTOM_PREFIX):
        key = target[len(CUSTOM_PREFIX) :].strip()
        if not key:
            raise MappingError(
                tr(
                    "mapping:no_key",
                    "--map {item}: give the custom field a key, e.g. custom:certification.",
                    messages_language(),
                    item=f"{column}={target}",
                )
            )
        return CUSTOM_PREFIX + key
    if target in _ACCEPTED_TARGETS:
        return target
    guessed = field_for_header(target)
    if guessed is not None:
        return guessed
    raise MappingError(
        tr(
            "mapping:unknown_field",
            "--map {item}: {field} is not a stakeholder field. Use one of: {fields}, or custom:KEY.",
            messages_language(),
            item=f"{column}={target}",
            field=repr(target),
            fields=", ".join(_ACCEPTED_TARGETS),
        )
    )


def _is_field(target: str) -> bool:
    return target != IGNORE and not target.startswith(CUSTOM_PREFIX)


def _find_column(columns: list[str], wanted: str) -> str:
    if wanted in columns:
        return wanted
    matches = [c for c in columns if normalise(c) == normalise(wanted)]
    if len(matches) == 1:
        return matches[0]
    raise MappingError(
        tr(
            "mapping:no_column",
            "--map names the column {column}, which the file does not have. Its columns are: {columns}.",
            messages_language(),
            column=repr(wanted),
            columns=", ".join(columns),
        )
    )


def guess_mapping(
    columns: list[str],
    overrides: dict[str, str] | None = None,
    *,
    keep_unmapped: bool = True,
    custom_field_limit: int | None = MAX_UNASKED_CUSTOM_FIELDS,
) -> tuple[dict[str, str], list[str]]:
    """Map every column to a target; returns (mapping, notes for the user).

    A target is a stakeholder field, 'lat'/'lon', a contact field, 'custom:KEY' or 'ignore'. When two
    columns look like the same field, the first keeps it and the other becomes a custom field. More than
    `custom_field_limit` columns made custom fields by guess (not by `overrides`) raise
    TooManyCustomFieldsError; None keeps any number.
    """
    notes: list[str] = []
    mapping: dict[str, str] = {}
    for wanted, target in (overrides or {}).items():
        column, resolved = _find_column(columns, wanted), _resolve_target(wanted, target)
        twin = next((c for c, t in mapping.items() if t == resolved and _is_field(t)), None)
        if twin is not None:
            raise MappingError(
                tr(
                    "mapping:twice",
                    "--map gives both {first} and {second} to {field}; choose one column.",
                    messages_language(),
                    first=repr(twin),
                    second=repr(column),
                    field=resolved,
                )
            )
        mapping[column] = resolved
    taken = {t for t in mapping.values() if t != IGNORE and not t.startswith(CUSTOM_PREFIX)}
    guessed_custom = 0
    for column in columns:
        if column in mapping:
            continue
        target = field_for_header(column)
        if column.strip().lower() == CUSTOM_FIELDS_COLUMN:
            target = CUSTOM_FIELDS_COLUMN
        if target is not None and target in taken and target != IGNORE:
            owner = next(c for c, t in mapping.items() if t == target)
            notes.append(
                tr(
                    "mapping:taken",
                    "column {column} also looks like {field} (taken by {owner}); kept as a custom field",
                    messages_language(),
                    column=repr(column),
                    field=target,
                    owner=repr(owner),
                )
            )
            target = None
        if target is None:
            target = CUSTOM_PREFIX + custom_key(column) if keep_unmapped else IGNORE
            guessed_custom += keep_unmapped
        mapping[column] = target
        if target != IGNORE and not target.startswith(CUSTOM_PREFIX):
            taken.add(target)
    if custom_field_limit is not None and guessed_custom > custom_field_limit:
        raise TooManyCustomFieldsError(guessed_custom)
    targets = set(mapping.values())
    if "name" not in targets:
        raise MappingError(
            tr(
                "mapping:no_name",
                "No column holds the stakeholder names. Name it 'name' (or Nombre, Razón social, Nom, "
                "Название) or use --map COLUMN=name. The columns are: {columns}.",
                messages_language(),
                columns=", ".join(columns),
            )
        )
    if ("lat" in targets) != ("lon" in targets):
        present, absent = ("lat", "lon") if "lat" in targets else ("lon", "lat")
        column = next(c for c, t in mapping.items() if t == present)
        if present == "lat":
            text = tr(
                "mapping:latitude_alone",
                "Column {column} holds the latitude but no column holds the longitude. Use --map COLUMN=lon.",
                messages_language(),
                column=repr(column),
            )
        else:
            text = tr(
                "mapping:longitude_alone",
                "Column {column} holds the longitude but no column holds the latitude. Use --map COLUMN=lat.",
                messages_language(),
                column=repr(column),
            )
        raise MappingError(text)
    return mapping, notes


def describe_mapping(mapping: dict[str, str]) -> list[str]:
    """'Razón social → name' lines for reports."""
    return [f"{column} → {target}" for column, target in mapping.items()]
