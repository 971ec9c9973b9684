"""Numbered schema migrations (sqlite-utils ``Migrations``), each in its own transaction.

Rules: never edit a migration that has shipped; add a new function at the end. Names are
``mNNNN_what``. A journal that has a migration applied that this list does not know was
written by a newer app and is refused (see ``store.db.open_journal``).
"""

from __future__ import annotations

from parentjournal.store.database import Database
from parentjournal.store.migration_set import MigrationSet

MIGRATIONS = MigrationSet("parentjournal")


def unknown_applied(db: Database) -> list[str]:
    """Names of applied migrations this version of the app does not know."""
    known = {m.name for m in MIGRATIONS._migrations}
    return [m.name for m in MIGRATIONS.applied(db) if m.name not in known]


def _record_columns() -> str:
    return "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT"


@MIGRATIONS()
def m0001_foundation(db: Database) -> None:
    """People, children, household settings, journal entries and their full-text index."""
    rec = _record_columns()
    db.execute(
        f"""CREATE TABLE person (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '',
            default_visibility TEXT NOT NULL DEFAULT 'private'
                CHECK (default_visibility IN ('private', 'shared')),
            sort_order INTEGER NOT NULL DEFAULT 0, {rec})"""
    )
    db.execute(
        f"""CREATE TABLE child (
            id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', due_date TEXT,
            birth_date TEXT, {rec})"""
    )
    db.execute(
        "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL)"
    )
    db.execute(
        f"""CREATE TABLE entry (
            id TEXT PRIMARY KEY,
            author_id TEXT NOT NULL REFERENCES person(id),
            day TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            visibility TEXT NOT NULL DEFAULT 'private'
                CHECK (visibility IN ('private', 'shared')),
            themes TEXT NOT NULL DEFAULT '[]',
            prompt_id TEXT,
            {rec})"""
    )
    # The timeline pages through entries newest-first; this index makes each page a range scan.
    db.execute("CREATE INDEX entry_timeline ON entry(day DESC, created_at DESC, id)")
    db.execute("CREATE INDEX entry_author ON entry(author_id, day)")
    db.execute("CREATE INDEX entry_deleted ON entry(deleted_at) WHERE deleted_at IS NOT NULL")
    # External-content FTS5 index over title and body; triggers keep it in sync.
    db.execute(
        """CREATE VIRTUAL TABLE entry_fts USING fts5(
            title, body, content='entry', content_rowid='rowid',
            tokenize="unicode61 remove_diacritics 2")"""
    )
    db.execute(
        """CREATE TRIGGER entry_fts_ai AFTER INSERT ON entry BEGIN
            INSERT INTO entry_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
        END"""
    )
    db.execute(
        """CREATE TRIGGER entry_fts_ad AFTER DELETE ON entry BEGIN
            INSERT INTO entry_fts(entry_fts, rowid, title, body)
                VALUES ('delete', old.rowid, old.title, old.body);
        END"""
    )
    db.execute(
        """CREATE TRIGGER entry_fts_au AFTER UPDATE OF title, body ON entry BEGIN
            INSERT INTO entry_fts(entry_fts, rowid, title, body)
                VALUES ('delete', old.rowid, old.title, old.body);
            INSERT INTO entry_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
        END"""
    )


