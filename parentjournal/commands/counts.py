"""Record counts in words ("2 adults, 1 child, 1.234 journal entries"), shared by commands.

A capability that adds a record table may add a plural phrase for it in
:func:`table_phrase`; without one, the table's name is shown next to its number.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale


def number(n: int) -> str:
    """``n`` with the active language's thousands separator (1.234 in Dutch)."""
    return QLocale().toString(n)


def table_phrase(table: str, n: int) -> str:
    """``n`` records of ``table`` in words, e.g. "3 journal entries"."""
    phrases = {
        "person": lambda: QCoreApplication.translate("counts", "%Ln adult(s)", "", n),
        "child": lambda: QCoreApplication.translate("counts", "%Ln child(ren)", "", n),
        "setting": lambda: QCoreApplication.translate("counts", "%Ln setting(s)", "", n),
        "entry": lambda: QCoreApplication.translate("counts", "%Ln journal entry(s)", "", n),
        "question": lambda: QCoreApplication.translate("counts", "%Ln question(s)", "", n),
        "advice": lambda: QCoreApplication.translate("counts", "%Ln piece(s) of advice", "", n),
        "moment": lambda: QCoreApplication.translate("counts", "%Ln moment(s)", "", n),
        "care_task": lambda: QCoreApplication.translate("counts", "%Ln care task(s)", "", n),
        "care_picture": lambda: QCoreApplication.translate(
            "counts", "%Ln care-load picture(s)", "", n
        ),
        "care_cell": lambda: QCoreApplication.translate(
            "counts", "%Ln answer(s) in those pictures", "", n
        ),
        "care_agreement": lambda: QCoreApplication.translate("counts", "%Ln agreement(s)", "", n),
        "care_agreement_note": lambda: QCoreApplication.translate(
            "counts", "%Ln note(s) on agreements", "", n
        ),
        "checkin": lambda: QCoreApplication.translate("counts", "%Ln check-in(s)", "", n),
        "reflection_choice": lambda: QCoreApplication.translate(
            "counts", "%Ln choice(s) about reflection prompts", "", n
        ),
        "person_key": lambda: QCoreApplication.translate(
            "counts", "%Ln personal passphrase key(s)", "", n
        ),
    }
    # %Ln: the number with the language's thousands separator (100.000 in Dutch).
    return phrases[table]() if table in phrases else f"{table}: {number(n)}"


def in_bin_phrase(n: int) -> str:
    """ "(5 of them in the bin)"."""
    return QCoreApplication.translate("counts", "(%Ln of them in the bin)", "", n)


def join_phrases(phrases: Iterable[str]) -> str:
    """Phrases joined into one line: "2 adults, 1 child and 30 journal entries"."""
    items = list(phrases)
    if not items:
        return QCoreApplication.translate("counts", "nothing yet")
    if len(items) == 1:
        return items[0]
    return QCoreApplication.translate("counts", "{first} and {last}").format(
        first=", ".join(items[:-1]), last=items[-1]
    )
