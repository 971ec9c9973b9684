"""Demo journals: a realistic Flemish sample household, generated as plain table rows.

Pure functions, no storage: ``demo_rows`` yields ``(table, row)`` pairs in dependency order
and ``parentjournal demo`` writes them in one transaction. The same seed gives the same
journal, so benchmarks compare like with like.

Extension point: a capability that wants sample records of its own (moments, questions,
care tasks, check-ins…) writes a generator ``def my_demo(household, rng, size)`` that yields
``(table, row)`` pairs for its tables, and adds it to :func:`generators`. ``household`` gives
the ids and dates to refer to; ``size`` is the number of journal entries asked for, to scale
by (a few records per hundred entries is realistic). Rows are complete dicts of column values
including ``id``, ``created_at`` and ``updated_at`` (see :func:`record_times`).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta

from parentjournal.core import demo_texts
from parentjournal.core.model import Phase, Visibility
from parentjournal.core.record import record

Row = dict[str, object]
DemoGenerator = Callable[["DemoHousehold", random.Random, int], Iterable[tuple[str, Row]]]

# About three entries a day between two adults is a lot of writing; a bigger journal spans
# more years rather than cramming a day, up to ten years.
_ENTRIES_PER_DAY = 3
_MIN_SPAN_DAYS = 200
_MAX_SPAN_DAYS = 3650


@record
class DemoHousehold:
    """Who and when, for generators that add records to a demo journal.

    Attributes:
        adults: person ids of the two adults (Lotte, Jonas).
        child_id: id of their baby, Mila.
        first_day / last_day: the days the journal covers.
        birth_day: Mila's birthday (entries before it are about the pregnancy).
    """

    adults: tuple[str, ...]
    child_id: str
    first_day: date
    last_day: date
    birth_day: date

    def random_day(self, rng: random.Random) -> date:
        """A day inside the journal's span."""
        span = (self.last_day - self.first_day).days
        return self.first_day + timedelta(days=rng.randint(0, span))


def demo_id(rng: random.Random) -> str:
    """A UUID drawn from ``rng`` (reproducible, unlike ``uuid4``)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def record_times(day: date, rng: random.Random) -> str:
    """A UTC timestamp on ``day`` in the same shape as ``core.clock.utc_now``."""
    hour = rng.choice((6, 7, 12, 13, 19, 20, 21, 22))
    return (
        f"{day.isoformat()}T{hour:02d}:{rng.randint(0, 59):02d}:"
        f"{rng.randint(0, 59):02d}.{rng.randint(0, 999_999):06d}Z"
    )


def span_for(entries: int, last_day: date) -> tuple[date, date]:
    """First and last day a journal of ``entries`` entries covers."""
    days = min(_MAX_SPAN_DAYS, max(_MIN_SPAN_DAYS, entries // _ENTRIES_PER_DAY))
    return last_day - timedelta(days=days), last_day


# The two adults: name, free-text role, the visibility their new entries start with.
ADULTS = (("Lotte", "mama", Visibility.PRIVATE), ("Jonas", "papa", Visibility.SHARED))


def household_rows(household: DemoHousehold, rng: random.Random, size: int) -> Iterator[tuple]:
    """Two adults with free-text roles, their baby and the phase they chose."""
    del size  # the household is the same for every size
    start = record_times(household.first_day, rng)
    for order, (pid, (name, role, visibility)) in enumerate(
        zip(household.adults, ADULTS, strict=True)
    ):
        yield (
            "person",
            {
                "id": pid,
                "name": name,
                "role": role,
                "default_visibility": str(visibility),
                "sort_order": order,
                "created_at": start,
                "updated_at": start,
                "deleted_at": None,
            },
        )
    yield (
        "child",
        {
            "id": household.child_id,
            "name": "Mila",
            "due_date": (household.birth_day + timedelta(days=4)).isoformat(),
            "birth_date": household.birth_day.isoformat(),
            "created_at": start,
            "updated_at": start,
            "deleted_at": None,
        },
    )
    weeks_old = (household.last_day - household.birth_day).days // 7
    phase = Phase.FIRST_WEEKS if weeks_old < 12 else Phase.LATER
    yield "setting", {"key": "household.phase", "value": f'"{phase}"', "updated_at": start}


def _body(rng: random.Random, themes: list[str], words: dict[str, str]) -> str:
    """An entry's Markdown body; ``words`` fills in {partner}, {role} and {mama}."""
    return _sentences(rng, themes).format_map(words)