@MIGRATIONS()
def m0002_visit_questions_advice(db: Database) -> None:
    """Questions for a care visit (with their answers) and the advice log, both searchable."""
    rec = _record_columns()
    visibility = (
        "visibility TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared'))"
    )
    db.execute(
        f"""CREATE TABLE question (
            id TEXT PRIMARY KEY,
            author_id TEXT NOT NULL REFERENCES person(id),
            text TEXT NOT NULL DEFAULT '',
            for_whom TEXT NOT NULL DEFAULT '',
            {visibility},
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'asked')),
            answer TEXT NOT NULL DEFAULT '',
            answered_on TEXT,
            {rec})"""
    )
    db.execute("CREATE INDEX question_status ON question(status, created_at)")
    db.execute(
        f"""CREATE TABLE advice (
            id TEXT PRIMARY KEY,
            author_id TEXT NOT NULL REFERENCES person(id),
            advice TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            day TEXT NOT NULL,
            theme TEXT NOT NULL DEFAULT '',
            stance TEXT NOT NULL DEFAULT ''
                CHECK (stance IN ('', 'fits_us', 'doubt', 'not_for_us')),
            stance_note TEXT NOT NULL DEFAULT '',
            {visibility},
            question_id TEXT REFERENCES question(id),
            {rec})"""
    )
    db.execute("CREATE INDEX advice_theme ON advice(theme, day)")
    for table, columns in (
        ("question", ("text", "answer")),
        ("advice", ("advice", "stance_note", "theme")),
    ):
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        db.execute(
            f"""CREATE VIRTUAL TABLE {table}_fts USING fts5(
                {cols}, content='{table}', content_rowid='rowid',
                tokenize="unicode61 remove_diacritics 2")"""
        )
        db.execute(
            f"""CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN
                INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.rowid, {new});
            END"""
        )
        db.execute(
            f"""CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN
                INSERT INTO {table}_fts({table}_fts, rowid, {cols})
                    VALUES ('delete', old.rowid, {old});
            END"""
        )
        db.execute(
            f"""CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {cols} ON {table} BEGIN
                INSERT INTO {table}_fts({table}_fts, rowid, {cols})
                    VALUES ('delete', old.rowid, {old});
                INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.rowid, {new});
            END"""
        )


@MIGRATIONS()
def m0003_moments(db: Database) -> None:
    """Goed bezig-momenten and their full-text index (same tokenizer as the journal)."""
    rec = _record_columns()
    # entry_id has no foreign key on purpose: a person-scoped export may carry a moment
    # whose linked entry is private to someone else, and it must still import.
    db.execute(
        f"""CREATE TABLE moment (
            id TEXT PRIMARY KEY,
            author_id TEXT NOT NULL REFERENCES person(id),
            recipient_id TEXT REFERENCES person(id),
            day TEXT NOT NULL,
            text TEXT NOT NULL,
            theme TEXT,
            entry_id TEXT,
            visibility TEXT NOT NULL DEFAULT 'private'
                CHECK (visibility IN ('private', 'shared')),
            seen_at TEXT,
            {rec})"""
    )
    db.execute("CREATE INDEX moment_newest ON moment(day DESC, created_at DESC, id)")
    db.execute("CREATE INDEX moment_waiting ON moment(recipient_id) WHERE seen_at IS NULL")
    db.execute(
        """CREATE VIRTUAL TABLE moment_fts USING fts5(
            text, content='moment', content_rowid='rowid',
            tokenize="unicode61 remove_diacritics 2")"""
    )
    db.execute(
        """CREATE TRIGGER moment_fts_ai AFTER INSERT ON moment BEGIN
            INSERT INTO moment_fts(rowid, text) VALUES (new.rowid, new.text);
        END"""
    )
    db.execute(
        """CREATE TRIGGER moment_fts_ad AFTER DELETE ON moment BEGIN
            INSERT INTO moment_fts(moment_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        END"""
    )
    db.execute(
        """CREATE TRIGGER moment_fts_au AFTER UPDATE OF text ON moment BEGIN
            INSERT INTO moment_fts(moment_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
            INSERT INTO moment_fts(rowid, text) VALUES (new.rowid, new.text);
        END"""
    )


