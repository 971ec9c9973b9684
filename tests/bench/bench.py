"""Benchmarks on demo journals of 1,000, 10,000 and 100,000 entries (see README, Performance).

    python tests/bench/bench.py [--sizes 1000 10000 100000] [--runs 7] [--work DIR]
                                [--only search|startup]

For each size a demo journal is made with ``parentjournal demo`` (kept in ``--work`` and
reused next time), then measured, several runs each, reporting median and spread:

- start-up: the whole process ``parentjournal --data-dir D --quit-after-startup`` under
  offscreen Qt, next to a bare PySide6 script that shows an empty QMainWindow and quits
  (the floor); the ratio is start-up / floor. For reference, a minimal real window
  (``MINIMAL_WINDOW``: 30 rows from the journal, a menu, a search field and a text field)
  is timed the same way;
- search: from a query to the search panel's filled result model (the first page of 25
  with snippets, entries and moments, privacy applied) for a common word, a rare word, a
  prefix and a phrase, next to the bare FTS5 query for the same first page (the floor);
  also the query for every match's rowid, and the panel with its rows laid out and
  painted (at least 200 runs each: these are fractions of a millisecond);
- typing: one autosave of a 20,000-character entry being edited;
- opening an entry; scrolling the timeline to the bottom, page by page;
- export: a visit PDF and a full-year Markdown document, in-process through the core and
  as the whole ``parentjournal export`` command;
- peak RSS after start-up and after a search (a fresh process per size).

Prints one table and writes the figures as JSON to tests/bench/results/ (gitignored).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
RESULTS = HERE / "results"

# Both scripts below end alike: as the app's --quit-after-startup, once the platform has
# exposed the window, paint it, then leave.
_QUIT_ONCE_PAINTED = """
def quit_once_painted():
    handle = window.windowHandle()
    if handle is None or not handle.isExposed():
        QTimer.singleShot(1, quit_once_painted)
        return
    QCoreApplication.sendPostedEvents(window, 0)
    window.close()
    app.quit()
quit_once_painted()
app.exec()
"""

BARE_QT = (
    """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
"""
    + _QUIT_ONCE_PAINTED
)

# A reference, not a target: the smallest real window this machine can show from a
# journal. The same Qt modules, the `Qt` namespace (PySide makes its ~95 enum classes at
# the first touch), sqlite3, a menu, a list of the 30 newest entries, a search field and a
# text field; waits for its paint like the floor. The journal is opened read-only. What
# the app costs above this line is its own Python; below it is Python and Qt.
MINIMAL_WINDOW = (
    """
import sqlite3, sys
from PySide6.QtCore import QAbstractListModel, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication, QLineEdit, QListView, QMainWindow, QPlainTextEdit, QSplitter, QVBoxLayout,
    QWidget,
)
app = QApplication(sys.argv[:1])
db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
rows = [r[0][:80] for r in db.execute(
    "SELECT body FROM entry WHERE deleted_at IS NULL ORDER BY day DESC, created_at DESC LIMIT 30")]