def _sentences(rng: random.Random, themes: list[str]) -> str:
    roll = rng.random()
    if roll < 0.08:
        return rng.choice(demo_texts.SHORT_ENTRIES)
    pool = [s for t in themes for s in demo_texts.SENTENCES.get(t, ())]
    sentences = rng.sample(pool, min(len(pool), rng.randint(1, 5)))
    if rng.random() < 0.002 * len(demo_texts.RARE_SENTENCES):
        sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(demo_texts.RARE_SENTENCES))
    if roll > 0.9:
        # Some people write lists; the body is Markdown.
        return "\n".join(f"- {s}" for s in sentences)
    if roll > 0.85:
        sentences[0] = f"**{sentences[0]}**"
    paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    return "\n\n".join(paragraphs)


def entry_rows(household: DemoHousehold, rng: random.Random, size: int) -> Iterator[tuple]:
    """``size`` journal entries spread over the span, private and shared, with themes."""
    before = [t for t in demo_texts.SENTENCES if t != "feeding"]
    after = [t for t in demo_texts.SENTENCES if t != "pregnancy"]
    (first, (first_name, first_role, _)), (second, (second_name, second_role, _)) = zip(
        household.adults, ADULTS, strict=True
    )
    words = {
        first: {"partner": second_name, "role": first_role, "mama": first_name},
        second: {"partner": first_name, "role": second_role, "mama": first_name},
    }
    for _ in range(size):
        day = household.random_day(rng)
        choices = before if day < household.birth_day else after
        themes = rng.sample(choices, rng.choice((1, 1, 1, 2)))
        stored = list(themes)
        if rng.random() < 0.05:
            stored.append(rng.choice(demo_texts.OWN_THEMES))
        created = record_times(day, rng)
        author = rng.choice(household.adults)
        yield (
            "entry",
            {
                "id": demo_id(rng),
                "author_id": author,
                "day": day.isoformat(),
                "title": rng.choice(demo_texts.TITLES) if rng.random() < 0.3 else "",
                "body": _body(rng, themes, words[author]),
                "visibility": str(Visibility.SHARED if rng.random() < 0.6 else Visibility.PRIVATE),
                "themes": _json_list(stored),
                "prompt_id": None,
                "created_at": created,
                "updated_at": created,
                # Now and then something sits in the bin.
                "deleted_at": created if rng.random() < 0.01 else None,
            },
        )


def _json_list(items: list[str]) -> str:
    # Hand-built because it is the hot loop of a 100,000-entry demo; the items are our own
    # fixed words (no quotes or backslashes to escape).
    return "[" + ", ".join(f'"{item}"' for item in items) + "]"


def generators() -> list[DemoGenerator]:
    """Everything a demo journal is made of, in dependency order. Append yours here."""
    from parentjournal.core.demo_moments import moment_rows

    return [household_rows, entry_rows, moment_rows]


def demo_household(entries: int, *, last_day: date, seed: int) -> DemoHousehold:
    """The household a demo journal of ``entries`` entries is written by."""
    rng = random.Random(f"household-{seed}")
    first, last = span_for(entries, last_day)
    # Mila was born about four tenths into the span, so there is a pregnancy to look back on.
    birth = first + timedelta(days=max(40, (last - first).days * 4 // 10))
    return DemoHousehold(
        adults=(demo_id(rng), demo_id(rng)),
        child_id=demo_id(rng),
        first_day=first,
        last_day=last,
        birth_day=birth,
    )


def demo_rows(entries: int, *, last_day: date, seed: int = 1) -> Iterator[tuple[str, Row]]:
    """All rows of a demo journal with ``entries`` entries ending on ``last_day``.

    Raises:
        ValueError: when ``entries`` is negative.
    """
    if entries < 0:
        raise ValueError("entries must not be negative")
    household = demo_household(entries, last_day=last_day, seed=seed)
    rng = random.Random(seed)
    for generate in generators():
        yield from generate(household, rng, entries)
