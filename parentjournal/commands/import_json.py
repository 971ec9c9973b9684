"""``parentjournal import FILE``: read a JSON export back into a journal.

Everything is checked before anything is written (``core.exchange``); then the records are
merged in one transaction: new records are added, a record that is already there is
replaced only by a newer version (``updated_at``). A journal that already holds records is
copied to ``backups/`` first. A bad file changes nothing, and says why in plain words.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from parentjournal.commands import open_journal_or_explain, while_no_window_is_open
from parentjournal.commands.counts import join_phrases, number, table_phrase
from parentjournal.core.backups import BackupKind
from parentjournal.core.exchange import ImportProblem, validate_document
from parentjournal.paths import journal_paths
from parentjournal.store import import_sqlite_utils, migrations
from parentjournal.store.errors import JournalError
from parentjournal.store.record_io import keys, known_schema, merge_records, table_shapes

# A journal of 100,000 long entries is a few hundred MB of JSON; more is not an export.
MAX_FILE_BYTES = 1024 * 1024 * 1024


def add_parser(sub):
    about = QCoreApplication.translate(
        "import", "read a JSON export into the journal (merging by id)"
    )
    cmd = sub.add_parser("import", help=about, description=about)
    cmd.add_argument(
        "file",
        metavar=QCoreApplication.translate("import", "FILE"),
        help=QCoreApplication.translate(
            "import", "the .json file written by 'parentjournal export'"
        ),
    )
    return cmd


def problem_text(problem: ImportProblem) -> str:
    """One plain sentence about what is wrong with the file."""
    d = problem.details
    where = QCoreApplication.translate("import", 'Record {record} of "{table}"').format(
        record=number(int(d.get("record", 0) or 0)), table=d.get("table", "")
    )
    texts = {
        "not_json": lambda: QCoreApplication.translate(
            "import",
            "This file is not readable JSON (it stops or breaks at line {line}, column "
            "{column}). Was it copied completely?",
        ).format(line=d.get("line"), column=d.get("column")),
        "not_text": lambda: QCoreApplication.translate(
            "import", "This file is not a text file in UTF-8, so it is not a journal export."
        ),
        "too_big": lambda: QCoreApplication.translate(
            "import", "This file is larger than any journal export can be."
        ),
        "not_our_format": lambda: QCoreApplication.translate(
            "import", "This file is not a Parent Journal export."
        ),
        "newer_version": lambda: QCoreApplication.translate(
            "import",
            "This export was made by a newer version of Parent Journal (format {version}). "
            "Could you import it with that version?",
        ).format(version=d.get("version")),
        "newer_schema": lambda: QCoreApplication.translate(
            "import",
            'This export comes from a newer version of Parent Journal (it knows "{name}"). '
            "Could you import it with that version?",
        ).format(name=d.get("migration")),
        "unknown_key": lambda: QCoreApplication.translate(
            "import", 'This export has a part this version does not know: "{key}".'
        ).format(key=d.get("key")),
        "unknown_table": lambda: QCoreApplication.translate(
            "import", 'This export has a kind of record this version does not know: "{table}".'
        ).format(table=d.get("table")),
        "not_a_list": lambda: QCoreApplication.translate(
            "import", 'The records of "{table}" are not a list.'
        ).format(table=d.get("table")),
        "too_many_rows": lambda: QCoreApplication.translate(
            "import", '"{table}" holds more records than a journal can.'
        ).format(table=d.get("table")),
        "row_not_object": lambda: QCoreApplication.translate(
            "import", "{where} is not a record."
        ).format(where=where),
        "unknown_column": lambda: QCoreApplication.translate(
            "import", '{where} has a field this version does not know: "{column}".'
        ).format(where=where, column=d.get("column")),
        "missing_column": lambda: QCoreApplication.translate(
            "import", '{where} lacks the field "{column}".'
        ).format(where=where, column=d.get("column")),
        "missing_value": lambda: QCoreApplication.translate(
            "import", '{where} has no value for "{column}".'
        ).format(where=where, column=d.get("column")),
        "bad_type": lambda: QCoreApplication.translate(
            "import", '{where} has the wrong kind of value in "{column}".'
        ).format(where=where, column=d.get("column")),
        "too_long": lambda: QCoreApplication.translate(
            "import", '{where} has a text in "{column}" that is longer than the app allows.'
        ).format(where=where, column=d.get("column")),
        "bad_id": lambda: QCoreApplication.translate(
            "import", '{where} has "{value}" in "{column}", which is not a valid id.'
        ).format(where=where, column=d.get("column"), value=d.get("value")),
        "bad_timestamp": lambda: QCoreApplication.translate(
            "import", '{where} has "{value}" in "{column}", which is not a moment in time.'
        ).format(where=where, column=d.get("column"), value=d.get("value")),
        "bad_day": lambda: QCoreApplication.translate(
            "import", '{where} has "{value}" in "{column}", which is not a day that exists.'
        ).format(where=where, column=d.get("column"), value=d.get("value")),
        "bad_json_text": lambda: QCoreApplication.translate(
            "import", '{where} has a value in "{column}" that cannot be read.'
        ).format(where=where, column=d.get("column")),
        "duplicate_id": lambda: QCoreApplication.translate(
            "import", '{where} has the same id as an earlier record: "{value}".'
        ).format(where=where, value=d.get("value")),
        "missing_reference": lambda: QCoreApplication.translate(
            "import",
            '{where} refers in "{column}" to "{value}", which is neither in the file nor '
            "in the journal.",
        ).format(where=where, column=d.get("column"), value=d.get("value")),
    }
    make = texts.get(problem.code, texts["not_our_format"])
    return make()


def nothing_changed(reason: str) -> None:
    print(
        QCoreApplication.translate("import", "{reason} Nothing was changed.").format(reason=reason)
    )


def _reject_constant(name: str):
    raise ImportProblem("not_our_format", constant=name)


def read_document(path: Path) -> object:
    """Read and parse the file; raises ImportProblem or OSError."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImportProblem("too_big")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportProblem("not_text") from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ImportProblem("not_json", line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise ImportProblem("not_our_format") from None


