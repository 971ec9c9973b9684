"""An opened journal: the database plus the services built on it.

This is the wiring point shared by the GUI and the command line, so both see exactly the
same rules.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from parentjournal.core.backups import BackupService
from parentjournal.core.household import HouseholdService
from parentjournal.core.journal import JournalService
from parentjournal.core.moment_timeline import MomentSource
from parentjournal.core.moments import MomentService
from parentjournal.core.personal_lock import PersonalLockService
from parentjournal.core.reflection import ReflectionService
from parentjournal.core.search import SearchService
from parentjournal.core.timeline import EntrySource, TimelineService
from parentjournal.paths import JournalPaths
from parentjournal.store import health
from parentjournal.store.backup import BackupRepo
from parentjournal.store.dagboek_search import DagboekSearch
from parentjournal.store.database import Database
from parentjournal.store.db import open_journal
from parentjournal.store.entry_repo import EntryRepo
from parentjournal.store.errors import JournalLockedError
from parentjournal.store.household_repo import HouseholdRepo
from parentjournal.store.moment_repo import MomentRepo
from parentjournal.store.person_key_repo import PersonKeyRepo
from parentjournal.store.reflection_repo import ReflectionRepo
from parentjournal.store.sealing import Sealer

if TYPE_CHECKING:
    from parentjournal.core.careload_service import CareLoadService
    from parentjournal.core.checkin import CheckInService
    from parentjournal.core.lookback import LookbackService
    from parentjournal.core.model import Entry
    from parentjournal.core.visits import AdviceService, QuestionService


class Journal:
    """The services of one open journal file.

    What the first screen needs is built with the journal; the services of other screens
    (Samen, the visit, looking back) are built, and their modules imported, on first use:
    that keeps them out of every start. Either way each is built once per journal.
    """

    def __init__(self, paths: JournalPaths, db: Database, key: bytes | None = None):
        self.paths = paths
        self.db = db
        self.key = key  # the unlocked key of an encrypted journal
        # Personal passphrases; one sealer (and so one in-memory keyring) opens sealed rows
        # for every repository of this journal.
        self.sealer = Sealer(db)
        self.entry_repo = EntryRepo(db, self.sealer)
        self.household_repo = HouseholdRepo(db)
        self.household = HouseholdService(self.household_repo)
        self.entries = JournalService(self.entry_repo)
        self._moment_repo = MomentRepo(db, self.sealer)
        self.moments = MomentService(self._moment_repo)
        household = self.household
        self.reflection = ReflectionService(ReflectionRepo(db), lambda: household.household().phase)
        self.backups = BackupService(
            BackupRepo(
                db,
                paths.backups,
                key,
                journal_path=paths.journal,
                after_restore=self.sealer.refresh,
            )
        )
        # The merged newest-first stream of the Dagboek; other kinds register their source here.
        self.timeline = TimelineService(
            [EntrySource(self.entry_repo), MomentSource(self._moment_repo)]
        )
        self.personal_locks = PersonalLockService(PersonKeyRepo(db, self.sealer))
        # The Dagboek's search over the same kinds, newest first; other kinds register here.
        self.search = SearchService(
            [DagboekSearch(db, self.entry_repo, self._moment_repo, self.sealer)]
        )

    @cached_property
    def questions(self) -> QuestionService:
        """The questions for a care visit."""
        from parentjournal.core.visits import QuestionService
        from parentjournal.store.visit_repo import QuestionRepo

        return QuestionService(QuestionRepo(self.db, self.sealer))

    @cached_property
    def advice(self) -> AdviceService:
        """The advice log (an advice may answer one of :attr:`questions`)."""
        from parentjournal.core.visits import AdviceService
        from parentjournal.store.visit_repo import AdviceRepo

        return AdviceService(AdviceRepo(self.db, self.sealer), self.questions)

    @cached_property
    def careload(self) -> CareLoadService:
        """Samen: the care tasks and each adult's picture of them."""
        from parentjournal.core.careload_service import CareLoadService
        from parentjournal.store.careload_repo import CareLoadRepo

        return CareLoadService(CareLoadRepo(self.db, self.sealer))

    @cached_property
    def checkins(self) -> CheckInService:
        """Samen: the check-ins ("how are you really doing?")."""
        from parentjournal.core.checkin import CheckInService
        from parentjournal.store.checkin_repo import CheckInRepo

        return CheckInService(CheckInRepo(self.db, self.sealer))

    @cached_property
    def lookback(self) -> LookbackService:
        """Terugblik: what was written a while ago."""
        from parentjournal.core.lookback import LookbackService
        from parentjournal.store.lookback_repo import LookbackRepo

        return LookbackService(LookbackRepo(self.db, self.sealer), self.moments)

    @classmethod
    def open(
        cls,
        paths: JournalPaths,
        *,
        passphrase: str | None = None,
        key: bytes | None = None,
        check_in_background: bool = False,
    ) -> Journal:
        """Open (creating or migrating) the journal in ``paths.data_dir``.

        A journal with a passphrase needs it (or its ``key``, once unlocked); without it,
        :class:`~parentjournal.store.errors.JournalLockedError` is raised and nothing is read.
        With ``check_in_background`` the file's check is left for later, on a thread of its
        own: it begins at :meth:`begin_check` or when its verdict is first needed (a write,
        :meth:`confirm_healthy`). Writes wait for it by themselves.

        Raises:
            parentjournal.store.errors.JournalError: explained to the user by the caller.
        """
        # Without a key file there is no passphrase: keys and ciphers are not even loaded.
        if (
            key is None
            and paths.keyfile.exists()
            and _encryption().is_encrypted(paths.journal, paths.keyfile)
        ):
            if passphrase is None:
                raise JournalLockedError(str(paths.journal))
            key = _encryption().unlock(paths.keyfile, passphrase)
        db = open_journal(
            paths.journal,
            backup_dir=paths.backups,
            key=key,
            check_in_background=check_in_background,
        )
        return cls(paths, db, key)

    @classmethod
    def open_dir(cls, data_dir: Path) -> Journal:
        return cls.open(JournalPaths(Path(data_dir)))

    def entries_between(
        self, person_id: str, first: date | None = None, last: date | None = None
    ) -> list[Entry]:
        """Entries ``person_id`` may see in a period, oldest first (for exports)."""
        from parentjournal.store.visit_repo import entries_between

        return entries_between(self.db, person_id, first, last, self.sealer)

    def begin_check(self) -> None:
        """Begin the check left pending by ``open(check_in_background=True)``, if any, on
        its own thread; returns at once."""
        health.begin(self.db)

    def confirm_healthy(self) -> None:
        """Wait for the check left pending by ``open(check_in_background=True)``, if any
        (beginning it if need be).

        Raises:
            parentjournal.store.errors.JournalDamagedError: the file is damaged (nothing
                was written to it).
        """
        health.confirm(self.db)

    def abandon_check(self) -> None:
        """Stop the background check if it has no verdict yet (the app is closing right
        after it started); nothing may be written afterwards. See ``store/health.py``."""
        health.abandon(self.db)

    def close(self) -> None:
        """Close the file; every personal key is forgotten with it."""
        self.sealer.lock_all()
        self.db.close()


def _encryption():
    # Keys and ciphers load only for a journal with a passphrase (see Journal.open).
    from parentjournal.store import encryption

    return encryption
