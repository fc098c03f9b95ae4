"""Numbers, money, dates and place names written the way readers of each language expect, from Babel's
CLDR data: one module for every table cell, legend, chart and page that ClusterDesk prints.

English is written as in Britain (en_GB: 27 November 2026, 27/11/2026), the English of the texts; the
other languages follow their CLDR locale. Separators that may break a line are made no-break spaces
(U+00A0): ReportLab wraps at every Unicode space but that one, the narrow no-break space of French
included, and a number split over two lines of a table cell is misread.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from babel import Locale, dates, numbers

from clusterdesk.core.catalogue import language_code

NBSP = "\u00a0"
_BREAKING_SPACES = str.maketrans({"\u202f": NBSP, "\u2009": NBSP})
_LOCALES = {"en": "en_GB", "es": "es", "fr": "fr", "ru": "ru"}
DASH = "–"  # printed for a value that is not known


@functools.cache
def locale(language: str | None) -> Locale:
    return Locale.parse(_LOCALES[language_code(language)])


def _unbreakable(text: str) -> str:
    return text.translate(_BREAKING_SPACES)


def integer(value: float | None, language: str | None = "en") -> str:
    """1,234 / 1.234 / 1 234, rounded to a whole number; – when unknown."""
    return decimal(value, language, 0)


def decimal(value: float | None, language: str | None = "en", digits: int = 1) -> str:
    """A number with exactly `digits` decimals: 2.3 in English, 2,3 in Spanish, French and Russian."""
    if value is None:
        return DASH
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return _unbreakable(numbers.format_decimal(value, format=pattern, locale=locale(language)))


def percent(share: float | None, language: str | None = "en", digits: int = 0) -> str:
    """A share of 0-1 as a percentage: 45% in English, 45 % (no-break space) in the other three."""
    if share is None:
        return DASH
    pattern = locale(language).percent_formats[None].pattern
    if digits:
        pattern = re.sub(r"0(?=[^0#]*$)", "0." + "0" * digits, pattern, count=1)
    return _unbreakable(numbers.format_percent(share, format=pattern, locale=locale(language)))


def money(value: float | None, currency: str | None, language: str | None = "en") -> str:
    """An amount with its currency as the language writes it (135 600 000 ₽, 1.250 US$, US$1,250);
    whole amounts without decimals. Without a currency code the amount alone."""
    if value is None:
        return DASH
    if not currency:
        return decimal(value, language, 0 if float(value).is_integer() else 2)
    where = locale(language)
    pattern = where.currency_formats["standard"].pattern.split(";")[0]
    if float(value).is_integer():
        pattern = re.sub(r"\.0+", "", pattern)
    text = numbers.format_currency(value, currency, format=pattern, locale=where, currency_digits=False)
    # CLDR's currency spacing, which Babel leaves out: a symbol of letters (RUB, US$) stands apart from
    # the digits
    text = re.sub(r"(?<=[A-Za-z$])(?=\d)|(?<=\d)(?=[A-Za-z$])", NBSP, text)
    return _unbreakable(text)


def long_date(day: dt.date, language: str | None = "en") -> str:
    """27 November 2026, 27 de noviembre de 2026, 27 novembre 2026, 27 ноября 2026 г."""
    return _unbreakable(dates.format_date(day, "long", locale=locale(language)))


def short_date(day: dt.date | None, language: str | None = "en") -> str:
    """Dates in table cells, all digits: 27/11/2026, 27.11.2026; – when unknown."""
    if day is None:
        return DASH
    return dates.format_skeleton("yMd", day, locale=locale(language))


def month_abbreviation(month: int, language: str | None = "en") -> str:
    """The month as a column heading of a time scale: Nov, nov, nov., нояб."""
    return dates.get_month_names("abbreviated", "stand-alone", locale(language))[month]


def quarter_label(quarter: int, language: str | None = "en") -> str:
    """Q1, T1, 1-й кв."""
    return _unbreakable(dates.get_quarter_names("abbreviated", "stand-alone", locale(language))[quarter])


def semester_label(semester: int, language: str | None = "en") -> str:
    """H1, S1, 1-е полуг.: the half of a year as a reporting period."""
    from clusterdesk.core.catalogue import tr

    return _unbreakable(tr("period_semester", "H{number}", language, number=semester))


def period_parts(code: str, language: str | None = "en") -> tuple[str, str]:
    """A reporting period (`core.periods` code) as (part of the year, year): ("T3", "2024") in Spanish,
    ("3-й кв.", "2024") in Russian, ("", "2024") for a year. A code that is not a period comes back whole
    as the first part."""
    from clusterdesk.core.periods import parse_period

    period = parse_period(code)
    if period is None:
        return str(code), ""
    year = str(period.year)
    if period.frequency == "quarter":
        return quarter_label(period.index, language), year
    if period.frequency == "semester":
        return semester_label(period.index, language), year
    return "", year


def period_label(code: str, language: str | None = "en") -> str:
    """Q3 2024, T3 2024, 3-й кв. 2024, H1 2024, 2024: never the stored code "2024-Q3"."""
    return NBSP.join(part for part in period_parts(code, language) if part)


def country_name(code: str | None, language: str | None = "en") -> str | None:
    """The country of an ISO 3166-1 alpha-2 code in `language` (Россия, Rusia); None for an unknown code."""
    if not code:
        return None
    return locale(language).territories.get(code.strip().upper())


def currency_name(code: str | None, language: str | None = "en") -> str | None:
    """'RUB' → 'российский рубль (RUB)'; an unknown code as it is."""
    if not code:
        return None
    name = locale(language).currencies.get(code.strip().upper())
    return f"{name} ({code.strip().upper()})" if name else code
