"""How a command refuses input it cannot use: one line on stderr saying what to change, and exit code 2."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from clusterdesk.core.catalogue import messages_language, tr

EXIT_INVALID_INPUT = 2  # the code argparse itself uses for a command line that needs changing


def refuse(message: str) -> int:
    """Print `message` for the user on stderr and return the exit code for invalid input."""
    print(f"clusterdesk: {message}", file=sys.stderr)
    return EXIT_INVALID_INPUT


def allowed_suffix(path: str, allowed: Iterable[str], what: str) -> str | None:
    """The lower-case suffix of `path` if it is one of `allowed`; otherwise say so and return None."""
    suffix = Path(path).suffix.lower()
    if suffix not in allowed:
        refuse(
            tr(
                "cli:bad_suffix",
                "{file}: {what} must end in {suffixes}.",
                messages_language(),
                file=Path(path).name,
                what=what,
                suffixes=", ".join(allowed),
            )
        )
        return None
    return suffix


def missing_path_or_output(args) -> str | None:
    """What a command writing one file from a project lacks of its project file and `-o OUTPUT`, in the
    messages language, or None when both are given."""
    language = messages_language()
    if args.path is None and args.output is None:
        return tr("cli:report:needs_both", "the project file and -o OUTPUT", language)
    if args.path is None:
        return tr("cli:report:needs_path", "the project file", language)
    return "-o OUTPUT" if args.output is None else None
