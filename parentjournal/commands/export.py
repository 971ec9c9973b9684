"""``parentjournal export --format FORMAT``: write the journal out in another format.

Formats are a small registry so each capability adds its own in its own module:
``FORMATS`` maps a format name to a module with ``run(journal, args) -> int`` (the exit
code) and, if it needs options of its own, ``add_arguments(parser)``. Every format gets
``--out FILE``; without it a format may write to standard output (json does).
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication

from parentjournal.commands import open_journal_or_explain

# Format name -> module that writes it. Add yours here.
FORMATS: dict[str, str] = {
    "json": "parentjournal.commands.export_json",
    "pdf": "parentjournal.commands.export_documents",
    "markdown": "parentjournal.commands.export_documents",
    "html": "parentjournal.commands.export_documents",
}


def format_module(name: str):
    """The module that writes format ``name``."""
    return importlib.import_module(FORMATS[name])


def add_parser(sub):
    about = QCoreApplication.translate("export", "write the journal to a file")
    cmd = sub.add_parser("export", help=about, description=about)
    cmd.add_argument(
        "--format",
        choices=sorted(FORMATS),
        default="json",
        help=QCoreApplication.translate("export", "default: json"),
    )
    cmd.add_argument(
        "--out",
        metavar=QCoreApplication.translate("export", "FILE"),
        help=QCoreApplication.translate(
            "export", "file to write (default: standard output, where possible)"
        ),
    )
    # One module may write several formats; its options are added once.
    for module_name in dict.fromkeys(FORMATS.values()):
        module = importlib.import_module(module_name)
        if hasattr(module, "add_arguments"):
            module.add_arguments(cmd)
    return cmd


def needs_gui(args) -> bool:
    """True when the chosen format lays out pages (PDF), which needs QtGui."""
    check = getattr(format_module(args.format), "needs_gui", None)
    return bool(check and check(args))


def run(args) -> int:
    """Open the existing journal and hand it to the chosen format's writer."""
    journal = open_journal_or_explain(args, must_exist=True)
    if journal is None:
        return 1
    try:
        return format_module(args.format).run(journal, args)
    finally:
        journal.close()
