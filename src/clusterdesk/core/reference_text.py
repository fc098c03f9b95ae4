"""Matching typed text against names and titles of reference lists, as a user types it.

Case, accents and the Russian ё do not matter ("Peru" finds Perú, "ecuador" finds Ecuador, "елка"
finds ёлка); every typed word must begin a word of the name, in any order ("punto art" finds
"Fabricación de artículos de punto y ganchillo").
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")


def folded(text: str) -> str:
    """`text` lower-cased, without accents, ё as е, apostrophes and dashes as spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ё", "е"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return _WORD.findall(folded(text))


def matches_words(query_words: list[str], name_words: list[str]) -> bool:
    """True when every query word begins some word of the name."""
    return all(any(word.startswith(query) for word in name_words) for query in query_words)
