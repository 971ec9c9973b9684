"""The translated words of a visit document or printed journal (QtCore only).

Shared by the dialog, the preview and the command line, so every format and every entry
point says the same thing in the active language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from parentjournal.core.checkin import CheckIn
from parentjournal.core.model import Entry, Visibility
from parentjournal.core.moments import Moment
from parentjournal.core.visits import Advice, Question, Stance


def provider_name(key: str) -> str:
    """A care provider for display; own words are shown as typed."""
    names = {
        "midwife": QCoreApplication.translate("VisitWords", "the midwife"),
        "gp": QCoreApplication.translate("VisitWords", "the GP"),
        "paediatrician": QCoreApplication.translate("VisitWords", "the paediatrician"),
        "child_health": QCoreApplication.translate("VisitWords", "Kind en Gezin"),
        "other": QCoreApplication.translate("VisitWords", "someone else"),
    }
    return names.get(key, key)


def source_name(key: str) -> str:
    """Where advice came from, for display; own words are shown as typed."""
    names = {
        "midwife": QCoreApplication.translate("VisitWords", "midwife"),
        "doctor": QCoreApplication.translate("VisitWords", "doctor"),
        "family": QCoreApplication.translate("VisitWords", "family"),
        "friends": QCoreApplication.translate("VisitWords", "friends"),
        "book": QCoreApplication.translate("VisitWords", "book"),
        "website": QCoreApplication.translate("VisitWords", "website"),
        "social_media": QCoreApplication.translate("VisitWords", "social media"),
        "other": QCoreApplication.translate("VisitWords", "other"),
    }
    return names.get(key, key)


def stance_name(stance: Stance) -> str:
    """The household's own stance in words (never a verdict on the advice)."""
    names = {
        Stance.FITS_US: QCoreApplication.translate("VisitWords", "fits us"),
        Stance.DOUBT: QCoreApplication.translate("VisitWords", "not sure yet"),
        Stance.NOT_FOR_US: QCoreApplication.translate("VisitWords", "not for us"),
        Stance.NONE: "",
    }
    return names[stance]


