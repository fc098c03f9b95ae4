"""The IATI 2.03 activity file of the result chain, judged by the official IATI schema (kept in
../shared/data/iati-2.03/), read back value by value, with hostile text, and refused where IATI data is
missing, without touching the output path."""

from __future__ import annotations

import datetime as dt
import functools
import shutil
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select, text

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.model import Stakeholder
from clusterdesk.core.periods import parse_period, period_of
from clusterdesk.core.plan import PlanTask
from clusterdesk.core.project import Project
from clusterdesk.core.results import Result, ResultIndicator
from clusterdesk.core.results_edits import ValueEntry, add_indicator, add_result, set_values
from clusterdesk.core.vocabulary_labels import category_label, label
from clusterdesk.io.iati_activity import build_iati_activity, write_iati_activity
from clusterdesk.io.iati_xml import IatiDataError, clean_text
from conftest import REPO, SAMPLES

SCHEMA_FOLDER = REPO.parent / "shared" / "data" / "iati-2.03"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
REF = "XM-DAC-41123"


@functools.lru_cache(maxsize=1)
def iati_schema() -> etree.XMLSchema:
    path = SCHEMA_FOLDER / "iati-activities-schema.xsd"
    if not path.exists():
        pytest.fail(f"the IATI 2.03 schema is not at {path} (see ../shared/data/iati-2.03/README.md)")
    return etree.XMLSchema(etree.parse(str(path)))


def schema_errors(document) -> list[str]:
    """What the official IATI 2.03 activity schema finds wrong with a file or a parsed document."""
    tree = document if isinstance(document, etree._ElementTree) else etree.parse(str(document))
    schema = iati_schema()
    if schema.validate(tree):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


# -- a project with every kind of indicator ---------------------------------------------------------------
def _push(project: Project, command) -> None:
    project.stack.push(command)


def _new_result(project: Project, statement: str, parent: int | None = None, **values) -> int:
    _push(project, add_result(project, {"statement": statement, "parent_id": parent, **values}))
    table = Result.__table__
    return project.session.connection().execute(select(func_max(table.c.fid))).scalar()


def _new_indicator(project: Project, result: int, **values) -> int:
    _push(project, add_indicator(project, {"result_id": result, **values}))
    table = ResultIndicator.__table__
    return project.session.connection().execute(select(func_max(table.c.fid))).scalar()


def func_max(column):
    from sqlalchemy import func

    return func.max(column)