@MIGRATIONS()
def m0004_care_load(db: Database) -> None:
    """Samen: care tasks, each person's pictures and their cells, agreements, check-ins."""
    # Later additions to PRESET_TASKS get their own migration calling this again (it skips
    # keys that exist).
    from parentjournal.store.careload_repo import seed_preset_tasks

    rec = _record_columns()
    db.execute(
        f"""CREATE TABLE care_task (
            id TEXT PRIMARY KEY, key TEXT UNIQUE, domain TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '', hidden INTEGER NOT NULL DEFAULT 0,
            sort_order INTEGER NOT NULL DEFAULT 0, {rec})"""
    )
    db.execute(
        f"""CREATE TABLE care_picture (
            id TEXT PRIMARY KEY, author_id TEXT NOT NULL REFERENCES person(id),
            made_on TEXT NOT NULL, shared_at TEXT, {rec})"""
    )
    db.execute("CREATE INDEX care_picture_author ON care_picture(author_id, made_on)")
    db.execute(
        f"""CREATE TABLE care_cell (
            id TEXT PRIMARY KEY,
            picture_id TEXT NOT NULL REFERENCES care_picture(id),
            task_id TEXT NOT NULL REFERENCES care_task(id),
            stage TEXT NOT NULL CHECK (stage IN ('notice', 'decide', 'do', 'follow_up')),
            holder_kind TEXT NOT NULL
                CHECK (holder_kind IN ('person', 'together', 'nobody', 'outside')),
            holder_person_id TEXT REFERENCES person(id),
            outside_name TEXT NOT NULL DEFAULT '',
            {rec},
            UNIQUE (picture_id, task_id, stage))"""
    )
    db.execute(
        f"""CREATE TABLE care_agreement (
            id TEXT PRIMARY KEY, author_id TEXT NOT NULL REFERENCES person(id),
            text TEXT NOT NULL, made_on TEXT NOT NULL,
            task_id TEXT REFERENCES care_task(id), {rec})"""
    )
    db.execute(
        f"""CREATE TABLE care_agreement_note (
            id TEXT PRIMARY KEY,
            agreement_id TEXT NOT NULL REFERENCES care_agreement(id),
            author_id TEXT NOT NULL REFERENCES person(id),
            text TEXT NOT NULL, day TEXT NOT NULL, {rec})"""
    )
    db.execute(
        f"""CREATE TABLE checkin (
            id TEXT PRIMARY KEY, author_id TEXT NOT NULL REFERENCES person(id),
            day TEXT NOT NULL, text TEXT NOT NULL DEFAULT '',
            energy TEXT NOT NULL DEFAULT '', would_help TEXT NOT NULL DEFAULT '',
            talk_partner INTEGER NOT NULL DEFAULT 0, talk_carer INTEGER NOT NULL DEFAULT 0,
            visibility TEXT NOT NULL DEFAULT 'private'
                CHECK (visibility IN ('private', 'shared')),
            {rec})"""
    )
    db.execute("CREATE INDEX checkin_author ON checkin(author_id, day)")
    seed_preset_tasks(db)


@MIGRATIONS()
def m0005_reflection_choice(db: Database) -> None:
    """Each person's own choices about reflection prompts ("not for me", prompts off).

    One row per choice; undoing a choice soft-deletes its row, so two devices can merge them.
    """
    rec = _record_columns()
    db.execute(
        f"""CREATE TABLE reflection_choice (
            id TEXT PRIMARY KEY,
            person_id TEXT NOT NULL REFERENCES person(id),
            kind TEXT NOT NULL CHECK (kind IN ('hidden_prompt', 'prompts_off')),
            prompt_id TEXT NOT NULL DEFAULT '',
            {rec})"""
    )
    db.execute("CREATE INDEX reflection_choice_person ON reflection_choice(person_id, kind)")


