"""The tables that hold the household's records, in dependency order.

Every table listed here has a TEXT ``id`` (UUID) primary key, ``created_at``, ``updated_at``
and ``deleted_at`` columns (the ``setting`` table is keyed by ``key`` instead). The JSON
export/import and, later, sync work from this list: a capability that adds a table adds it
here, after the tables it references.
"""

from __future__ import annotations

RECORD_TABLES: tuple[str, ...] = (
    "person",
    "child",
    "setting",
    "entry",
    "question",
    "advice",
    "moment",
    "care_task",
    "care_picture",
    "care_cell",
    "care_agreement",
    "care_agreement_note",
    "checkin",
    "reflection_choice",
    "person_key",
)

# Tables whose primary key is not "id".
PRIMARY_KEYS: dict[str, str] = {"setting": "key"}


# Text columns that hold JSON (checked on import). Columns whose default is '[...]' or
# '{...}' are recognised without being listed.
JSON_COLUMNS: dict[str, tuple[str, ...]] = {
    "setting": ("value",),
    "entry": ("themes",),
    "person_key": ("by_passphrase", "by_recovery_code"),
}


def primary_key(table: str) -> str:
    """Return the primary-key column of a record table."""
    return PRIMARY_KEYS.get(table, "id")
