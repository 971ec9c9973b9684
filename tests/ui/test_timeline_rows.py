"""What a timeline row says: a heading and one quieter line, plain words without Markdown."""

from __future__ import annotations

from datetime import date

from parentjournal.core.model import EntryDraft
from parentjournal.core.timeline import entry_item
from parentjournal.ui.journal.timeline_model import EXCERPT_CHARS, heading_and_excerpt


def _row(journal, person, text: str, title: str = "") -> tuple[str, str]:
    entry, _ = journal.entries.create(EntryDraft(person.id, date(2026, 3, 3), text, title=title))
    return heading_and_excerpt(entry_item(entry))


def test_the_first_line_is_the_heading_and_the_rest_reads_on_one_line(couple):
    journal, sara, _tom = couple
    heading, excerpt = _row(
        journal, sara, "# Een **lange** nacht\n\n- _drie_ keer wakker\n> en toch `uitgerust`"
    )
    assert heading == "Een lange nacht"
    assert excerpt == "drie keer wakker en toch uitgerust"


def test_a_title_is_the_heading_and_the_text_starts_the_line_under_it(couple):
    journal, sara, _tom = couple
    heading, excerpt = _row(
        journal, sara, "Eerst een [wandeling](https://x.be).\nDan soep.", "Zondag"
    )
    assert heading == "Zondag"
    assert excerpt == "Eerst een wandeling. Dan soep."


def test_a_very_long_entry_shows_its_beginning_cut_to_one_line(couple):
    journal, sara, _tom = couple
    paragraphs = [f"Alinea {n} over hoe de dag verliep, met wat **vet** erin." for n in range(3000)]
    heading, excerpt = _row(journal, sara, "\n\n".join(paragraphs))
    assert heading == "Alinea 0 over hoe de dag verliep, met wat vet erin."
    assert len(excerpt) == EXCERPT_CHARS
    assert excerpt.startswith("Alinea 1 over hoe de dag verliep, met wat vet erin. Alinea 2 over")
    assert "**" not in excerpt


def test_a_pasted_text_without_line_breaks_shows_its_beginning_without_marks(couple):
    journal, sara, _tom = couple
    heading, excerpt = _row(journal, sara, "**Begin** " + "woord " * 4000)
    assert heading == ("Begin " + "woord " * 60)[:EXCERPT_CHARS]
    assert excerpt == ""


def test_a_long_link_on_a_long_line_is_left_out_as_a_whole(couple):
    journal, sara, _tom = couple
    target = "https://voorbeeld.be/" + "x" * 1500
    heading, _excerpt = _row(journal, sara, f"Zie [dit stuk]({target}) " + "en meer " * 500)
    assert heading == ("Zie dit stuk " + "en meer " * 40)[:EXCERPT_CHARS]
