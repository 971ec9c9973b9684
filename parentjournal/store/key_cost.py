"""How costly deriving a key from a passphrase is (Argon2id), on its own.

Apart from ``keyfile`` so that what a start needs (the cost personal passphrases are
wrapped at, ``store/person_key_repo.py``) does not load the key file's other records.
"""

from __future__ import annotations

from dataclasses import dataclass


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
