"""Each person's personal data key, wrapped by their passphrase and by a recovery code.

The key row (table ``person_key``) is an ordinary synced record: it travels with the
journal through backups, the JSON export/import and, later, a shared folder between two
computers. The wrapping reuses ``store/keyfile.py`` (Argon2id + AES-GCM and the recovery
code alphabet), so there is one implementation of the crypto for the journal passphrase
and for personal ones. The raw key only ever lives in the :class:`~.sealing.Keyring`.

Should two computers each give the same person a key before they meet (sync is future
work), the newest key row is the one used; rows sealed with the other stay sealed and
untouched (nothing lost) rather than being guessed at.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from typing import TYPE_CHECKING

from parentjournal.core.clock import new_id, utc_now
from parentjournal.store.database import Database
from parentjournal.store.db import transaction
from parentjournal.store.errors import JournalDamagedError
from parentjournal.store.sealing import Sealer

# Key wrapping (``keyfile``) is imported where a personal passphrase is used, not at every
# start.
if TYPE_CHECKING:
    from parentjournal.store import keyfile

# The Argon2id cost of new wraps; None is the real cost, ``keyfile.DEFAULT_COST``. Tests
# lower it with the ``light_personal_keys`` fixture (tests/conftest.py).
WRAP_COST: keyfile.KdfCost | None = None


def _dump(wrapped: keyfile.WrappedKey) -> str:
    from parentjournal.store import keyfile

    return json.dumps({"format": keyfile.FORMAT, **asdict(wrapped)})


def _load(text: str) -> keyfile.WrappedKey:
    """A stored wrap; JournalDamagedError (calm, never a crash) when the record is damaged."""
    from parentjournal.store import keyfile

    try:
        data = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise JournalDamagedError(f"a personal key cannot be read: {exc}") from exc
    return keyfile.wrapped_from(data)


class PersonKeyRepo:
    """The ``person_key`` table, and sealing/unsealing a person's rows with their key.

    Args:
        cost: Argon2id cost for new wraps; by default :data:`WRAP_COST` (the real cost of
            ``keyfile.DEFAULT_COST``). The cost is stored with each wrap, so unwrapping
            follows whatever a key was wrapped with.
    """

    def __init__(self, db: Database, sealer: Sealer, cost: keyfile.KdfCost | None = None):
        self.db = db
        self.sealer = sealer
        self._cost = cost

    @property
    def cost(self) -> keyfile.KdfCost:
        from parentjournal.store import keyfile

        return self._cost or WRAP_COST or keyfile.DEFAULT_COST

    def _row(self, person_id: str) -> dict | None:
        cur = self.db.execute(
            "SELECT id, by_passphrase, by_recovery_code FROM person_key "
            "WHERE person_id = ? AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT 1",
            [person_id],
        )
        row = cur.fetchone()
        if row is None:
            return None
        return {"id": row[0], "by_passphrase": row[1], "by_recovery_code": row[2]}

    def has_passphrase(self, person_id: str) -> bool:
        return self.sealer.has_passphrase(person_id)

    def is_open(self, person_id: str) -> bool:
        return self.sealer.is_open(person_id)

    def open_people(self) -> list[str]:
        """Ids of the people who are unlocked right now."""
        return list(self.sealer.keyring.keys)

    def create(self, person_id: str, passphrase: str) -> str:
        """Give the person a new data key and seal their "only me" rows, in one transaction.

        Returns the recovery code (to show once). The person is unlocked afterwards.
        """
        from parentjournal.store import keyfile

        raw = os.urandom(32)
        code = keyfile.new_recovery_code()
        by_passphrase = keyfile.wrap(raw, passphrase, self.cost)
        by_code = keyfile.wrap(raw, code, self.cost)
        now = utc_now()
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO person_key (id, person_id, by_passphrase, by_recovery_code, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                [new_id(), person_id, _dump(by_passphrase), _dump(by_code), now, now],
            )
            changed = self.sealer.seal_existing(person_id, raw, now)
        self.sealer.scrub(changed)
        self.sealer.unlock(person_id, raw)
        return code

    def _key(self, person_id: str, secret: str, column: str) -> tuple[dict, bytes]:
        from parentjournal.store import keyfile

        row = self._row(person_id)
        if row is None:
            raise KeyError(person_id)
        return row, keyfile.unwrap(_load(row[column]), secret)

    def open(self, person_id: str, passphrase: str) -> None:
        """Unlock with the passphrase (WrongPassphraseError when it does not fit).

        Any "only me" row that reached the journal in plaintext meanwhile (an import, say)
        is sealed now.
        """
        _row, raw = self._key(person_id, passphrase, "by_passphrase")
        self._unlock(person_id, raw)

    def _unlock(self, person_id: str, raw: bytes) -> None:
        now = utc_now()
        with transaction(self.db):
            changed = self.sealer.seal_existing(person_id, raw, now)
        if changed:
            self.sealer.scrub(changed)
        self.sealer.unlock(person_id, raw)

    def recover(self, person_id: str, code: str, new_passphrase: str) -> str:
        """Unlock with the recovery code and set a new passphrase; returns a NEW code.

        The data key stays the same, so no sealed row is rewritten.
        """
        from parentjournal.store import keyfile

        row, raw = self._key(person_id, keyfile.normalise_code(code), "by_recovery_code")
        new_code = keyfile.new_recovery_code()
        by_passphrase = keyfile.wrap(raw, new_passphrase, self.cost)
        by_code = keyfile.wrap(raw, new_code, self.cost)
        with transaction(self.db):
            self.db.execute(
                "UPDATE person_key SET by_passphrase = ?, by_recovery_code = ?, updated_at = ? "
                "WHERE id = ?",
                [_dump(by_passphrase), _dump(by_code), utc_now(), row["id"]],
            )
        self._unlock(person_id, raw)
        return new_code

    def change(self, person_id: str, old: str, new: str) -> None:
        """Wrap the same data key with a new passphrase; sealed rows are not touched and
        the recovery code stays valid."""
        from parentjournal.store import keyfile

        row, raw = self._key(person_id, old, "by_passphrase")
        by_passphrase = keyfile.wrap(raw, new, self.cost)
        with transaction(self.db):
            self.db.execute(
                "UPDATE person_key SET by_passphrase = ?, updated_at = ? WHERE id = ?",
                [_dump(by_passphrase), utc_now(), row["id"]],
            )
        if not self.sealer.is_open(person_id):
            self.sealer.unlock(person_id, raw)

    def remove(self, person_id: str, passphrase: str) -> None:
        """Put the person's text back in plaintext and retire their key, in one transaction."""
        row, raw = self._key(person_id, passphrase, "by_passphrase")
        now = utc_now()
        with transaction(self.db):
            self.sealer.unseal_existing(person_id, raw, now)
            self.db.execute(
                "UPDATE person_key SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [now, now, row["id"]],
            )
        self.sealer.lock(person_id)

    def close(self, person_id: str) -> None:
        self.sealer.lock(person_id)

    def close_all(self) -> None:
        self.sealer.lock_all()
