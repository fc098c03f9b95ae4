"""The reasons SQLite and the operating system give for a failure, in the messages language.

Both speak English whatever the user's language, and their reasons end up inside our messages ("...
is damaged and cannot be read (database disk image is malformed)"). The reasons a user meets are
translated here; any other is kept as the library wrote it.
"""

from __future__ import annotations

import errno
import sqlite3

from clusterdesk.core.catalogue import messages_language, tr


def sqlite_reason(error: sqlite3.Error) -> str:
    """SQLite's message for `error`, translated when it is one of the usual ones."""
    text = str(error)
    language = messages_language()
    known = {
        "database disk image is malformed": tr(
            "sqlite:malformed", "database disk image is malformed", language
        ),
        "file is not a database": tr("sqlite:not_a_database", "file is not a database", language),
        "disk i/o error": tr("sqlite:io_error", "disk I/O error", language),
        "database is locked": tr("sqlite:locked", "database is locked", language),
        "database or disk is full": tr("sqlite:full", "database or disk is full", language),
        "unable to open database file": tr("sqlite:cannot_open", "unable to open database file", language),
        "attempt to write a readonly database": tr(
            "sqlite:read_only", "attempt to write a readonly database", language
        ),
    }
    return known.get(text.strip().lower(), text)


def os_reason(error: OSError) -> str:
    """The operating system's reason for `error` (its strerror), translated when it is a usual one."""
    language = messages_language()
    code = error.errno
    if code in (errno.EACCES, errno.EPERM):
        known = tr("os:permission", "Permission denied", language)
    elif code == errno.EROFS:
        known = tr("os:read_only", "Read-only file system", language)
    elif code == errno.ENOENT:
        known = tr("os:missing", "No such file or directory", language)
    elif code == errno.EIO:
        known = tr("os:io_error", "Input/output error", language)
    elif code == errno.ENOSPC:
        known = tr("os:full", "No space left on device", language)
    elif code == getattr(errno, "EDQUOT", -1):
        known = tr("os:quota", "Disk quota exceeded", language)
    elif code == errno.ENAMETOOLONG:
        known = tr("os:long_name", "File name too long", language)
    else:
        return error.strerror or str(error)
    return (error.strerror or known) if language == "en" else known
