"""A start on a journal without passphrases loads only what the first screen needs.

Every module imported at start is paid for on every start (on an old laptop, tens of
milliseconds each for the big ones). These are the ones a plain journal never needs there:
encryption (only a passphrase or someone's own lock), sqlite-utils (only a migration or an
import) and the services of screens that are not shown first (built on first use).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from parentjournal.core.household import AdultInput
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths

ROOT = Path(__file__).resolve().parent.parent

# Runs the real start (window shown, first page painted, then closed) and lists what it loaded.
PROBE = """
import sys
from parentjournal import app
code = app.main(sys.argv[1:])
print("MODULES", " ".join(sorted(sys.modules)))
sys.exit(code)
"""

NOT_AT_START = [
    "cryptography",
    "sqlcipher3",
    # The journal's passphrase and personal passphrases: keys are wrapped and unwrapped
    # only when one is used (a journal without a key file is not encrypted).
    "parentjournal.store.keyfile",
    "parentjournal.store.encryption",
    "sqlite_utils",
    "parentjournal.store.careload_repo",
    "parentjournal.core.careload_service",
    "parentjournal.store.checkin_repo",
    "parentjournal.store.lookback_repo",
    "parentjournal.store.visit_repo",
    "parentjournal.core.visits",
    # The Help menu's pages: only their labels are needed until someone opens one.
    "parentjournal.ui.privacy.page",
    "parentjournal.ui.support.page",
    "parentjournal.ui.reading_page",
    # Only for a new record (on Python 3.11 it loads ``platform`` as well).
    "uuid",
    # OpenSSL's hashes (through ``hashlib``, or ``secrets`` and ``hmac``): only for a new
    # recovery code; the lock folder's name uses Python's own SHA-256.
    "hashlib",
    "_hashlib",
    "hmac",
    "secrets",
    # The command line's subcommands (and ``getpass`` for their passphrase prompt): a
    # start of the window only asks ``cli`` whether its first argument names one.
    "parentjournal.commands",
    "getpass",
    # None/True/False are kept alive through ``_ctypes`` alone (ui/none_refcount.py).
    "ctypes",
    # The resources are a folder next to the modules (resources_path.py); asking
    # importlib.resources for it loads ~10 modules.
    "importlib.resources",
    # Finding and restoring the latest good backup: only for a damaged journal.
    "parentjournal.recovery",
    # Dialogs that a start which goes well never shows.
    "parentjournal.ui.welcome",
    "parentjournal.ui.passphrase",
    # Parts of the Dagboek that wait for their first use: searching, the bin, the calendar,
    # and the window of the "something for you" notice.
    "parentjournal.ui.journal.search_panel",
    "parentjournal.ui.journal.bin_dialog",
    "parentjournal.ui.journal.day_picker",
    "parentjournal.ui.moments.waiting",
    "parentjournal.ui.moments.card",
]


def _loaded_by_a_start(data_dir: Path, config_dir: Path) -> set[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(data_dir), "--config-dir",
         str(config_dir), "--lang", "en", "--quit-after-startup"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES "))
    # What the interpreter itself loads here (site, .pth files) is not the app's doing.
    bare = subprocess.run(
        [sys.executable, "-c", "import sys; print(' '.join(sys.modules))"],
        env=env, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    return set(line.split()[1:]) - set(bare.stdout.split())


def test_a_plain_journal_starts_without_encryption_or_later_screens(data_dir, tmp_path):
    journal = Journal.open(JournalPaths(data_dir))
    try:
        journal.household.set_up([AdultInput("Sara"), AdultInput("Tom")], [], None)
    finally:
        journal.close()
    loaded = _loaded_by_a_start(data_dir, tmp_path / "config")
    assert "parentjournal.ui.main_window" in loaded  # the window really was built
    unexpected = [
        name
        for name in loaded
        if any(name == bad or name.startswith(bad + ".") for bad in NOT_AT_START)
    ]
    assert unexpected == []


def test_later_services_are_built_once_when_first_asked_and_work(couple):
    from parentjournal.core.visits import QuestionDraft

    journal, sara, tom = couple
    assert "questions" not in vars(journal)
    journal.questions.add(QuestionDraft(sara.id, "Hoe slaapt ze het best?"))
    # One service per journal: the advice log links answers to these same questions.
    assert journal.questions is journal.questions
    assert journal.advice.questions is journal.questions
    assert [q.text for q in journal.questions.visible(sara.id)] == ["Hoe slaapt ze het best?"]
    assert journal.questions.visible(tom.id) == []  # private until shared, lazily or not


def test_the_collector_is_back_on_after_an_in_process_start_and_the_heap_is_not_frozen():
    import gc

    from parentjournal import startup_gc

    frozen = gc.get_freeze_count()
    startup_gc.pause()
    assert not gc.isenabled()
    startup_gc.resume()
    startup_gc.resume()  # twice is harmless
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen  # only the app's own process freezes
    gc.disable()  # a caller that turned it off keeps it off
    try:
        startup_gc.pause()
        startup_gc.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_app_process_freezes_what_start_up_made_and_collects_again():
    probe = (
        "import gc\n"
        "from parentjournal import startup_gc\n"
        "startup_gc.pause(freeze=True)\n"
        "import parentjournal.journal\n"
        "startup_gc.resume()\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 10000)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert done.stdout.split() == ["True", "True"]
