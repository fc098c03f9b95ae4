"""The cluster project as one IATI 2.03 activity file: `<iati-activities>` with one `<iati-activity>` whose
`<result>` elements carry the result chain (see io.iati_results). Qt-free; written with xml.etree, which
escapes every text, and through io.output_file.written_atomically, so the file is whole or not there.

Where the activity's elements come from, in the order the schema fixes:

- `iati-identifier`: the given identifier, which must begin with the reporting organisation's reference as
  IATI requires, else `<reporting-org ref>-<project UUID>`, stable across exports of the same project.
- `reporting-org`: the reference, OrganisationType code (90 "Other" when none is given) and name (the
  project's agency when none is given).
- `title`, `description`: the cluster's name and the project description (a sentence naming the cluster
  when there is none), in the project's language, which is also the activity's `xml:lang`.
- `participating-org`: the project's agency as implementing organisation (OrganisationRole 4); with the
  reporting organisation's reference and type when it is the same organisation.
- `activity-status` (ActivityStatus codelist) from the project phase: cluster selection and appointment of
  the agent (phases 1-2) are pipeline/identification (1); from the diagnostic on, the initiative is in
  implementation (2), monitoring and evaluation included.
- `activity-date` (ActivityDateType codelist): planned start (1) from the project's start date, else the
  plan's first task; actual start (2) too once the project is in implementation and that day has passed;
  planned end (3) from the plan's last finish.
- `recipient-country` from the project's country; `sector` from its ISIC code, in the reporting
  organisation's vocabulary (99) with the ISIC address as vocabulary-uri, since IATI has no ISIC list.

Anything the schema requires that the project lacks refuses the export with an IatiDataError saying what
to add; nothing is written then, and a file already at the output path stays as it was.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from clusterdesk.analysis.results_series import monitoring_settings, value_rows
from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.plan import PlanTask
from clusterdesk.core.results import read_results
from clusterdesk.core.results_formulas import survey_questions
from clusterdesk.io.iati_results import ResultWriter, check_results
from clusterdesk.io.iati_xml import XML_LANG, IatiDataError, add, add_narrative, add_text_element, clean_text
from clusterdesk.io.output_file import written_atomically

if TYPE_CHECKING:
    from clusterdesk.core.model import ProjectInfo
    from clusterdesk.core.project import Project

IATI_VERSION = "2.03"
# OrganisationType codelist of IATI 2.03
ORGANISATION_TYPES = (
    "10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80", "90",
)  # fmt: skip
DEFAULT_ORGANISATION_TYPE = "90"  # Other
IMPLEMENTING_ROLE = "4"  # OrganisationRole codelist
PIPELINE, IMPLEMENTATION = "1", "2"  # ActivityStatus codelist
PLANNED_START, ACTUAL_START, PLANNED_END = "1", "2", "3"  # ActivityDateType codelist
REPORTING_ORGANISATION_VOCABULARY = "99"  # SectorVocabulary
ISIC_URI = "https://unstats.un.org/unsd/classifications/Econ/isic"
# IATI's rules forbid these in organisation and activity identifiers; blanks break them as well
_NOT_IN_IDENTIFIER = re.compile(r"[\s/&|?]")


def activity_status(phase: int | None) -> str:
    """The ActivityStatus code of a project in `phase` (1-6 of the UNIDO approach)."""
    return PIPELINE if (phase or 1) <= 2 else IMPLEMENTATION


def default_identifier(reporting_org_ref: str, project_uuid: str) -> str:
    return f"{reporting_org_ref}-{project_uuid}"


def _refuse(message: str) -> IatiDataError:
    return IatiDataError(message)


def _checked_reference(reference: str | None) -> str:
    language = messages_language()
    text = (reference or "").strip()
    if not text:
        raise _refuse(
            tr(
                "iati:no_reporting_org",
                "IATI requires the reporting organisation's identifier (for example XM-DAC-41123 or "
                "GB-COH-01234567), and none was given. Give your organisation's IATI identifier, as "
                "registered with IATI, and export again. Nothing was written.",
                language,
            )
        )
    if _NOT_IN_IDENTIFIER.search(text) or clean_text(text) != text:
        raise _refuse(
            tr(
                "iati:bad_reporting_org",
                "{ref} cannot be an IATI organisation identifier: identifiers contain no spaces, control "
                "characters or any of / & | ?. Give the identifier as registered with IATI. Nothing was "
                "written.",
                language,
                ref=repr(text),
            )
        )
    return text


def _checked_identifier(identifier: str, reference: str) -> str:
    language = messages_language()
    text = identifier.strip()
    if _NOT_IN_IDENTIFIER.search(text) or clean_text(text) != text:
        raise _refuse(
            tr(
                "iati:bad_identifier",
                "{identifier} cannot be an IATI activity identifier: identifiers contain no spaces, "
                "control characters or any of / & | ?. Nothing was written.",
                language,
                identifier=repr(text),
            )
        )
    if not text.startswith(reference) or len(text) <= len(reference):
        raise _refuse(
            tr(
                "iati:identifier_prefix",
                "The activity identifier {identifier} must begin with the reporting organisation's "
                "identifier {ref} followed by the activity's own part, as IATI requires (for example "
                "{example}). Nothing was written.",
                language,
                identifier=text,
                ref=reference,
                example=f"{reference}-CLUSTER-1",
            )
        )
    return text


def _checked_type(organisation_type: str | int | None) -> str:
    if organisation_type is None or str(organisation_type).strip() == "":
        return DEFAULT_ORGANISATION_TYPE
    code = str(organisation_type).strip()
    if code not in ORGANISATION_TYPES:
        raise _refuse(
            tr(
                "iati:bad_org_type",
                "{code} is not an IATI organisation type. Use one of the OrganisationType codes: {codes}. "
                "Nothing was written.",
                messages_language(),
                code=repr(code),
                codes=", ".join(ORGANISATION_TYPES),
            )
        )
    return code


def _plan_dates(project: Project) -> tuple[dt.date | None, dt.date | None]:
    table = PlanTask.__table__
    row = project.session.connection().execute(select(func.min(table.c.start), func.max(table.c.finish)))
    first, last = row.first() or (None, None)
    return _as_date(first), _as_date(last)


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _require(text: str, message: str) -> str:
    if not text:
        raise _refuse(message)
    return text


def build_iati_activity(
    project: Project,
    reporting_org_ref: str,
    reporting_org_name: str | None = None,
    reporting_org_type: str | int | None = None,
    activity_identifier: str | None = None,
    *,
    today: dt.date | None = None,
) -> ET.Element:
    """The `<iati-activities>` element of the project, or IatiDataError naming what IATI needs."""
    language = messages_language()
    info = project.info()
    reference = _checked_reference(reporting_org_ref)
    identifier = (
        _checked_identifier(activity_identifier, reference)
        if activity_identifier is not None and activity_identifier.strip()
        else default_identifier(reference, info.uuid)
    )
    organisation_type = _checked_type(reporting_org_type)
    agency = clean_text(info.agency_name)
    organisation_name = clean_text(reporting_org_name) or agency
    _require(
        organisation_name,
        tr(
            "iati:no_reporting_org_name",
            "IATI requires the reporting organisation's name. Give it with its identifier, or enter the "
            "agency's name in the project information. Nothing was written.",
            language,
        ),
    )
    _require(
        agency,
        tr(
            "iati:no_agency",
            "IATI requires at least one participating organisation, and the project names no agency. "
            "Enter the agency that carries out the project in the project information, then export again. "
            "Nothing was written.",
            language,
        ),
    )
    title = _require(
        clean_text(info.cluster_name),
        tr(
            "iati:no_title",
            "IATI requires a title, and the project's cluster name is empty. Name the cluster in the "
            "project information. Nothing was written.",
            language,
        ),
    )
    plan_start, plan_finish = _plan_dates(project)
    start = info.start_date or plan_start
    if start is None:
        raise _refuse(
            tr(
                "iati:no_start",
                "IATI requires the activity's start date, and neither the project information nor the "
                "action plan gives one. Enter the project's start date in the project information. Nothing "
                "was written.",
                language,
            )
        )
    connection = project.session.connection()
    data = read_results(connection, with_values=False)
    check_results(data)
    rows = value_rows(connection, data.indicators, monitoring_settings(connection).frequency)

    content_language = info.language or "en"
    currency = (info.currency or "").strip().upper()
    currency = currency if re.fullmatch(r"[A-Z]{3}", currency) else None
    generated = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    root = ET.Element(
        "iati-activities", {"version": IATI_VERSION, "generated-datetime": generated.isoformat()}
    )
    activity = add(root, "iati-activity", default_currency=currency)
    activity.set(XML_LANG, content_language)
    add(activity, "iati-identifier").text = identifier
    reporting = add(activity, "reporting-org", ref=reference, type=organisation_type)
    add_narrative(reporting, organisation_name, content_language)
    add_text_element(activity, "title", title, content_language)
    description = clean_text(info.description) or tr(
        "iati:default_description", "Cluster development initiative: {cluster}.", content_language,
        cluster=title,
    )  # fmt: skip
    add_text_element(activity, "description", description, content_language)
    same = agency.casefold() == organisation_name.casefold()
    participating = add(
        activity, "participating-org", ref=reference if same else None,
        type=organisation_type if same else None, role=IMPLEMENTING_ROLE,
    )  # fmt: skip
    add_narrative(participating, agency, content_language)
    status = activity_status(info.phase)
    add(activity, "activity-status", code=status)
    add(activity, "activity-date", type=PLANNED_START, iso_date=start.isoformat())
    if status == IMPLEMENTATION and start <= (today or dt.date.today()):
        add(activity, "activity-date", type=ACTUAL_START, iso_date=start.isoformat())
    if plan_finish is not None and plan_finish > start:
        add(activity, "activity-date", type=PLANNED_END, iso_date=plan_finish.isoformat())
    country = (info.country or "").strip().upper()
    if re.fullmatch(r"[A-Z]{2}", country):
        add(activity, "recipient-country", code=country)
    _add_sector(activity, info, content_language)
    default_year = start.year
    writer = ResultWriter(content_language, default_year, currency, survey_questions(connection))
    writer.add_results(activity, data, rows)
    return root


def _add_sector(activity: ET.Element, info: ProjectInfo, language: str) -> None:
    code = clean_text(info.sector_code)
    if not code:
        return
    sector = add(
        activity, "sector", vocabulary=REPORTING_ORGANISATION_VOCABULARY, vocabulary_uri=ISIC_URI, code=code,
        percentage="100",
    )  # fmt: skip
    add_narrative(sector, clean_text(info.sector_label) or f"ISIC {code}", language)


def write_iati_activity(
    project: Project,
    output: str | Path,
    reporting_org_ref: str,
    reporting_org_name: str | None = None,
    reporting_org_type: str | int | None = None,
    activity_identifier: str | None = None,
) -> None:
    """Write the project and its result chain as an IATI 2.03 activity file at `output`.

    Raises IatiDataError (a ClusterDeskError) when the project lacks what IATI requires, and ExportError
    when the file cannot be written; in both cases nothing at `output` is touched.
    """
    with _without_cycle_collection():
        root = build_iati_activity(
            project, reporting_org_ref, reporting_org_name, reporting_org_type, activity_identifier
        )
        ET.indent(root)
        with written_atomically(output) as temporary:
            ET.ElementTree(root).write(temporary, encoding="utf-8", xml_declaration=True)


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off while a large tree is built and written: a chain of 500 indicators
    over 40 periods makes some 300,000 elements, which set the collector off again and again for nothing
    (elements hold no cycles) and cost a third of the time. It is on again afterwards if it was on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
