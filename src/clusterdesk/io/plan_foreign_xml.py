"""Parsing the XML plan files of other programs (Primavera P6, GanttProject) safely, and what their readers
share: tolerant dates and numbers, the refusal of a loop of links, names quoted in a summary sentence.

A foreign plan is refused only when it is not a plan or its links form a loop; a value that cannot be
read is left out (the task keeps what the rest of the file says) rather than refusing the whole plan.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import defusedxml
import defusedxml.ElementTree

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.io.plan_link_cycles import link_cycle
from clusterdesk.io.plan_mspdi_xml import local, without_namespaces
from clusterdesk.io.plan_records import PlanDocument, PlanFileError

_NAMED = 3  # names quoted in a summary sentence; the rest are counted


def refusal(path: Path, message: str) -> PlanFileError:
    return PlanFileError(f"{path.name}: {message}")


def parse_plan_xml(path: Path, program: str) -> ET.Element:
    """The root element with namespaces removed; `program` names the format in the messages."""
    language = messages_language()
    try:
        return without_namespaces(defusedxml.ElementTree.parse(path).getroot())
    except defusedxml.DefusedXmlException:
        raise refusal(path, tr(
            "plan_import:entities",
            "refused: the file declares XML entities or refers to external ones, which {program} never "
            "writes (they can make a file expand without limit or read other files).",
            language, program=program,
        )) from None  # fmt: skip
    except ET.ParseError as error:
        line, column = error.position
        raise refusal(path, tr(
            "plan_import:not_well_formed",
            "not well-formed XML at line {line}, column {column}; the file may be cut short or not a "
            "{program} file.",
            language, line=line, column=column + 1, program=program,
        )) from None  # fmt: skip
    except OSError as error:
        raise refusal(path, tr("plan_import:unreadable", "cannot be read ({error}).", language,
                               error=error.strerror)) from None  # fmt: skip


def root_name(path: Path) -> str | None:
    """The local name of the file's root element, read from its first bytes; None when it is no XML."""
    try:
        for _event, element in defusedxml.ElementTree.iterparse(path, events=("start",)):
            return local(element.tag)
    except (ET.ParseError, defusedxml.DefusedXmlException, OSError):
        return None
    return None


def parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "").strip()[:10])
    except ValueError:
        return None


def parse_number(value: str | None) -> float | None:
    try:
        number = float((value or "").strip())
    except ValueError:
        return None
    return number if number == number and abs(number) != float("inf") else None


def quoted(names: list[str]) -> str:
    shown = ", ".join(f"'{name}'" for name in names[:_NAMED])
    if len(names) > _NAMED:
        shown = tr("xlsx:and_more", "{cells} and {count} more", messages_language(), cells=shown,
                   count=len(names) - _NAMED)  # fmt: skip
    return shown


def refuse_loops(document: PlanDocument, path: Path, program: str) -> None:
    """A loop of links cannot be scheduled: refuse the file, naming the tasks from the one listed first."""
    loop = link_cycle(document.links)
    if not loop:
        return
    order = {t.key: index for index, t in enumerate(document.tasks)}
    names = {t.key: t.name for t in document.tasks}
    first = loop.index(min(loop, key=lambda key: order.get(key, len(order))))
    loop = loop[first:] + loop[:first]
    described = " → ".join(f"'{names.get(key, key)}'" for key in [*loop, loop[0]])
    raise refusal(path, tr(
        "plan_import:loop",
        "its dependencies form a loop ({tasks}), which no planning program can schedule; remove one of "
        "these links in {program} and save the file again.",
        messages_language(), tasks=described, program=program,
    ))  # fmt: skip
