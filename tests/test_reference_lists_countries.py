"""ISO 3166-1 countries: every code named in the four languages, and search by code or name in any of
them, without regard to case or accents."""

from __future__ import annotations

import pytest

from clusterdesk.core import countries, currencies

LANGUAGES = ("en", "es", "fr", "ru")


def test_every_iso_country_is_listed_with_a_name_in_each_language():
    listed = countries.countries()
    assert len(listed) == 249  # ISO 3166-1 today
    for country in listed:
        assert len(country.code) == 2 and country.code.isalpha() and country.code.isupper()
        for language in LANGUAGES:
            assert country.name(language).strip(), (country.code, language)
    russian = {c.code: c.name("ru") for c in listed}
    assert all(any("а" <= ch.lower() <= "я" or ch == "ё" for ch in name) for name in russian.values())


@pytest.mark.parametrize(("code", "language", "expected"), [
    ("EC", "en", "Ecuador"), ("EC", "fr", "Équateur"), ("EC", "ru", "Эквадор"), ("PE", "es", "Perú"),
    ("RU", "ru", "Россия"), ("ET", "fr", "Éthiopie"), ("TR", "es", "Turquía"),
])  # fmt: skip
def test_names(code, language, expected):
    assert countries.name(code, language) == expected
    assert countries.display(code.lower(), language) == f"{expected} ({code})"


def test_unknown_codes_are_not_countries():
    assert not countries.is_country("XX") and not countries.is_country("") and not countries.is_country(None)
    assert countries.name("XX") is None
    assert countries.display("XX") == "XX"


@pytest.mark.parametrize(("typed", "language", "first"), [
    ("ec", "en", "EC"),  # the code, any case
    ("ECU", "en", "EC"),  # the alpha-3 code
    ("ecuador", "es", "EC"),
    ("Équateur", "fr", "EC"),
    ("equateur", "fr", "EC"),  # without the accent
    ("эквадор", "ru", "EC"),
    ("peru", "es", "PE"),  # Perú
    ("rusia", "es", "RU"),
    ("Russian Federation", "en", "RU"),  # ISO's own name
    ("Российская Федерация", "ru", "RU"),
    ("cote d ivoire", "fr", "CI"),
    ("ETIOPIA", "es", "ET"),
    ("Ecuador", "ru", "EC"),  # a name in another language than the window's still finds it
])  # fmt: skip
def test_search_finds_by_code_and_name_in_every_language(typed, language, first):
    assert countries.search(typed, language)[0] == first


def test_search_ranks_names_beginning_with_the_text_first_and_ignores_nothing_typed():
    found = countries.search("gu", "en")
    # the code itself first (Guam), then the names beginning with it, by name
    assert found[:7] == ["GU", "GP", "GT", "GG", "GN", "GW", "GY"]
    assert set(found[7:]) >= {"GQ", "PG"}  # Equatorial Guinea, Papua New Guinea: a later word begins with it
    assert countries.search("   ", "en") == []
    assert countries.search("zzzz", "en") == []


def test_currencies_follow_countries():
    assert currencies.country_currency("EC") == "USD"
    assert currencies.country_currency("ru") == "RUB"
    assert currencies.country_currency("XX") is None
    assert "ETB" in currencies.codes() and "XXX" not in currencies.codes()
    assert currencies.display("RUB", "ru") == "RUB — российский рубль"
