"""Sealing a person's "only me" text with their personal data key, and opening it again.

A person with a personal passphrase has a random 256-bit data key (``store/person_key_repo``
keeps it wrapped in the journal). Their "only me" rows keep their metadata readable (id,
author, day, visibility, timestamps: what lists, filters and sync need) and their text
columns EMPTY; the text goes into the ``sealed`` column as AES-GCM(nonce || ciphertext) of a
JSON object of those columns. The associated data binds it to the table, the record id and
the author, so a sealed text cannot be moved to another row or another person.

Why empty columns rather than a second table: the existing FTS triggers then index nothing
for sealed rows, every existing query keeps working on metadata, and a sealed row travels
through the JSON export/import and backups as an ordinary row. ``sealed`` is TEXT (base64),
not a BLOB, because the JSON exchange format carries text values only; so its shape did not
change and its version stays 1.

One place opens rows: :meth:`Sealer.open_row`, which every repository calls on what it
read. Keys live only in memory, in the :class:`Keyring`, never on disk or in settings.
"""

from __future__ import annotations

import base64
import json
import os
from typing import NamedTuple

from parentjournal.store.database import Database
from parentjournal.store.errors import PersonLockedError
from parentjournal.store.sealed_index import SealedIndex

_AAD_PREFIX = b"parentjournal sealed v1"


# The records here are NamedTuples and a plain class rather than dataclasses: Python 3.11
# builds those several times faster, and every start imports this module.


class SealableTable(NamedTuple):
    """How one table's "only me" rows are sealed.

    Attributes:
        table: the record table (it has ``id``, ``author_id`` and ``sealed`` columns).
        emptied: text column -> the value it holds while the row is sealed.
        only_me: SQL condition (on the bare table) for rows nobody but the author sees.
        fts: the file's full-text index over the table, if it has one (scrubbed after
            plaintext was replaced).
        search: the columns fed to the in-memory index as (title, body), if searchable.
    """

    table: str
    emptied: dict[str, object]
    only_me: str = "visibility = 'private'"
    fts: str | None = None
    search: tuple[str | None, str] | None = None
    author: str = "author_id"  # SQL for the row's author (a care cell asks its picture)


# Tables whose "only me" text is sealed. A capability joins by adding its table here (and a
# ``sealed TEXT`` column in a migration) and opening its rows with ``Sealer.open_row``.
SEALABLE: dict[str, SealableTable] = {
    "entry": SealableTable(
        "entry",
        {"title": "", "body": "", "themes": "[]"},
        fts="entry_fts",
        search=("title", "body"),
    ),
    # The talk_partner / talk_carer marks stay readable: they are yes/no choices that the
    # visit preparation filters on, not words.
    "checkin": SealableTable("checkin", {"text": "", "energy": "", "would_help": ""}),
    # Only moments for oneself: a moment for someone else is written to be read by them.
    # The theme stays readable: it is a choice from the preset list, used by filters.
    "moment": SealableTable(
        "moment",
        {"text": ""},
        only_me="visibility = 'private' AND (recipient_id IS NULL OR recipient_id = author_id)",
        fts="moment_fts",
        search=(None, "text"),
    ),
    # The answers of a care-load picture that is not shared. Which task and stage a cell
    # is about stays readable (the picture's shape); who holds it is sealed. While sealed,
    # the row holds the neutral "nobody" (the column has a CHECK), never read as an answer.
    "care_cell": SealableTable(
        "care_cell",
        {"holder_kind": "nobody", "holder_person_id": None, "outside_name": ""},
        only_me="(SELECT p.shared_at FROM care_picture p WHERE p.id = care_cell.picture_id) "
        "IS NULL",
        author="(SELECT p.author_id FROM care_picture p WHERE p.id = care_cell.picture_id)",
    ),
    # Questions for a care visit and the advice log: the words are sealed; whether a
    # question was asked, when, and the household's stance on advice (a choice from a
    # short list) stay readable, like the other metadata.
    "question": SealableTable(
        "question",
        {"text": "", "for_whom": "", "answer": ""},
        fts="question_fts",
        search=("text", "answer"),
    ),
    "advice": SealableTable(
        "advice",
        {"advice": "", "source": "", "theme": "", "stance_note": ""},
        fts="advice_fts",
        search=("advice", "stance_note"),
    ),
}


