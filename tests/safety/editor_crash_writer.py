"""A writer for the crash test that types into the real Dagboek editor, offscreen.

Run (offscreen) as ``python tests/safety/editor_crash_writer.py DATA_DIR SEED``. It
opens the journal the way the app does, builds the real :class:`EntryEditor` and types
words in bursts with key events; between bursts it sometimes pauses long enough for the
editor's own autosave timer to fire, and now and then starts a new entry. Each time the
editor reports a save (its ``saved`` signal, with the status saying "Saved") it prints
one line, ``saved ENTRY_ID N``: entry ENTRY_ID now holds the words ``w1 … wN``. The test
kills it with SIGKILL at a random moment and checks that every reported save is on disk.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

# (Importing parentjournal.ui keeps None/True/False alive on PySide6 6.12 + Python 3.11.)
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.ui import context
from parentjournal.ui.journal import editor as editor_module
from parentjournal.ui.prefs import Prefs

# The real timer, only shorter than the app's half second, so a few seconds of this test
# hold many saves. Everything else (what triggers a save, how) is the editor's own.
editor_module.AUTOSAVE_MS = 15


def main(data_dir: str, seed: int) -> None:
    app = QApplication(sys.argv[:1])
    rng = random.Random(seed)
    journal = Journal.open(JournalPaths(Path(data_dir)))
    ctx = context.AppContext(journal, Prefs(Path(data_dir).parent / f"prefs-{seed}.ini"))
    editor = editor_module.EntryEditor(ctx)
    editor.resize(700, 500)
    editor.show()
    words = 0

    def reported(entry_id: str, _created: bool) -> None:
        if not editor.is_dirty and editor.status.text() == editor.tr("Saved"):
            print(f"saved {entry_id} {words}", flush=True)

    editor.saved.connect(reported)

    def burst() -> None:
        nonlocal words
        if words and rng.random() < 0.1:
            editor.new_entry()  # a new entry: the one being typed is saved first
            words = 0
        for _ in range(rng.randint(1, 4)):
            words += 1
            QTest.keyClicks(editor.body, f"w{words} ")
        # Mostly short pauses (typing on), sometimes long enough for the autosave.
        QTimer.singleShot(rng.choice([0, 2, 5, 30, 40]), burst)

    QTimer.singleShot(0, burst)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
