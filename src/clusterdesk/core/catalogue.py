"""Translations of everything ClusterDesk prints or says outside the window: gettext catalogues.

The catalogues are `resources/locale/<language>/LC_MESSAGES/clusterdesk.po` (what translators edit, in
Poedit, Weblate or any gettext tool) compiled to `.mo` by `python tools/catalogues.py compile`. Every
message has a context (msgctxt: a short id such as "contents" or "kind:supplier") and its English text as
msgid, so English needs no catalogue and a text missing from one falls back to English. Counts use the
language's plural forms from the catalogue's header (CLDR rules: Russian has three).

Placeholders are named, `{count}`, and filled after translation. Qt-free: the window has its own Qt
catalogues (`gui.i18n`), the reports, the web map, the analysis and the command line use these.

What is printed passes its language (the project's). What the Qt-free layers say to the user (errors,
undo labels, importer notes) is in the messages language instead: the window sets it to the interface
language at start, the command line takes it from the environment (`language_from_environment`), and
it is English until then. Messages are built when raised, so they are in the language current then.
"""

from __future__ import annotations

import functools
import gettext
import os
from collections.abc import Mapping

from clusterdesk.resources_path import resource

DOMAIN = "clusterdesk"
SUPPORTED_LANGUAGES = ("en", "es", "fr", "ru")
SOURCE_LANGUAGE = "en"
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # the order in which a C program reads them

_messages_language = SOURCE_LANGUAGE


def language_code(language: str | None) -> str:
    """'es', 'es_EC', 'es-EC' or 'ES' → 'es'; empty or unknown → 'en', so a text is always printable."""
    code = (language or SOURCE_LANGUAGE).lower().replace("-", "_").split("_")[0]
    return code if code in SUPPORTED_LANGUAGES else SOURCE_LANGUAGE


def set_messages_language(language: str | None) -> str:
    """Make `language` ('ru', 'es_EC', ...) the language of errors and undo labels; returns its code,
    English for one ClusterDesk does not speak."""
    global _messages_language
    _messages_language = language_code(language)
    return _messages_language


def messages_language() -> str:
    """The language of what the Qt-free layers say to the user (errors, undo labels)."""
    return _messages_language


def language_from_environment(environment: Mapping[str, str] | None = None) -> str:
    """The language a command-line program speaks, as gettext chooses it: the locale is the first of
    LC_ALL, LC_MESSAGES and LANG that is set; unless it is C, GNU's LANGUAGE list (`ru:en`) comes first.
    The first language ClusterDesk speaks wins; English when none."""
    environment = os.environ if environment is None else environment
    locale_name = next((environment[name] for name in LOCALE_VARIABLES if environment.get(name)), "")
    if locale_name.split(".")[0] in ("", "C", "POSIX"):
        return SOURCE_LANGUAGE
    for candidate in [*environment.get("LANGUAGE", "").split(":"), locale_name]:
        code = candidate.lower().replace("-", "_").split("_")[0].split(".")[0].split("@")[0]
        if code in SUPPORTED_LANGUAGES:
            return code
    return SOURCE_LANGUAGE


@functools.cache
def catalogue(language: str | None) -> gettext.NullTranslations:
    """The compiled catalogue of `language`; English, and a language whose file is missing, get the
    texts as written in the code."""
    code = language_code(language)
    if code == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    try:
        return gettext.translation(DOMAIN, localedir=str(resource("locale")), languages=[code])
    except OSError:
        return gettext.NullTranslations()


def tr(context: str, english: str, language: str | None = SOURCE_LANGUAGE, **values) -> str:
    """`english` (the msgid of `context`) in `language`, its placeholders filled with `values`."""
    text = catalogue(language).pgettext(context, english)
    return text.format(**values) if values else text


def tr_plural(
    context: str, singular: str, plural: str, n: int, language: str | None = SOURCE_LANGUAGE, **values
) -> str:
    """The form for the number `n` of a message with plural forms; `{count}` is `n` unless `values` give
    it already written (with thousands separators, for instance)."""
    values.setdefault("count", n)
    return catalogue(language).npgettext(context, singular, plural, n).format(**values)


def count_text(count: int, language: str | None) -> str:
    """A count inside a message, with the language's thousands separator (1,200 / 1 200)."""
    from clusterdesk.core.formatting import integer  # Babel is loaded only once a message needs it

    return integer(count, language)
