"""An opened journal: the database plus the services built on it.

This is the wiring point shared by the GUI and the command line, so both see exactly the
same rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from parentjournal.core.backups import BackupService
from parentjournal.core.careload_service import CareLoadService
from parentjournal.core.checkin import CheckInService
from parentjournal.core.household import HouseholdService
from parentjournal.core.journal import JournalService
from parentjournal.core.lookback import LookbackService
from parentjournal.core.model import Entry
from parentjournal.core.moment_timeline import MomentSearchSource, MomentSource
from parentjournal.core.moments import MomentService
from parentjournal.core.personal_lock import PersonalLockService
from parentjournal.core.reflection import ReflectionService
from parentjournal.core.search import EntrySearchSource, SearchService
from parentjournal.core.timeline import EntrySource, TimelineService
from parentjournal.core.visits import AdviceService, QuestionService
from parentjournal.paths import JournalPaths
from parentjournal.store import encryption, health
from parentjournal.store.backup import BackupRepo
from parentjournal.store.careload_repo import CareLoadRepo
from parentjournal.store.checkin_repo import CheckInRepo
from parentjournal.store.database import Database
from parentjournal.store.db import open_journal
from parentjournal.store.entry_repo import EntryRepo
from parentjournal.store.errors import JournalLockedError
from parentjournal.store.household_repo import HouseholdRepo
from parentjournal.store.lookback_repo import LookbackRepo
from parentjournal.store.moment_repo import MomentRepo
from parentjournal.store.person_key_repo import PersonKeyRepo
from parentjournal.store.reflection_repo import ReflectionRepo
from parentjournal.store.sealing import Sealer
from parentjournal.store.visit_repo import AdviceRepo, QuestionRepo, entries_between


@dataclass
class Journal:
    """The services of one open journal file."""

    paths: JournalPaths
    db: Database
    household: HouseholdService
    entries: JournalService
    entry_repo: EntryRepo
    household_repo: HouseholdRepo
    questions: QuestionService
    advice: AdviceService
    moments: MomentService
    careload: CareLoadService
    checkins: CheckInService
    reflection: ReflectionService
    lookback: LookbackService
    backups: BackupService
    # The merged newest-first stream of the Dagboek; other kinds register their source here.
    timeline: TimelineService
    # Personal passphrases; ``sealer`` opens sealed rows for every repository.
    personal_locks: PersonalLockService
    sealer: Sealer
    # The Dagboek's search over the same kinds, newest first; other kinds register here.
    search: SearchService

    key: bytes | None = None  # the unlocked key of an encrypted journal

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
        With ``check_in_background`` the file's check runs while the caller goes on; call
        :meth:`confirm_healthy` before showing anything (writes wait for it by themselves).

        Raises:
            parentjournal.store.errors.JournalError: explained to the user by the caller.
        """
        if key is None and encryption.is_encrypted(paths.journal, paths.keyfile):
            if passphrase is None:
                raise JournalLockedError(str(paths.journal))
            key = encryption.unlock(paths.keyfile, passphrase)
        db = open_journal(
            paths.journal,
            backup_dir=paths.backups,
            key=key,
            check_in_background=check_in_background,
        )
        # One sealer (and so one in-memory keyring) for all repositories of this journal.
        sealer = Sealer(db)
        entry_repo = EntryRepo(db, sealer)
        household_repo = HouseholdRepo(db)
        questions = QuestionService(QuestionRepo(db))
        moment_repo = MomentRepo(db, sealer)
        moments = MomentService(moment_repo)
        household = HouseholdService(household_repo)
        return cls(
            paths=paths,
            db=db,
            household=household,
            entries=JournalService(entry_repo),
            entry_repo=entry_repo,
            household_repo=household_repo,
            questions=questions,
            advice=AdviceService(AdviceRepo(db), questions),
            moments=moments,
            careload=CareLoadService(CareLoadRepo(db, sealer)),
            checkins=CheckInService(CheckInRepo(db, sealer)),
            reflection=ReflectionService(ReflectionRepo(db), lambda: household.household().phase),
            lookback=LookbackService(LookbackRepo(db, sealer), moments),
            backups=BackupService(
                BackupRepo(
                    db, paths.backups, key, journal_path=paths.journal, after_restore=sealer.refresh
                )
            ),
            key=key,
            timeline=TimelineService([EntrySource(entry_repo), MomentSource(moment_repo)]),
            personal_locks=PersonalLockService(PersonKeyRepo(db, sealer)),
            sealer=sealer,
            search=SearchService([EntrySearchSource(entry_repo), MomentSearchSource(moment_repo)]),
        )

    @classmethod
    def open_dir(cls, data_dir: Path) -> Journal:
        return cls.open(JournalPaths(Path(data_dir)))

    def entries_between(
        self, person_id: str, first: date | None = None, last: date | None = None
    ) -> list[Entry]:
        """Entries ``person_id`` may see in a period, oldest first (for exports)."""
        return entries_between(self.db, person_id, first, last, self.sealer)

    def confirm_healthy(self) -> None:
        """Wait for a check started by ``open(check_in_background=True)``, if any.

        Raises:
            parentjournal.store.errors.JournalDamagedError: the file is damaged (nothing
                was written to it).
        """
        health.confirm(self.db)

    def close(self) -> None:
        """Close the file; every personal key is forgotten with it."""
        self.sealer.lock_all()
        self.db.close()