# What the test project records, by indicator code: the read-back below compares the file with these.
CHAIN = {
    "1a": dict(
        result=("3", "1", "Les entreprises du cluster exportent davantage"),
        indicator=dict(name="Entreprises exportatrices", unit="number", direction="increase",
                       definition="Entreprises ayant exporté au moins une fois dans l'année",
                       baseline_value=12, baseline_date=dt.date(2023, 12, 31), baseline_source="Enquête 2023",
                       disaggregations="firm_size"),
        values=[
            ValueEntry("2024-Q2", "target", 20), ValueEntry("2024-Q4", "target", 30),
            ValueEntry("2024-Q2", "actual", 18.5, note="Relevé partiel", evidence="rapport-q2.pdf"),
            ValueEntry("2024-Q2", "actual", 10, "firm_size", "micro"),
            ValueEntry("2024-Q2", "actual", 8.5, "firm_size", "small"),
            ValueEntry("2024-Q4", "target", 18, "firm_size", "micro"),
        ],
    ),
    "1.1a": dict(
        result=("2", "1.1", "La qualité des produits s'améliore"),
        indicator=dict(name="Taux de rebut", unit="percentage", direction="decrease", baseline_value=14.25),
        values=[ValueEntry("2024-Q3", "target", 10.5), ValueEntry("2024-Q3", "actual", 11.75)],
    ),
    "1.2a": dict(
        result=("2", "1.2", "La gouvernance du cluster se consolide"),
        indicator=dict(name="Score de gouvernance", unit="score", direction="maintain", baseline_value=3,
                       baseline_date=dt.date(2024, 1, 15)),
        values=[ValueEntry("2024-Q1", "target", 3), ValueEntry("2024-Q1", "actual", 3)],
    ),
    "1.1.1a": dict(
        result=("1", "1.1.1", "Formations à la qualité organisées"),
        indicator=dict(name="Investissements en équipement", unit="currency", direction="increase",
                       baseline_value=0, baseline_date=dt.date(2024, 1, 1), disaggregations="area; sex"),
        values=[
            ValueEntry("2024-Q4", "target", 150000), ValueEntry("2024-Q4", "actual", 123456.78),
            ValueEntry("2024-Q4", "actual", 100000, "area", "Nord & Sud <b>"),
            ValueEntry("2024-Q4", "actual", 23456.78, "area", "Centre"),
            ValueEntry("2024-Q4", "actual", 60000, "sex", "female"),
        ],
    ),
    "1.1.2a": dict(
        result=("1", "1.1.2", "Un laboratoire d'essais partagé fonctionne"),
        indicator=dict(name="Laboratoire opérationnel", unit="yes_no", direction="increase", baseline_value=0,
                       baseline_date=dt.date(2023, 6, 30), baseline_source="Visite"),
        values=[ValueEntry("2024-Q4", "target", 1), ValueEntry("2024-Q4", "actual", 1, note="Inauguré")],
    ),
    "1.2.1a": dict(
        result=("1", "1.2.1", "Les entreprises membres partagent leurs données"),
        indicator=dict(name="Part des femmes", unit="percentage", direction="increase",
                       computed="women_share", disaggregations="firm_size; stakeholder_kind"),
        values=[ValueEntry("2024-Q4", "target", 50), ValueEntry("2024-Q4", "target", 20, "stakeholder_kind",
                                                                 "enterprise")],
    ),
}  # fmt: skip
PARENTS = {"1": None, "1.1": "1", "1.2": "1", "1.1.1": "1.1", "1.1.2": "1.1", "1.2.1": "1.2"}
MEASURES = {"number": "1", "currency": "1", "percentage": "2", "score": "4", "yes_no": "5"}
# Registry firms of the computed indicator: 2 women of 8 employees (micro), 20 of 40 (small)
FIRMS = [("Atelier A", 8, 2), ("Atelier B", 40, 20)]


def build_project(path: Path | None = None, language: str = "fr") -> Project:
    project = Project.new(
        path, "Cluster textile du Nord", country="sn", agency_name="Agence régionale de développement",
        start_date=dt.date(2024, 1, 1), language=language, phase=5, currency="XOF",
        description="Des ateliers de confection qui s'organisent pour exporter.",
    )  # fmt: skip
    for name, employees, women in FIRMS:
        project.session.add(
            Stakeholder(name=name, kind="enterprise", employees=employees, women_employees=women)
        )
    project.session.add(
        PlanTask(name="Foire commune", start=dt.date(2024, 2, 1), finish=dt.date(2026, 6, 30))
    )
    project.session.commit()
    fids: dict[str, int] = {}
    for entry in CHAIN.values():
        _type, result_code, statement = entry["result"]
        if result_code not in fids:
            parent = PARENTS[result_code]
            fids[result_code] = _new_result(project, statement, fids[parent] if parent else None)
        indicator = _new_indicator(project, fids[result_code], **entry["indicator"])
        _push(project, set_values(project, indicator, entry["values"]))
    return project


@pytest.fixture
def project():
    project = build_project()
    yield project
    project.close()


def _narrative(element, path: str) -> str:
    found = element.find(path)
    assert found is not None, f"no {path} in <{element.tag}>"
    narrative = found.find("narrative")
    assert narrative.get(XML_LANG) == "fr"
    return narrative.text


def _entries(period, kind: str) -> dict[tuple[str, str] | None, tuple[str | None, str | None]]:
    """(dimension name, value) or None for the total -> (value attribute, comment text)."""
    entries = {}
    for element in period.findall(kind):
        dimensions = element.findall("dimension")
        assert len(dimensions) <= 1
        key = (dimensions[0].get("name"), dimensions[0].get("value")) if dimensions else None
        assert key not in entries, f"{kind} {key} written twice"
        comment = element.find("comment/narrative")
        entries[key] = (element.get("value"), None if comment is None else comment.text)
    return entries


