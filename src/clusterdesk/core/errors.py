"""Errors a user can act on. Each message names the file, row or field and says what to do."""

from __future__ import annotations


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
    return (
        f"{file_name} is damaged: {'; '.join(problems)}. It was not changed. "
        f"Run clusterdesk repair {file_name}, which writes a repaired copy ({stem}-repaired.gpkg) "
        "and never changes the original."
    )


def missing_folder_message(folder: object) -> str:
    """The one wording, for every command and dialog, of an output folder that is not there."""
    return f"The folder {folder} does not exist. Create it or choose another."