class Rows(QAbstractListModel):
    def rowCount(self, parent=None):
        return len(rows)
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return rows[index.row()] if role == Qt.ItemDataRole.DisplayRole else None
window = QMainWindow()
window.menuBar().addMenu("Dagboek")
left = QWidget()
column = QVBoxLayout(left)
column.addWidget(QLineEdit())
view = QListView()
model = Rows()
view.setModel(model)
column.addWidget(view)
split = QSplitter()
split.addWidget(left)
split.addWidget(QPlainTextEdit())
window.setCentralWidget(split)
window.resize(1100, 750)
window.show()
"""
    + _QUIT_ONCE_PAINTED
)

TARGETS = """Targets (median, 2 cores): start-up at 100k <= 1.5x bare Qt and <= 1.1x start-up at 1k;
search at 100k <= 1.5x bare FTS5; autosave < 10 ms; opening an entry < 20 ms; visit PDF < 1 s;
full-year Markdown < 2 s; peak RSS at 100k <= 1.3x that at 1k."""


def env() -> dict:
    """The measured processes' environment: offscreen Qt, this checkout's code.

    Bytecode caching is allowed even when this shell turns it off (PYTHONDONTWRITEBYTECODE):
    an installed app (pip, PyInstaller) always ships its bytecode, so compiling every
    module from source at each start is not part of its start-up. The first (warm-up) run
    writes the cache. ``--compile-each-start`` measures the other way.
    """
    found = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    found[ENV_RUNTIME_DIR] = private_runtime_dir()
    if COMPILE_EACH_START:
        found["PARENTJOURNAL_BENCH_COMPILE"] = "1"
    else:
        found.pop("PYTHONDONTWRITEBYTECODE", None)
    return found


COMPILE_EACH_START = False
# The app's single-instance lock lives in this folder (see parentjournal.paths).
ENV_RUNTIME_DIR = "PARENTJOURNAL_RUNTIME_DIR"


@functools.cache
def private_runtime_dir() -> str:
    """A runtime folder of this run's own for the measured starts.

    A start that finds the journal's lock held (a window open on the same demo, another
    benchmark at the same time) brings that window forward and leaves at once: a fast
    time that measures nothing. With their own lock folder the runs never meet anyone.
    """
    return tempfile.mkdtemp(prefix="pj-bench-runtime-")


def run_timed(cmd: list[str]) -> tuple[float, int]:
    """Wall-clock milliseconds and peak RSS (KiB) of one process."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = (time.perf_counter() - started) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} failed: {proc.stderr.read().decode()}")
    proc.stderr.close()
    return elapsed, usage.ru_maxrss


def stats(values: list[float]) -> dict:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "runs": len(values),
        "values": list(values),  # in measuring order: start-ups line up round by round
    }


def ratio_by_round(timed: dict, floor: dict) -> float:
    """The median of each round's start-up over that round's floor, measured seconds apart.

    Shown next to the ratio of the medians (the target's measure): a slow spell of the
    shared machine lands on both halves of a round, so this one moves less from run to run.
    """
    return statistics.median(a / b for a, b in zip(timed["values"], floor["values"], strict=True))


def written_by_a_newer_app(journal: Path) -> bool:
    """True when the demo journal has migrations this checkout does not know.

    Another checkout (a newer branch) may have upgraded the shared demo; this one would
    refuse to open it, so it is made again. An older demo is upgraded by the app itself at
    the first start-up below (after its automatic backup), like a person's journal.
    """
    import sqlite3

    sys.path.insert(0, str(ROOT))
    from parentjournal.store.record_io import known_schema

    conn = sqlite3.connect(f"file:{journal}?mode=ro", uri=True)
    try:
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    except sqlite3.Error:
        return True
    finally:
        conn.close()
    return any(name not in known_schema() for name in applied)


def make_demo(folder: Path, size: int) -> float | None:
    """Create the demo journal unless it is there; seconds it took (None when reused)."""
    if (folder / "journal.db").exists():
        if not written_by_a_newer_app(folder / "journal.db"):
            return None
        print(f"{folder} was written by a newer app: making it again", file=sys.stderr)
        shutil.rmtree(folder)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "parentjournal", "demo", "--data-dir", str(folder),
         "--entries", str(size), "--lang", "en"],
        cwd=ROOT, env=env(), check=True, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - started


def start_command(demo: Path, work: Path) -> list[str]:
    return [
        sys.executable, "-m", "parentjournal", "--data-dir", str(demo),
        "--config-dir", str(work / "config"), "--lang", "nl", "--quit-after-startup",
    ]  # fmt: skip


