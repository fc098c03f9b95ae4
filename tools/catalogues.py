"""Keep the gettext catalogues of the printed texts (resources/locale) in step with the code.

    python tools/catalogues.py extract    # messages of the code → clusterdesk.pot, merged into every .po
    python tools/catalogues.py compile    # every .po → .mo, which the application reads
    python tools/catalogues.py check      # what is missing, fuzzy, stale or has other placeholders
    python tools/catalogues.py missing [LANGUAGE]   # the messages still without a translation
    python tools/catalogues.py fill TRANSLATIONS.json   # set translations, then compile

A TRANSLATIONS.json file maps a message's context to its translations by language, e.g.
{"results:no_code": {"es": "...", "fr": "...", "ru": "..."}}; a message with plural forms takes the list
of the language's forms (Spanish and French three, Russian three, as CLDR gives them).

Messages come from the tables of English texts (reports.texts, the vocabularies of
core.vocabulary_labels, the default capacity framework) and from every `tr(...)` and `tr_plural(...)`
call with literal texts in src/clusterdesk outside gui/ (which has Qt's own catalogues). Translators
edit the .po files in Poedit, Weblate or any gettext tool; new messages arrive empty, never guessed.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import io
import string
import sys
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "src" / "clusterdesk"
sys.path.insert(0, str(REPO / "src"))

from clusterdesk import __version__  # noqa: E402
from clusterdesk.core.catalogue import DOMAIN, SUPPORTED_LANGUAGES  # noqa: E402

LOCALE = REPO / "resources" / "locale"
TEMPLATE = LOCALE / f"{DOMAIN}.pot"
LANGUAGES = tuple(code for code in SUPPORTED_LANGUAGES if code != "en")
CALLS = {"tr": 2, "tr_plural": 3}  # literal arguments: context, English text (and its plural)
HEADER = "Texts ClusterDesk prints (action-plan pack, web map) and its vocabularies."


@dataclass
class Message:
    context: str
    english: str
    plural: str | None = None
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def msgid(self) -> str | tuple[str, str]:
        return self.english if self.plural is None else (self.english, self.plural)


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def _relative(path: Path) -> str:
    return path.resolve().relative_to(REPO).as_posix()


def _calls(path: Path):
    """(context, english, plural, line) of each tr/tr_plural call with literal texts in `path`."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CALLS):
            continue
        literal = [a.value for a in node.args[: CALLS[node.func.id]] if isinstance(a, ast.Constant)]
        if len(literal) == CALLS[node.func.id] and all(isinstance(v, str) for v in literal):
            yield literal[0], literal[1], literal[2] if len(literal) == 3 else None, node.lineno


def messages() -> list[Message]:
    """Every message of the code, in a stable order; a context used for two texts is an error."""
    from clusterdesk.core import capacity_framework, vocabulary_labels
    from clusterdesk.core.capacity_framework_labels import DEFAULT_TEXTS
    from clusterdesk.reports import texts

    found: dict[str, Message] = {}

    def add(context: str, english: str, plural: str | None, where: tuple[str, int]) -> None:
        message = found.setdefault(context, Message(context, english, plural))
        if (message.english, message.plural) != (english, plural):
            raise SystemExit(f"{where[0]}:{where[1]}: the context {context!r} has two texts")
        message.locations.append(where)

    texts_file = (_relative(Path(texts.__file__)), 0)
    for key, english in texts.SOURCE.items():
        add(key, english, None, texts_file)
    for key, (singular, plural) in texts.PLURALS.items():
        add(key, singular, plural, texts_file)
    labels_file = (_relative(Path(vocabulary_labels.__file__)), 0)
    for vocabulary, table in vocabulary_labels.VOCABULARIES.items():
        for code, english in table.items():
            add(f"{vocabulary}:{code}", english, None, labels_file)
    framework_file = (_relative(Path(capacity_framework.__file__)), 0)
    for context, english in DEFAULT_TEXTS.items():
        if english:
            add(context, english, None, framework_file)
    for path in sorted(SOURCE.rglob("*.py")):
        if "gui" in path.relative_to(SOURCE).parts:
            continue
        for context, english, plural, line in _calls(path):
            add(context, english, plural, (_relative(path), line))
    return list(found.values())


def _flags(message: Message) -> set[str]:
    fields = placeholders(message.english) | placeholders(message.plural or "")
    return {"python-brace-format"} if fields else set()


def template(found: list[Message] | None = None) -> Catalog:
    catalog = Catalog(domain=DOMAIN)
    for message in found if found is not None else messages():
        locations = [(path, line or None) for path, line in message.locations]
        catalog.add(message.msgid, context=message.context, locations=locations, flags=_flags(message))
    return catalog


def placeholders(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conversion in string.Formatter().parse(text) if name}


