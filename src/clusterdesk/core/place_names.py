"""Place and country names of the bundled basemap in the language a map is drawn in.

The basemap keeps the English name in `name` and the Spanish, French and Russian ones in `name_es`,
`name_fr` and `name_ru` (empty where the source has none or it equals the English). Qt-free, so the
renderer, the web map and the pack pick names the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from clusterdesk.core.catalogue import SUPPORTED_LANGUAGES

NAME_LANGUAGES = tuple(code for code in SUPPORTED_LANGUAGES if code != "en")
# Names drawn in these languages come from GeoNames (CC BY 4.0), which asks to be credited
GEONAMES_CREDIT = "GeoNames"


def map_language(language: str | None) -> str:
    """'ru', 'ru_RU', 'RU' → 'ru'; empty or a language the basemap has no names in → 'en'."""
    code = (language or "en").strip().lower().replace("-", "_").split("_")[0]
    return code if code in SUPPORTED_LANGUAGES else "en"


def name_column(language: str | None) -> str:
    """The basemap column holding names in `language`: 'name' for English, else 'name_<code>'."""
    code = map_language(language)
    return "name" if code == "en" else f"name_{code}"


def localized_names(columns: Mapping[str, Sequence], language: str | None) -> list[str]:
    """The names of a basemap layer's features in `language`, the English name where one is missing.

    `columns` maps column names to equally long sequences (numpy arrays, pandas columns or lists); a
    basemap built before names were translated has only `name`, and every feature keeps it."""
    english = columns["name"]
    translated = columns.get(name_column(language), english)
    return [
        str(local) if isinstance(local, str) and local else ("" if name is None else str(name))
        for name, local in zip(english, translated, strict=True)
    ]


def translated_credit(language: str | None) -> str | None:
    """The credit a map owes for the names it draws in `language` (None in English)."""
    return None if map_language(language) == "en" else GEONAMES_CREDIT
