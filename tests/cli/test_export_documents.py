"""``parentjournal export`` as PDF, Markdown and HTML: the visit document and the journal."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest

from parentjournal.core.household import AdultInput
from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.core.visit_document import VisitRequest, default_period
from parentjournal.core.visits import AdviceDraft, QuestionDraft, Stance
from parentjournal.documents import visit_document, visit_material
from parentjournal.export.markdown import to_markdown
from parentjournal.i18n import Translations
from parentjournal.journal import Journal

# Each case starts the app (about a second each).
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent.parent
TODAY = date.today()


def pj(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)  # the PDF must be made without any display
    return subprocess.run(
        [sys.executable, "-m", "parentjournal", *args, "--lang", lang],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture(scope="module")
def household(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("visit")
    journal = Journal.open_dir(folder)
    journal.household.set_up([AdultInput("Sara"), AdultInput("Tom")], [], None)
    sara, tom = journal.household.household().people
    shared, private = Visibility.SHARED, Visibility.PRIVATE
    journal.questions.add(
        QuestionDraft(sara.id, "Is één fles 's nachts genoeg?", "midwife", shared)
    )
    journal.questions.add(QuestionDraft(sara.id, "SARAPRIVE mijn eigen vraag", "midwife", private))
    journal.questions.add(QuestionDraft(tom.id, "TOMPRIVE zijn vraag", "midwife", private))
    journal.questions.add(QuestionDraft(tom.id, "Voor de huisarts", "gp", shared))
    journal.advice.add(
        AdviceDraft(tom.id, "Eigen bedje", TODAY, "family", "slaap", Stance.DOUBT, "", shared)
    )
    journal.entries.create(
        EntryDraft(sara.id, TODAY - timedelta(days=3), "Gedeeld <script>x</script>", "", shared)
    )
    journal.entries.create(EntryDraft(tom.id, TODAY, "TOMDAGBOEK privé", "", private))
    journal.entries.create(EntryDraft(sara.id, date(2020, 1, 1), "Heel oud", "", shared))
    journal.close()
    return folder


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_visit_pdf_for_the_midwife_leaves_private_questions_out(household, tmp_path):
    out = tmp_path / "bezoek.pdf"
    done = pj(
        "export",
        "--format",
        "pdf",
        "--visit",
        "--for",
        "vroedvrouw",
        "--person",
        "sara",
        "--data-dir",
        str(household),
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    text = pdf_text(out)
    assert "For our visit to the midwife" in text
    assert "Is één fles 's nachts genoeg?" in text
    assert "Eigen bedje" in text
    assert "Voor de huisarts" not in text
    assert "SARAPRIVE" not in text and "TOMPRIVE" not in text
    assert "page 1 of 1" in text


def test_include_private_adds_only_my_own(household, tmp_path):
    out = tmp_path / "bezoek.md"
    done = pj(
        "export",
        "--format",
        "markdown",
        "--visit",
        "--include-private",
        "--person",
        "Sara",
        "--data-dir",
        str(household),
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    text = out.read_text(encoding="utf-8")
    assert "SARAPRIVE mijn eigen vraag" in text and "TOMPRIVE" not in text


def test_the_command_line_writes_what_the_dialog_offers_by_default(household, tmp_path, qapp):
    out = tmp_path / "bezoek.md"
    done = pj(
        "export",
        "--format",
        "markdown",
        "--visit",
        "--for",
        "midwife",
        "--person",
        "Sara",
        "--data-dir",
        str(household),
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    translations = Translations(qapp)
    journal = Journal.open_dir(household)
    try:
        translations.install("en")
        sara = journal.household.household().people[0]
        request = VisitRequest(sara.id, "midwife", *default_period(TODAY))
        expected = visit_document(journal, visit_material(journal, request), language="en")
        assert out.read_text(encoding="utf-8") == to_markdown(expected)
    finally:
        journal.close()
        translations.install("nl")


def test_journal_export_by_date_range_is_what_the_person_may_see(household, tmp_path):
    out = tmp_path / "dagboek.html"
    first = (TODAY - timedelta(days=10)).isoformat()
    done = pj(
        "export",
        "--format",
        "html",
        "--person",
        "Sara",
        "--from",
        first,
        "--data-dir",
        str(household),
        "--out",
        str(out),
        lang="nl",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    page = out.read_text(encoding="utf-8")
    assert "<h1>Ons dagboek</h1>" in page
    assert "Gedeeld &lt;script&gt;x&lt;/script&gt;" in page
    assert "TOMDAGBOEK" not in page and "TOMPRIVE" not in page
    assert "Heel oud" not in page


def test_a_missing_person_is_asked_for_and_nothing_is_written(household, tmp_path):
    out = tmp_path / "niets.md"
    done = pj("export", "--format", "markdown", "--data-dir", str(household), "--out", str(out))
    assert done.returncode == 2
    assert "--person" in done.stdout and "Sara, Tom" in done.stdout
    assert not out.exists()
