"""One running app per journal, without any socket.

The first app to open a journal holds an OS file lock in a per-computer folder
(``paths.instance_dir``: the platform's runtime folder, keyed by the journal's resolved
path); the lock disappears with the process, even after a crash or a kill. A second start
does not open the journal: it leaves a small request file next to the lock and leaves. The
first app looks in that folder twice a second and comes to the front.

The lock is deliberately not in the journal folder: that folder may be synced to another
computer (Syncthing, Nextcloud), where a lock file from here means nothing. Older versions
kept it in ``<journal folder>/.instance/``; such a leftover is cleaned up when it is no
longer held.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from parentjournal.paths import JournalPaths, instance_dir

REQUEST_SUFFIX = ".front-request"
LEGACY_FOLDER = ".instance"


def _try_lock(fh) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            # flock (not lockf): it also conflicts between two opens in one process, so a
            # test can play both apps.
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _legacy_lock_is_free(folder: Path) -> bool:
    """True unless an older version of the app holds ``<journal>/.instance/lock`` right now.

    A free leftover (a crash, or a copy synced from another computer) is removed.
    """
    lock_file = folder / "lock"
    if not folder.is_dir():
        return True
    if lock_file.exists():
        try:
            fh = lock_file.open("rb")
        except OSError:
            return True  # unreadable leftover: nothing we can learn from it
        try:
            if not _try_lock(fh):
                return False
        finally:
            fh.close()
    with contextlib.suppress(OSError):
        for leftover in [lock_file, *folder.glob(f"*{REQUEST_SUFFIX}")]:
            leftover.unlink(missing_ok=True)
        folder.rmdir()
    return True


class InstanceLock:
    """The lock that says "this journal is open in an app on this computer"."""

    def __init__(self, paths: JournalPaths):
        self.folder = instance_dir(paths)
        self._legacy = paths.data_dir / LEGACY_FOLDER
        self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> bool:
        """Take the lock; False when another app holds it.

        A folder where no lock file can be made (read-only, say) is not "taken": opening
        the journal will then explain what is wrong with the journal folder.
        """
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            fh = (self.folder / "lock").open("a+b")
        except OSError:
            return True
        if not _try_lock(fh):
            fh.close()
            return False
        if not _legacy_lock_is_free(self._legacy):
            # An older version has this journal open: never two writers.
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        """Let go of the lock (closing the file releases it)."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def ask_to_come_forward(self) -> Path | None:
        """From a second start: ask the app that holds the lock to show its window."""
        import uuid  # only a second start needs it (see core/clock.py:new_id for why)

        request = self.folder / f"{uuid.uuid4()}{REQUEST_SUFFIX}"
        try:
            request.write_bytes(str(os.getpid()).encode())
        except OSError:
            return None
        return request

    def take_requests(self) -> bool:
        """In the app that holds the lock: True if someone asked; the requests are removed."""
        # A listing, not Path.glob: this runs at every start and twice a second after it,
        # and glob compiles a pattern the first time (~0.4 ms).
        try:
            names = os.listdir(self.folder)
        except OSError:
            return False
        found = False
        for name in names:
            if name.endswith(REQUEST_SUFFIX):
                found = True
                with contextlib.suppress(OSError):
                    (self.folder / name).unlink()
        return found
