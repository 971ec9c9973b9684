"""The one place that knows where data lives.

Order of precedence: an explicit ``--data-dir``, then ``PARENTJOURNAL_DATA_DIR``, then the
platform's user data folder (platformdirs). Nothing else in the app builds data paths.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import NamedTuple

import platformdirs

from parentjournal import APP_ID

ENV_DATA_DIR = "PARENTJOURNAL_DATA_DIR"
JOURNAL_FILENAME = "journal.db"


class JournalPaths(NamedTuple):
    """Paths that belong to one journal folder.

    An immutable record like a frozen dataclass, made as a NamedTuple: Python 3.11 builds
    a NamedTuple class several times faster, and this one is built at every start.
    """

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


ENV_RUNTIME_DIR = "PARENTJOURNAL_RUNTIME_DIR"


def resolve_runtime_dir() -> Path:
    """Folder for this computer's short-lived files: the "journal is open here" locks.

    Never inside the journal folder, which may be synced to another computer where a lock
    means nothing. ``PARENTJOURNAL_RUNTIME_DIR`` overrides the platform's runtime folder.
    """
    from_env = os.environ.get(ENV_RUNTIME_DIR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    with warnings.catch_warnings():
        # Without XDG_RUNTIME_DIR platformdirs warns and uses a private folder under /tmp,
        # which is exactly right for a lock that must vanish with a reboot.
        warnings.simplefilter("ignore")
        return Path(platformdirs.user_runtime_dir(APP_ID, appauthor=False))


def instance_dir(paths: JournalPaths) -> Path:
    """This computer's folder for the app that has the journal in ``paths`` open.

    Keyed by the journal's resolved path, so two names for one folder share one lock.
    """
    resolved = str(paths.data_dir.expanduser().resolve())
    key = _sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return resolve_runtime_dir() / "open" / key


def _sha256(data: bytes):
    """SHA-256 from Python's own implementation where there is one: ``hashlib`` first loads
    OpenSSL, about 2 ms of every start for one short name. The digest is the same."""
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # Python 3.12 and later
        except ImportError:
            from hashlib import sha256
    return sha256(data)
