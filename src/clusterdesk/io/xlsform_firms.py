"""The registry's firms as the choices of a survey form, and the form's fixed parts that the writer and the
importer of survey exports both need.

A firm's choice name is made from its stakeholder UUID ("f_" and the 32 hex digits), so it never changes
when the firm is renamed or other firms are added, it is a valid XLSForm choice name without spaces (a
select-multiple answer is a space-separated list of names), and it leads back to exactly one stakeholder.
"""

from __future__ import annotations

import re
import uuid as uuid_module
from dataclasses import dataclass

FIRM_QUESTION = "firm"  # the first question of every form: which firm answers
FIRMS_LIST = "firms"  # the choice list of the firm question and of roster questions
ANSWERS_GROUP = "answers"  # the group that holds the survey's own questions
FIRM_KINDS = ("enterprise",)  # the registry's firms: the stakeholders a form lists
_CHOICE = re.compile(r"^f_([0-9a-f]{32})$")


def firm_choice_name(stakeholder_uuid: str) -> str:
    return "f_" + uuid_module.UUID(stakeholder_uuid).hex


def uuid_of_choice(name: str) -> str | None:
    """The stakeholder UUID a firm choice name stands for, or None when `name` is not one."""
    match = _CHOICE.match(name.strip().lower())
    return str(uuid_module.UUID(match.group(1))) if match else None


@dataclass(frozen=True)
class Firm:
    fid: int
    uuid: str
    name: str
    kind: str

    @property
    def choice(self) -> str:
        return firm_choice_name(self.uuid)


def registry_firms(connection, kinds: tuple[str, ...] | None = FIRM_KINDS) -> list[Firm]:
    """The stakeholders of `kinds` (every stakeholder with None), by name. `connection` is sqlite3's."""
    rows = connection.execute("SELECT fid, uuid, name, kind FROM stakeholders").fetchall()
    firms = [Firm(r[0], r[1], r[2] or "", r[3]) for r in rows if kinds is None or r[3] in kinds]
    return sorted(firms, key=lambda f: (f.name.casefold(), f.fid))
