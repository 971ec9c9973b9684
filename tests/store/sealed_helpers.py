"""Looking for words in a journal's raw files (for the personal passphrase tests)."""

from __future__ import annotations

from parentjournal.paths import JournalPaths

PASS = "lange nachten"


def raw_files(paths: JournalPaths) -> dict[str, bytes]:
    """The journal's files as bytes: the main file, the WAL and the shared-memory index."""
    main = paths.journal
    files = [main, *(main.with_name(main.name + suffix) for suffix in ("-wal", "-shm"))]
    return {f.name: f.read_bytes() for f in files if f.exists()}


def leaks(paths: JournalPaths, word: str) -> list[str]:
    """Names of the journal's files that contain ``word`` (as written or in small letters)."""
    needles = {word.encode(), word.lower().encode()}
    return [name for name, data in raw_files(paths).items() if any(n in data for n in needles)]
