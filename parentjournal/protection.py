"""Turning the journal passphrase on, changing it, or turning it off, on an open journal.

The journal is closed for the rewrite (see ``store/encryption.py``) and opened again;
callers continue with the returned :class:`Journal`. If the rewrite fails, the journal is
opened again as it now is and handed back inside :class:`ProtectionFailed`, so the app
never ends up without an open journal.
"""

from __future__ import annotations

from parentjournal.core.passphrase import (  # noqa: F401  (re-exported for callers)
    MIN_PASSPHRASE_CHARS,
    PassphraseTooShortError,
    check_passphrase,
)
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store.errors import JournalError


class ProtectionFailed(Exception):
    """The change could not be made; ``journal`` is the journal, opened again as it is."""

    def __init__(self, cause: JournalError, journal: Journal):
        super().__init__(str(cause))
        self.cause = cause
        self.journal = journal


# One rule for every passphrase in the app (the personal ones too): core/passphrase.py.
_check = check_passphrase


def is_protected(journal: Journal) -> bool:
    """True when the open journal needs a passphrase to be opened."""
    return journal.key is not None


def _reopen(paths: JournalPaths, key: bytes | None, passphrase: str | None) -> Journal:
    if not _encryption().is_encrypted(paths.journal, paths.keyfile):
        return Journal.open(paths)
    if key is not None:
        return Journal.open(paths, key=key)
    return Journal.open(paths, passphrase=passphrase)


def turn_on(journal: Journal, passphrase: str) -> tuple[Journal, str]:
    """Encrypt the journal; returns the reopened journal and the recovery code (show once)."""
    _check(passphrase)
    paths = journal.paths
    journal.close()
    try:
        key, code = _encryption().turn_on(paths.journal, paths.keyfile, paths.backups, passphrase)
    except JournalError as exc:
        raise ProtectionFailed(exc, _reopen(paths, None, passphrase)) from exc
    return Journal.open(paths, key=key), code


def change(journal: Journal, passphrase: str) -> None:
    """A new passphrase for the same key; the recovery code stays valid."""
    _check(passphrase)
    _encryption().change_passphrase(journal.paths.keyfile, journal.key, passphrase)


def turn_off(journal: Journal) -> Journal:
    """Decrypt the journal and its backups; returns the reopened journal."""
    paths, key = journal.paths, journal.key
    journal.close()
    try:
        _encryption().turn_off(paths.journal, paths.keyfile, paths.backups, key)
    except JournalError as exc:
        raise ProtectionFailed(exc, _reopen(paths, key, None)) from exc
    return Journal.open(paths)


def needs_passphrase(paths: JournalPaths) -> bool:
    """True when the journal in ``paths`` can only be opened with its passphrase."""
    # Asked at every start: without a key file the answer is known without loading keys.
    return paths.keyfile.exists() and _encryption().is_encrypted(paths.journal, paths.keyfile)


def unlock(paths: JournalPaths, secret: str, *, recovery_code: bool = False) -> bytes:
    """The journal key from the passphrase (or the recovery code).

    Raises:
        WrongPassphraseError: it does not fit; nothing was read or changed.
    """
    if recovery_code:
        return _encryption().unlock_with_recovery_code(paths.keyfile, secret)
    return _encryption().unlock(paths.keyfile, secret)


def _encryption():
    # Keys and ciphers: loaded for a journal that has (or gets) a passphrase, not at start.
    from parentjournal.store import encryption

    return encryption
