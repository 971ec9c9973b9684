"""The one place that knows where data lives.

Order of precedence: an explicit ``--data-dir``, then ``PARENTJOURNAL_DATA_DIR``, then the
platform's user data folder (platformdirs). Nothing else in the app builds data paths.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from parentjournal import APP_ID

ENV_DATA_DIR = "PARENTJOURNAL_DATA_DIR"
JOURNAL_FILENAME = "journal.db"


@dataclass(frozen=True)
class JournalPaths:
    """Paths that belong to one journal folder."""

    data_dir: Path

    @property
    def journal(self) -> Path:
        return self.data_dir / JOURNAL_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def keyfile(self) -> Path:
        """The journal's key wrapped by its passphrase; present only if it has one."""
        return self.data_dir / "journal.key"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the folder that holds the journal, without creating it."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def journal_paths(explicit: str | os.PathLike[str] | None = None) -> JournalPaths:
    """Return the paths of the journal chosen by argument, environment or platform."""
    return JournalPaths(resolve_data_dir(explicit))


ENV_CONFIG_DIR = "PARENTJOURNAL_CONFIG_DIR"


def resolve_config_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Folder for per-computer preferences (window size, who writes here, language).

    Deliberately *not* inside the journal folder: that folder may later be synced between
    devices, and these choices belong to one computer.
    """
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(ENV_CONFIG_DIR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))
