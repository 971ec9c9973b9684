"""The ``pdf``, ``markdown`` and ``html`` formats of ``parentjournal export``.

``--visit`` writes the document of "Prepare a visit" with the dialog's defaults: the open
questions and doubtful advice that are shared, plus the person's own private ones only with
``--include-private``. Without ``--visit`` (Markdown and HTML) it writes everything the
person may see, to keep or print. Another person's private writing is never written.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from parentjournal.core.clock import parse_day
from parentjournal.core.visit_document import VisitRequest, default_period
from parentjournal.documents import journal_document, visit_document, visit_material
from parentjournal.export.files import write_document
from parentjournal.i18n import resolve_language

DOCUMENT_FORMATS = ("pdf", "markdown", "html")
# ``--for`` understands the Dutch words too.
PROVIDER_WORDS = {
    "vroedvrouw": "midwife",
    "huisarts": "gp",
    "pediater": "paediatrician",
    "kind en gezin": "child_health",
    "kindengezin": "child_health",
    "andere": "other",
}


def add_arguments(parser) -> None:
    """Options shared by the document formats (added once, whichever format is chosen)."""
    parser.add_argument(
        "--person",
        metavar=QCoreApplication.translate("export_documents", "NAME"),
        help=QCoreApplication.translate(
            "export_documents", "whose view: only what this person may see"
        ),
    )
    parser.add_argument(
        "--visit",
        action="store_true",
        help=QCoreApplication.translate("export_documents", "the document for a care visit"),
    )
    parser.add_argument(
        "--for",
        dest="for_whom",
        metavar=QCoreApplication.translate("export_documents", "WHO"),
        default="",
        help=QCoreApplication.translate(
            "export_documents",
            "with --visit: midwife, gp, paediatrician, child_health, other, or your own words",
        ),
    )
    parser.add_argument(
        "--from",
        dest="first",
        metavar=QCoreApplication.translate("export_documents", "DAY"),
        help=QCoreApplication.translate("export_documents", "first day, YYYY-MM-DD"),
    )
    parser.add_argument(
        "--to",
        dest="last",
        metavar=QCoreApplication.translate("export_documents", "DAY"),
        help=QCoreApplication.translate("export_documents", "last day, YYYY-MM-DD"),
    )
    parser.add_argument(
        "--include-private",
        action="store_true",
        help=QCoreApplication.translate(
            "export_documents",
            "with --visit: also this person's own private questions, advice and check-ins",
        ),
    )


def needs_gui(args) -> bool:
    """A PDF is laid out with QtGui (fonts), so it needs a QGuiApplication (offscreen)."""
    return args.format == "pdf"


def _say(text: str) -> int:
    print(text)
    return 2


def _day(text: str | None) -> date | None:
    return parse_day(text) if text else None


def run(journal, args) -> int:
    """Write the chosen document to ``--out``; explain plainly what is missing."""
    if not args.out:
        return _say(
            QCoreApplication.translate(
                "export_documents", "Where shall I write it? Add --out FILE, please."
            )
        )
    people = journal.household.household().people
    person = next(
        (p for p in people if args.person and p.name.casefold() == args.person.casefold()), None
    )
    if person is None:
        return _say(
            QCoreApplication.translate(
                "export_documents", "Whose view shall I write? Add --person with one of: {names}"
            ).format(names=", ".join(p.name for p in people) or "-")
        )
    try:
        first, last = _day(args.first), _day(args.last)
    except ValueError:
        return _say(
            QCoreApplication.translate(
                "export_documents",
                "A day is written like 2026-03-14. Could you check --from and --to?",
            )
        )
    language = resolve_language(getattr(args, "lang", None))
    if args.visit:
        default_first, default_last = default_period(date.today())
        request = VisitRequest(
            viewer_id=person.id,
            for_whom=PROVIDER_WORDS.get(args.for_whom.strip().casefold(), args.for_whom.strip()),
            first=first or default_first,
            last=last or default_last,
            include_private=args.include_private,
        )
        doc = visit_document(journal, visit_material(journal, request), language=language)
    else:
        doc = journal_document(journal, person.id, first, last, language=language)
    try:
        path = write_document(doc, args.format, args.out)
    except OSError as exc:
        return _say(
            QCoreApplication.translate(
                "export_documents", "The file could not be written: {error}"
            ).format(error=exc.strerror or exc)
        )
    print(QCoreApplication.translate("export_documents", "Written to {path}.").format(path=path))
    if journal.personal_locks.has_passphrase(person.id):
        # The command line never asks for a personal passphrase, so sealed items stay out.
        print(
            QCoreApplication.translate(
                "export_documents",
                "What {name} keeps under their own passphrase is not in it; "
                "that opens only in the app.",
            ).format(name=person.name)
        )
    return 0
