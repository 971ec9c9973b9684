"""Time helpers: UTC timestamps for records, local calendar dates for what an entry is about."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_now() -> str:
    """Return the current UTC time as an ISO 8601 string with microseconds.

    Microseconds keep ordering stable when two writes land in the same second; the fixed
    width keeps string comparison equal to time comparison.
    """
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def today() -> date:
    """Return the local calendar date (what "today" means to the person at the keyboard)."""
    return date.today()


def new_id() -> str:
    """Return a new random UUID as text; ids stay stable across export, import and devices."""
    # Imported at the first new record, not with the app: on Python 3.11 ``uuid`` loads
    # ``platform`` too, a few milliseconds of every start that only reads the journal.
    import uuid

    return str(uuid.uuid4())


def parse_day(text: str) -> date:
    """Parse a ``YYYY-MM-DD`` day; raises ValueError on impossible dates like 2025-02-30."""
    return date.fromisoformat(text)
