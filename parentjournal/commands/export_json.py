"""The ``json`` format of ``parentjournal export``: every record, lossless (docs/json-format.md).

The file is a complete copy of the journal, including every adult's private entries and
the bin, because it is meant for moving and restoring a journal, not for sharing.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from parentjournal import __version__
from parentjournal.commands.counts import join_phrases, table_phrase
from parentjournal.core.clock import utc_now
from parentjournal.core.exchange import build_document
from parentjournal.store.record_io import read_records, schema_names


def write_atomically(path: Path, write) -> None:
    """Write a file next to ``path`` and move it into place, so a failure leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(journal, args) -> int:
    """Write the journal as JSON to ``--out`` (or standard output)."""
    tables = read_records(journal.db)
    document = build_document(
        tables,
        app_version=__version__,
        schema=schema_names(journal.db),
        exported_at=utc_now(),
    )

    def dump(fh):
        json.dump(document, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    if not args.out:
        # UTF-8 whatever the terminal's locale says, like the file would be.
        sys.stdout.flush()
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
        dump(stream)
        stream.flush()
        stream.detach()
        return 0
    out = Path(args.out).expanduser()
    try:
        write_atomically(out, dump)
    except OSError as exc:
        print(
            QCoreApplication.translate(
                "export_json", "The export could not be written to {file}: {error}"
            ).format(file=out, error=exc.strerror or exc)
        )
        return 1
    print(
        QCoreApplication.translate("export_json", "Written to {file}: {records}.").format(
            file=out,
            records=join_phrases(table_phrase(t, len(rows)) for t, rows in tables.items() if rows),
        )
    )
    if any(row["deleted_at"] is None for row in tables.get("person_key", [])):
        print(
            QCoreApplication.translate(
                "export_json",
                "What is locked with a personal passphrase stays sealed in the file; "
                "the same passphrase opens it again after an import.",
            )
        )
    return 0