def read(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def _header(catalog: Catalog) -> None:
    """The header fields Babel leaves as placeholders; a translator's own entries are kept."""
    catalog.fuzzy = False
    catalog.project, catalog.version, catalog.msgid_bugs_address = "ClusterDesk", __version__, ""
    catalog.header_comment = f"# {HEADER}"
    if "EMAIL@ADDRESS" in catalog.last_translator:
        catalog.last_translator = "ClusterDesk translators"
    if "LL@li.org" in catalog.language_team:
        catalog.language_team = "ClusterDesk translators"
    if not isinstance(catalog.revision_date, datetime.datetime):
        catalog.revision_date = catalog.creation_date


def write(catalog: Catalog, path: Path) -> bool:
    """Writes the catalogue where it differs from the file (dates aside); True when written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        old = read(path, catalog.locale_identifier)
        catalog.creation_date = old.creation_date
        catalog.revision_date = old.revision_date
    _header(catalog)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, include_previous=False)
    if path.exists() and path.read_bytes() == buffer.getvalue():
        return False
    path.write_bytes(buffer.getvalue())
    return True


def extract() -> None:
    pot = template()
    write(pot, TEMPLATE)
    for language in LANGUAGES:
        path = po_path(language)
        catalog = read(path, language) if path.exists() else Catalog(locale=language, domain=DOMAIN)
        catalog.update(pot, no_fuzzy_matching=True, update_header_comment=True)
        catalog.obsolete.clear()
        print(f"{path.relative_to(REPO)}: {'updated' if write(catalog, path) else 'unchanged'}")


def compiled(language: str) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, read(po_path(language), language), use_fuzzy=False)
    return buffer.getvalue()


def compile_all() -> None:
    for language in LANGUAGES:
        target = po_path(language).with_suffix(".mo")
        target.write_bytes(compiled(language))
        print(f"{target.relative_to(REPO)}")


def _translations(catalog: Catalog) -> dict:
    return {(m.context, m.id if isinstance(m.id, str) else tuple(m.id)): m.string for m in catalog if m.id}


def problems(language: str) -> list[str]:
    """What is wrong with one language's catalogue: every message of the code translated, not fuzzy,
    with the placeholders of its English text, and the .mo compiled from this .po."""
    path = po_path(language)
    if not path.exists():
        return [f"{path.relative_to(REPO)} is missing: run tools/catalogues.py extract"]
    catalog = read(path, language)
    found = []
    wanted = {(m.context, m.msgid) for m in messages()}
    present = {(m.context, m.id if isinstance(m.id, str) else tuple(m.id)) for m in catalog if m.id}
    found += [f"{language}: not in the catalogue: {c} {i!r}" for c, i in sorted(wanted - present, key=str)]
    found += [f"{language}: no longer in the code: {c} {i!r}" for c, i in sorted(present - wanted, key=str)]
    forms = catalog.num_plurals
    for message in catalog:
        if not message.id:
            continue
        where = f"{language}: {message.context}"
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        if message.fuzzy:
            found.append(f"{where} is fuzzy")
        if not all(strings) or (message.pluralizable and len(strings) != forms):
            found.append(f"{where} is not translated")
            continue
        english = message.id[-1] if message.pluralizable else message.id
        wanted_fields = sorted(placeholders(english))
        for text in strings:
            if sorted(placeholders(text)) != wanted_fields:
                found.append(f"{where}: placeholders {sorted(placeholders(text))}, not {wanted_fields}")
    mo = po_path(language).with_suffix(".mo")
    if not mo.exists():
        found.append(f"{mo.relative_to(REPO)} is missing: run tools/catalogues.py compile")
    else:
        with mo.open("rb") as handle:
            if _translations(read_mo(handle)) != _translations(read_mo(io.BytesIO(compiled(language)))):
                found.append(f"{mo.relative_to(REPO)} is older than its .po: run tools/catalogues.py compile")
    return found


def fill(translations_file: Path) -> int:
    """Write the translations of `translations_file` into every language's catalogue; returns how many."""
    import json

    translations = json.loads(translations_file.read_text(encoding="utf-8"))
    count = 0
    for language in LANGUAGES:
        path = po_path(language)
        catalog = read(path, language)
        for message in catalog:
            value = translations.get(message.context or "", {}).get(language)
            if not message.id or value is None:
                continue
            message.string = tuple(value) if isinstance(value, list) else value
            message.flags.discard("fuzzy")
            count += 1
        write(catalog, path)
    compile_all()
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=("extract", "compile", "check", "missing", "fill"))
    parser.add_argument("language", nargs="?", help="a language (check, missing) or a JSON file (fill)")
    args = parser.parse_args(argv)
    if args.command == "fill":
        print(f"{fill(Path(args.language))} translations set")
        return 0
    if args.language is not None and args.language not in LANGUAGES:
        parser.error(f"language must be one of {', '.join(LANGUAGES)}")
    if args.command == "extract":
        extract()
    elif args.command == "compile":
        compile_all()
    else:
        languages = [args.language] if args.language else LANGUAGES
        found = [problem for language in languages for problem in problems(language)]
        if args.command == "missing":
            found = [p for p in found if "not translated" in p or "not in the catalogue" in p]
        print("\n".join(found) or "Every catalogue is complete.")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