def _expected_entries(values, kind: str) -> dict:
    expected = {}
    for entry in values:
        if entry.kind != kind:
            continue
        key = None
        if entry.dimension:
            key = (
                label("disaggregation", entry.dimension, "fr"),
                category_label(entry.dimension, entry.category, "fr"),
            )
        expected[key] = entry
    return expected


def test_a_full_chain_validates_and_reads_back_exactly(project, tmp_path):
    out = tmp_path / "activity.xml"
    write_iati_activity(project, out, REF, "Agence régionale de développement", "15")
    assert schema_errors(out) == []
    root = etree.parse(str(out)).getroot()
    assert root.tag == "iati-activities" and root.get("version") == "2.03"
    assert dt.datetime.fromisoformat(root.get("generated-datetime")).tzinfo is not None
    (activity,) = root.findall("iati-activity")
    uuid = project.info().uuid
    assert activity.findtext("iati-identifier") == f"{REF}-{uuid}"
    assert activity.get(XML_LANG) == "fr" and activity.get("default-currency") == "XOF"
    reporting = activity.find("reporting-org")
    assert (reporting.get("ref"), reporting.get("type")) == (REF, "15")
    assert _narrative(activity, "title") == "Cluster textile du Nord"
    assert _narrative(activity, "description") == "Des ateliers de confection qui s'organisent pour exporter."
    (participating,) = activity.findall("participating-org")
    assert participating.get("role") == "4" and participating.get("ref") == REF
    assert participating.findtext("narrative") == "Agence régionale de développement"
    assert activity.find("activity-status").get("code") == "2"  # phase 5: implementation
    dates = {d.get("type"): d.get("iso-date") for d in activity.findall("activity-date")}
    assert dates == {"1": "2024-01-01", "2": "2024-01-01", "3": "2026-06-30"}
    assert activity.find("recipient-country").get("code") == "SN"

    results = activity.findall("result")
    assert [(r.get("type"), r.find("reference").get("code")) for r in results] == [
        ("3", "1"), ("2", "1.1"), ("1", "1.1.1"), ("1", "1.1.2"), ("2", "1.2"), ("1", "1.2.1")
    ]  # fmt: skip
    indicators = {}
    for result in results:
        for indicator in result.findall("indicator"):
            indicators[indicator.find("reference").get("code")] = (result, indicator)
    assert set(indicators) == set(CHAIN)

    today_period = period_of(dt.date.today(), "quarter")
    for code, entry in CHAIN.items():
        result, indicator = indicators[code]
        spec, values = entry["indicator"], entry["values"]
        assert _narrative(result, "title") == entry["result"][2]
        assert _narrative(indicator, "title") == spec["name"]
        measure = MEASURES[spec["unit"]]
        assert indicator.get("measure") == measure
        ascending = {"increase": "1", "decrease": "0"}.get(spec["direction"]) if measure != "5" else None
        assert indicator.get("ascending") == ascending, code
        if spec.get("definition"):
            assert _narrative(indicator, "description").startswith(spec["definition"])
        # baseline
        baselines = indicator.findall("baseline")
        if spec.get("baseline_value") is None:
            assert baselines == []
        else:
            (baseline,) = baselines
            day = spec.get("baseline_date")
            first_period = min(parse_period(v.period) for v in values)
            assert baseline.get("year") == str(day.year if day else first_period.year)
            assert baseline.get("iso-date") == (day.isoformat() if day else None)
            if measure == "5":
                assert baseline.get("value") is None
                assert baseline.findtext("comment/narrative").split("\n")[0] == "Non"
            else:
                assert float(baseline.get("value")) == spec["baseline_value"]
            if spec.get("baseline_source"):
                assert spec["baseline_source"] in baseline.findtext("comment/narrative")
        # periods: stored values, and computed actuals in place of stored ones
        periods = {p.find("period-start").get("iso-date"): p for p in indicator.findall("period")}
        stored = {parse_period(v.period) for v in values}
        expected_periods = stored | ({today_period} if spec.get("computed") else set())
        assert sorted(periods) == sorted(p.start.isoformat() for p in expected_periods)
        for period in expected_periods:
            element = periods[period.start.isoformat()]
            assert element.find("period-end").get("iso-date") == period.end.isoformat()
            in_period = [v for v in values if parse_period(v.period) == period]
            for kind in ("target", "actual"):
                written = _entries(element, kind)
                wanted = _expected_entries(in_period, kind)
                if spec.get("computed") and kind == "actual":
                    continue  # checked below
                assert set(written) == set(wanted), (code, period, kind)
                for key, value in wanted.items():
                    attribute, comment = written[key]
                    if measure == "5":
                        assert attribute is None
                        assert comment.split("\n")[0] == ("Oui" if value.value == 1 else "Non")
                    else:
                        assert attribute is not None and float(attribute) == value.value, (code, key)
                    for words in (value.note, value.evidence):
                        if words:
                            assert words in comment

    # the computed indicator's actuals are the registry's, worked by hand: 22 women of 48 employees
    _result, computed = indicators["1.2.1a"]
    current = {p.find("period-start").get("iso-date"): p for p in computed.findall("period")}[
        today_period.start.isoformat()
    ]
    actuals = _entries(current, "actual")
    assert float(actuals[None][0]) == 100 * 22 / 48
    assert (
        float(
            actuals[(label("disaggregation", "firm_size", "fr"), category_label("firm_size", "micro", "fr"))][
                0
            ]
        )
        == 25
    )
    assert (
        float(
            actuals[(label("disaggregation", "firm_size", "fr"), category_label("firm_size", "small", "fr"))][
                0
            ]
        )
        == 50
    )


