"""Reading the cells of an edge list: stakeholders by name or UUID, relation kinds, strengths, yes/no and
survey rounds, each with the reason (in the messages language) when a cell cannot be used. Qt-free."""

from __future__ import annotations

import difflib
import re
import uuid as uuid_module
from dataclasses import dataclass

from sqlalchemy import select

from clusterdesk.core.catalogue import SUPPORTED_LANGUAGES, messages_language, tr
from clusterdesk.core.model import Stakeholder
from clusterdesk.core.vocabulary import RELATION_KINDS
from clusterdesk.io.network_titles import key, relation_kind_code

MAX_ROUND_LENGTH = 60
UNDIRECTED_KINDS = frozenset({"joint_action"})  # a joint action binds both firms alike
_YES = {"yes", "y", "true", "1", "sí", "si", "oui", "да", "x"}
_NO = {"no", "n", "false", "0", "non", "нет"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class CellProblem(ValueError):
    """A cell that cannot be used; the message says why and what to write instead."""


@dataclass(frozen=True)
class Found:
    fid: int
    uuid: str
    name: str


class StakeholderIndex:
    """The project's stakeholders by UUID and by name (spaces collapsed, case folded)."""

    def __init__(self, connection) -> None:
        table = Stakeholder.__table__
        self.by_uuid: dict[str, Found] = {}
        self.by_name: dict[str, list[Found]] = {}
        for fid, uuid, name in connection.execute(select(table.c.fid, table.c.uuid, table.c.name)):
            found = Found(fid, uuid, name)
            self.by_uuid[uuid.lower()] = found
            self.by_name.setdefault(key(name), []).append(found)

    def by_id(self, text: str) -> Found:
        found = self.by_uuid.get(text.strip().lower())
        if found is None:
            raise CellProblem(
                tr(
                    "network_import:unknown_uuid",
                    "no stakeholder has the UUID {uuid}",
                    messages_language(),
                    uuid=text.strip(),
                )
            )
        return found

    def named(self, text: str, id_column: str) -> Found:
        """The stakeholder called `text` (or whose UUID it is); `id_column` is the column to give a UUID
        in when two stakeholders share the name."""
        language = messages_language()
        if _is_uuid(text) and text.strip().lower() in self.by_uuid:
            return self.by_uuid[text.strip().lower()]
        matches = self.by_name.get(key(text), [])
        if len(matches) == 1:
            return matches[0]
        if matches:
            return _ambiguous(text, matches, id_column)
        close = difflib.get_close_matches(key(text), list(self.by_name), n=1, cutoff=0.75)
        if close:
            raise CellProblem(
                tr(
                    "network_import:unknown_name_close",
                    "no stakeholder is named {name}; did you mean {suggestion}?",
                    language,
                    name=repr(text),
                    suggestion=repr(self.by_name[close[0]][0].name),
                )
            )
        raise CellProblem(
            tr(
                "network_import:unknown_name",
                "no stakeholder is named {name}; add it to the registry first or correct the name",
                language,
                name=repr(text),
            )
        )


def _ambiguous(text: str, matches: list[Found], id_column: str):
    raise CellProblem(
        tr(
            "network_import:ambiguous_name",
            "{count} stakeholders are named {name}: write the UUID of the one you mean in the {column} "
            "column ({uuids})",
            messages_language(),
            count=len(matches),
            name=repr(text),
            column=id_column,
            uuids=", ".join(m.uuid for m in matches),
        )
    )


def _is_uuid(text: str) -> bool:
    try:
        uuid_module.UUID(text.strip())
    except ValueError:
        return False
    return True


def relation_kind(text: str) -> str:
    code = relation_kind_code(text)
    if code is None:
        raise CellProblem(
            tr(
                "network_import:unknown_kind",
                "unknown relation kind {kind}; use one of {kinds} (or their labels)",
                messages_language(),
                kind=repr(text),
                kinds=", ".join(RELATION_KINDS),
            )
        )
    return code


def strength(text: str) -> int:
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        value = None
    if value is None or not value.is_integer() or not 1 <= value <= 5:
        raise CellProblem(
            tr(
                "network_import:strength",
                "{value} is not a strength: write a whole number from 1 (weak) to 5 (strong)",
                messages_language(),
                value=repr(text),
            )
        )
    return int(value)


def _yes_no_words() -> tuple[set[str], set[str]]:
    yes, no = set(_YES), set(_NO)
    for language in SUPPORTED_LANGUAGES:
        yes.add(key(tr("network_csv:yes", "yes", language)))
        no.add(key(tr("network_csv:no", "no", language)))
    return yes, no


def directed(text: str, kind: str) -> bool:
    """Whether the tie has a direction: yes/no in any language, or by its kind when the cell is empty."""
    if not text.strip():
        return kind not in UNDIRECTED_KINDS
    yes, no = _yes_no_words()
    if key(text) in yes:
        return True
    if key(text) in no:
        return False
    raise CellProblem(
        tr(
            "network_import:directed",
            "{value} is neither yes nor no; leave it empty to take the kind's usual direction",
            messages_language(),
            value=repr(text),
        )
    )


def round_text(text: str) -> str:
    """A round cell that can name a round: not too long, no control characters."""
    if len(text.strip()) > MAX_ROUND_LENGTH or _CONTROL.search(text):
        raise CellProblem(
            tr(
                "network_import:bad_round",
                "not a survey round: write a round's code or name, such as baseline or follow_up_1, in at "
                "most {limit} characters",
                messages_language(),
                limit=MAX_ROUND_LENGTH,
            )
        )
    return text.strip()
