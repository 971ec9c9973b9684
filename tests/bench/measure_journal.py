"""In-process measurements on one demo journal; run by ``bench.py`` as a fresh process.

Prints one JSON object: for each measurement a list of timings in milliseconds (warm-up
runs left out), plus the peak RSS (KiB) after start-up and after a search. A fresh process
per journal keeps the memory figures honest. The journal is changed (a long entry is added
for the typing measurement), so run it on a demo copy.

    python tests/bench/measure_journal.py DATA_DIR RUNS [search]
"""

from __future__ import annotations

import json
import os
import random
import resource
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# What people search for: a word in many entries, one in a handful, a prefix, a phrase.
SEARCHES = {
    "common word": "vandaag",
    "rare word": "ijsvogel",
    "prefix": "borstvoed*",
    "phrase": '"kind en gezin"',
}
PAGE = 100
# A search takes well under a millisecond: its median needs many runs to be stable.
SEARCH_RUNS = 200


def peak_rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def timed(fn, runs: int, warmup: int = 1) -> list[float]:
    """Milliseconds of ``runs`` calls of ``fn`` after ``warmup`` unmeasured ones."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return times


def timed_together(fns: list, runs: int, warmup: int = 5) -> list[list[float]]:
    """Milliseconds of ``runs`` rounds, each calling every one of ``fns`` once.

    The machine is shared: measuring a search and its floor round by round gives both the
    same share of whatever else is running, so their ratio is fair.
    """
    for _ in range(warmup):
        for fn in fns:
            fn()
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, found in zip(fns, times, strict=True):
            started = time.perf_counter()
            fn()
            found.append((time.perf_counter() - started) * 1000)
    return times


def start_like_the_app(data_dir: Path):
    """Open the journal and show the main window as ``run_gui`` does (without its loop)."""
    from PySide6.QtWidgets import QApplication

    from parentjournal.i18n import Translations
    from parentjournal.journal import Journal
    from parentjournal.paths import JournalPaths
    from parentjournal.ui.context import AppContext
    from parentjournal.ui.main_window import MainWindow
    from parentjournal.ui.prefs import Prefs

    app = QApplication.instance() or QApplication(sys.argv[:1])
    translations = Translations(app)
    translations.install("nl")
    journal = Journal.open(JournalPaths(data_dir))
    prefs = Prefs(Path(tempfile.mkdtemp()) / "parentjournal.ini")
    ctx = AppContext(journal, prefs, translations)
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    return app, journal, ctx, window


def dagboek(window):
    """The Dagboek screen inside the main window (timeline model, search panel, editor)."""
    from parentjournal.ui.journal.screen import JournalScreen

    screen = window.findChild(JournalScreen)
    if screen is None:
        raise RuntimeError("the main window has no Dagboek screen")
    return screen


def measure_search(journal, screen, person_id: str, runs: int) -> dict:
    """From a query to a filled result model, next to the bare FTS5 query for that page.

    ``search_ms`` (the headline) is the panel's own result model filled for a new query:
    the first page (``FIRST_PAGE`` results with snippets) from every source a parent's
    search uses (entries and goed-bezig moments, privacy applied), as the list shows it.
    ``page_floor_ms`` is its floor: the bare FTS5 query for the same first page (the same
    MATCH, newest first, the same LIMIT, with snippets; no privacy, no moments, no Python
    objects). Kept next to them so nothing is hidden: ``floor_ms`` fetches every match's
    rowid, ``panel_ms`` adds the list's layout of the rich-text rows (``set_query`` and
    ``run_now``, as a pause in typing does), ``painted_ms`` adds painting them. The
    breakdown splits the search into its parts; the count runs after the first page is
    painted, so it is reported on its own. Sub-millisecond figures need many repetitions:
    at least ``SEARCH_RUNS`` each; the headline and its floor are measured round by round.
    """
    from PySide6.QtWidgets import QApplication

    from parentjournal.core.model import HIGHLIGHT_END, HIGHLIGHT_START
    from parentjournal.core.search_query import to_fts_query
    from parentjournal.ui.journal.search_model import FIRST_PAGE

    runs = max(runs, SEARCH_RUNS)
    panel = screen.search_panel  # built at the first search, as in the app
    screen.list_stack.setCurrentWidget(panel)
    app = QApplication.instance()
    found = {}
    for label, text in SEARCHES.items():
        query = "{title body} : (" + to_fts_query(text) + ")"

        def floor(query=query):
            # Every match's rowid from the index.
            return journal.db.execute(
                "SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?", [query]
            ).fetchall()

        def page_floor(query=query):
            # The same first page straight from the index: newest first, with snippets.
            return journal.db.execute(
                "SELECT rowid, snippet(entry_fts, 1, ?, ?, '…', 16) FROM entry_fts "
                "WHERE entry_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                [HIGHLIGHT_START, HIGHLIGHT_END, query, FIRST_PAGE],
            ).fetchall()

        def model_filled(text=text):
            # What a query costs before the list lays anything out: the panel's model.
            panel.found.run(person_id, text)

        def in_panel(text=text):
            # A new query's rows have never been laid out: forget the remembered sizes.
            panel.results.itemDelegate().forget()
            panel.set_query(text)
            panel.run_now()

        def painted(text=text):
            # Query, first page, layout and painting of the rows on screen.
            in_panel(text)
            panel.results.viewport().grab()

        in_panel()
        counts = journal.search.count(person_id, text)
        search_ms, page_floor_ms = timed_together([model_filled, page_floor], runs)
        found[label] = {
            "query": text,
            "hits_on_first_page": panel.found.rowCount(),
            "moments_on_first_page": sum(
                panel.found.found_at(r).kind == "moment" for r in range(panel.found.rowCount())
            ),
            "matches": len(floor()),
            "visible_matches": sum(counts.values()),
            "search_ms": search_ms,
            "page_floor_ms": page_floor_ms,
            "floor_ms": timed(floor, runs),
            "panel_ms": timed(in_panel, runs),
            "painted_ms": timed(painted, runs),
            "breakdown_ms": {
                "all sources, one page": timed(
                    lambda t=text: journal.search.page(person_id, t, limit=FIRST_PAGE), runs
                ),
                "model filled": timed(model_filled, runs),
                "panel, rows laid out": timed(in_panel, runs),
                "with painting": timed(painted, runs),
                "count (after the page)": timed(
                    lambda t=text: journal.search.count(person_id, t), runs
                ),
            },
        }
        app.processEvents()
    panel.set_query("")
    panel.run_now()
    return found


def measure_typing(screen, runs: int) -> list[float]:
    """An autosave of a long entry (about 20,000 characters) while it is being edited."""
    from PySide6.QtGui import QTextCursor

    editor = screen.editor
    screen.new_entry()
    editor.body.setPlainText(
        ("Een lange avond om alles eens op te schrijven wat er deze maand gebeurde. " * 270)[
            :20_000
        ]
    )
    editor.save_now()

    def type_and_save():
        cursor = editor.body.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        editor.body.setTextCursor(cursor)
        editor.body.insertPlainText("x")
        started = time.perf_counter()
        editor.save_now()
        return (time.perf_counter() - started) * 1000

    type_and_save()
    return [type_and_save() for _ in range(runs)]


def measure_open(journal, screen, person_id: str, runs: int) -> list[float]:
    """Opening an entry in the editor from its id (what a click in the timeline does)."""
    ids = [e.id for e in journal.entry_repo.page(person_id, limit=500)]
    rng = random.Random(1)
    return timed(lambda: screen.open_entry_id(rng.choice(ids)), runs * 4)


def measure_scroll(screen) -> dict:
    """Scrolling the timeline model to the bottom, one fetchMore (one page) at a time."""
    from parentjournal.ui.journal.timeline_model import TimelineModel

    model = screen.model
    assert isinstance(model, TimelineModel)
    initial = model.rowCount()
    page_ms, biggest, rows_before = [], 0, initial
    while model.canFetchMore():
        started = time.perf_counter()
        model.fetchMore()
        page_ms.append((time.perf_counter() - started) * 1000)
        biggest = max(biggest, model.rowCount() - rows_before)
        rows_before = model.rowCount()
    return {
        "initial_rows": initial,
        "pages": len(page_ms) + 1,
        "rows": model.rowCount(),
        "largest_page": biggest,
        "page_ms": page_ms or [0.0],
    }


def measure_exports(journal, person_id: str, runs: int) -> dict:
    """A visit PDF and a full-year Markdown export, through the core and export modules."""
    from parentjournal.core.clock import today
    from parentjournal.core.journal_document import build_journal_document
    from parentjournal.core.visit_document import (
        VisitRequest,
        build_visit_document,
        default_choices,
        default_period,
        gather,
    )
    from parentjournal.export.markdown import to_markdown
    from parentjournal.export.pdf import write_pdf
    from parentjournal.export.visit_words import VisitWords

    words = VisitWords("nl")
    names = {p.id: p.name for p in journal.household.household().people}
    out = Path(tempfile.mkdtemp())
    end = today()

    def visit_pdf():
        first, last = default_period(end)
        request = VisitRequest(person_id, first=first, last=last)
        material = gather(
            request,
            journal.questions,
            journal.advice,
            journal.entries_between(person_id, first, last),
        )
        chosen = default_choices(material)
        picked = frozenset(e.id for e in material.entries[-5:])
        choices = type(chosen)(chosen.question_ids, chosen.advice_ids, picked)
        document = build_visit_document(material, choices, names, words, end)
        write_pdf(document, out / "visit.pdf")

    def year_markdown():
        first = end - timedelta(days=365)
        document = build_journal_document(
            journal.entries_between(person_id, first, end),
            journal.questions.visible(person_id),
            journal.advice.visible(person_id),
            names,
            words,
            made_on=end,
            first=first,
            last=end,
        )
        (out / "year.md").write_text(to_markdown(document), encoding="utf-8")

    return {
        "visit_pdf_ms": timed(visit_pdf, runs),
        "year_markdown_ms": timed(year_markdown, runs),
        "year_markdown_entries": len(
            journal.entries_between(person_id, end - timedelta(days=365), end)
        ),
    }


def main(data_dir: Path, runs: int, only: str = "") -> dict:
    """Every measurement, or with ``only="search"`` the search alone."""
    app, journal, ctx, window = start_like_the_app(data_dir)
    rss_start = peak_rss_kib()
    person = ctx.person_id
    screen = dagboek(window)
    # An older demo journal may hold no moments; the table says how many were searched.
    moments = journal.db.execute("SELECT count(*) FROM moment WHERE deleted_at IS NULL")
    result = {"moments": moments.fetchone()[0]}
    result["search"] = measure_search(journal, screen, person, runs)
    result["rss_after_startup_kib"] = rss_start
    result["rss_after_search_kib"] = peak_rss_kib()
    if only == "search":
        window.close()
        journal.close()
        return result
    result["open_ms"] = measure_open(journal, screen, person, runs)
    result["typing_ms"] = measure_typing(screen, runs)
    result["scroll"] = measure_scroll(screen)
    result["exports"] = measure_exports(journal, person, runs)
    screen.flush()
    window.close()
    journal.close()
    app.processEvents()
    return result


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), int(sys.argv[2]), *sys.argv[3:4])))
