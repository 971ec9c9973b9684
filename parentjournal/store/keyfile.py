"""The journal's key, wrapped by a passphrase and by a recovery code (``journal.key``).

The journal file is encrypted with a random 256-bit key. That key is never stored as such:
it is encrypted (AES-GCM) with a key derived from the passphrase (Argon2id), and a second
time with a key derived from a recovery code that is shown once. Changing the passphrase
re-wraps the key; nothing else is rewritten.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from parentjournal.store.errors import JournalDamagedError, JournalWriteError, WrongPassphraseError

FORMAT = "parentjournal-key-1"
_AAD = b"parentjournal journal key v1"
# Letters and digits that cannot be mistaken for each other when copied by hand.
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 6


@dataclass(frozen=True)
class KdfCost:
    """Argon2id cost; stored with each wrapped key so it can grow in later versions."""

    iterations: int = 3
    lanes: int = 4
    memory_kib: int = 64 * 1024


DEFAULT_COST = KdfCost()
# The most a stored cost may ask for. A wrap travels with the journal (and, for personal
# keys, with imports and later sync), so its cost is outside data: without a bound, a
# damaged or hostile one could make unlocking allocate gigabytes or crash the app.
MAX_COST = KdfCost(iterations=64, lanes=64, memory_kib=1024 * 1024)


def _check_cost(cost: KdfCost) -> None:
    values = (cost.iterations, cost.lanes, cost.memory_kib)
    if not all(type(v) is int for v in values):
        raise ValueError("the key's cost is not a number")
    if not (
        1 <= cost.iterations <= MAX_COST.iterations
        and 1 <= cost.lanes <= MAX_COST.lanes
        and 8 * cost.lanes <= cost.memory_kib <= MAX_COST.memory_kib
    ):
        raise ValueError("the key's cost is out of bounds")


@dataclass(frozen=True)
class WrappedKey:
    """The journal key encrypted with a key derived from one secret."""

    salt: str
    nonce: str
    ciphertext: str
    cost: KdfCost


@dataclass(frozen=True)
class KeyFile:
    """What ``journal.key`` holds: the key wrapped by the passphrase and by the recovery code."""

    by_passphrase: WrappedKey
    by_recovery_code: WrappedKey


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(secret: str, salt: bytes, cost: KdfCost) -> bytes:
    # cryptography is imported when a key is first derived, not with the journal: a journal
    # without passphrases never needs it, and it costs every start some 20-30 ms.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=cost.iterations,
        lanes=cost.lanes,
        memory_cost=cost.memory_kib,
    )
    return kdf.derive(secret.encode("utf-8"))


def wrap(raw_key: bytes, secret: str, cost: KdfCost = DEFAULT_COST) -> WrappedKey:
    """Encrypt ``raw_key`` with a key derived from ``secret``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    ciphertext = AESGCM(_derive(secret, salt, cost)).encrypt(nonce, raw_key, _AAD)
    return WrappedKey(_b64(salt), _b64(nonce), _b64(ciphertext), cost)


def unwrap(wrapped: WrappedKey, secret: str) -> bytes:
    """The journal key, or :class:`WrongPassphraseError` when ``secret`` does not fit.

    Raises:
        JournalDamagedError: the wrap itself is damaged (not base64, a cost out of
            :data:`MAX_COST`, ...); checked before any key is derived.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        _check_cost(wrapped.cost)
        salt, nonce = base64.b64decode(wrapped.salt), base64.b64decode(wrapped.nonce)
        ciphertext = base64.b64decode(wrapped.ciphertext)
        derived = _derive(secret, salt, wrapped.cost)
        return AESGCM(derived).decrypt(nonce, ciphertext, _AAD)
    except InvalidTag as exc:
        raise WrongPassphraseError("the passphrase does not open this journal") from exc
    except (ValueError, TypeError, OverflowError) as exc:
        raise JournalDamagedError(f"a stored key cannot be read: {exc}") from exc


def wrapped_from(part: object) -> WrappedKey:
    """A :class:`WrappedKey` from its stored (JSON) form.

    Raises:
        JournalDamagedError: it is not one (a damaged file or record).
    """
    try:
        return WrappedKey(
            str(part["salt"]), str(part["nonce"]), str(part["ciphertext"]), KdfCost(**part["cost"])
        )
    except (KeyError, TypeError) as exc:
        raise JournalDamagedError(f"a stored key cannot be read: {exc!r}") from exc


def new_recovery_code() -> str:
    """A code to write down: six groups of four easy-to-copy characters (120 bits)."""
    import secrets  # with hmac and OpenSSL's hashlib: not needed for an ordinary start

    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(4 * CODE_GROUPS))
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def normalise_code(code: str) -> str:
    """Accept a recovery code typed with spaces, dashes or small letters."""
    letters = [c for c in code.upper() if c.isalnum()]
    plain = "".join(letters).replace("0", "O").replace("1", "I")
    return "-".join(plain[i : i + 4] for i in range(0, len(plain), 4))


def create(passphrase: str, cost: KdfCost = DEFAULT_COST) -> tuple[bytes, str, KeyFile]:
    """A new random journal key, its recovery code, and the key file that holds both wraps."""
    raw_key = os.urandom(32)
    code = new_recovery_code()
    keys = KeyFile(wrap(raw_key, passphrase, cost), wrap(raw_key, code, cost))
    return raw_key, code, keys


def unlock(keys: KeyFile, passphrase: str) -> bytes:
    """The journal key from the passphrase."""
    return unwrap(keys.by_passphrase, passphrase)


def unlock_with_recovery_code(keys: KeyFile, code: str) -> bytes:
    """The journal key from the recovery code (spaces, dashes and case do not matter)."""
    return unwrap(keys.by_recovery_code, normalise_code(code))


def with_new_passphrase(
    keys: KeyFile, raw_key: bytes, passphrase: str, cost: KdfCost = DEFAULT_COST
) -> KeyFile:
    """The same journal key wrapped by a new passphrase; the recovery code stays valid."""
    return KeyFile(wrap(raw_key, passphrase, cost), keys.by_recovery_code)


def load(path: Path) -> KeyFile | None:
    """Read ``journal.key``; None when there is none (the journal has no passphrase)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    if data.get("format") != FORMAT:
        raise WrongPassphraseError(f"{path} is not a key file this version understands")

    def wrapped(part: dict) -> WrappedKey:
        return WrappedKey(part["salt"], part["nonce"], part["ciphertext"], KdfCost(**part["cost"]))

    return KeyFile(wrapped(data["by_passphrase"]), wrapped(data["by_recovery_code"]))


def save(path: Path, keys: KeyFile) -> None:
    """Write ``journal.key`` safely: a new file, flushed to disk, then renamed over the old."""
    data = {"format": FORMAT, **asdict(keys)}
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        partial.replace(path)
    except OSError as exc:
        raise JournalWriteError(str(exc)) from exc