def measure_startups(demos: dict[int, Path], runs: int, work: Path) -> dict[int, dict]:
    """Start-up of every size and the bare-Qt floor, interleaved round by round.

    The machine is shared (other programs come and go); interleaving spreads that noise
    evenly over the sizes and the floor instead of loading it onto one of them.
    """
    for demo in demos.values():
        # Warm the file cache; the daily start-up backup is made on this first start.
        run_timed(start_command(demo, work))
    times: dict[int, list] = {size: [] for size in demos}
    floor: list = []
    minimal: list = []
    smallest = next(iter(demos.values())) / "journal.db"
    for _ in range(runs):
        floor.append(run_timed([sys.executable, "-c", BARE_QT]))
        minimal.append(run_timed([sys.executable, "-c", MINIMAL_WINDOW, str(smallest)]))
        for size, demo in demos.items():
            times[size].append(run_timed(start_command(demo, work)))
    return {
        size: {
            "startup_ms": stats([t for t, _ in found]),
            "startup_rss_kib": stats([r for _, r in found]),
            "bare_qt_ms": stats([t for t, _ in floor]),
            "minimal_window_ms": stats([t for t, _ in minimal]),
        }
        for size, found in times.items()
    }


def measure_cli_exports(demo: Path, runs: int, work: Path) -> dict:
    """``parentjournal export`` as a person runs it: a visit PDF and a year of Markdown."""
    end = date.today()
    common = [sys.executable, "-m", "parentjournal", "export", "--data-dir", str(demo)]
    common += ["--person", "Lotte", "--lang", "nl"]
    visit = [*common, "--format", "pdf", "--visit", "--out", str(work / "visit.pdf")]
    year = [*common, "--format", "markdown", "--out", str(work / "year.md")]
    year += ["--from", (end - timedelta(days=365)).isoformat(), "--to", end.isoformat()]
    return {
        "cli_visit_pdf_ms": stats([run_timed(visit)[0] for _ in range(runs)]),
        "cli_year_markdown_ms": stats([run_timed(year)[0] for _ in range(runs)]),
    }


def measure_inside(demo: Path, runs: int, work: Path, only: str = "") -> dict:
    """Search, typing, opening, scrolling, exports and memory, in a fresh process."""
    # These measurements change the journal (typing), so they get a copy.
    copy = Path(tempfile.mkdtemp(dir=work)) / "journal"
    copy.mkdir()
    shutil.copy(demo / "journal.db", copy / "journal.db")
    try:
        child = subprocess.run(
            [sys.executable, str(HERE / "measure_journal.py"), str(copy), str(runs), only],
            cwd=ROOT, env=env(), check=True, capture_output=True, text=True,
        )  # fmt: skip
    finally:
        shutil.rmtree(copy.parent)
    return json.loads(child.stdout.strip().splitlines()[-1])


def _ms(values) -> str:
    s = stats(values)
    return f"{s['median']:.1f} ({s['min']:.1f}–{s['max']:.1f})"


def _span(s: dict) -> str:
    return f"{s['median']:.0f} ({s['min']:.0f}–{s['max']:.0f})"


def _fine(values) -> str:
    """Median (min–max) with two decimals: search figures are fractions of a millisecond."""
    s = stats(values)
    return f"{s['median']:.2f} ({s['min']:.2f}–{s['max']:.2f})"


def _ratio(r: dict, label: str, floor: str = "page_floor_ms") -> str:
    found = r["search"][label]
    return f"{statistics.median(found['search_ms']) / statistics.median(found[floor]):.2f}x"


def _matches(r: dict, label: str) -> str:
    found = r["search"][label]
    return f"{found['matches']} ({found.get('visible_matches', found['matches'])} visible)"


