"""The words argparse itself writes ("usage:", "options", "error:") in the user's language.

Python ships no translations for argparse, which looks its texts up through a module-level gettext
function; the command line points that function at ClusterDesk's catalogue for the texts a user meets.
"""

from __future__ import annotations

import argparse

from clusterdesk.core.catalogue import tr


def argparse_texts(language: str) -> dict[str, str]:
    """argparse's English texts and their translations (placeholders in argparse's % style)."""
    return {
        "usage: ": tr("argparse:usage", "usage: ", language),
        "positional arguments": tr("argparse:positionals", "positional arguments", language),
        "options": tr("argparse:options", "options", language),
        "show this help message and exit": tr("argparse:help", "show this help message and exit", language),
        "%(prog)s: error: %(message)s\n": tr("argparse:error", "%(prog)s: error: %(message)s\n", language),
        "argument %(argument_name)s: %(message)s": tr(
            "argparse:argument", "argument %(argument_name)s: %(message)s", language
        ),
        "the following arguments are required: %s": tr(
            "argparse:required", "the following arguments are required: %s", language
        ),
        "unrecognized arguments: %s": tr("argparse:unrecognized", "unrecognized arguments: %s", language),
        "invalid choice: %(value)r (choose from %(choices)s)": tr(
            "argparse:choice", "invalid choice: %(value)r (choose from %(choices)s)", language
        ),
        "invalid %(type)s value: %(value)r": tr(
            "argparse:value", "invalid %(type)s value: %(value)r", language
        ),
        "expected one argument": tr("argparse:one", "expected one argument", language),
        "ambiguous option: %(option)s could match %(matches)s": tr(
            "argparse:ambiguous", "ambiguous option: %(option)s could match %(matches)s", language
        ),
    }


def install_argparse_texts(language: str) -> None:
    """Make argparse write its own words in `language` (English stays as argparse has it)."""
    if language == "en":
        return
    texts = argparse_texts(language)
    argparse._ = lambda text: texts.get(text, text)  # argparse's module-level gettext hook