def _aad(table: str, record_id: str, author_id: str) -> bytes:
    return b"\x00".join((_AAD_PREFIX, table.encode(), record_id.encode(), author_id.encode()))


def seal_text(key: bytes, table: str, record_id: str, author_id: str, values: dict) -> str:
    """Encrypt a row's text columns; base64 of nonce || ciphertext."""
    # Imported on first use (a person's own lock), never by a journal without one.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    plain = json.dumps(values, ensure_ascii=False).encode("utf-8")
    sealed = AESGCM(key).encrypt(nonce, plain, _aad(table, record_id, author_id))
    return base64.b64encode(nonce + sealed).decode("ascii")


def open_text(key: bytes, table: str, record_id: str, author_id: str, sealed: str) -> dict | None:
    """The text columns of a sealed row, or None when this key does not open it (another
    key, or a text moved from another row: it stays in the file, untouched)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        raw = base64.b64decode(sealed)
        plain = AESGCM(key).decrypt(raw[:12], raw[12:], _aad(table, record_id, author_id))
        return json.loads(plain.decode("utf-8"))
    except (InvalidTag, ValueError):
        return None


class Keyring:
    """The personal data keys of the people who are unlocked right now, in memory only,
    with the in-memory search index of each."""

    def __init__(self) -> None:
        self.keys: dict[str, bytes] = {}
        self.indexes: dict[str, SealedIndex] = {}

    def is_open(self, person_id: str) -> bool:
        return person_id in self.keys

    def key(self, person_id: str) -> bytes | None:
        return self.keys.get(person_id)

    def index(self, person_id: str) -> SealedIndex | None:
        return self.indexes.get(person_id)

    def close(self, person_id: str) -> None:
        """Forget the key and the words of one person."""
        self.keys.pop(person_id, None)
        index = self.indexes.pop(person_id, None)
        if index is not None:
            index.close()

    def close_all(self) -> None:
        for person_id in list(self.keys):
            self.close(person_id)


class SealedWrite(NamedTuple):
    """What a repository writes for one row, and what to do after the commit."""

    values: dict[str, object]  # the text columns as stored, plus ``sealed``
    plain: dict[str, object]  # the text as the person wrote it
    sealed: bool
    replaced_plaintext: bool  # plaintext was in the file before: scrub after the commit


class Sealer:
    """Seals and opens rows for the repositories of one open journal."""

    def __init__(self, db: Database, keyring: Keyring | None = None):
        self.db = db
        self.keyring = keyring if keyring is not None else Keyring()
        # One sealer per connection (see ``of``): the SQL function below is registered on
        # the connection, and a second sealer would re-register it with its own keyring.
        db._parentjournal_sealer = self
        # For SQL that needs a sealed column's value (a theme filter): the text if the
        # author is unlocked, else NULL. Only ever called on rows the query already
        # limited to what the viewer may see.
        db.conn.create_function("sealed_field", 5, self._sealed_field)

    @classmethod
    def of(cls, db: Database) -> Sealer:
        """The sealer of this open journal (a new one, with nobody unlocked, if it has none).

        Repositories made without one (in tests, or a command) share the journal's, so
        they all see the same people unlocked.
        """
        found = getattr(db, "_parentjournal_sealer", None)
        return found if found is not None else cls(db)

    # Who is locked -----------------------------------------------------------------------
    def is_open(self, person_id: str) -> bool:
        return self.keyring.is_open(person_id)

    def has_passphrase(self, person_id: str) -> bool:
        """True when the person has set a personal passphrase (on any computer).

        Asked of the journal every time (an indexed lookup), not of the keyring: after a
        restore or an import the journal is what counts.
        """
        row = self.db.execute(
            "SELECT 1 FROM person_key WHERE person_id = ? AND deleted_at IS NULL LIMIT 1",
            [person_id],
        ).fetchone()
        return row is not None

    def visible_clause(self, person_id: str, alias: str = "", person_param: str = ":person") -> str:
        """SQL that hides sealed rows unless ``person_id`` wrote them and is unlocked.

        Sealed rows are "only me" rows, so they are the viewer's own or nobody's business:
        while the viewer is locked they are simply absent (from lists, counts, exports).
        """
        if self.keyring.is_open(person_id):
            return f"({alias}sealed IS NULL OR {alias}author_id = {person_param})"
        return f"{alias}sealed IS NULL"

    # Reading -----------------------------------------------------------------------------
    def open_row(self, table: str, row: dict) -> dict | None:
        """The row with its text filled in; None when it is sealed and cannot be opened."""
        sealed = row.get("sealed")
        if sealed is None:
            return row
        key = self.keyring.key(row["author_id"])
        if key is None:
            return None
        values = open_text(key, table, row["id"], row["author_id"], sealed)
        if values is None:
            return None
        return row | values

    def open_rows(self, table: str, rows: list[dict]) -> list[dict]:
        """Open many rows, leaving out any that cannot be opened."""
        opened = (self.open_row(table, row) for row in rows)
        return [row for row in opened if row is not None]

    def _sealed_field(self, table, record_id, author_id, sealed, column):
        key = self.keyring.key(author_id)
        if key is None or sealed is None:
            return None
        values = open_text(key, table, record_id, author_id, sealed)
        return None if values is None else values.get(column)

    # Writing -----------------------------------------------------------------------------
    def prepare(
        self, table: str, record_id: str, author_id: str, only_me: bool, text: dict
    ) -> SealedWrite:
        """The values to store for a row about to be written.

        Shared text is stored as it is. "Only me" text of a person with a passphrase is
        sealed with their key; if they are locked, :class:`PersonLockedError` is raised
        before anything is written.
        """
        spec = SEALABLE[table]
        if not only_me or not self.has_passphrase(author_id):
            return SealedWrite({**text, "sealed": None}, text, False, False)
        key = self.keyring.key(author_id)
        if key is None:
            raise PersonLockedError(author_id)
        stored = {column: spec.emptied[column] for column in text} | {
            "sealed": seal_text(key, table, record_id, author_id, text)
        }
        before = self.db.execute(
            f"SELECT sealed IS NULL FROM [{table}] WHERE id = ?", [record_id]
        ).fetchone()
        return SealedWrite(stored, text, True, bool(before and before[0]))

    def sealing_in(self, table: str, write: SealedWrite) -> None:
        """Inside the write's transaction, after the row was written: when it replaced
        plaintext, merge the words out of the table's full-text index now.

        Done before the commit rather than after it, so the commit that seals a text also
        takes its words out of the index: a crash (or a kill) right after the commit cannot
        leave them in the file for good, as a merge after the commit could.
        """
        if write.replaced_plaintext:
            self._merge_words([table])

    def written(self, table: str, record_id: str, author_id: str, write: SealedWrite) -> None:
        """After the commit: keep the in-memory index in step, scrub replaced plaintext."""
        spec = SEALABLE[table]
        index = self.keyring.index(author_id)
        if index is not None and spec.search is not None:
            if write.sealed:
                title_col, body_col = spec.search
                title = str(write.plain.get(title_col, "")) if title_col else ""
                index.put(table, record_id, title, str(write.plain.get(body_col, "")))
            else:
                index.remove(table, record_id)
        if write.replaced_plaintext:
            self.scrub([table])

    def seal_existing(self, person_id: str, key: bytes, now: str) -> list[str]:
        """Seal every "only me" row of ``person_id`` still in plaintext (bin included).

        Runs inside the caller's transaction. Returns the tables that changed.
        """
        changed = [
            spec.table
            for spec in SEALABLE.values()
            if self._seal_rows(spec, person_id, key, now, f"AND {spec.only_me}", [])
        ]
        self._merge_words(changed)  # in this transaction: see ``sealing_in``
        return changed

    def unseal_existing(self, person_id: str, key: bytes, now: str) -> list[str]:
        """Put the text of every sealed row of ``person_id`` back in plaintext.

        Runs inside the caller's transaction. A row this key cannot open is left sealed
        (nothing is lost). Returns the tables that changed.
        """
        return [
            spec.table
            for spec in SEALABLE.values()
            if self._unseal_rows(spec, person_id, key, now, "", [])
        ]

    def seal_some(self, table: str, person_id: str, now: str, where: str, params: list) -> int:
        """Seal some plaintext rows of one table (``where``: more SQL conditions, ``AND …``),
        e.g. the cells of a picture that stops being shared. Inside the caller's transaction.

        Raises:
            PersonLockedError: the person is locked; nothing was written.
        """
        key = self._key_for_write(person_id)
        sealed = self._seal_rows(SEALABLE[table], person_id, key, now, where, params)
        if sealed:
            self._merge_words([table])  # in this transaction: see ``sealing_in``
        return sealed

    def unseal_some(self, table: str, person_id: str, now: str, where: str, params: list) -> int:
        """Unseal some rows of one table (a picture being shared). Inside a transaction.

        Raises:
            PersonLockedError: the person is locked; nothing was written.
        """
        key = self._key_for_write(person_id)
        return self._unseal_rows(SEALABLE[table], person_id, key, now, where, params)

    def _key_for_write(self, person_id: str) -> bytes:
        key = self.keyring.key(person_id)
        if key is None:
            raise PersonLockedError(person_id)
        return key

    def _seal_rows(
        self, spec: SealableTable, person_id: str, key: bytes, now: str, where: str, params
    ) -> int:
        columns = ", ".join(f"[{c}]" for c in spec.emptied)
        rows = self.db.execute(
            f"SELECT id, {columns} FROM [{spec.table}] WHERE {spec.author} = ? "
            f"AND sealed IS NULL {where}",
            [person_id, *params],
        ).fetchall()
        assignments = ", ".join(f"[{c}] = ?" for c in spec.emptied)
        for record_id, *texts in rows:
            text = dict(zip(spec.emptied, texts, strict=True))
            sealed = seal_text(key, spec.table, record_id, person_id, text)
            self.db.execute(
                f"UPDATE [{spec.table}] SET {assignments}, sealed = ?, updated_at = ? WHERE id = ?",
                [*spec.emptied.values(), sealed, now, record_id],
            )
        return len(rows)

    def _unseal_rows(
        self, spec: SealableTable, person_id: str, key: bytes, now: str, where: str, params
    ) -> int:
        rows = self.db.execute(
            f"SELECT id, sealed FROM [{spec.table}] WHERE {spec.author} = ? "
            f"AND sealed IS NOT NULL {where}",
            [person_id, *params],
        ).fetchall()
        done = 0
        for record_id, sealed in rows:
            text = open_text(key, spec.table, record_id, person_id, sealed)
            if text is None:
                continue
            columns = [c for c in spec.emptied if c in text]
            assignments = "".join(f"[{c}] = ?, " for c in columns)
            self.db.execute(
                f"UPDATE [{spec.table}] SET {assignments}sealed = NULL, updated_at = ? "
                "WHERE id = ?",
                [*(text[c] for c in columns), now, record_id],
            )
            done += 1
        return done

    # Unlocking and locking ---------------------------------------------------------------
    def unlock(self, person_id: str, key: bytes) -> None:
        """Keep the key in memory and index the person's sealed text for search."""
        self.keyring.close(person_id)
        self.keyring.keys[person_id] = key
        index = SealedIndex()
        self.keyring.indexes[person_id] = index
        for spec in SEALABLE.values():
            if spec.search is None:
                continue
            title_col, body_col = spec.search
            rows = self.db.execute(
                f"SELECT id, sealed FROM [{spec.table}] WHERE author_id = ? AND sealed IS NOT NULL",
                [person_id],
            ).fetchall()
            for record_id, sealed in rows:
                text = open_text(key, spec.table, record_id, person_id, sealed)
                if text is not None:
                    title = str(text.get(title_col, "")) if title_col else ""
                    index.put(spec.table, record_id, title, str(text.get(body_col, "")))

    def refresh(self) -> None:
        """Index the unlocked people's sealed text again (the records were replaced, by a
        restore). Their keys stay: what a restored journal sealed with them still opens."""
        for person_id, key in list(self.keyring.keys.items()):
            self.unlock(person_id, key)

    def lock(self, person_id: str) -> None:
        self.keyring.close(person_id)

    def lock_all(self) -> None:
        self.keyring.close_all()

    # Leaving no plaintext behind -----------------------------------------------------------
    def scrub(self, tables: list[str]) -> None:
        """Make sure text that was replaced by its sealed form is gone from the files
        (after the commit that sealed it).

        ``secure_delete`` (set on every connection) zeroes what a write frees, and the
        full-text index was already merged inside the sealing transaction (``sealing_in``).
        A TRUNCATE checkpoint moves everything into the main file and empties the WAL,
        which may still hold older page images with the text.
        """
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def _merge_words(self, tables: list[str]) -> None:
        # An FTS5 index keeps a replaced row's words in older segments until they are
        # merged; 'optimize' merges every segment into one, without them.
        for table in tables:
            fts = SEALABLE[table].fts if table in SEALABLE else None
            if fts:
                self.db.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES ('optimize')")
