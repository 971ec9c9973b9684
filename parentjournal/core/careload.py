"""The invisible care load (draaglast): care tasks, four stages of the work, pictures.

Each adult fills in their own *picture*: for every stage of every task, who they think
holds it. Pictures stay with their author until that person shares them. Where two shared
pictures differ is a starting point for a conversation, never a score: nothing here counts
cells per person, and no function returns a number about a person.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from parentjournal.core.record import record


class Stage(StrEnum):
    """The four stages of a piece of care work (anticipate, identify/decide, do, monitor)."""

    NOTICE = "notice"
    DECIDE = "decide"
    DO = "do"
    FOLLOW_UP = "follow_up"


class HolderKind(StrEnum):
    """Who holds a stage. ``PERSON`` names an adult of the household by id."""

    PERSON = "person"
    TOGETHER = "together"
    NOBODY = "nobody"
    OUTSIDE = "outside"


# Domains in the order the household sees them; the UI shows their translated names.
DOMAINS: tuple[str, ...] = (
    "feeding",
    "sleep",
    "care",
    "appointments_health",
    "childcare_school",
    "household",
    "admin_money",
    "information",
    "family_social",
    "emotional",
)

# The gentle starting list: (stable key, domain). Names are translated in the UI, so a
# household that switches language sees its preset tasks in the new language.
PRESET_TASKS: tuple[tuple[str, str], ...] = (
    ("feeding.supplies", "feeding"),
    ("feeding.night", "feeding"),
    ("feeding.solids", "feeding"),
    ("sleep.routine", "sleep"),
    ("sleep.nights", "sleep"),
    ("care.nappies_clothes", "care"),
    ("care.bath", "care"),
    ("appointments_health.checkups", "appointments_health"),
    ("appointments_health.vaccinations", "appointments_health"),
    ("appointments_health.ill", "appointments_health"),
    ("childcare_school.finding", "childcare_school"),
    ("childcare_school.bag_forms", "childcare_school"),
    ("household.groceries", "household"),
    ("household.laundry", "household"),
    ("household.meals", "household"),
    ("admin_money.allowances", "admin_money"),
    ("admin_money.bills", "admin_money"),
    ("information.looking_up", "information"),
    ("information.advice", "information"),
    ("family_social.visits", "family_social"),
    ("family_social.gifts_cards", "family_social"),
    ("emotional.comforting", "emotional"),
    ("emotional.how_everyone_is", "emotional"),
)


@record
class Holder:
    """Who holds one stage of one task, as the picture's author sees it.

    ``person_id`` is set for ``PERSON``; ``outside_name`` may name someone outside the
    household (a grandparent, the daycare) for ``OUTSIDE`` and is optional.
    """

    kind: HolderKind
    person_id: str | None = None
    outside_name: str = ""

    def __post_init__(self) -> None:
        if (self.kind is HolderKind.PERSON) != bool(self.person_id):
            raise ValueError("a person holder needs a person id, and only a person holder")

    def same_as(self, other: Holder) -> bool:
        """True when two pictures agree on this holder.

        Two answers of "someone outside the household" agree even when one says "oma" and
        the other "grootouders": the conversation is about the household, not the spelling.
        """
        if self.kind is not other.kind:
            return False
        return self.kind is not HolderKind.PERSON or self.person_id == other.person_id


@record
class CareTask:
    """One recurring piece of care or household work on the household's list.

    Preset tasks carry a ``key`` (their name is translated in the UI); own tasks carry the
    typed ``name``. A preset task that was renamed keeps its key and shows the new name.
    """

    id: str
    domain: str
    key: str | None = None
    name: str = ""
    hidden: bool = False
    sort_order: int = 0
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@record
class Picture:
    """One person's picture of who holds what, made on a day; kept when a new one is made."""

    id: str
    author_id: str
    made_on: date
    shared_at: str | None = None
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    @property
    def is_shared(self) -> bool:
        return self.shared_at is not None


@record
class Cell:
    """One answer in a picture: task x stage -> holder."""

    task_id: str
    stage: Stage
    holder: Holder


# A picture's answers keyed by (task id, stage); skipped cells are simply absent.
Cells = dict[tuple[str, Stage], Holder]


@record
class Difference:
    """A cell where two pictures see a different holder: a conversation starter."""

    task_id: str
    stage: Stage
    first: Holder
    second: Holder


def differences(
    first: Cells, second: Cells, task_order: list[str] | None = None
) -> list[Difference]:
    """Exactly the cells that both pictures answered and where they see different holders.

    A cell that one person skipped is not a difference: skipping is allowed and says
    nothing. The result follows ``task_order`` (then the stage order) so the view reads
    like the household's own list.
    """
    order = {task_id: i for i, task_id in enumerate(task_order or [])}
    stages = list(Stage)
    found = [
        Difference(task_id, stage, holder, second[(task_id, stage)])
        for (task_id, stage), holder in first.items()
        if (task_id, stage) in second and not holder.same_as(second[(task_id, stage)])
    ]
    return sorted(
        found, key=lambda d: (order.get(d.task_id, len(order)), d.task_id, stages.index(d.stage))
    )


@record
class Agreement:
    """Something the household agreed, dated, optionally about one task."""

    id: str
    author_id: str
    text: str
    made_on: date
    task_id: str | None = None
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@record
class AgreementNote:
    """A later look at an agreement ("Hoe loopt dat nu?"), dated."""

    id: str
    agreement_id: str
    author_id: str
    text: str
    day: date
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None
