"""A writer for the crash test: saves through the real service path and reports each save.

Run as ``python tests/safety/crash_writer.py DATA_DIR``. It edits one entry again and again
and now and then writes a new one; after every call that returned (that is, that the app
would report as saved) it prints one line, ``saved N`` or ``created N ID``. The test kills
it with SIGKILL at a random moment and then checks that every reported change is on disk.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from parentjournal.core.household import AdultInput
from parentjournal.core.model import EntryDraft
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths

TITLE = "crash-test"


def main(data_dir: str) -> None:
    journal = Journal.open(JournalPaths(Path(data_dir)))
    if not journal.household.household().people:
        journal.household.set_up([AdultInput("Sara")], [], None)
    person = journal.household.household().people[0]
    mine = [e for e in journal.entry_repo.page(person.id, limit=10_000) if e.title == TITLE]
    if mine:
        entry = mine[0]
    else:
        entry, _ = journal.entries.create(EntryDraft(person.id, date(2026, 3, 1), "0", TITLE))
    n = int(entry.body.split(" ", 1)[0])
    filler = "Vannacht drie keer wakker, toch goed gevoel. 🌙 " * 40
    while True:
        n += 1
        journal.entries.save(entry.id, EntryDraft(person.id, entry.day, f"{n} {filler}", TITLE))
        print(f"saved {n}", flush=True)
        if n % 7 == 0:
            new, _ = journal.entries.create(EntryDraft(person.id, date(2026, 3, 2), f"nieuw {n}"))
            print(f"created {n} {new.id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