def test_ordinary_numbers_are_written_without_exponent_or_trailing_zeros(project, tmp_path):
    out = tmp_path / "activity.xml"
    write_iati_activity(project, out, REF)
    content = out.read_text(encoding="utf-8")
    assert 'value="123456.78"' in content and 'value="150000"' in content and 'value="14.25"' in content
    assert "e+" not in content and '.0"' not in content


# -- the safety net: the same validation rejects what IATI rejects -----------------------------------------
def test_the_schema_rejects_a_file_with_a_mandatory_part_removed(project, tmp_path):
    out = tmp_path / "activity.xml"
    write_iati_activity(project, out, REF)
    assert schema_errors(out) == []

    def broken(change) -> list[str]:
        tree = etree.parse(str(out))
        change(tree.getroot().find("iati-activity"))
        return schema_errors(tree)

    def drop(path: str):
        def change(activity):
            for element in activity.findall(path):
                element.getparent().remove(element)

        return change

    assert broken(drop("reporting-org"))  # the reporting organisation is mandatory
    assert broken(drop("participating-org"))  # so is at least one participating organisation
    assert broken(drop("result/indicator"))  # a result without an indicator is invalid
    assert broken(_drop_baseline_year)  # a baseline without its year

    def swap_period_dates(activity):
        period = activity.find("result/indicator/period")
        start, end = period.find("period-start"), period.find("period-end")
        period.remove(start)
        end.addnext(start)

    assert broken(swap_period_dates)  # the schema fixes the order


def _drop_baseline_year(activity) -> None:
    del activity.find("result/indicator/baseline").attrib["year"]


# -- hostile text ------------------------------------------------------------------------------------------
HOSTILE = "</title><script>alert(1)</script> & \"quotes\" 'apostrophes' \x00\x01\x08\x0b\x0c\x1b\x7f\x85 end"
HOSTILE_CLEAN = "</title><script>alert(1)</script> & \"quotes\" 'apostrophes'  end"


def test_clean_text_removes_only_what_xml_cannot_hold():
    assert clean_text(HOSTILE) == HOSTILE_CLEAN
    assert clean_text("a\r\nb\rc\td\ud800e\ufffef\U0001f600") == "a\nb\nc\tdef\U0001f600"
    assert clean_text("  Nord\x00  ") == "Nord" and clean_text(None) == ""


