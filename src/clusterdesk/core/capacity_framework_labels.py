"""The default capacity framework's texts in the reader's language.

A framework is stored in the project, where users may rename a dimension or rewrite a rubric. Texts that
are still the default framework's own English (`capacity_framework.SUPPORT_INSTITUTION_FRAMEWORK`, matched
by the dimension's or indicator's code) are shown and printed from the catalogues (core.catalogue);
anything a user entered is kept as entered.
"""

from __future__ import annotations

from clusterdesk.core.capacity import SCALE_MIN
from clusterdesk.core.capacity_framework import SUPPORT_INSTITUTION_FRAMEWORK as DEFAULT
from clusterdesk.core.catalogue import tr


def _default_texts() -> dict[str, str]:
    """Context → English text of every text of the default framework."""
    texts = {"capacity:framework": DEFAULT.name, "capacity:framework_description": DEFAULT.description or ""}
    for dimension in DEFAULT.dimensions:
        texts[f"capacity:{dimension.code}"] = dimension.name
        for indicator in dimension.indicators:
            texts[f"capacity:{indicator.code}"] = indicator.name
            for level, rubric in enumerate(indicator.levels, start=SCALE_MIN):
                texts[f"capacity:{indicator.code}:{level}"] = rubric
    return texts


DEFAULT_TEXTS = _default_texts()


def _text(context: str, stored: str, language: str | None) -> str:
    if stored and DEFAULT_TEXTS.get(context) == stored:
        return tr(context, stored, language)
    return stored


def framework_name(name: str, language: str | None = "en") -> str:
    return _text("capacity:framework", name, language)


def framework_description(description: str | None, language: str | None = "en") -> str | None:
    return _text("capacity:framework_description", description, language) if description else description


def dimension_name(code: str, name: str, language: str | None = "en") -> str:
    """A dimension's name: translated while it is the default one of its code (D1 to D7)."""
    return _text(f"capacity:{code}", name, language)


def indicator_name(code: str, name: str, language: str | None = "en") -> str:
    return _text(f"capacity:{code}", name, language)


def rubric_text(code: str, level: int, text: str, language: str | None = "en") -> str:
    """What a score of `level` means for the indicator `code`."""
    return _text(f"capacity:{code}:{level}", text, language)