@MIGRATIONS()
def m0006_personal_keys(db: Database) -> None:
    """Personal passphrases: each person's wrapped data key, and a ``sealed`` column on the
    tables whose "only me" text is encrypted with it (see ``store/sealing.py``).

    The wrapped key is an ordinary record, so it travels with the journal (export, import,
    backups and, later, sync between two computers); nothing about it is per computer.
    """
    rec = _record_columns()
    db.execute(
        f"""CREATE TABLE person_key (
            id TEXT PRIMARY KEY,
            person_id TEXT NOT NULL REFERENCES person(id),
            by_passphrase TEXT NOT NULL,
            by_recovery_code TEXT NOT NULL,
            {rec})"""
    )
    db.execute("CREATE INDEX person_key_person ON person_key(person_id) WHERE deleted_at IS NULL")
    for table in ("entry", "checkin", "moment"):
        db.execute(f"ALTER TABLE [{table}] ADD COLUMN sealed TEXT")


@MIGRATIONS()
def m0007_search_newest_first(db: Database) -> None:
    """Rebuild the entries' search index so it answers newest-first pages by itself.

    The index's rowid is a *search key*: the entry's day number times 2**32 plus the
    entry's rowid, so FTS5's own order (``ORDER BY rowid DESC``) is newest day first and a
    first page stops after a handful of matches instead of sorting all of them. Only live
    entries are indexed (a soft delete takes an entry out, undo puts it back). A third,
    indexed ``scope`` column holds ``shared`` or ``p`` + the author's id without dashes, so
    counting what one person may see never leaves the index. The text is not copied: the
    index reads it through the view ``entry_search_text`` from ``entry``, found by the
    small table ``entry_search_key`` (search key -> entry rowid). Entry rowids stay below
    2**32 (SQLite hands them out one by one), which keeps the key unique.
    """
    for trigger in ("entry_fts_ai", "entry_fts_ad", "entry_fts_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS entry_fts")
    db.execute(
        "CREATE TABLE entry_search_key ("
        "skey INTEGER PRIMARY KEY, entry_rowid INTEGER NOT NULL UNIQUE)"
    )
    db.execute(
        """CREATE VIEW entry_search_text AS
            SELECT k.skey AS skey, e.title AS title, e.body AS body,
                CASE WHEN e.visibility = 'shared' THEN 'shared'
                     ELSE 'p' || replace(e.author_id, '-', '') END AS scope
            FROM entry_search_key k JOIN entry e ON e.rowid = k.entry_rowid"""
    )
    db.execute(
        """CREATE VIRTUAL TABLE entry_fts USING fts5(
            title, body, scope, content='entry_search_text', content_rowid='skey',
            tokenize="unicode61 remove_diacritics 2")"""
    )

    def skey(row: str) -> str:
        return f"(COALESCE(CAST(julianday({row}.day) AS INTEGER), 0) * 4294967296 + {row}.rowid)"

    def scope(row: str) -> str:
        return (
            f"CASE WHEN {row}.visibility = 'shared' THEN 'shared' "
            f"ELSE 'p' || replace({row}.author_id, '-', '') END"
        )

    add = (
        f"INSERT INTO entry_search_key (skey, entry_rowid) "
        f"SELECT {skey('new')}, new.rowid WHERE new.deleted_at IS NULL; "
        f"INSERT INTO entry_fts (rowid, title, body, scope) "
        f"SELECT {skey('new')}, new.title, new.body, {scope('new')} "
        f"WHERE new.deleted_at IS NULL;"
    )
    remove = (
        f"INSERT INTO entry_fts (entry_fts, rowid, title, body, scope) "
        f"SELECT 'delete', {skey('old')}, old.title, old.body, {scope('old')} "
        f"WHERE old.deleted_at IS NULL; "
        f"DELETE FROM entry_search_key WHERE entry_rowid = old.rowid;"
    )
    db.execute(f"CREATE TRIGGER entry_search_ai AFTER INSERT ON entry BEGIN {add} END")
    db.execute(f"CREATE TRIGGER entry_search_ad AFTER DELETE ON entry BEGIN {remove} END")
    # Out with the old row, in with the new: one trigger, so the order is certain.
    db.execute(
        "CREATE TRIGGER entry_search_au AFTER UPDATE OF day, title, body, visibility, "
        f"author_id, deleted_at ON entry BEGIN {remove} {add} END"
    )
    db.execute(
        "INSERT INTO entry_search_key (skey, entry_rowid) "
        f"SELECT {skey('entry')}, rowid FROM entry WHERE deleted_at IS NULL"
    )
    db.execute("INSERT INTO entry_fts (entry_fts) VALUES ('rebuild')")