def test_hostile_text_stays_text(tmp_path):
    project = Project.new(
        None, HOSTILE, country="EC", agency_name=HOSTILE, start_date=dt.date(2024, 1, 1), language="fr",
        description=HOSTILE,
    )  # fmt: skip
    try:
        result = _new_result(project, HOSTILE, assumptions=HOSTILE)
        indicator = _new_indicator(
            project, result, name=HOSTILE, definition=HOSTILE, data_source=HOSTILE, baseline_value=1,
            baseline_source=HOSTILE, disaggregations="area",
        )  # fmt: skip
        _push(project, set_values(project, indicator, [
            ValueEntry("2024-Q1", "actual", 5, note=HOSTILE, evidence=HOSTILE),
            ValueEntry("2024-Q1", "actual", 5, "area", HOSTILE),
        ]))  # fmt: skip
        out = tmp_path / "activity.xml"
        write_iati_activity(project, out, REF, HOSTILE)
    finally:
        project.close()
    assert schema_errors(out) == []
    tree = etree.parse(str(out))
    assert tree.xpath("//script") == [] and tree.xpath("//*[local-name()='script']") == []
    activity = tree.getroot().find("iati-activity")
    for path in ("title", "description", "reporting-org", "participating-org", "result/title",
                 "result/indicator/title"):  # fmt: skip
        assert activity.find(path).findtext("narrative") == HOSTILE_CLEAN, path
    for path in ("result/description", "result/indicator/description", "result/indicator/baseline/comment",
                 "result/indicator/period/actual/comment"):  # fmt: skip
        assert HOSTILE_CLEAN in activity.find(path).findtext("narrative"), path
    dimension = activity.find("result/indicator/period/actual/dimension")
    assert dimension.get("value") == HOSTILE_CLEAN
    raw = out.read_bytes()
    assert b"<script>" not in raw and b"\x00" not in raw and b"\x1b" not in raw


# -- refusals: a message that says what to do, and nothing at the output path touched -----------------------
def _refused(project: Project, out: Path, *args, **kwargs) -> str:
    out.write_bytes(b"earlier file")
    with pytest.raises(IatiDataError) as caught:
        write_iati_activity(project, out, *args, **kwargs)
    assert isinstance(caught.value, ClusterDeskError)
    assert out.read_bytes() == b"earlier file"
    assert [p.name for p in out.parent.iterdir()] == [out.name], "a temporary file was left behind"
    return str(caught.value)


@pytest.mark.parametrize("reference", ["", "   ", None])
def test_no_reporting_organisation_is_refused_and_nothing_written(project, tmp_path, reference):
    message = _refused(project, tmp_path / "activity.xml", reference)
    assert "reporting organisation" in message and "Nothing was written" in message
    fresh = tmp_path / "new" / "activity.xml"
    fresh.parent.mkdir()
    with pytest.raises(IatiDataError):
        write_iati_activity(project, fresh, reference)
    assert list(fresh.parent.iterdir()) == []


@pytest.mark.parametrize("reference", ["XM DAC 1", "XM-DAC/1", "A&B", "ORG?1", "ORG|1", "XM-\x07DAC"])
def test_a_reporting_organisation_identifier_iati_forbids_is_refused(project, tmp_path, reference):
    assert "identifier" in _refused(project, tmp_path / "activity.xml", reference)


def test_the_activity_identifier_must_begin_with_the_reporting_organisation(project, tmp_path):
    out = tmp_path / "activity.xml"
    message = _refused(project, out, REF, activity_identifier="GB-COH-123-CLUSTER")
    assert REF in message and "GB-COH-123-CLUSTER" in message
    _refused(project, out, REF, activity_identifier=REF)  # the organisation itself is no activity
    out.unlink()
    write_iati_activity(project, out, REF, activity_identifier=f"{REF}-TEXTILE-2024")
    assert schema_errors(out) == []
    assert etree.parse(str(out)).findtext("iati-activity/iati-identifier") == f"{REF}-TEXTILE-2024"


def test_an_unknown_organisation_type_is_refused(project, tmp_path):
    assert "OrganisationType" in _refused(project, tmp_path / "activity.xml", REF, reporting_org_type="99")


def test_the_default_identifier_is_stable_and_the_default_type_is_other(project, tmp_path):
    first = build_iati_activity(project, REF)
    second = build_iati_activity(project, REF)
    assert first.findtext("iati-activity/iati-identifier") == second.findtext("iati-activity/iati-identifier")
    assert first.find("iati-activity/reporting-org").get("type") == "90"
    # no name given: the agency reports
    assert first.findtext("iati-activity/reporting-org/narrative") == "Agence régionale de développement"


