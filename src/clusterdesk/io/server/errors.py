"""Refusals of the team mode, in the messages language."""

from __future__ import annotations

from clusterdesk.core.errors import ClusterDeskError


class ServerError(ClusterDeskError):
    """The server, an address or a project on it cannot be used as asked; the message says why."""
