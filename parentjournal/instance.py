"""One running app per journal, without any socket.

The first app to open a journal holds an OS file lock in the journal folder
(``.instance/lock``); the lock disappears with the process, even after a crash or a kill.
A second start does not open the journal: it leaves a small request file next to the lock
and leaves. The first app watches that folder and comes to the front.
"""

from __future__ import annotations

import contextlib
import os
import sys
import uuid
from pathlib import Path

from parentjournal.paths import JournalPaths

REQUEST_SUFFIX = ".front-request"


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


class InstanceLock:
    """The lock that says "this journal is open in an app on this computer"."""

    def __init__(self, paths: JournalPaths):
        self.folder = paths.data_dir / ".instance"
        self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> bool:
        """Take the lock; False when another app holds it.

        A folder where no lock file can be made (read-only, say) is not "taken": opening
        the journal will then explain what is wrong with the folder.
        """
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fh = (self.folder / "lock").open("a+b")
        except OSError:
            return True
        if not _try_lock(fh):
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
        request = self.folder / f"{uuid.uuid4()}{REQUEST_SUFFIX}"
        try:
            request.write_bytes(str(os.getpid()).encode())
        except OSError:
            return None
        return request

    def take_requests(self) -> bool:
        """In the app that holds the lock: True if someone asked; the requests are removed."""
        found = False
        for request in self.folder.glob(f"*{REQUEST_SUFFIX}"):
            found = True
            with contextlib.suppress(OSError):
                request.unlink()
        return found
