"""The visit document and the journal export in every format: privacy, empty sections,
escaping, and a PDF that a PDF reader can open and read back."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

import pypdf
import pytest

from parentjournal.core.journal_document import build_journal_document
from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.core.visit_document import (
    VisitRequest,
    build_visit_document,
    default_choices,
    gather,
)
from parentjournal.core.visits import AdviceDraft, QuestionDraft, Stance
from parentjournal.export.files import write_document
from parentjournal.export.html import to_html
from parentjournal.export.markdown import to_markdown
from parentjournal.export.visit_words import VisitWords
from parentjournal.i18n import Translations

DAY = date(2026, 3, 10)


@pytest.fixture
def english(qapp):
    translations = Translations(qapp)
    translations.install("en")
    yield
    translations.install("nl")


def ask(journal, person, text, visibility=Visibility.SHARED, for_whom="midwife"):
    return journal.questions.add(QuestionDraft(person.id, text, for_whom, visibility))[0]


def write(journal, person, body, visibility=Visibility.SHARED, day=DAY):
    return journal.entries.create(EntryDraft(person.id, day, body, visibility=visibility))[0]


def doubt(journal, person, text, visibility=Visibility.SHARED):
    draft = AdviceDraft(person.id, text, DAY, "family", "sleep", Stance.DOUBT, "", visibility)
    return journal.advice.add(draft)[0]


def visit(journal, viewer, *, include_private=False, entries=()):
    request = VisitRequest(viewer.id, "midwife", date(2026, 3, 1), DAY, include_private)
    material = gather(
        request,
        journal.questions,
        journal.advice,
        journal.entries_between(viewer.id, request.first, request.last),
    )
    choices = replace(default_choices(material), entry_ids=frozenset(e.id for e in entries))
    names = {p.id: p.name for p in journal.household.household().people}
    return build_visit_document(material, choices, names, VisitWords("en"), DAY)


def pdf_words(reader: pypdf.PdfReader) -> str:
    """The PDF's text as single-spaced words (extraction yields tabs and "ﬂ" ligatures)."""
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def all_formats(doc, tmp_path) -> dict[str, str]:
    out = {}
    for fmt, name in (("markdown", "v.md"), ("html", "v.html"), ("pdf", "v.pdf")):
        path = write_document(doc, fmt, tmp_path / name)
        if fmt == "pdf":
            out[fmt] = pdf_words(pypdf.PdfReader(path))
        else:
            out[fmt] = path.read_text(encoding="utf-8")
    return out


def test_the_pdf_is_a4_with_title_names_sections_and_page_numbers(couple, english, tmp_path):
    journal, sara, tom = couple
    ask(journal, sara, "Is één fles 's nachts genoeg? Zoë drinkt veel 🍼")
    ask(journal, tom, "Wanneer mag ze in bad?")
    path = write_document(visit(journal, sara), "pdf", tmp_path / "bezoek.pdf")
    reader = pypdf.PdfReader(path)
    page = reader.pages[0]
    # A4 is 595 x 842 points.
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    text = pdf_words(reader)
    assert "For our visit to the midwife" in text
    assert "From Sara and Tom" in text
    assert "Our questions" in text
    assert "Is één fles 's nachts genoeg? Zoë drinkt veel" in text
    assert "page 1 of 1" in text
    assert reader.metadata.title == "For our visit to the midwife"


def test_a_long_visit_runs_over_several_numbered_pages(couple, english, tmp_path):
    journal, sara, _tom = couple
    for n in range(60):
        ask(journal, sara, f"Vraag nummer {n} over de nachten en het drinken")
    reader = pypdf.PdfReader(write_document(visit(journal, sara), "pdf", tmp_path / "v.pdf"))
    pages = len(reader.pages)
    assert pages >= 2
    assert f"page {pages} of {pages}" in " ".join(reader.pages[-1].extract_text().split())


def test_a_partners_private_items_never_reach_any_export(couple, english, tmp_path):
    journal, sara, tom = couple
    ask(journal, tom, "TOMSVRAAG geheim", Visibility.PRIVATE)
    doubt(journal, tom, "TOMSADVIES geheim", Visibility.PRIVATE)
    secret = write(journal, tom, "TOMSDAGBOEK geheim", Visibility.PRIVATE)
    shared = write(journal, sara, "Samen gedeeld")
    ask(journal, sara, "Gedeelde vraag")
    # Even asking for private items and naming Tom's entry cannot bring it in.
    doc = visit(journal, sara, include_private=True, entries=[secret, shared])
    for fmt, text in all_formats(doc, tmp_path).items():
        assert "Gedeelde vraag" in text, fmt
        assert "Samen gedeeld" in text, fmt
        for word in ("TOMSVRAAG", "TOMSADVIES", "TOMSDAGBOEK"):
            assert word not in text, (fmt, word)
    journal_doc = build_journal_document(
        journal.entries_between(sara.id),
        journal.questions.visible(sara.id),
        journal.advice.visible(sara.id),
        {sara.id: "Sara", tom.id: "Tom"},
        VisitWords("en"),
        made_on=DAY,
    )
    assert "TOMS" not in to_markdown(journal_doc) + to_html(journal_doc)