def breakdown(result: dict) -> str:
    """Where a search's time goes, at one journal size: median ms per part and query."""
    labels = list(result["search"])
    parts = list(result["search"][labels[0]].get("breakdown_ms", {}))
    if not parts:
        return ""
    width = max(len(p) for p in parts)
    lines = [" | ".join(["".ljust(width), *(label.ljust(12) for label in labels)])]
    lines.append("-|-".join(["-" * width, *("-" * 12 for _ in labels)]))
    for part in parts:
        cells = [
            f"{statistics.median(result['search'][label]['breakdown_ms'][part]):.2f}".ljust(12)
            for label in labels
        ]
        lines.append(" | ".join([part.ljust(width), *cells]))
    return f"Search at {result['entries']:,} entries, median ms:\n" + "\n".join(lines)


def search_rows(results: list[dict], row) -> None:
    """The search rows: the headline (query -> filled result model) over its floor, then
    the other floor, the matches and what the list adds, so nothing is hidden."""
    row("moments in the journal", lambda r: str(r["moments"]))
    for label in results[0]["search"]:
        row(
            f"search {label}: result model (ms)",
            lambda r, k=label: _fine(r["search"][k]["search_ms"]),
        )
        row(
            "  bare FTS5, same first page (ms)",
            lambda r, k=label: _fine(r["search"][k]["page_floor_ms"]),
        )
        row("  ratio to the first-page floor", lambda r, k=label: _ratio(r, k))
        row("  bare FTS5, every rowid (ms)", lambda r, k=label: _fine(r["search"][k]["floor_ms"]))
        row("  matches", lambda r, k=label: _matches(r, k))
        row("  panel, rows laid out (ms)", lambda r, k=label: _fine(r["search"][k]["panel_ms"]))
        row("  with painting (ms)", lambda r, k=label: _fine(r["search"][k]["painted_ms"]))


def table(results: list[dict], only: str = "") -> str:
    """One row per measurement, one column per journal size (``only``: those rows)."""
    rows: list[tuple[str, list[str]]] = []

    def row(label, fn):
        cells = []
        for r in results:
            try:
                cells.append(fn(r))
            except (KeyError, TypeError):
                cells.append("not yet available")
        rows.append((label, cells))

    if only == "search":
        search_rows(results, row)
        return _layout(results, rows)
    base = results[0]["startup_ms"]["median"]
    row(
        "demo created (s)",
        lambda r: "reused" if r["demo_seconds"] is None else f"{r['demo_seconds']:.1f}",
    )
    row("start-up, whole process (ms)", lambda r: _span(r["startup_ms"]))
    row("bare Qt window floor (ms)", lambda r: _span(r["bare_qt_ms"]))
    row(
        "start-up / floor",
        lambda r: f"{r['startup_ms']['median'] / r['bare_qt_ms']['median']:.2f}x",
    )
    row(
        "  round by round (median)",
        lambda r: f"{ratio_by_round(r['startup_ms'], r['bare_qt_ms']):.2f}x",
    )
    row("  a minimal real window (ms)", lambda r: _span(r["minimal_window_ms"]))
    row(
        "  minimal real window / floor",
        lambda r: f"{r['minimal_window_ms']['median'] / r['bare_qt_ms']['median']:.2f}x",
    )
    row("start-up / smallest journal", lambda r: f"{r['startup_ms']['median'] / base:.2f}x")
    if only == "startup":
        return _layout(results, rows)
    search_rows(results, row)
    row("autosave, long entry (ms)", lambda r: _ms(r["typing_ms"]))
    row("open an entry (ms)", lambda r: _ms(r["open_ms"]))
    row("timeline rows at start", lambda r: str(r["scroll"]["initial_rows"]))
    row(
        "scroll to bottom: ms / pages",
        lambda r: f"{sum(r['scroll']['page_ms']):.0f} / {r['scroll']['pages']}",
    )
    row("  one page (ms)", lambda r: _ms(r["scroll"]["page_ms"]))
    row("  most rows added at once", lambda r: str(r["scroll"]["largest_page"]))
    row("visit PDF (ms)", lambda r: _ms(r["exports"]["visit_pdf_ms"]))
    row("full-year Markdown (ms)", lambda r: _ms(r["exports"]["year_markdown_ms"]))
    row("  entries in that year", lambda r: str(r["exports"]["year_markdown_entries"]))
    row("export --format pdf --visit (ms)", lambda r: _span(r["cli_visit_pdf_ms"]))
    row("export --format markdown, a year (ms)", lambda r: _span(r["cli_year_markdown_ms"]))
    row("peak RSS after start-up (MiB)", lambda r: f"{r['rss_after_startup_kib'] / 1024:.0f}")
    row("peak RSS after a search (MiB)", lambda r: f"{r['rss_after_search_kib'] / 1024:.0f}")
    row("  app process alone (MiB)", lambda r: f"{r['startup_rss_kib']['median'] / 1024:.0f}")

    return _layout(results, rows)


