"""Translations of everything ClusterDesk prints or says outside the window: gettext catalogues.

The catalogues are `resources/locale/<language>/LC_MESSAGES/clusterdesk.po` (what translators edit, in
Poedit, Weblate or any gettext tool) compiled to `.mo` by `python tools/catalogues.py compile`. Every
message has a context (msgctxt: a short id such as "contents" or "kind:supplier") and its English text as
msgid, so English needs no catalogue and a text missing from one falls back to English. Counts use the
language's plural forms from the catalogue's header (CLDR rules: Russian has three).

Placeholders are named, `{count}`, and filled after translation. Qt-free: the window has its own Qt
catalogues (`gui.i18n`), the reports, the web map, the analysis and the command line use these.
"""

from __future__ import annotations

import functools
import gettext

from clusterdesk.resources_path import resource

DOMAIN = "clusterdesk"
SUPPORTED_LANGUAGES = ("en", "es", "fr", "ru")
SOURCE_LANGUAGE = "en"


def language_code(language: str | None) -> str:
    """'es', 'es_EC', 'es-EC' or 'ES' → 'es'; empty or unknown → 'en', so a text is always printable."""
    code = (language or SOURCE_LANGUAGE).lower().replace("-", "_").split("_")[0]
    return code if code in SUPPORTED_LANGUAGES else SOURCE_LANGUAGE


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
