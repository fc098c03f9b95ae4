"""Errors a user can act on. Each message names the file, row or field and says what to do, in the
messages language (`core.catalogue.messages_language`) current when it is raised."""

from __future__ import annotations

from clusterdesk.core.catalogue import messages_language, tr


class ClusterDeskError(Exception):
    """Base of every error whose message is meant for the user."""


class ProjectFileError(ClusterDeskError):
    """A project file cannot be opened or saved."""


class NotAProjectError(ProjectFileError):
    pass


class NewerVersionError(ProjectFileError):
    pass


class CorruptProjectError(ProjectFileError):
    pass


class ReadOnlyProjectError(ProjectFileError):
    pass


class DamagedProjectError(CorruptProjectError):
    """Parts of the project (tables, indexes, registrations) are missing or unreadable; `repair` can help."""


class ProjectInUseError(ProjectFileError):
    """Another program holds a lock on the file; trying again later may succeed."""


class FileChangedOnDiskError(ProjectFileError):
    """The file was modified by another program since it was opened or last saved."""


class ValidationError(ClusterDeskError):
    """A value breaks a rule of the domain (e.g. women employees above employees)."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.reason = message


def damaged_project_message(file_name: str, problems: list[str]) -> str:
    """The one wording of a project whose tables, indexes or registrations are missing or broken."""
    stem = file_name[: -len(".gpkg")] if file_name.lower().endswith(".gpkg") else file_name
    return tr(
        "open:damaged_parts",
        "{file} is damaged: {problems}. It was not changed. Run clusterdesk repair {file}, which writes "
        "a repaired copy ({stem}-repaired.gpkg) and never changes the original.",
        messages_language(),
        file=file_name,
        problems="; ".join(problems),
        stem=stem,
    )


def missing_folder_message(folder: object) -> str:
    """The one wording, for every command and dialog, of an output folder that is not there."""
    return tr(
        "folder:missing",
        "The folder {folder} does not exist. Create it or choose another.",
        messages_language(),
        folder=folder,
    )


def missing_file_message(path: object) -> str:
    """A file named on the command line that is not there."""
    return tr(
        "file:missing",
        "{path} does not exist. Check the name and folder.",
        messages_language(),
        path=path,
    )
