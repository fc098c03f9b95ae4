"""What makes a stakeholder's fields acceptable, checked field by field as the user types.

The detail form shows each message next to its field and refuses to save while any remains; messages
name the field and say what to enter instead, in the messages language (`core.catalogue`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.field_titles import column_title
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.core.vocabulary_labels import kind_label

EARLIEST_YEAR = 1800
MAX_EMPLOYEES = 1_000_000
EMAIL_SHAPE = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,.]{2,}$")
# An address as people write it: an optional http(s)://, a dotted host name ending in a letters-only
# top-level domain (or its xn-- form), an optional port and path
WEBSITE_SHAPE = re.compile(
    r"^(https?://)?([\w-]+\.)+([^\W\d_]{2,}|xn--[\w-]+)(:\d{1,5})?([/?#]\S*)?$", re.IGNORECASE
)
# Digits with the usual separators and an optional leading +, at least six digits in all
PHONE_SHAPE = re.compile(r"^\+?[\d\s().\-/]{6,}$")

FIELD_LABELS = {
    "name": "Name", "kind": "Kind", "employees": "Employees", "women_employees": "Women employees",
    "year_founded": "Year founded", "email": "E-mail", "phone": "Phone", "website": "Website",
    "lon": "Longitude", "lat": "Latitude",
}  # fmt: skip


def parse_integer(text: str | int | None) -> int | None:
    """An integer from what the user typed ('1 200' and '1,200' included); None when empty.

    Raises ValueError for text that is not a whole number.
    """
    if text is None or isinstance(text, int):
        return text
    cleaned = re.sub(r"[\s,.\u00a0']", "", text.strip())
    if not cleaned:
        return None
    if not re.fullmatch(r"-?\d+", cleaned):
        raise ValueError(text)
    return int(cleaned)


def parse_number(text: str | float | None) -> float | None:
    if text is None or isinstance(text, float | int):
        return None if text is None else float(text)
    cleaned = text.strip().replace(",", ".")
    return float(cleaned) if cleaned else None


def field_label(name: str, language: str | None = None) -> str:
    """The field's name in messages: the stakeholder column's title (as QGIS shows it), or the
    coordinate's."""
    language = language or messages_language()
    if name == "lon":
        return tr("field:lon", "Longitude", language)
    if name == "lat":
        return tr("field:lat", "Latitude", language)
    return column_title("stakeholders", name, language) or FIELD_LABELS[name]


def _count(number: int, language: str) -> str:
    from clusterdesk.core.formatting import integer  # Babel, loaded only for a message that needs it

    return integer(number, language)


def _integer_problem(
    values: Mapping[str, Any], name: str, low: int, high: int, *, grouped: bool = True
) -> tuple[int | None, str | None]:
    """`grouped`: the bounds are written with thousands separators (counts, not years)."""
    language = messages_language()
    label = field_label(name, language)
    try:
        number = parse_integer(values.get(name))
    except ValueError:
        return None, tr(
            "rules:whole_number", "{label} must be a whole number, such as 12.", language, label=label
        )
    if number is not None and not low <= number <= high:
        bounds = (_count(low, language), _count(high, language)) if grouped else (str(low), str(high))
        return number, tr(
            "rules:integer_range",
            "{label} must be between {low} and {high}.",
            language,
            label=label,
            low=bounds[0],
            high=bounds[1],
        )
    return number, None


def stakeholder_problems(values: Mapping[str, Any], today: dt.date | None = None) -> dict[str, str]:
    """Field name -> message for every unacceptable value; empty when the stakeholder can be saved.

    `values` holds what the form shows (text or numbers); 'lon'/'lat' are the coordinates.
    """
    problems: dict[str, str] = {}
    language = messages_language()
    if not str(values.get("name") or "").strip():
        problems["name"] = tr(
            "rules:name_required", "Name is required: enter the stakeholder's name.", language
        )
    kind = values.get("kind")
    if not kind:
        problems["kind"] = tr(
            "rules:kind_required", "Kind is required: choose what sort of stakeholder this is.", language
        )
    elif kind not in STAKEHOLDER_KINDS:
        problems["kind"] = tr(
            "rules:kind_unknown",
            "Kind {kind} is unknown. Choose one of: {kinds}.",
            language,
            kind=repr(kind),
            kinds=", ".join(kind_label(code, language) for code in STAKEHOLDER_KINDS),
        )
    employees, message = _integer_problem(values, "employees", 0, MAX_EMPLOYEES)
    if message:
        problems["employees"] = message
    women, message = _integer_problem(values, "women_employees", 0, MAX_EMPLOYEES)
    if message:
        problems["women_employees"] = message
    elif women is not None and employees is not None and "employees" not in problems and women > employees:
        problems["women_employees"] = tr(
            "rules:women_above_employees",
            "Women employees ({women}) cannot exceed employees ({employees}).",
            language,
            women=_count(women, language),
            employees=_count(employees, language),
        )
    this_year = (today or dt.date.today()).year
    _year, message = _integer_problem(values, "year_founded", EARLIEST_YEAR, this_year, grouped=False)
    if message:
        problems["year_founded"] = message
    email = str(values.get("email") or "").strip()
    if email and not EMAIL_SHAPE.match(email):
        problems["email"] = tr("rules:email", "E-mail must look like name@example.org.", language)
    phone = str(values.get("phone") or "").strip()
    if phone and not PHONE_SHAPE.match(phone):
        problems["phone"] = tr(
            "rules:phone",
            "Phone may hold digits, spaces, + ( ) - . / and needs at least six digits.",
            language,
        )
    website = str(values.get("website") or "").strip()
    if website and not WEBSITE_SHAPE.match(website):
        problems["website"] = tr(
            "rules:website", "Website must look like www.example.org or https://example.org.", language
        )
    problems.update(coordinate_problems(values.get("lon"), values.get("lat")))
    return problems


def coordinate_problems(lon: Any, lat: Any) -> dict[str, str]:
    """Both coordinates or neither; longitude within ±180 and latitude within ±90 degrees."""
    problems: dict[str, str] = {}
    parsed: dict[str, float | None] = {}
    language = messages_language()
    for name, value, limit in (("lon", lon, 180.0), ("lat", lat, 90.0)):
        label = field_label(name, language)
        try:
            number = parse_number(value)
        except ValueError:
            problems[name] = tr(
                "rules:decimal_degrees",
                "{label} must be a number in decimal degrees, such as -78.21.",
                language,
                label=label,
            )
            continue
        if number is not None and not -limit <= number <= limit:
            problems[name] = tr(
                "rules:degree_range",
                "{label} must be between -{limit} and {limit} degrees.",
                language,
                label=label,
                limit=f"{limit:g}",
            )
        parsed[name] = number
    if not problems and parsed.get("lat") is None and parsed.get("lon") is not None:
        problems["lat"] = tr(
            "rules:latitude_too", "Enter the latitude too, or clear both coordinates.", language
        )
    elif not problems and parsed.get("lon") is None and parsed.get("lat") is not None:
        problems["lon"] = tr(
            "rules:longitude_too", "Enter the longitude too, or clear both coordinates.", language
        )
    return problems
