"""What makes a stakeholder's fields acceptable, checked field by field as the user types.

The detail form shows each message next to its field and refuses to save while any remains; messages
name the field and say what to enter instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS

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


def _integer_problem(
    values: Mapping[str, Any], name: str, low: int, high: int
) -> tuple[int | None, str | None]:
    label = FIELD_LABELS[name]
    try:
        number = parse_integer(values.get(name))
    except ValueError:
        return None, f"{label} must be a whole number, such as 12."
    if number is not None and not low <= number <= high:
        return number, f"{label} must be between {low:,} and {high:,}."
    return number, None


def stakeholder_problems(values: Mapping[str, Any], today: dt.date | None = None) -> dict[str, str]:
    """Field name -> message for every unacceptable value; empty when the stakeholder can be saved.

    `values` holds what the form shows (text or numbers); 'lon'/'lat' are the coordinates.
    """
    problems: dict[str, str] = {}
    if not str(values.get("name") or "").strip():
        problems["name"] = "Name is required: enter the stakeholder's name."
    kind = values.get("kind")
    if not kind:
        problems["kind"] = "Kind is required: choose what sort of stakeholder this is."
    elif kind not in STAKEHOLDER_KINDS:
        problems["kind"] = f"Kind {kind!r} is unknown. Choose one of: {', '.join(STAKEHOLDER_KINDS)}."
    employees, message = _integer_problem(values, "employees", 0, MAX_EMPLOYEES)
    if message:
        problems["employees"] = message
    women, message = _integer_problem(values, "women_employees", 0, MAX_EMPLOYEES)
    if message:
        problems["women_employees"] = message
    elif women is not None and employees is not None and "employees" not in problems and women > employees:
        problems["women_employees"] = f"Women employees ({women:,}) cannot exceed employees ({employees:,})."
    this_year = (today or dt.date.today()).year
    _year, message = _integer_problem(values, "year_founded", EARLIEST_YEAR, this_year)
    if message:
        problems["year_founded"] = message
    email = str(values.get("email") or "").strip()
    if email and not EMAIL_SHAPE.match(email):
        problems["email"] = "E-mail must look like name@example.org."
    phone = str(values.get("phone") or "").strip()
    if phone and not PHONE_SHAPE.match(phone):
        problems["phone"] = "Phone may hold digits, spaces, + ( ) - . / and needs at least six digits."
    website = str(values.get("website") or "").strip()
    if website and not WEBSITE_SHAPE.match(website):
        problems["website"] = "Website must look like www.example.org or https://example.org."
    problems.update(coordinate_problems(values.get("lon"), values.get("lat")))
    return problems


def coordinate_problems(lon: Any, lat: Any) -> dict[str, str]:
    """Both coordinates or neither; longitude within ±180 and latitude within ±90 degrees."""
    problems: dict[str, str] = {}
    parsed: dict[str, float | None] = {}
    for name, value, limit in (("lon", lon, 180.0), ("lat", lat, 90.0)):
        label = FIELD_LABELS[name]
        try:
            number = parse_number(value)
        except ValueError:
            problems[name] = f"{label} must be a number in decimal degrees, such as -78.21."
            continue
        if number is not None and not -limit <= number <= limit:
            problems[name] = f"{label} must be between -{limit:g} and {limit:g} degrees."
        parsed[name] = number
    if not problems and (parsed.get("lon") is None) != (parsed.get("lat") is None):
        missing = "lat" if parsed.get("lat") is None else "lon"
        problems[missing] = f"Enter the {FIELD_LABELS[missing].lower()} too, or clear both coordinates."
    return problems
