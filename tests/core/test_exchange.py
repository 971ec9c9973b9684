"""The JSON exchange format refuses anything it cannot import faithfully, before writing."""

from __future__ import annotations

import copy

import pytest

from parentjournal.core.exchange import (
    MAX_TEXT_CHARS,
    ColumnShape,
    ImportProblem,
    TableShape,
    build_document,
    validate_document,
)

PERSON = TableShape(
    "person",
    "id",
    (
        ColumnShape("id", value="uuid"),
        ColumnShape("name", not_null=True, required=True),
        ColumnShape("sort_order", kind="integer", not_null=True),
        ColumnShape("created_at", not_null=True, required=True, value="timestamp"),
        ColumnShape("updated_at", not_null=True, required=True, value="timestamp"),
        ColumnShape("deleted_at", value="timestamp"),
    ),
)
ENTRY = TableShape(
    "entry",
    "id",
    (
        ColumnShape("id", value="uuid"),
        ColumnShape("author_id", not_null=True, required=True, value="uuid"),
        ColumnShape("day", not_null=True, required=True, value="day"),
        ColumnShape("body", not_null=True),
        ColumnShape("themes", not_null=True, value="json"),
        ColumnShape("updated_at", not_null=True, required=True, value="timestamp"),
    ),
    {"author_id": "person"},
)
SHAPES = {"person": PERSON, "entry": ENTRY}
SARA = "11111111-1111-4111-8111-111111111111"
NOW = "2026-03-03T20:00:00.000000Z"


def good_document() -> dict:
    return build_document(
        {
            "person": [
                {"id": SARA, "name": "Sara", "sort_order": 0, "created_at": NOW, "updated_at": NOW}
            ],
            "entry": [
                {
                    "id": "44444444-4444-4444-8444-444444444444",
                    "author_id": SARA,
                    "day": "2026-03-03",
                    "body": "Een goede dag.",
                    "themes": '["sleep"]',
                    "updated_at": NOW,
                }
            ],
        },
        app_version="0.1.0",
        schema=["m0001_foundation"],
        exported_at=NOW,
    )


def validate(document):
    return validate_document(
        document, SHAPES, known_schema=["m0001_foundation"], existing_keys=lambda table: set()
    )


def broken(change) -> dict:
    document = copy.deepcopy(good_document())
    change(document)
    return document


def entry_of(document) -> dict:
    return document["tables"]["entry"][0]


def test_a_good_document_gives_its_records_back():
    records = validate(good_document())
    assert records["entry"][0]["body"] == "Een goede dag."
    assert list(records) == ["person", "entry"]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda d: entry_of(d).update(day="2025-02-30"), "bad_day"),
        (lambda d: entry_of(d).update(day="3 maart"), "bad_day"),
        (lambda d: entry_of(d).update(updated_at="2026-13-01T00:00:00Z"), "bad_timestamp"),
        (lambda d: entry_of(d).update(id="not-a-uuid"), "bad_id"),
        (
            lambda d: entry_of(d).update(author_id="99999999-9999-4999-8999-999999999999"),
            "missing_reference",
        ),
        (lambda d: entry_of(d).update(mood="8/10"), "unknown_column"),
        (lambda d: entry_of(d).pop("day"), "missing_column"),
        (lambda d: entry_of(d).update(body=None), "missing_value"),
        (lambda d: entry_of(d).update(body=["a", "list"]), "bad_type"),
        (lambda d: entry_of(d).update(themes="[not json"), "bad_json_text"),
        (lambda d: entry_of(d).update(body="x" * (MAX_TEXT_CHARS + 1)), "too_long"),
        (lambda d: d["tables"]["person"][0].update(sort_order=True), "bad_type"),
        (lambda d: d["tables"]["entry"].append(dict(entry_of(d))), "duplicate_id"),
        (lambda d: d["tables"].update(secret=[]), "unknown_table"),
        (lambda d: d["tables"].update(entry={"a": 1}), "not_a_list"),
        (lambda d: d["tables"]["entry"].append("text"), "row_not_object"),
        (lambda d: d.update(version=2), "newer_version"),
        (lambda d: d.update(format="something-else"), "not_our_format"),
        (lambda d: d.update(schema=["m0001_foundation", "m0099_future"]), "newer_schema"),
        (lambda d: d.update(extra="?"), "unknown_key"),
        (lambda d: d.update(exported_at="gisteren"), "not_our_format"),
        (lambda d: d.update(app_version=1), "not_our_format"),
    ],
)
def test_a_problem_anywhere_is_named_before_anything_is_written(change, code):
    with pytest.raises(ImportProblem) as raised:
        validate(broken(change))
    assert raised.value.code == code


def test_the_problem_says_where_it_is():
    def second_entry_with_impossible_day(document):
        second = dict(entry_of(document), id="55555555-5555-4555-8555-555555555555")
        second["day"] = "2025-02-30"
        document["tables"]["entry"].append(second)

    with pytest.raises(ImportProblem) as raised:
        validate(broken(second_entry_with_impossible_day))
    assert raised.value.details == {
        "table": "entry",
        "record": 2,
        "column": "day",
        "value": "2025-02-30",
    }


def test_a_reference_to_a_record_already_in_the_journal_is_fine():
    document = broken(lambda d: d["tables"].update(person=[]))
    with pytest.raises(ImportProblem):
        validate(document)
    records = validate_document(
        document, SHAPES, known_schema=["m0001_foundation"], existing_keys=lambda t: {SARA}
    )
    assert records["person"] == []
