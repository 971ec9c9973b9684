"""Helpers shared by the search tests: reading every page, and the indexes' own check."""

from __future__ import annotations

import sqlite3


def all_pages(journal, person_id, text, size):
    """Every result, page by page, as the list does while scrolling."""
    found, after = [], None
    while True:
        page = journal.search.page(person_id, text, after=after, limit=size)
        found += page
        if len(page) < size:
            return found
        after = page[-1].key


def index_is_consistent(journal, fts: str = "entry_fts") -> bool:
    """FTS5's own integrity check of the full-text index ``fts`` against its content."""
    try:
        journal.db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
    except sqlite3.Error:
        return False
    return True
