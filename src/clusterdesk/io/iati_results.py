"""The result chain as IATI 2.03 `<result>` elements: results with their indicators, baselines and periods
of targets and actuals, disaggregations as `<dimension>`. Qt-free.

Choices, where the standard leaves them to the publisher:

- Result type (ResultType codelist): output 1, outcome 2, impact 3. The result's code (1.1, 1.1.1) and the
  indicator's code (1.1a) travel as `<reference vocabulary="99">` (the reporting organisation's own).
- Indicator measure (IndicatorMeasure codelist) from the unit: number and currency are units (1),
  percentage is 2, a score is ordinal (4), and a yes/no indicator is qualitative (5). A qualitative
  indicator carries no `value` (IATI asks that it be left out for qualitative measures): its yes or no is
  the first line of the comment, in the project's language. A stored yes/no value other than 1 or 0
  cannot be said either way and refuses the export.
- `ascending` is 1 for indicators meant to increase and 0 for those meant to decrease; an indicator to be
  maintained, and a qualitative one, has none.
- Baseline: `year` (required) from the baseline date, else the first period with a value, else the
  project's start; `iso-date` when the date is known; the source as comment. An indicator without a
  baseline value has no `<baseline>` (the schema does not require one).
- Periods are the project's reporting periods (core.periods) that have a target or an actual. The totals
  come first as `<target value>` / `<actual value>` without dimension; each category of a disaggregation
  then has its own element with one `<dimension name="Sex" value="Female">`, named in the project's
  language. Notes and evidence become the comment. Periods without any value are not written: IATI has
  no "no data", and nothing is filled in.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import Any
from xml.etree.ElementTree import SubElement

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.periods import Period, parse_period
from clusterdesk.core.results import DISAGGREGATIONS, ResultsData
from clusterdesk.core.results_formulas import computed_rule
from clusterdesk.core.vocabulary_labels import category_label, label
from clusterdesk.io.iati_xml import IatiDataError, add, add_text_element, clean_text, decimal_text

RESULT_TYPES = {"output": "1", "outcome": "2", "impact": "3"}
INDICATOR_MEASURES = {"number": "1", "currency": "1", "percentage": "2", "score": "4", "yes_no": "5"}
QUALITATIVE = "5"
ASCENDING = {"increase": "1", "decrease": "0"}  # "maintain": neither way
REPORTING_ORGANISATION_VOCABULARY = "99"  # ResultVocabulary and IndicatorVocabulary alike
_DIMENSION_ORDER = {code: index for index, code in enumerate(DISAGGREGATIONS)}


def check_results(data: ResultsData) -> None:
    """Refuse a chain IATI cannot carry: none at all, or results without an indicator."""
    language = messages_language()
    if not data.results:
        raise IatiDataError(
            tr(
                "iati:no_result_chain",
                "The project has no result chain, and an IATI results file needs at least one result with "
                "an indicator. Add the impact, outcomes and outputs with their indicators in the Results "
                "panel, then export again. Nothing was written.",
                language,
            )
        )
    with_indicators = {i["result_id"] for i in data.indicators}
    bare = [r["code"] for r in data.results if r["fid"] not in with_indicators]
    if bare:
        raise IatiDataError(
            tr(
                "iati:results_without_indicators",
                "IATI requires at least one indicator for every result, and these results have none: "
                "{codes}. Add an indicator to each, or remove the result, then export again. Nothing was "
                "written.",
                language,
                codes=", ".join(bare),
            )
        )
    for result in data.results:
        _required(result["statement"], "result", result["code"])
    for indicator in data.indicators:
        _required(indicator["name"], "indicator", indicator["code"])
        if indicator["unit"] == "yes_no" and indicator["baseline_value"] is not None:
            _check_yes_no(indicator, indicator["baseline_value"], None)


def _required(text: Any, what: str, code: str) -> None:
    if clean_text(text):
        return
    language = messages_language()
    if what == "result":
        message = tr(
            "iati:result_without_statement",
            "Result {code} has no statement, which IATI requires as its title. Write what the result "
            "will change, then export again. Nothing was written.",
            language,
            code=code,
        )
    else:
        message = tr(
            "iati:indicator_without_name",
            "Indicator {code} has no name, which IATI requires as its title. Name it, then export again. "
            "Nothing was written.",
            language,
            code=code,
        )
    raise IatiDataError(message)


def _check_yes_no(indicator: dict[str, Any], value: float, period: str | None) -> None:
    if value in (0.0, 1.0):
        return
    raise IatiDataError(
        tr(
            "iati:yes_no_value",
            "Indicator {code} is a yes/no indicator, but its value for {where} is {value}, which is neither "
            "1 (yes) nor 0 (no). Correct the value, then export again. Nothing was written.",
            messages_language(),
            code=indicator["code"],
            where=period if period else tr("iati:baseline_word", "the baseline", messages_language()),
            value=format(value, "g"),
        )
    )


def group_rows(rows: Iterable[dict[str, Any]], indicators: dict[int, dict[str, Any]]):
    """Value rows by indicator and period, checked: a period code that is not one, or a yes/no value that
    is neither yes nor no, refuses the export. Rows without a value (no data) are left out."""
    by_code: dict[int, dict[str, list[dict[str, Any]]]] = {}
    for row in rows:
        fid = row["indicator_id"]
        if row["value"] is None or fid not in indicators:
            continue
        of_indicator = by_code.get(fid)
        if of_indicator is None:
            of_indicator = by_code[fid] = {}
        in_period = of_indicator.get(row["period"])
        if in_period is None:
            of_indicator[row["period"]] = [row]
        else:
            in_period.append(row)
    periods: dict[str, Period] = {}
    grouped: dict[int, dict[Period, list[dict[str, Any]]]] = {}
    for fid, of_indicator in by_code.items():
        indicator = indicators[fid]
        grouped[fid] = {}
        for code, in_period in of_indicator.items():
            period = periods.get(code)
            if period is None:
                period = periods[code] = _period(indicator, code)
            if indicator["unit"] == "yes_no":
                for row in in_period:
                    _check_yes_no(indicator, row["value"], period.code)
            grouped[fid][period] = in_period
    return grouped


def _period(indicator: dict[str, Any], code: str) -> Period:
    period = parse_period(code)
    if period is None:
        raise IatiDataError(
            tr(
                "iati:bad_period",
                "Indicator {code} has a value for {period}, which is not a reporting period. Correct "
                "or remove that value, then export again. Nothing was written.",
                messages_language(),
                code=indicator["code"],
                period=repr(code),
            )
        )
    return period


def _value_order(row: dict[str, Any]) -> tuple:
    """Targets before actuals, each with its total first, then by disaggregation and category."""
    dimension = row["dimension"]
    order = _DIMENSION_ORDER.get(dimension, len(_DIMENSION_ORDER))
    return (row["kind"] != "target", dimension != "", order, dimension, row["category"])


class ResultWriter:
    """Adds the chain's `<result>` elements to an `<iati-activity>`, texts in `language`."""

    def __init__(self, language: str, default_year: int, currency: str | None, questions: dict | None = None):
        self.language = language
        self.questions = questions or {}  # the survey questions survey formulas name
        self.default_year = default_year
        self.currency = currency
        self._labels: dict[tuple[str, str], dict[str, str]] = {}
        self._dates: dict[Period, tuple[dict[str, str], dict[str, str]]] = {}
        self.yes = tr("iati:yes", "Yes", language)
        self.no = tr("iati:no", "No", language)

    def add_results(self, activity: ET.Element, data: ResultsData, rows: Iterable[dict[str, Any]]) -> None:
        by_fid = {i["fid"]: i for i in data.indicators}
        values = group_rows(rows, by_fid)
        indicators_of: dict[int, list[dict[str, Any]]] = {}
        for indicator in data.indicators:
            indicators_of.setdefault(indicator["result_id"], []).append(indicator)
        for result in data.results:
            element = add(activity, "result", type=RESULT_TYPES[result["level"]])
            add_text_element(element, "title", result["statement"], self.language)
            add_text_element(element, "description", self._result_description(result), self.language)
            self._reference(element, result["code"], "code")
            for indicator in indicators_of.get(result["fid"], []):
                self._add_indicator(element, indicator, values.get(indicator["fid"], {}))

    # -- texts --------------------------------------------------------------------------------------
    def _result_description(self, result: dict[str, Any]) -> str:
        parts = [clean_text(result["notes"])]
        assumptions = clean_text(result["assumptions"])
        if assumptions:
            parts.append(
                tr("iati:assumptions", "Assumptions and risks: {text}", self.language, text=assumptions)
            )
        return "\n\n".join(p for p in parts if p)

    def _indicator_description(self, indicator: dict[str, Any]) -> str:
        language = self.language
        unit = label("indicator_unit", indicator["unit"], language)
        if indicator["unit"] == "currency" and self.currency:
            unit = f"{unit} ({self.currency})"
        lines = [clean_text(indicator["definition"]), tr("iati:unit", "Unit: {unit}", language, unit=unit)]
        if indicator["direction"] == "maintain":
            lines.append(tr("iati:maintain", "The value is to be maintained.", language))
        texts = {
            "data_source": lambda text: tr("iati:data_source", "Data source: {text}", language, text=text),
            "collection_method": lambda text: tr(
                "iati:collection_method", "Collection method: {text}", language, text=text
            ),
            "frequency": lambda text: tr("iati:frequency", "Frequency of collection: {text}", language,
                                         text=text),
            "responsible": lambda text: tr("iati:responsible", "Responsible: {text}", language, text=text),
            "verification": lambda text: tr(
                "iati:verification", "Means of verification: {text}", language, text=text
            ),
        }  # fmt: skip
        for column, line in texts.items():
            text = clean_text(indicator[column])
            if text:
                lines.append(line(text))
        if indicator["computed"]:
            lines.append(
                tr(
                    "iati:computed",
                    "Actual values computed from the project's data: {rule}",
                    language,
                    rule=computed_rule(indicator["computed"], language, self.questions),
                )
            )
        return "\n".join(line for line in lines if line)

    def _dimension(self, dimension: str, category: str) -> dict[str, str]:
        """The attributes of `<dimension>`: the disaggregation and its category, named as people read them."""
        attributes = {
            "name": clean_text(label("disaggregation", dimension, self.language)),
            "value": clean_text(category_label(dimension, category, self.language)),
        }
        self._labels[(dimension, category)] = attributes
        return attributes

    def _evidence(self, evidence: str | None) -> str | None:
        text = clean_text(evidence)
        return tr("iati:evidence", "Evidence: {text}", self.language, text=text) if text else None

    def _comment(self, element: ET.Element, qualitative: bool, value: float | None, *texts: str | None):
        lines = [(self.yes if value == 1.0 else self.no)] if qualitative and value is not None else []
        lines.extend(clean_text(t) for t in texts)
        add_text_element(element, "comment", "\n".join(line for line in lines if line), self.language)

    def _reference(self, parent: ET.Element, code: Any, attribute: str) -> None:
        cleaned = clean_text(code)
        if cleaned:
            add(parent, "reference", vocabulary=REPORTING_ORGANISATION_VOCABULARY, **{attribute: cleaned})

    # -- indicators ---------------------------------------------------------------------------------
    def _add_indicator(self, result: ET.Element, indicator: dict[str, Any], periods: dict[Period, list]):
        measure = INDICATOR_MEASURES[indicator["unit"]]
        qualitative = measure == QUALITATIVE
        element = add(
            result, "indicator", measure=measure,
            ascending=None if qualitative else ASCENDING.get(indicator["direction"]),
        )  # fmt: skip
        add_text_element(element, "title", indicator["name"], self.language)
        add_text_element(element, "description", self._indicator_description(indicator), self.language)
        self._reference(element, indicator["code"], "code")
        self._add_baseline(element, indicator, qualitative, min(periods, default=None))
        for period in sorted(periods):
            self._add_period(element, period, periods[period], qualitative)

    def _add_baseline(self, element, indicator, qualitative: bool, first: Period | None) -> None:
        value = indicator["baseline_value"]
        if value is None:
            return
        day: dt.date | None = indicator["baseline_date"]
        year = day.year if day else (first.start.year if first else self.default_year)
        baseline = add(
            element, "baseline", year=year, iso_date=day.isoformat() if day else None,
            value=None if qualitative else decimal_text(value),
        )  # fmt: skip
        source = clean_text(indicator["baseline_source"])
        source_text = tr("iati:source", "Source: {text}", self.language, text=source) if source else None
        self._comment(baseline, qualitative, value, source_text)

    def _period_dates(self, period: Period) -> tuple[dict[str, str], dict[str, str]]:
        dates = self._dates.get(period)
        if dates is None:
            dates = self._dates[period] = ({"iso-date": period.start.isoformat()},
                                           {"iso-date": period.end.isoformat()})  # fmt: skip
        return dates

    def _add_period(self, element: ET.Element, period: Period, rows: list[dict[str, Any]], qualitative: bool):
        # the hot loop of large chains (500 indicators x 40 periods x 5 categories): plain SubElement calls
        start, end = self._period_dates(period)
        entry = SubElement(element, "period")
        SubElement(entry, "period-start", start)
        SubElement(entry, "period-end", end)
        rows.sort(key=_value_order)
        labels = self._labels
        for row in rows:
            number = row["value"]
            if qualitative:
                attributes = {}
            else:  # decimal_text, its common case inline
                text = repr(float(number))
                if text[-2:] == ".0":
                    text = text[:-2]
                elif "e" in text or "n" in text:
                    text = decimal_text(number)
                attributes = {"value": text}
            value = SubElement(entry, row["kind"], attributes)
            if row["dimension"]:
                key = (row["dimension"], row["category"])
                SubElement(value, "dimension", labels.get(key) or self._dimension(*key))
            note, evidence = row["note"], row["evidence"]
            if qualitative or note or evidence:
                self._comment(value, qualitative, number, note, self._evidence(evidence))
