"""Readable titles for tables and columns that have no alias of their own: `women_employees` becomes
"Women employees", `stakeholder_id` becomes "Stakeholder", `created_at` becomes "Created"."""

from __future__ import annotations

# Abbreviations users know in capitals; anything else is written as an ordinary word.
_UPPER_WORDS = {
    "id", "uuid", "isic", "iso", "url", "bds", "ngo", "sme", "msme", "kpi", "mcda", "sna", "gps", "gdp",
    "vat",
}  # fmt: skip
_SPECIAL_WORDS = {"email": "e-mail", "e_mail": "e-mail", "fid": "feature id", "qty": "quantity"}
_MAX_TITLE_LENGTH = 60


def readable_column(column: str) -> str:
    """A column alias from its name: words split at underscores, the first one capitalised."""
    name = column.strip().lower()
    if name in _SPECIAL_WORDS:
        words = _SPECIAL_WORDS[name].split(" ")
    else:
        words = [w for w in name.split("_") if w]
        # A reference or a timestamp reads better without its technical suffix
        if len(words) > 1 and words[-1] in ("id", "fid", "at"):
            words = words[:-1]
    if not words:
        return column
    words = [w.upper() if w in _UPPER_WORDS else w for w in words]
    first = words[0]
    words[0] = first if first.isupper() else first[:1].upper() + first[1:]
    return " ".join(words)


def readable_table(name: str, description: str = "") -> str:
    """The layer title of a table: its short description from gpkg_contents, else a title from its name."""
    description = description.strip()
    if description and len(description) <= _MAX_TITLE_LENGTH and "\n" not in description:
        return description
    return readable_column(name)
