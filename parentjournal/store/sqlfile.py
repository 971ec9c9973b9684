"""Opening a bare SQLite file: the standard build, or SQLCipher for an encrypted journal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from parentjournal.store.errors import db_errors


def raw_connect(
    path: Path, key: bytes | None = None, *, read_only: bool = False, sqlcipher: bool = False
):
    """A bare DB-API connection: the standard sqlite3, or SQLCipher when there is a ``key``
    (or ``sqlcipher`` is asked for, to use ``sqlcipher_export`` on a plain file).

    With a key, the key is set before anything is read, and a first read proves it fits.
    Every connection zeroes what its writes free (``secure_delete``), so text replaced by
    its sealed form (a personal passphrase) leaves no plaintext in free pages, the WAL or a
    copy made from this file.
    """
    target = f"file:{path}?mode=ro" if read_only else str(path)
    if key is None and not sqlcipher:
        conn = sqlite3.connect(target, uri=read_only, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA secure_delete=ON")
        return conn
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(target, uri=read_only, isolation_level=None, check_same_thread=False)
    try:
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA secure_delete=ON")
    except db_errors():
        conn.close()
        raise
    return conn