def test_own_private_items_only_when_asked_for(couple, english):
    journal, sara, _tom = couple
    ask(journal, sara, "Mijn eigen vraag", Visibility.PRIVATE)
    ask(journal, sara, "Onze vraag")
    assert "Mijn eigen vraag" not in to_markdown(visit(journal, sara))
    with_private = to_markdown(visit(journal, sara, include_private=True))
    assert "Mijn eigen vraag" in with_private
    assert "only for me" in with_private


def test_empty_sections_are_left_out(couple, english, tmp_path):
    journal, sara, _tom = couple
    ask(journal, sara, "Alleen een vraag")
    doc = visit(journal, sara)
    assert [s.key for s in doc.sections] == ["questions"]
    for fmt, text in all_formats(doc, tmp_path).items():
        assert "Our questions" in text, fmt
        for heading in ("Advice we are not sure", "From our journal", "How we are doing"):
            assert heading not in text, (fmt, heading)


def test_a_script_in_an_entry_stays_text(couple, english, tmp_path):
    journal, sara, _tom = couple
    entry = write(journal, sara, "**Moe** <script>alert('x')</script> & <img src=x onerror=y>")
    ask(journal, sara, "Mag <b>dit</b>?")
    doc = visit(journal, sara, entries=[entry])
    page = to_html(doc)
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<strong>Moe</strong>" in page
    markdown = to_markdown(doc)
    # In Markdown "\<" is a literal "<": no tag can start anywhere.
    assert "<" not in markdown.replace("\\<", "")
    assert "Mag \\<b\\>dit\\</b\\>?" in markdown
    pdf_text = all_formats(doc, tmp_path)["pdf"]
    assert "<script>alert('x')</script>" in " ".join(pdf_text.split())


def test_journal_export_keeps_the_date_range_and_groups_by_month(couple, english):
    journal, sara, _tom = couple
    write(journal, sara, "In februari", day=date(2026, 2, 14))
    write(journal, sara, "In maart", day=date(2026, 3, 2))
    write(journal, sara, "In april", day=date(2026, 4, 2))
    doc = build_journal_document(
        journal.entries_between(sara.id, date(2026, 2, 1), date(2026, 3, 31)),
        [],
        [],
        {sara.id: "Sara"},
        VisitWords("en"),
        made_on=DAY,
        first=date(2026, 2, 1),
        last=date(2026, 3, 31),
    )
    assert [s.heading for s in doc.sections] == ["February 2026", "March 2026"]
    text = to_markdown(doc)
    assert "In februari" in text and "In maart" in text and "In april" not in text


def test_check_ins_marked_for_the_visit_come_along_and_private_ones_stay_home(couple, english):
    from parentjournal.core.checkin import CheckInDraft

    journal, sara, tom = couple
    journal.checkins.create(
        CheckInDraft(
            tom.id, DAY, "De nachten vallen zwaar", talk_carer=True, visibility=Visibility.SHARED
        )
    )
    journal.checkins.create(CheckInDraft(tom.id, DAY, "TOMPRIVE alleen voor mij", talk_carer=True))
    mine, _ = journal.checkins.create(
        CheckInDraft(sara.id, DAY, "Moe maar blij", energy="zwaar", visibility=Visibility.SHARED)
    )
    request = VisitRequest(sara.id, "", date(2026, 3, 1), DAY)
    material = gather(
        request, journal.questions, journal.advice, [], journal.checkins, [sara.id, tom.id]
    )
    choices = default_choices(material)
    names = {sara.id: "Sara", tom.id: "Tom"}
    text = to_markdown(build_visit_document(material, choices, names, VisitWords("en"), DAY))
    assert "De nachten vallen zwaar" in text
    assert "TOMPRIVE" not in text
    # How someone is doing is only added when picked.
    assert "Moe maar blij" not in text
    picked = replace(choices, checkin_ids=choices.checkin_ids | {mine.id})
    text = to_markdown(build_visit_document(material, picked, names, VisitWords("en"), DAY))
    assert "How we are doing" in text and "Moe maar blij" in text and "Energy: zwaar" in text


def test_journal_export_has_moments_and_check_ins_but_not_a_partners_private_ones(couple, english):
    from parentjournal.core.checkin import CheckInDraft
    from parentjournal.core.moments import MomentDraft
    from parentjournal.documents import journal_document

    journal, sara, tom = couple
    journal.moments.give(MomentDraft(tom.id, DAY, "Jij suste haar zo rustig", sara.id))
    journal.moments.give(MomentDraft(tom.id, DAY, "TOMMOMENT voor mezelf"))
    journal.checkins.create(CheckInDraft(sara.id, DAY, "Moe maar trots"))
    journal.checkins.create(CheckInDraft(tom.id, DAY, "TOMCHECKIN", visibility=Visibility.PRIVATE))
    text = to_markdown(journal_document(journal, sara.id, language="en", today=DAY))
    assert "Goed bezig, from Tom for Sara" in text and "Jij suste haar zo rustig" in text
    assert "Check-in, Sara" in text
    assert "Moe maar trots" in text
    assert "TOMMOMENT" not in text and "TOMCHECKIN" not in text
