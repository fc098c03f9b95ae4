"""Errors raised while importing or exporting stakeholders. Messages are meant for the user: they name the
file (and row or column where there is one) and say what to do."""

from __future__ import annotations

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.errors import ClusterDeskError


class ImportFileError(ClusterDeskError):
    """The input file cannot be read as a table of stakeholders."""


class MappingError(ClusterDeskError):
    """A --map override or the mapped columns do not make sense."""


class ExportError(ClusterDeskError):
    """Stakeholders cannot be written to the requested file."""


class Cancelled(ClusterDeskError):
    """The user cancelled a long import or export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(tr("task:cancelled", "Cancelled; nothing was written.", messages_language()))
