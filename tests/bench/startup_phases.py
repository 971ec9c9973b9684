"""Where start-up time goes: ``parentjournal --quit-after-startup`` timed phase by phase.

    python tests/bench/startup_phases.py --data-dir /tmp/pj-bench-m/demo-100000 [--runs 7]
        [--profile]        also print the top of a cProfile of one start (cumulative)

Each run is a fresh process that starts the real app (``parentjournal.app.main``) with a
few of its start-up functions wrapped to note the time they return, plus an event filter
that notes the window's first paint. Prints the median milliseconds of each phase, measured
from the moment the interpreter starts, next to a bare PySide6 window (the floor).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

# Runs inside the measured process; prints one JSON line of {phase: ms since start}.
PROBE = r"""
import json, sys, time
marks = {"interpreter and site ready": time.perf_counter()}
def note(name):
    marks[name] = time.perf_counter()
from parentjournal import startup_gc
startup_gc.pause(freeze=True)  # as app.run does, before anything is imported
import parentjournal.journal  # noqa: F401  (what app.main imports first)
note("store and core imported")
from PySide6.QtCore import QEvent, QObject
note("Qt imported")
from parentjournal.ui import startup
note("start-up UI modules imported")

def wrap(owner, name, label):
    original = getattr(owner, name)
    def timed(*args, **kwargs):
        result = original(*args, **kwargs)
        note(label)
        return result
    setattr(owner, name, timed)

wrap(startup, "open_journal_calmly", "journal opened")

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Paint) and obj.objectName() == "MainWindow":
            name = "window shown" if kind == QEvent.Type.Show else "first paint"
            if name not in marks:
                note(name)
        return False

painter = FirstPaint()
# On the window only: an application-wide filter written in Python would itself slow the
# start (every event crossing into Python, and PySide creating every Qt enum at the first
# object of a private Qt class).
_prepare = startup.prepare_window
def prepare_window(*args, **kwargs):
    ctx, window = _prepare(*args, **kwargs)
    note("window built (first screen loaded)")
    if window is not None:
        window.installEventFilter(painter)
    return ctx, window
startup.prepare_window = prepare_window
_run = startup._run_with_lock
def run_with_lock(app, *args, **kwargs):
    note("QApplication, translations, preferences")
    return _run(app, *args, **kwargs)
startup._run_with_lock = run_with_lock
_close_and_quit = startup._close_and_quit
def close_and_quit(*args, **kwargs):
    # Reached once the window is painted (the file check and the daily backup would begin
    # only now, so a start measured this way ends before them).
    note("painted (the first timeline page on screen)")
    return _close_and_quit(*args, **kwargs)
startup._close_and_quit = close_and_quit
from parentjournal import app as entry
code = entry.main(sys.argv[1:])
note("closed, event loop left")
start = marks.pop("interpreter and site ready")
print("PHASES " + json.dumps({k: (v - start) * 1000 for k, v in marks.items()}))
from parentjournal.process_exit import exit_now  # as the real entry points end
exit_now(code)
"""

# The floor: the same bare-Qt script as the bench's (run as a script, this folder is on
# sys.path).
from bench import BARE_QT, ENV_RUNTIME_DIR, private_runtime_dir  # noqa: E402


def env() -> dict:
    # Bytecode is cached, as for an installed app (see bench.py); bench.py passes
    # PARENTJOURNAL_BENCH_COMPILE=1 for --compile-each-start.
    found = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    found[ENV_RUNTIME_DIR] = private_runtime_dir()  # never another window's lock
    if found.get("PARENTJOURNAL_BENCH_COMPILE") != "1":
        found.pop("PYTHONDONTWRITEBYTECODE", None)
    return found


def app_args(data_dir: Path, config_dir: Path) -> list[str]:
    return ["--data-dir", str(data_dir), "--config-dir", str(config_dir), "--lang", "nl",
            "--quit-after-startup"]  # fmt: skip


def one_run(data_dir: Path, config_dir: Path) -> dict[str, float]:
    import time

    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *app_args(data_dir, config_dir)],
        cwd=ROOT, env=env(), capture_output=True, text=True, check=True,
    )  # fmt: skip
    whole = (time.perf_counter() - started) * 1000
    line = next(x for x in proc.stdout.splitlines() if x.startswith("PHASES "))
    phases = json.loads(line.removeprefix("PHASES "))
    phases["whole process (wall clock)"] = whole
    return phases


def bare_run() -> float:
    import time

    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", BARE_QT], cwd=ROOT, env=env(), check=True)
    return (time.perf_counter() - started) * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    config = Path(tempfile.mkdtemp(prefix="pj-phases-"))
    one_run(args.data_dir, config)  # warm the file cache (and make today's backup)
    runs, floor = [], []
    for _ in range(args.runs):
        floor.append(bare_run())
        runs.append(one_run(args.data_dir, config))
    print(f"{'phase (ms since the interpreter was ready)':<48} | median | min–max")
    print("-" * 49 + "|--------|---------")
    previous = 0.0
    for name in runs[0]:
        values = [r[name] for r in runs if name in r]
        median = statistics.median(values)
        step = "" if name.startswith("whole") else f"  (+{median - previous:.0f})"
        print(f"{name:<48} | {median:6.0f} | {min(values):.0f}–{max(values):.0f}{step}")
        if not name.startswith("whole"):
            previous = median
    print(f"{'bare Qt window, whole process (the floor)':<48} | {statistics.median(floor):6.0f}"
          f" | {min(floor):.0f}–{max(floor):.0f}")  # fmt: skip
    if args.profile:
        out = config / "start.prof"
        subprocess.run(
            [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "parentjournal",
             *app_args(args.data_dir, config)],
            cwd=ROOT, env=env(), check=True,
        )  # fmt: skip
        import pstats

        pstats.Stats(str(out)).sort_stats("cumulative").print_stats(40)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
