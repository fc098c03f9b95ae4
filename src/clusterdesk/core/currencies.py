"""ISO 4217 currencies in use today, with their names in the four languages (Qt-free, from Babel's CLDR)."""

from __future__ import annotations

import datetime as dt
import functools

from babel.numbers import get_currency_name, get_territory_currencies

from clusterdesk.core import countries
from clusterdesk.core.catalogue import language_code

_TODAY = dt.date(2026, 1, 1)  # fixed, so that the list does not change with the clock


@functools.cache
def codes() -> tuple[str, ...]:
    """Every currency that some ISO 3166-1 country uses as legal tender, in code order."""
    found = set()
    for country in countries.countries():
        found.update(get_territory_currencies(country.code, _TODAY, tender=True))
    return tuple(sorted(found))


def country_currency(country: str | None) -> str | None:
    """The currency of a country ('EC' → 'USD'), None when it has none or the code is unknown."""
    if not countries.is_country(country):
        return None
    found = get_territory_currencies(country.strip().upper(), _TODAY, tender=True)
    return found[0] if found else None


def name(code: str, language: str | None = "en") -> str:
    """'US Dollar', 'dólar estadounidense', 'российский рубль'."""
    return get_currency_name(code, locale=language_code(language))


def display(code: str | None, language: str | None = "en") -> str:
    """'USD — US Dollar'; a code that is not a currency in use as it is; '' for none."""
    if not code:
        return ""
    return f"{code} — {name(code, language)}" if code in codes() else code
