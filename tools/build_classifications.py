"""Build resources/classifications/ (ISO 3166-1 countries, ISIC Rev.4) from their published sources.

    python tools/build_classifications.py --isic-un UN_FOLDER [--isic-titles FILE.json]

Countries: the ISO 3166-1 code list of Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json)
with the short names of Unicode CLDR (through Babel, which ClusterDesk already uses to print country
names) in English, Spanish, French and Russian, and ISO's own names (iso-codes and its gettext
translations) kept as search aliases: "Russian Federation" finds Russia.

ISIC Rev.4: codes and English, Spanish and French titles from the UN Statistics Division's structure
files in UN_FOLDER (ISIC_Rev_4_english_structure.txt, ISIC_Rev_4_spanish_structure.txt and
ISIC_Rev_4_french_structure.txt: "Code","Description" CSV, Spanish and French in Windows-1252; the
UN spells some names .Txt or French, either is found). The UN publishes no Russian structure file, so
the Russian titles come from a JSON file {code: {"ru": ...}} (tools/classifications/isic_rev4_titles.json).
A code without a title in a language is written with an empty cell; core.isic then shows the English
title.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import json
from pathlib import Path

from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "classifications"
LANGUAGES = ("en", "es", "fr", "ru")
TITLES = ROOT / "tools" / "classifications" / "isic_rev4_titles.json"  # Russian titles
UN_LANGUAGES = {"en": "english", "es": "spanish", "fr": "french"}  # the UN's structure files
# Typing errors of the UN's own files, corrected where they would show: (language, wrong, right)
UN_TYPING_ERRORS = (("fr", "planres", "plantes"), ("fr", "depétrole", "de pétrole"))
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


def _un_structure(folder: Path, language: str) -> list[tuple[str, str]]:
    """(code, title) in the structure's order from the UN's ISIC_Rev_4_<language>_structure.txt."""
    wanted = f"isic_rev_4_{UN_LANGUAGES[language]}_structure.txt"
    path = next((p for p in folder.iterdir() if p.name.lower() == wanted), None)
    if path is None:
        raise SystemExit(f"{folder} has no {wanted}")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")  # the Spanish and French files
    found = []
    for code, title in list(csv.reader(text.splitlines()))[1:]:
        title = " ".join(title.split()).rstrip(",")  # 2817 ends in a stray comma in some copies
        for fixed_language, wrong, right in UN_TYPING_ERRORS:
            if fixed_language == language:
                title = title.replace(wrong, right)
        found.append((code.strip(), title))
    return found


def build_isic(un_folder: Path, titles_file: Path) -> int:
    structure = {language: _un_structure(un_folder, language) for language in UN_LANGUAGES}
    official = {language: dict(pairs) for language, pairs in structure.items()}
    others = json.loads(titles_file.read_text(encoding="utf-8")) if titles_file.exists() else {}
    rows = []
    for code, english in structure["en"]:
        row = {"code": code, "en": english}
        for language in LANGUAGES[1:]:
            row[language] = official.get(language, {}).get(code) or others.get(code, {}).get(language, "")
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
    parser.add_argument("--isic-un", type=Path, help="folder of the UN's ISIC Rev.4 structure files")
    parser.add_argument("--isic-titles", type=Path, default=TITLES)
    args = parser.parse_args()
    print(f"countries: {build_countries()}")
    if args.isic_un:
        print(f"ISIC Rev.4 codes: {build_isic(args.isic_un, args.isic_titles)}")


if __name__ == "__main__":
    main()
