"""Personal passphrases and a crash: a process killed right after the commit that seals a
text (before anything else could run) still leaves none of its words in the journal file.

Each case runs in a child process that is killed (SIGKILL) at the moment the sealing
commit has returned; the test then opens the journal as the next start of the app would
and looks for the word in the raw files, while it is open and after it is closed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from tests.store.sealed_helpers import PASS, leaks

ENTRY_WORD = "Xylofoonkusje"  # words no other text here contains
MOMENT_WORD = "Zwaluwfluitje"
ROOT = Path(__file__).resolve().parents[2]

# Writes an entry and a moment of Sara's (each with its word: private, or shared for the steps
# that make one private), moves them into the main file, then does ``step``; the process
# is killed as soon as the commit of ``step`` is done (the first thing that runs after a
# sealing commit is the sealer's scrub).
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import date
    from pathlib import Path
    from parentjournal.core.household import AdultInput
    from parentjournal.core.model import EntryDraft, Visibility
    from parentjournal.core.moments import MomentDraft
    from parentjournal.journal import Journal
    from parentjournal.paths import JournalPaths
    from parentjournal.store import keyfile, person_key_repo
    from parentjournal.store.sealing import Sealer

    person_key_repo.WRAP_COST = keyfile.KdfCost(iterations=1, lanes=1, memory_kib=1024)
    entry_word, moment_word, passphrase, step = sys.argv[2:6]
    day = date(2026, 2, 3)
    entry_text = f"Vannacht {entry_word} gezongen"
    moment_text = f"Ik heb {moment_word} volgehouden"
    journal = Journal.open(JournalPaths(Path(sys.argv[1])))
    journal.household.set_up([AdultInput("Sara", "mama"), AdultInput("Tom", "papa")], [], None)
    sara = journal.household.household().people[0]
    seen = Visibility.PRIVATE if step == "set_passphrase" else Visibility.SHARED
    entry, _ = journal.entries.create(EntryDraft(sara.id, day, body=entry_text, visibility=seen))
    moment, _ = journal.moments.give(MomentDraft(sara.id, day, moment_text, visibility=seen))
    if step != "set_passphrase":
        journal.personal_locks.set_passphrase(sara.id, passphrase)
    journal.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    Sealer.scrub = lambda self, tables: os.kill(os.getpid(), signal.SIGKILL)
    if step == "set_passphrase":
        journal.personal_locks.set_passphrase(sara.id, passphrase)
    elif step == "entry_made_private":
        journal.entries.save(entry.id, EntryDraft(sara.id, day, body=entry_text))
    else:
        journal.moments.edit(moment.id, MomentDraft(sara.id, day, moment_text))
    """
)


def _killed_after_sealing(data_dir: Path, step: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), ENTRY_WORD, MOMENT_WORD, PASS, step],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr


@pytest.mark.parametrize(
    ("step", "sealed_words"),
    [
        ("set_passphrase", [ENTRY_WORD, MOMENT_WORD]),
        ("entry_made_private", [ENTRY_WORD]),
        ("moment_made_private", [MOMENT_WORD]),
    ],
)
def test_a_kill_right_after_sealing_leaves_no_words_in_the_file(data_dir, step, sealed_words):
    _killed_after_sealing(data_dir, step)
    paths = JournalPaths(data_dir)

    journal = Journal.open(paths, check_in_background=True)  # the next start of the app
    try:
        # Already while this next session runs, not only after it closes cleanly: the
        # killed session's log of old pages is gone.
        for word in sealed_words:
            assert leaks(paths, word) == [], word
        sara = journal.household.household().people[0]
        # Sealed and kept: nothing was lost to the kill.
        journal.personal_locks.unlock(sara.id, PASS)
        assert [h.entry.body for h in journal.entries.search(sara.id, ENTRY_WORD)] == [
            f"Vannacht {ENTRY_WORD} gezongen"
        ]
        moments = journal.moments.collection(sara.id)
        assert [m.text for m in moments] == [f"Ik heb {MOMENT_WORD} volgehouden"]
    finally:
        journal.close()
    for word in sealed_words:
        assert leaks(paths, word) == [], word
