"""Personal passphrases: each person may lock their "only me" items with their own.

What it means for everyone else in the app (the contract the screens rely on):

- While a person with a passphrase is locked, their sealed "only me" items are simply
  absent from every list, search, count and export, as if they did not exist.
- Saving an "only me" item for a locked person raises the store's ``PersonLockedError``;
  nothing is written.
- Unlocking and locking return a :class:`ChangeSet` of kind ``"person"`` (with the person's
  id and ``extra["lock"]``), which every screen already treats as "what this person may
  see changed": they refresh.

The passphrase protects the text at rest, in the journal file: it is encrypted with a
random data key that the passphrase (or the recovery code) unwraps. It does not hide that
an item exists, its day or its author, and it does not reach backups made before it was set.
"""

from __future__ import annotations

from parentjournal.core.model import ChangeSet
from parentjournal.core.passphrase import check_passphrase
from parentjournal.core.ports import PersonalKeyStore


class PassphraseAlreadySetError(ValueError):
    """The person already has a personal passphrase (change it instead)."""


class NoPassphraseError(ValueError):
    """The person has no personal passphrase to unlock, change or remove."""


def _changes(person_id: str, what: str) -> ChangeSet:
    return ChangeSet("person", (person_id,), extra={"lock": what})


class PersonalLockService:
    """Setting, using and removing a person's own passphrase."""

    def __init__(self, keys: PersonalKeyStore):
        self.keys = keys

    def has_passphrase(self, person_id: str) -> bool:
        """True when the person has set a personal passphrase."""
        return self.keys.has_passphrase(person_id)

    def is_unlocked(self, person_id: str) -> bool:
        """True when the person's items can be read: unlocked, or no passphrase at all."""
        return self.keys.is_open(person_id) or not self.keys.has_passphrase(person_id)

    def set_passphrase(self, person_id: str, passphrase: str) -> tuple[str, ChangeSet]:
        """Set a first passphrase; seals the person's existing "only me" items.

        Returns the recovery code, to be shown once. The person is unlocked afterwards.

        Raises:
            PassphraseTooShortError: see ``core/passphrase.py``.
            PassphraseAlreadySetError: use :meth:`change_passphrase`.
        """
        check_passphrase(passphrase)
        if self.keys.has_passphrase(person_id):
            raise PassphraseAlreadySetError(person_id)
        code = self.keys.create(person_id, passphrase)
        return code, _changes(person_id, "set")

    def unlock(self, person_id: str, passphrase: str) -> ChangeSet:
        """Open the person's items for this session (WrongPassphraseError if it does not fit)."""
        self._require(person_id)
        self.keys.open(person_id, passphrase)
        return _changes(person_id, "unlocked")

    def unlock_with_recovery_code(
        self, person_id: str, code: str, new_passphrase: str
    ) -> tuple[str, ChangeSet]:
        """Unlock with the recovery code and set a new passphrase.

        The old code is used up: a NEW recovery code is returned, to be shown once.
        """
        check_passphrase(new_passphrase)
        self._require(person_id)
        new_code = self.keys.recover(person_id, code, new_passphrase)
        return new_code, _changes(person_id, "unlocked")

    def change_passphrase(self, person_id: str, old: str, new: str) -> ChangeSet:
        """A new passphrase for the same key; nothing sealed is rewritten."""
        check_passphrase(new)
        self._require(person_id)
        self.keys.change(person_id, old, new)
        return _changes(person_id, "changed")

    def remove_passphrase(self, person_id: str, passphrase: str) -> ChangeSet:
        """Stop using a personal passphrase; the person's items are unsealed."""
        self._require(person_id)
        self.keys.remove(person_id, passphrase)
        return _changes(person_id, "removed")

    def lock(self, person_id: str) -> ChangeSet:
        """Forget the person's key and search index (their sealed items disappear)."""
        self.keys.close(person_id)
        return _changes(person_id, "locked")

    def lock_all(self) -> ChangeSet:
        """Lock everyone who is unlocked (closing the journal, say)."""
        people = tuple(self.keys.open_people())
        self.keys.close_all()
        return ChangeSet("person", people, extra={"lock": "locked"})

    def _require(self, person_id: str) -> None:
        if not self.keys.has_passphrase(person_id):
            raise NoPassphraseError(person_id)
