"""Goed bezig-momenten for demo journals: a few per hundred entries, for yourself and for
each other, about effort and noticing. Sample data in Dutch, like the rest of the demo."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta

from parentjournal.core.demo import DemoHousehold, demo_id, record_times
from parentjournal.core.model import Visibility

FOR_YOURSELF: tuple[str, ...] = (
    "Vandaag om hulp gevraagd bij de was, en dat was goed.",
    "Even twintig minuten gerust terwijl ze sliep.",
    "Na die lastige ochtend toch samen naar buiten gegaan.",
    "Ik merkte dat ik rustiger bleef dan gisteren.",
    "Mijn grens aangegeven bij het bezoek.",
    "Eerst zelf gegeten, dan pas de volgende fles.",
    "Sorry gezegd na het gesnauw, en het was weer goed.",
    "Het was zwaar, en toch heb ik haar getroost.",
    "Een boodschap laten liggen, en dat was oké.",
    "De vroedvrouw mijn vraag gesteld, ook al voelde die klein.",
)

FOR_EACH_OTHER: tuple[str, ...] = (
    "Ik zag dat jij om drie uur opstond zonder te zuchten.",
    "Dank je dat je aan de afspraak bij Kind en Gezin dacht.",
    "Het hielp me toen jij de telefoon opnam voor mij.",
    "Ik zag hoe geduldig je bleef bij het badje.",
    "Fijn dat je vandaag even tijd voor jezelf nam.",
    "Jij hield stilletjes bij wanneer de pampers op raakten. Gezien!",
    "Ik vond het fijn hoe we het weer goedmaakten na de ruzie.",
    "Dank je voor de soep, ook al was het al laat.",
    "Je bleef het proberen met de draagzak.",
    "Ik zag dat je me liet uitslapen. Dank je.",
)

_THEMES = ("sleep", "self_care", "relationship", "household", "feelings")


def moment_rows(household: DemoHousehold, rng: random.Random, size: int) -> Iterator[tuple]:
    """About one moment per 25 entries (at least three), spread over the journal's span.

    Moments for the other adult older than a few days count as already shown, so opening a
    demo greets nobody with a long list.
    """
    if size <= 0:
        return
    recent = household.last_day - timedelta(days=3)
    for _ in range(max(3, size // 25)):
        day = household.random_day(rng)
        author = rng.choice(household.adults)
        others = [a for a in household.adults if a != author]
        recipient = rng.choice(others) if others and rng.random() < 0.5 else None
        text = rng.choice(FOR_EACH_OTHER if recipient else FOR_YOURSELF)
        shared = rng.random() < (0.2 if recipient else 0.4)
        created = record_times(day, rng)
        yield (
            "moment",
            {
                "id": demo_id(rng),
                "author_id": author,
                "recipient_id": recipient,
                "day": day.isoformat(),
                "text": text,
                "theme": rng.choice(_THEMES) if rng.random() < 0.4 else None,
                "entry_id": None,
                "visibility": str(Visibility.SHARED if shared else Visibility.PRIVATE),
                "seen_at": created if recipient and day < recent else None,
                "created_at": created,
                "updated_at": created,
                "deleted_at": None,
            },
        )
