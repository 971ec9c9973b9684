"""``parentjournal check``: is the journal healthy? Answered in plain words, one line a check.

Four checks: SQLite's integrity check of the whole file, FTS5's own comparison of the search
index with the entries, the references between records (foreign keys), and what the journal
holds, counted per kind of record.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication

from parentjournal.commands import open_journal_or_explain
from parentjournal.commands.counts import in_bin_phrase, join_phrases, table_phrase
from parentjournal.store.record_io import count_records


def add_parser(sub):
    about = QCoreApplication.translate("check", "check that the journal is healthy")
    return sub.add_parser("check", help=about, description=about)


def _integrity(db) -> str | None:
    result = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    return None if result == ["ok"] else "; ".join(result[:5])


def _search_index(db) -> str | None:
    # Every FTS5 index (entries, moments, questions…) compares itself with the records it
    # indexes and raises if they differ.
    indexes = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'"
        ).fetchall()
    ]
    problems = []
    for name in indexes:
        try:
            db.execute(f"INSERT INTO [{name}]([{name}], rank) VALUES ('integrity-check', 1)")
        except sqlite3.Error as exc:
            problems.append(f"{name}: {exc}")
    return "; ".join(problems) or None


def _references(db) -> str | None:
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    if not broken:
        return None
    return "; ".join(f"{table} {rowid} -> {parent}" for table, rowid, parent, _fk in broken[:5])


def run(args) -> int:
    """Exit 0 when the journal is healthy, 1 otherwise."""
    journal = open_journal_or_explain(args, must_exist=True)
    if journal is None:
        return 1
    checks = [
        (
            _integrity,
            QCoreApplication.translate("check", "The database file is intact."),
            QCoreApplication.translate("check", "The database file is damaged: {error}"),
        ),
        (
            _search_index,
            QCoreApplication.translate("check", "The search indexes match the records."),
            QCoreApplication.translate(
                "check", "A search index does not match its records: {error}"
            ),
        ),
        (
            _references,
            QCoreApplication.translate("check", "Every record refers to records that exist."),
            QCoreApplication.translate(
                "check", "Some records refer to records that are gone: {error}"
            ),
        ),
    ]
    healthy = True
    lines = []
    try:
        for check, good, bad in checks:
            try:
                problem = check(journal.db)
            except Exception as exc:  # any failure of a check means "not healthy"
                problem = str(exc) or type(exc).__name__
            healthy = healthy and problem is None
            lines.append(("✓ " + good) if problem is None else ("✗ " + bad.format(error=problem)))
        counts = count_records(journal.db)
    finally:
        journal.close()
    summary = join_phrases(
        table_phrase(c.table, c.live) + (" " + in_bin_phrase(c.deleted) if c.deleted else "")
        for c in counts
        if c.live or c.deleted
    )
    lines.append(
        QCoreApplication.translate("check", "In this journal: {records}.").format(records=summary)
    )
    if healthy:
        print(QCoreApplication.translate("check", "The journal is healthy."))
    else:
        print(QCoreApplication.translate("check", "Something is wrong with the journal."))
    print("\n".join(lines))
    return 0 if healthy else 1
