"""Writing an output file whole or not at all, with a message for the user when it cannot be written.

The content goes to a temporary file in the target's folder, which then replaces the target in one rename:
a full disk, a read-only folder or an interrupted write leaves an earlier file of that name as it was.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.errors import missing_folder_message
from clusterdesk.io.errors import ExportError


def cannot_write_message(path: Path, error: OSError) -> str:
    """Why `path` cannot be written, in words for the user, with what to do."""
    if isinstance(error, PermissionError):
        reason = tr(
            "output:permission",
            "permission denied (the folder or the medium is read-only, or the file is open elsewhere)",
            messages_language(),
        )
    elif error.errno == errno.ENOSPC:
        return tr(
            "output:disk_full",
            "{path} cannot be written: the disk is full. Free some space, or write it to another drive.",
            messages_language(),
            path=path,
        )
    else:
        reason = (error.strerror or str(error)).rstrip(".")
    return tr(
        "output:cannot_write",
        "{path} cannot be written: {reason}. Choose a folder you can write to.",
        messages_language(),
        path=path,
        reason=reason,
    )


def check_output_folder(path: str | Path) -> Path:
    """`path` made absolute, once its folder is known to exist; raises ExportError otherwise."""
    target = Path(path).expanduser().absolute()
    folder = target.parent
    if folder.exists() and not folder.is_dir():
        raise ExportError(
            tr(
                "output:folder_is_file",
                "{folder} is a file, not a folder. Choose a folder for {file}.",
                messages_language(),
                folder=folder,
                file=target.name,
            )
        )
    if not folder.is_dir():
        raise ExportError(missing_folder_message(folder))
    if target.is_dir():
        raise ExportError(
            tr(
                "output:is_folder",
                "{path} is a folder. Choose a file name inside it, or another name.",
                messages_language(),
                path=target,
            )
        )
    return target


def _new_file_mode(target: Path) -> int:
    """The permissions a plain `open(..., 'w')` would give: the old file's, or the default of the umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


@contextmanager
def written_atomically(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path to write into; when the block ends without error, it replaces `path`.

    Raises ExportError naming the file when the folder is missing or cannot be written, or the write
    fails; the temporary file is removed in every case.
    """
    target = check_output_folder(path)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=target.suffix, dir=target.parent)
    except OSError as error:
        raise ExportError(cannot_write_message(target, error)) from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, _new_file_mode(target))
        os.replace(temporary, target)
    except OSError as error:
        raise ExportError(cannot_write_message(target, error)) from error
    finally:
        temporary.unlink(missing_ok=True)
