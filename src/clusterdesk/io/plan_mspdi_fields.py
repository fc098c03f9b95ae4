"""Task custom fields (extended attributes) of MS Project XML: ClusterDesk's own, and everyone else's.

ClusterDesk writes its fields into Text1-Text5 and declares each in the project's ExtendedAttributes
with its FieldID and its alias ("Budget by source", ...). Agencies use the same Text, Number and Flag
fields for their own purposes, so a field counts as ClusterDesk's only where the file declares it with
ClusterDesk's alias; any other value is kept, labelled, in the task's notes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.io.plan_mspdi import TEXT_FIELDS
from clusterdesk.io.plan_mspdi_xml import child, children, text

_TASK = 188743680  # task field ids are this plus the field's number in MS Project's PjField list


def _numbered(kind: str, offsets: list[int]) -> dict[str, str]:
    return {str(_TASK + offset): f"{kind}{index}" for index, offset in enumerate(offsets, start=1)}


# MS Project's task custom fields by FieldID, for files that do not declare the ones they use
FIELD_NAMES = {
    **_numbered("Text", [51, 54, 57, 60, 63, *range(66, 71), *range(317, 337)]),
    **_numbered("Start", [52, 55, 58, 61, 64, *range(282, 291, 2)]),
    **_numbered("Finish", [53, 56, 59, 62, 65, *range(283, 292, 2)]),
    **_numbered("Flag", [*range(72, 82), *range(292, 302)]),
    **_numbered("Number", [*range(87, 92), *range(302, 317)]),
    **_numbered("Duration", [103, 104, 105, *range(275, 282)]),
    **_numbered("Cost", [106, 107, 108, *range(258, 265)]),
    **_numbered("Date", list(range(265, 275))),
    **_numbered("OutlineCode", list(range(416, 435, 2))),
}
_FLAG_IDS = {field_id for field_id, name in FIELD_NAMES.items() if name.startswith("Flag")}


class CustomFields:
    """The file's declarations of custom fields, which of them are ClusterDesk's, and the foreign ones
    met on the way (label -> count of tasks) for the import summary."""

    def __init__(self, root: ET.Element):
        self.declared: dict[str, tuple[str | None, str | None]] = {}  # FieldID -> (FieldName, Alias)
        for attribute in children(child(root, "ExtendedAttributes"), "ExtendedAttribute"):
            field_id = text(attribute, "FieldID")
            if field_id:
                self.declared[field_id] = (text(attribute, "FieldName"), text(attribute, "Alias"))
        self.ours = {
            field_id: key
            for key, (field_id, _name, alias) in TEXT_FIELDS.items()
            if (self.declared.get(field_id, (None, None))[1] or "").strip().casefold() == alias.casefold()
        }
        self.foreign: dict[str, int] = {}
        self.unreadable_budgets: list[str] = []  # tasks whose ClusterDesk budget is not source=amount

    def label(self, field_id: str) -> str:
        name, alias = self.declared.get(field_id, (None, None))
        name = (
            name
            or FIELD_NAMES.get(field_id)
            or tr("mspdi:field_number", "field {number}", messages_language(), number=field_id)
        )
        return f"{name} ({alias})" if alias and alias != name else name

    def read_task(self, element: ET.Element) -> tuple[dict[str, str], list[str]]:
        """ClusterDesk's values of a task by key, and the foreign ones as lines for its notes."""
        own: dict[str, str] = {}
        lines: list[str] = []
        for attribute in children(element, "ExtendedAttribute"):
            field_id = text(attribute, "FieldID") or ""
            value = text(attribute, "Value") or ""
            if field_id in self.ours:
                own[self.ours[field_id]] = value
            elif value:
                label = self.label(field_id)
                self.foreign[label] = self.foreign.get(label, 0) + 1
                lines.append(f"{label}: {self._shown(field_id, value)}")
        return own, lines

    @staticmethod
    def _shown(field_id: str, value: str) -> str:
        if field_id in _FLAG_IDS and value.lower() in ("0", "1", "true", "false"):
            yes = value.lower() in ("1", "true")
            return (
                tr("mspdi:flag_yes", "yes", messages_language())
                if yes
                else tr("mspdi:flag_no", "no", messages_language())
            )
        return value

    def summary(self) -> str | None:
        """One sentence naming the foreign fields kept in the notes, or None when there were none."""
        if not self.foreign:
            return None
        return tr_plural(
            "mspdi:foreign_fields",
            "{count} custom field is not ClusterDesk's; its values were kept in the task notes: {fields}.",
            "{count} custom fields are not ClusterDesk's; their values were kept in the task notes: "
            "{fields}.",
            len(self.foreign),
            messages_language(),
            fields=", ".join(self.foreign),
        )


def with_lines(notes: str | None, lines: list[str]) -> str | None:
    """The task's notes followed by the foreign field lines."""
    if not lines:
        return notes
    kept = "\n".join(lines)
    return f"{notes}\n\n{kept}" if notes else kept
