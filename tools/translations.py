"""Keep the window's translation catalogues (resources/i18n/<area>_<language>.ts) in step with the code.

    python tools/translations.py update            # extract new texts from src/clusterdesk/gui (lupdate)
    python tools/translations.py fill FILE.ts TRANSLATIONS.json
    python tools/translations.py missing [AREA]    # texts without a finished translation
    python tools/translations.py release           # compile every .ts to .qm (lrelease)

A TRANSLATIONS.json file maps an English source text (or "Context::source" where one text needs
different translations in different places) to its translation; a text with a count (%n) maps to the
list of plural forms of the language (Spanish and French two, Russian three: one, few, many).
Translators may equally work in Qt Linguist or any tool that reads .ts files.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GUI = REPO / "src" / "clusterdesk" / "gui"
CATALOGUES = REPO / "resources" / "i18n"
LANGUAGES = ("es", "fr", "ru")
PLURAL_FORMS = {"es": 2, "fr": 2, "ru": 3}
USES_TRANSLATE = re.compile(r"(?<![.\w])translate(_n)?\(|\bself\.tr\(")
# One catalogue per part of the window; "main" is the window itself, its menus and shared dialogs
AREAS = {
    "main": sorted(GUI.glob("*.py")),
    **{folder.name: sorted(folder.rglob("*.py")) for folder in sorted(GUI.iterdir()) if folder.is_dir()
       and folder.name != "__pycache__"},
}  # fmt: skip


def qt_tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def catalogue(area: str, language: str) -> Path:
    return CATALOGUES / f"{area}_{language}.ts"


def for_lupdate(source: str) -> str:
    """`source` with every `translate_n(context, text, count)` call written as
    `translate(context, text, None, 1)`: lupdate sees a plural text only with a literal count."""
    calls = [
        node for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate_n"
    ]  # fmt: skip
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    text = source
    for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset), reverse=True):
        begin = starts[call.lineno - 1] + len(lines[call.lineno - 1].encode()[: call.col_offset].decode())
        end = starts[call.end_lineno - 1] + len(
            lines[call.end_lineno - 1].encode()[: call.end_col_offset].decode()
        )
        context, message = (ast.get_source_segment(source, argument) for argument in call.args[:2])
        text = f"{text[:begin]}translate({context}, {message}, None, 1){text[end:]}"
    return text


def update(areas: list[str]) -> None:
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="clusterdesk-lupdate-") as folder:
        for area in areas:
            sources = []
            for index, path in enumerate(AREAS[area]):
                text = path.read_text(encoding="utf-8")
                if USES_TRANSLATE.search(text):
                    copy = Path(folder) / f"{area}_{index}_{path.name}"
                    copy.write_text(for_lupdate(text), encoding="utf-8")
                    sources.append(str(copy))
            for language in LANGUAGES:
                target = catalogue(area, language)
                if not sources:
                    target.unlink(missing_ok=True)
                    target.with_suffix(".qm").unlink(missing_ok=True)
                    continue
                subprocess.run(
                    [qt_tool("pyside6-lupdate"), *sources, "-locations", "none", "-no-obsolete", "-silent",
                     "-target-language", language, "-ts", str(target)],
                    check=True,
                )  # fmt: skip


def release() -> None:
    for source in sorted(CATALOGUES.glob("*.ts")):
        subprocess.run(
            [qt_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
            check=True,
        )


def _messages(tree: ElementTree.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def fill(path: Path, translations_file: Path) -> int:
    """Write the translations of `translations_file` into the catalogue; returns how many were set."""
    language = path.stem.rsplit("_", 1)[1]
    translations = json.loads(translations_file.read_text(encoding="utf-8"))
    tree = ElementTree.parse(path)
    count = 0
    for context, message in _messages(tree):
        source = message.findtext("source")
        value = translations.get(f"{context}::{source}", translations.get(source))
        if value is None:
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            if len(forms) != PLURAL_FORMS[language]:
                raise SystemExit(f"{source!r}: {language} needs {PLURAL_FORMS[language]} plural forms")
            translation.text = None
            for form in forms:
                ElementTree.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        translation.attrib.pop("type", None)
        count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


def unfinished(path: Path) -> list[str]:
    """'Context: source' of every message without a finished, non-empty translation."""
    missing = []
    for context, message in _messages(ElementTree.parse(path)):
        translation = message.find("translation")
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            (form or "").strip() for form in forms
        ):
            missing.append(f"{context}: {message.findtext('source')}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update").add_argument("areas", nargs="*", help=f"some of {', '.join(AREAS)}")
    filling = commands.add_parser("fill")
    filling.add_argument("catalogue", type=Path)
    filling.add_argument("translations", type=Path)
    commands.add_parser("missing").add_argument("areas", nargs="*")
    commands.add_parser("release")
    args = parser.parse_args(argv)
    if args.command == "update":
        unknown = set(args.areas) - set(AREAS)
        if unknown:
            parser.error(f"unknown areas {sorted(unknown)}; choose from {', '.join(AREAS)}")
        update(args.areas or list(AREAS))
    elif args.command == "fill":
        print(f"{fill(args.catalogue, args.translations)} translations written to {args.catalogue.name}")
    elif args.command == "missing":
        total = 0
        for path in sorted(CATALOGUES.glob("*.ts")):
            if args.areas and path.stem.rsplit("_", 1)[0] not in args.areas:
                continue
            for line in unfinished(path):
                print(f"{path.name}: {line}")
                total += 1
        return 1 if total else 0
    elif args.command == "release":
        release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
