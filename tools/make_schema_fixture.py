"""Build a journal file frozen at one schema version, for the migration tests.

Usage:
    python -m tools.make_schema_fixture MIGRATION_NAME   # e.g. m0001_foundation
    python -m tools.make_schema_fixture --list           # which fixtures exist / are missing

Writes ``tests/fixtures/schema/<MIGRATION_NAME>.db``: the migrations up to and including
that one are applied one by one, and after each, the sample records of ``SAMPLES`` for it
are inserted with plain SQL (valid for the schema as it was then, the way a real journal
filled up over time). ``tests/store/test_schema_fixtures.py`` upgrades a copy of every
fixture to the current schema and checks the records survive.

When you add a migration, run this tool for the migration that was the latest before yours
and commit the .db. Give your own migration sample rows in ``SAMPLES`` (plain SQL, fixed
UUIDs), so the next person's fixture carries your records too.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "schema"

# Migration name -> SQL statements run right after that migration. Fixed ids and times, so a
# fixture built twice holds the same records.
SAMPLES: dict[str, list[str]] = {
    "m0001_foundation": [
        "INSERT INTO person (id, name, role, default_visibility, sort_order, created_at, "
        "updated_at) VALUES ('11111111-1111-4111-8111-111111111111', 'Sara', 'mama', "
        "'private', 0, '2026-01-05T20:00:00.000000Z', '2026-01-05T20:00:00.000000Z')",
        "INSERT INTO person (id, name, role, default_visibility, sort_order, created_at, "
        "updated_at) VALUES ('22222222-2222-4222-8222-222222222222', 'Noor', 'mams', "
        "'shared', 1, '2026-01-05T20:00:00.000000Z', '2026-01-05T20:00:00.000000Z')",
        "INSERT INTO child (id, name, due_date, birth_date, created_at, updated_at) VALUES "
        "('33333333-3333-4333-8333-333333333333', 'Vic', '2026-03-01', NULL, "
        "'2026-01-05T20:00:00.000000Z', '2026-01-05T20:00:00.000000Z')",
        "INSERT INTO setting (key, value, updated_at) VALUES ('household.phase', "
        "'\"pregnant\"', '2026-01-05T20:00:00.000000Z')",
        "INSERT INTO entry (id, author_id, day, title, body, visibility, themes, created_at, "
        "updated_at) VALUES ('44444444-4444-4444-8444-444444444444', "
        "'11111111-1111-4111-8111-111111111111', '2026-01-06', 'Rondleiding', "
        "'Vandaag de crèche bezocht. Het voelde goed.', 'shared', '[\"work_family\"]', "
        "'2026-01-06T19:00:00.000000Z', '2026-01-06T19:05:00.000000Z')",
        "INSERT INTO entry (id, author_id, day, title, body, visibility, themes, created_at, "
        "updated_at) VALUES ('55555555-5555-4555-8555-555555555555', "
        "'22222222-2222-4222-8222-222222222222', '2026-01-07', '', "
        "'Alleen voor mij: ik ben wat bang voor de bevalling.', 'private', '[\"feelings\"]', "
        "'2026-01-07T21:00:00.000000Z', '2026-01-07T21:00:00.000000Z')",
        "INSERT INTO entry (id, author_id, day, title, body, visibility, themes, created_at, "
        "updated_at, deleted_at) VALUES ('66666666-6666-4666-8666-666666666666', "
        "'11111111-1111-4111-8111-111111111111', '2026-01-08', '', 'In de prullenbak.', "
        "'shared', '[]', '2026-01-08T08:00:00.000000Z', '2026-01-08T09:00:00.000000Z', "
        "'2026-01-08T09:00:00.000000Z')",
    ],
    "m0002_visit_questions_advice": [
        "INSERT INTO question (id, author_id, text, for_whom, visibility, status, answer, "
        "answered_on, created_at, updated_at) VALUES ('77777777-7777-4777-8777-777777777777', "
        "'11111111-1111-4111-8111-111111111111', 'Hoe weten we of ze genoeg drinkt?', "
        "'vroedvrouw', 'shared', 'asked', 'Kijk naar de natte pampers.', '2026-01-10', "
        "'2026-01-09T20:00:00.000000Z', '2026-01-10T11:00:00.000000Z')",
        "INSERT INTO advice (id, author_id, advice, source, day, theme, stance, stance_note, "
        "visibility, question_id, created_at, updated_at) VALUES "
        "('88888888-8888-4888-8888-888888888888', '22222222-2222-4222-8222-222222222222', "
        "'Om beurten de nacht doen.', 'vroedvrouw', '2026-01-10', 'sleep', 'fits_us', "
        "'Past bij ons.', 'private', '77777777-7777-4777-8777-777777777777', "
        "'2026-01-10T12:00:00.000000Z', '2026-01-10T12:00:00.000000Z')",
    ],
    "m0003_moments": [
        "INSERT INTO moment (id, author_id, recipient_id, day, text, theme, entry_id, "
        "visibility, created_at, updated_at) VALUES ('99999999-9999-4999-8999-999999999999', "
        "'22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111', "
        "'2026-01-11', 'Ik zag dat jij de hele nacht opbleef.', 'sleep', "
        "'44444444-4444-4444-8444-444444444444', 'shared', '2026-01-11T08:00:00.000000Z', "
        "'2026-01-11T08:00:00.000000Z')",
    ],
    "m0004_care_load": [
        "INSERT INTO care_picture (id, author_id, made_on, shared_at, created_at, updated_at) "
        "VALUES ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', '11111111-1111-4111-8111-111111111111', "
        "'2026-01-12', NULL, '2026-01-12T20:00:00.000000Z', '2026-01-12T20:00:00.000000Z')",
        "INSERT INTO care_cell (id, picture_id, task_id, stage, holder_kind, holder_person_id, "
        "created_at, updated_at) VALUES ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', "
        "'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', "
        "(SELECT id FROM care_task WHERE key = 'feeding.night'), 'do', 'together', NULL, "
        "'2026-01-12T20:01:00.000000Z', '2026-01-12T20:01:00.000000Z')",
        "INSERT INTO care_agreement (id, author_id, text, made_on, task_id, created_at, "
        "updated_at) VALUES ('cccccccc-cccc-4ccc-8ccc-cccccccccccc', "
        "'22222222-2222-4222-8222-222222222222', 'Zondag is de voorraad voor Noor.', "
        "'2026-01-12', NULL, '2026-01-12T21:00:00.000000Z', '2026-01-12T21:00:00.000000Z')",
        "INSERT INTO care_agreement_note (id, agreement_id, author_id, text, day, created_at, "
        "updated_at) VALUES ('dddddddd-dddd-4ddd-8ddd-dddddddddddd', "
        "'cccccccc-cccc-4ccc-8ccc-cccccccccccc', '11111111-1111-4111-8111-111111111111', "
        "'Lukt goed.', '2026-01-19', '2026-01-19T21:00:00.000000Z', "
        "'2026-01-19T21:00:00.000000Z')",
        "INSERT INTO checkin (id, author_id, day, text, energy, would_help, talk_partner, "
        "talk_carer, visibility, created_at, updated_at) VALUES "
        "('eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee', '11111111-1111-4111-8111-111111111111', "
        "'2026-01-13', 'Moe maar tevreden.', 'moe', 'Een uurtje slaap', 1, 0, 'private', "
        "'2026-01-13T21:00:00.000000Z', '2026-01-13T21:00:00.000000Z')",
    ],
    "m0005_reflection_choice": [
        "INSERT INTO reflection_choice (id, person_id, kind, prompt_id, created_at, updated_at) "
        "VALUES ('ffffffff-ffff-4fff-8fff-ffffffffffff', '22222222-2222-4222-8222-222222222222', "
        "'hidden_prompt', 'pregnancy.fears', '2026-01-14T21:00:00.000000Z', "
        "'2026-01-14T21:00:00.000000Z')",
    ],
    # Sara's personal key (passphrase "lange nachten", recovery code
    # ABCD-EFGH-JKLM-NPQR-STUV-WXYZ, light Argon2id cost) and one entry sealed with it.
    "m0006_personal_keys": [
        "INSERT INTO person_key (id, person_id, by_passphrase, by_recovery_code, created_at, "
        "updated_at) VALUES ('12121212-1212-4212-8212-121212121212', "
        "'11111111-1111-4111-8111-111111111111', "
        '\'{"format": "parentjournal-key-1", "salt": "2g6MNeSDz1DgYQ42vjP2jQ==", '
        '"nonce": "6wVHSv56EnAM6yUv", '
        '"ciphertext": "K1Fc8OjeFTD5KHgoA7veZAOh+xQ8rN4KUp5kDAfv2VysPtflS2XHRHz9J3TPXD++", '
        '"cost": {"iterations": 1, "lanes": 1, "memory_kib": 1024}}\', '
        '\'{"format": "parentjournal-key-1", "salt": "2FkGWPhBJDtqtKUmXFcWfA==", '
        '"nonce": "PCdenKDpEdhygPhW", '
        '"ciphertext": "JCgOf3kF9xoYa7gXGUS5vrJQsK5zP86mJSU0BiygQXQbumoyM1j24kBNRfQTfkpJ", '
        '"cost": {"iterations": 1, "lanes": 1, "memory_kib": 1024}}\', '
        "'2026-01-15T21:00:00.000000Z', '2026-01-15T21:00:00.000000Z')",
        "INSERT INTO entry (id, author_id, day, title, body, visibility, themes, created_at, "
        "updated_at, sealed) VALUES ('77777777-7777-4777-8777-777777777777', "
        "'11111111-1111-4111-8111-111111111111', '2026-01-15', '', '', 'private', '[]', "
        "'2026-01-15T21:00:00.000000Z', '2026-01-15T21:00:00.000000Z', "
        "'X+6UQ7JMPzp3JvxAP7BOF3HtDVkjpG+irqxoza0t+HX4ftU4f8Am4VFjbkECHpbTrXAvCOkuRvK6y6Wf7bBr"
        "kplcnZI+HINdCnrgSp9vL4iCMZyDCDOEfRzcjA3YA37GAJ83z3xqQaaM9/FbE/R63ljQfXs=')",
    ],
}


def fixture_path(name: str) -> Path:
    """Where the fixture for migration ``name`` lives."""
    return FIXTURES / f"{name}.db"


def build(name: str, target: Path | None = None) -> Path:
    """Write a journal at the schema of migration ``name`` with sample records.

    Raises:
        KeyError: no migration has that name.
    """
    from parentjournal.store.migrations import MIGRATIONS

    names = [m.name for m in MIGRATIONS._migrations]
    if name not in names:
        raise KeyError(name)
    target = target or fixture_path(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(str(target), isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    db = sqlite_utils.Database(conn, execute_plugins=False)
    try:
        upto = names.index(name)
        for index in range(upto + 1):
            following = names[index + 1] if index + 1 < len(names) else None
            MIGRATIONS.apply(db, stop_before=following)
            with db.atomic():
                for statement in SAMPLES.get(names[index], []):
                    db.execute(statement)
        # One self-contained file (no -wal beside it) that is small to commit.
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("VACUUM")
    finally:
        db.close()
    return target


def main(argv: list[str]) -> int:
    from parentjournal.store.migrations import MIGRATIONS

    names = [m.name for m in MIGRATIONS._migrations]
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    if argv[0] == "--list":
        for name in names:
            state = "present" if fixture_path(name).exists() else "missing"
            print(f"{name}: {state}")
        return 0
    for name in argv:
        if name not in names:
            print(f"unknown migration {name!r}; known: {', '.join(names)}")
            return 2
        if name not in SAMPLES:
            print(f"note: {name} has no sample records in SAMPLES (tools/make_schema_fixture.py)")
        print(build(name).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