class VisitWords:
    """Implements :class:`parentjournal.core.visit_document.VisitWords` with Qt translations."""

    def __init__(self, language: str = "nl"):
        self.language = language

    def visit_title(self, for_whom: str) -> str:
        if not for_whom:
            return QCoreApplication.translate("VisitWords", "For our care visit")
        return QCoreApplication.translate("VisitWords", "For our visit to {who}").format(
            who=provider_name(for_whom)
        )

    def journal_title(self) -> str:
        return QCoreApplication.translate("VisitWords", "Our journal")

    def made_on(self, day: date) -> str:
        return QCoreApplication.translate("VisitWords", "Made on {day}").format(day=self.day(day))

    def people_line(self, names: list[str]) -> str:
        if not names:
            return ""
        if len(names) == 1:
            joined = names[0]
        else:
            joined = QCoreApplication.translate("VisitWords", "{first} and {last}").format(
                first=", ".join(names[:-1]), last=names[-1]
            )
        return QCoreApplication.translate("VisitWords", "From {names}").format(names=joined)

    def period_line(self, first: date | None, last: date | None) -> str:
        if first and last:
            return QCoreApplication.translate("VisitWords", "From {first} to {last}").format(
                first=self.day(first), last=self.day(last)
            )
        if first:
            return QCoreApplication.translate("VisitWords", "Since {first}").format(
                first=self.day(first)
            )
        if last:
            return QCoreApplication.translate("VisitWords", "Until {last}").format(
                last=self.day(last)
            )
        return ""

    def heading(self, key: str) -> str:
        headings = {
            "questions": QCoreApplication.translate("VisitWords", "Our questions"),
            "how_we_are": QCoreApplication.translate("VisitWords", "How we are doing"),
            "talk_about": QCoreApplication.translate(
                "VisitWords", "What we would like to talk about"
            ),
            "advice": QCoreApplication.translate("VisitWords", "Advice we are not sure about"),
            "entries": QCoreApplication.translate("VisitWords", "From our journal"),
            "all_questions": QCoreApplication.translate("VisitWords", "Questions"),
            "all_advice": QCoreApplication.translate("VisitWords", "Advice we received"),
        }
        return headings[key]

    def provider(self, key: str) -> str:
        return provider_name(key)

    def source(self, key: str) -> str:
        return source_name(key)

    def stance(self, stance: Stance) -> str:
        return stance_name(stance)

    def day(self, day: date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")

    def month(self, day: date) -> str:
        return QLocale().toString(QDate(day.year, day.month, 1), "MMMM yyyy")

    def _private(self, visibility: Visibility) -> str:
        if visibility is Visibility.SHARED:
            return ""
        return " · " + QCoreApplication.translate("VisitWords", "only for me")

    def question_note(self, question: Question, asker: str) -> str:
        note = QCoreApplication.translate("VisitWords", "Asked by {name}").format(name=asker)
        if question.for_whom:
            note += " · " + QCoreApplication.translate("VisitWords", "for {who}").format(
                who=provider_name(question.for_whom)
            )
        note += self._private(question.visibility)
        if not question.is_open:
            when = f" ({self.day(question.answered_on)})" if question.answered_on else ""
            answer = question.answer or QCoreApplication.translate("VisitWords", "asked")
            note += "\n" + QCoreApplication.translate(
                "VisitWords", "Answer{when}: {answer}"
            ).format(when=when, answer=answer)
        return note

    def advice_note(self, advice: Advice, writer: str) -> str:
        parts = []
        if advice.source:
            parts.append(source_name(advice.source))
        if advice.day:
            parts.append(self.day(advice.day))
        parts.append(
            QCoreApplication.translate("VisitWords", "noted by {name}").format(name=writer)
        )
        note = " · ".join(parts) + self._private(advice.visibility)
        stance = stance_name(advice.stance)
        own_words = advice.stance_note.strip()
        if stance or own_words:
            note += "\n" + QCoreApplication.translate("VisitWords", "What we think: {view}").format(
                view=" — ".join(p for p in (stance, own_words) if p)
            )
        return note

    def entry_heading(self, entry: Entry, writer: str) -> str:
        heading = f"{self.day(entry.day)} · {writer}"
        if entry.title:
            heading += f" · {entry.title}"
        return heading + self._private(entry.visibility)

    def checkin_heading(self, checkin: CheckIn, writer: str) -> str:
        return f"{writer} · {self.day(checkin.day)}" + self._private(checkin.visibility)

    def journal_checkin_heading(self, checkin: CheckIn, writer: str) -> str:
        what = QCoreApplication.translate("VisitWords", "Check-in, {writer}").format(writer=writer)
        return f"{self.day(checkin.day)} · {what}" + self._private(checkin.visibility)

    def moment_heading(self, moment: Moment, writer: str, recipient: str) -> str:
        if recipient:
            what = QCoreApplication.translate(
                "VisitWords", "Goed bezig, from {writer} for {recipient}"
            ).format(writer=writer, recipient=recipient)
        else:
            what = QCoreApplication.translate("VisitWords", "Goed bezig, {writer}").format(
                writer=writer
            )
        return f"{self.day(moment.day)} · {what}" + self._private(moment.visibility)

    def checkin_text(self, checkin: CheckIn) -> str:
        lines = [checkin.text.strip()]
        if checkin.energy.strip():
            lines.append(
                QCoreApplication.translate("VisitWords", "Energy: {word}").format(
                    word=checkin.energy.strip()
                )
            )
        if checkin.would_help.strip():
            lines.append(
                QCoreApplication.translate("VisitWords", "What would help: {text}").format(
                    text=checkin.would_help.strip()
                )
            )
        return "\n".join(line for line in lines if line)