def _fresh_shapes():
    """Shapes of a new journal, to validate against without creating one on disk."""
    sqlite_utils = import_sqlite_utils()
    db = sqlite_utils.Database(memory=True, execute_plugins=False)
    try:
        migrations.MIGRATIONS.apply(db)
        return table_shapes(db)
    finally:
        db.close()


def run(args) -> int:
    """Exit 0 when the file was merged in; 1 (and nothing changed) otherwise."""
    return while_no_window_is_open(args, lambda: _import(args))


def _import(args) -> int:
    path = Path(args.file).expanduser()
    try:
        document = read_document(path)
    except ImportProblem as problem:
        nothing_changed(problem_text(problem))
        return 1
    except OSError as exc:
        nothing_changed(
            QCoreApplication.translate(
                "import", "The file {file} could not be read: {error}"
            ).format(file=path, error=exc.strerror or exc)
        )
        return 1
    paths = journal_paths(args.data_dir)
    if not paths.journal.is_file():
        try:
            validate_document(
                document,
                _fresh_shapes(),
                known_schema=known_schema(),
                existing_keys=lambda t: set(),
            )
        except ImportProblem as problem:
            nothing_changed(problem_text(problem))
            return 1
    journal = open_journal_or_explain(args)
    if journal is None:
        return 1
    try:
        records = validate_document(
            document,
            table_shapes(journal.db),
            known_schema=known_schema(),
            existing_keys=lambda table: keys(journal.db, table),
        )
        written_in = bool(journal.household_repo.people(include_deleted=True))
        if written_in:
            journal.backups.before(BackupKind.BEFORE_IMPORT)
        # Nobody has written in this journal yet: it becomes exactly what the file holds.
        result = merge_records(journal.db, records, file_wins=not written_in)
    except ImportProblem as problem:
        nothing_changed(problem_text(problem))
        return 1
    except (JournalError, OSError) as exc:
        nothing_changed(
            QCoreApplication.translate(
                "import", "The journal could not take these records: {error}"
            ).format(error=exc)
        )
        return 1
    finally:
        journal.close()
    added = [table_phrase(t, n) for t, n in result.added.items() if n]
    print(
        QCoreApplication.translate("import", "Imported into {folder}.").format(
            folder=paths.data_dir
        )
    )
    if added:
        print(
            QCoreApplication.translate("import", "New: {records}.").format(
                records=join_phrases(added)
            )
        )
    else:
        print(QCoreApplication.translate("import", "Nothing new: all of it was already here."))
    # Replacing the starting records of an empty journal is not news to anyone.
    replaced = sum(result.replaced.values()) if written_in else 0
    kept = sum(result.kept.values())
    if replaced:
        print(
            QCoreApplication.translate(
                "import", "%Ln record(s) replaced by the newer version from the file.", "", replaced
            )
        )
    if kept:
        print(
            QCoreApplication.translate(
                "import",
                "%Ln record(s) already here in the same or a newer version, kept as they were.",
                "",
                kept,
            )
        )
    return 0