@MIGRATIONS()
def m0008_sealed_care_cells(db: Database) -> None:
    """Personal passphrases reach the care-load pictures that are not shared: who holds each
    of their cells is sealed like the other "only me" text (``store/sealing.py``)."""
    db.execute("ALTER TABLE care_cell ADD COLUMN sealed TEXT")


@MIGRATIONS()
def m0009_moment_search_newest_first(db: Database) -> None:
    """Key the moments' search index by day too, so one search reads both indexes newest
    first and stops after a page (``store/dagboek_search.py``).

    As for entries (``m0007``): the index's rowid is the moment's day number times 2**32
    plus its rowid, only live moments are indexed (a soft delete takes one out, undo puts
    it back), and the text is read through the view ``moment_search_text`` by way of the
    small table ``moment_search_key``. Sealed moments have empty text, so their words are
    never in it.
    """
    for trigger in ("moment_fts_ai", "moment_fts_ad", "moment_fts_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS moment_fts")
    db.execute(
        "CREATE TABLE moment_search_key ("
        "skey INTEGER PRIMARY KEY, moment_rowid INTEGER NOT NULL UNIQUE)"
    )
    db.execute(
        """CREATE VIEW moment_search_text AS
            SELECT k.skey AS skey, m.text AS text
            FROM moment_search_key k JOIN moment m ON m.rowid = k.moment_rowid"""
    )
    db.execute(
        """CREATE VIRTUAL TABLE moment_fts USING fts5(
            text, content='moment_search_text', content_rowid='skey',
            tokenize="unicode61 remove_diacritics 2")"""
    )

    def skey(row: str) -> str:
        return f"(COALESCE(CAST(julianday({row}.day) AS INTEGER), 0) * 4294967296 + {row}.rowid)"

    add = (
        f"INSERT INTO moment_search_key (skey, moment_rowid) "
        f"SELECT {skey('new')}, new.rowid WHERE new.deleted_at IS NULL; "
        f"INSERT INTO moment_fts (rowid, text) "
        f"SELECT {skey('new')}, new.text WHERE new.deleted_at IS NULL;"
    )
    remove = (
        f"INSERT INTO moment_fts (moment_fts, rowid, text) "
        f"SELECT 'delete', {skey('old')}, old.text WHERE old.deleted_at IS NULL; "
        f"DELETE FROM moment_search_key WHERE moment_rowid = old.rowid;"
    )
    db.execute(f"CREATE TRIGGER moment_search_ai AFTER INSERT ON moment BEGIN {add} END")
    db.execute(f"CREATE TRIGGER moment_search_ad AFTER DELETE ON moment BEGIN {remove} END")
    db.execute(
        "CREATE TRIGGER moment_search_au AFTER UPDATE OF day, text, deleted_at ON moment "
        f"BEGIN {remove} {add} END"
    )
    db.execute(
        "INSERT INTO moment_search_key (skey, moment_rowid) "
        f"SELECT {skey('moment')}, rowid FROM moment WHERE deleted_at IS NULL"
    )
    db.execute("INSERT INTO moment_fts (moment_fts) VALUES ('rebuild')")


@MIGRATIONS()
def m0010_sealed_visit_notes(db: Database) -> None:
    """Personal passphrases reach the questions for a care visit and the advice log: what a
    person keeps for "only me" there is sealed like their other "only me" text."""
    for table in ("question", "advice"):
        db.execute(f"ALTER TABLE [{table}] ADD COLUMN sealed TEXT")
