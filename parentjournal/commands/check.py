"""``parentjournal check``: an integrity check, answered in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from parentjournal.commands import open_journal_or_explain


def add_parser(sub):
    return sub.add_parser("check", help="check that the journal is healthy")


def run(args) -> int:
    """Exit 0 when the journal is healthy, 1 otherwise."""
    journal = open_journal_or_explain(args)
    if journal is None:
        return 1
    try:
        result = [r[0] for r in journal.db.execute("PRAGMA integrity_check").fetchall()]
        # FTS5's own check compares the index with the entries it indexes.
        journal.db.execute("INSERT INTO entry_fts(entry_fts, rank) VALUES ('integrity-check', 1)")
        problem = None if result == ["ok"] else "; ".join(result[:5])
    except Exception as exc:  # any failure here means "not healthy"
        problem = str(exc)
    finally:
        journal.close()
    if problem:
        print(
            QCoreApplication.translate("check", "The journal is not healthy: {error}").format(
                error=problem
            )
        )
        return 1
    print(QCoreApplication.translate("check", "The journal is healthy."))
    return 0