def _layout(results: list[dict], rows: list[tuple[str, list[str]]]) -> str:
    heads = ["", *(f"{r['entries']:,} entries" for r in results)]
    columns = zip(heads, *([label, *cells] for label, cells in rows), strict=True)
    width = [max(len(str(x)) for x in col) for col in columns]
    lines = [" | ".join(h.ljust(w) for h, w in zip(heads, width, strict=True))]
    lines.append("-|-".join("-" * w for w in width))
    for label, cells in rows:
        lines.append(" | ".join(x.ljust(w) for x, w in zip([label, *cells], width, strict=True)))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "pj-bench-m")
    parser.add_argument(
        "--compile-each-start",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE from this shell (every start compiles the app)",
    )
    parser.add_argument(
        "--profile-startup",
        action="store_true",
        help="only time each start-up phase of the largest size (tests/bench/startup_phases.py)",
    )
    parser.add_argument(
        "--only",
        choices=["search", "startup"],
        default="",
        help="measure only this (search: the Dagboek search at each size; startup: the "
        "start-ups, the floor and the minimal window, round by round; nothing else)",
    )
    args = parser.parse_args(argv)
    global COMPILE_EACH_START
    COMPILE_EACH_START = args.compile_each_start
    if args.profile_startup:
        largest = args.work / f"demo-{max(args.sizes)}"
        make_demo(largest, max(args.sizes))
        return subprocess.call(
            [sys.executable, str(HERE / "startup_phases.py"), "--data-dir", str(largest),
             "--runs", str(args.runs), "--profile"],
            cwd=ROOT, env=env(),
        )  # fmt: skip
    args.work.mkdir(parents=True, exist_ok=True)
    results = []
    demos, created = {}, {}
    for size in args.sizes:
        demos[size] = args.work / f"demo-{size}"
        created[size] = make_demo(demos[size], size)
    startups = {size: {} for size in demos}
    if args.only in ("", "startup"):
        print("measuring start-up…", file=sys.stderr, flush=True)
        startups = measure_startups(demos, args.runs, args.work)
    for size, demo in demos.items():
        if args.only == "startup":
            results.append({"entries": size, "demo_seconds": created[size], **startups[size]})
            continue
        print(f"measuring {size:,} entries…", file=sys.stderr, flush=True)
        inside = measure_inside(demo, args.runs, args.work, args.only)
        commands = {}
        try:
            if not args.only:
                commands = measure_cli_exports(demo, args.runs, args.work)
        except RuntimeError as exc:  # an older main without these export formats
            print(f"export commands not measured: {exc}", file=sys.stderr)
        results.append(
            {
                "entries": size,
                "demo_seconds": created[size],
                **startups[size],
                **inside,
                **commands,
            }
        )
    text = table(results, args.only)
    print(text)
    print()
    try:
        print(breakdown(results[-1]))
        print()
    except KeyError:  # figures from an older measure_journal.py
        pass
    print(TARGETS)
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    out = RESULTS / f"bench-{stamp}.json"
    out.write_text(json.dumps({"runs": args.runs, "results": results}, indent=1), encoding="utf-8")
    print(f"\nwritten: {out.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
