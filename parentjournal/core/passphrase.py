"""The one rule every passphrase in the app follows (the journal's and each person's)."""

from __future__ import annotations

MIN_PASSPHRASE_CHARS = 8


class PassphraseTooShortError(ValueError):
    """A passphrase shorter than :data:`MIN_PASSPHRASE_CHARS` characters."""


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase that is too short to protect anything.

    Raises:
        PassphraseTooShortError: fewer than :data:`MIN_PASSPHRASE_CHARS` characters, not
            counting spaces at either end.
    """
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise PassphraseTooShortError(len(passphrase))