def test_a_project_without_result_chain_is_refused(tmp_path):
    project = Project.new(
        None, "Sans chaîne", country="SN", agency_name="Agence", start_date=dt.date(2024, 1, 1)
    )
    try:
        message = _refused(project, tmp_path / "activity.xml", REF)
    finally:
        project.close()
    assert "no result chain" in message


def test_results_without_indicators_are_refused_by_code(tmp_path):
    project = Project.new(None, "Chaîne", country="SN", agency_name="Agence", start_date=dt.date(2024, 1, 1))
    try:
        impact = _new_result(project, "Impact")
        outcome = _new_result(project, "Outcome", impact)
        _new_indicator(project, outcome, name="Indicator")
        _new_result(project, "Output", outcome)
        message = _refused(project, tmp_path / "activity.xml", REF)
    finally:
        project.close()
    assert "1, 1.1.1" in message and "indicator" in message


def test_a_project_without_agency_or_start_is_refused(tmp_path):
    project = build_project()
    try:
        project.session.execute(text("UPDATE project_info SET agency_name = ''"))
        project.session.commit()
        assert "agency" in _refused(project, tmp_path / "activity.xml", REF, "Donor")
        project.session.execute(text("UPDATE project_info SET agency_name = 'Agence', start_date = NULL"))
        project.session.execute(text("UPDATE plan_tasks SET start = NULL"))
        project.session.commit()
        project.session.expire_all()
        assert "start date" in _refused(project, tmp_path / "activity.xml", REF)
    finally:
        project.close()


def test_a_yes_no_value_that_is_neither_is_refused(project, tmp_path):
    indicator = (
        project.session.connection()
        .execute(select(ResultIndicator.__table__.c.fid).where(ResultIndicator.__table__.c.unit == "yes_no"))
        .scalar()
    )
    # the commands refuse such a value; a file edited by another program may still hold one
    project.session.execute(
        text("UPDATE indicator_values SET value = 0.5 WHERE indicator_id = :fid AND kind = 'actual'"),
        {"fid": indicator},
    )
    project.session.commit()
    message = _refused(project, tmp_path / "activity.xml", REF)
    assert "1.1.2a" in message and "0.5" in message and "2024-Q4" in message


def test_a_value_stored_for_no_reporting_period_is_refused(project, tmp_path):
    project.session.execute(text("UPDATE indicator_values SET period = '2024-Q7' WHERE period = '2024-Q3'"))
    project.session.commit()
    message = _refused(project, tmp_path / "activity.xml", REF)
    assert "1.1a" in message and "2024-Q7" in message


def test_a_project_in_its_first_phases_is_in_the_pipeline(project):
    project.session.execute(text("UPDATE project_info SET phase = 2"))
    project.session.commit()
    activity = build_iati_activity(project, REF).find("iati-activity")
    assert activity.find("activity-status").get("code") == "1"
    assert [d.get("type") for d in activity.findall("activity-date")] == [
        "1",
        "3",
    ]  # not started: planned only


def test_refusals_speak_the_messages_language(project, tmp_path, russian_messages):
    message = _refused(project, tmp_path / "activity.xml", "")
    assert "IATI" in message and "организац" in message
    assert "Nothing was written" not in message


# -- samples -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.gpkg")), ids=lambda p: p.stem)
def test_every_sample_validates_or_is_refused_for_want_of_a_chain(sample, tmp_path):
    copy = tmp_path / sample.name
    shutil.copyfile(sample, copy)
    project = Project.open(copy)
    try:
        has_chain = project.session.connection().execute(select(Result.__table__.c.fid)).first() is not None
        out = tmp_path / "activity.xml"
        if not has_chain:
            with pytest.raises(IatiDataError, match="no result chain"):
                write_iati_activity(project, out, REF)
            assert not out.exists()
            return
        write_iati_activity(project, out, REF)
        results = project.session.connection().execute(select(Result.__table__.c.fid)).all()
    finally:
        project.close()
    assert schema_errors(out) == []
    assert len(etree.parse(str(out)).findall("iati-activity/result")) == len(results)
