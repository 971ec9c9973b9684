"""Translated words of the Samen screens: stages, domains, preset tasks and holders.

Holders are always shown in words (a name, "together", "nobody really"); colour only
accompanies them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from parentjournal.core.careload import CareTask, Holder, HolderKind, Stage


def stage_title(stage: Stage) -> str:
    """Short column title of a stage."""
    titles = {
        Stage.NOTICE: QCoreApplication.translate("CareWords", "Noticing"),
        Stage.DECIDE: QCoreApplication.translate("CareWords", "Finding out, deciding"),
        Stage.DO: QCoreApplication.translate("CareWords", "Doing"),
        Stage.FOLLOW_UP: QCoreApplication.translate("CareWords", "Keeping track"),
    }
    return titles[stage]


def stage_in_sentence(stage: Stage) -> str:
    """A stage as it reads inside a sentence ("Sara sees *the noticing* …")."""
    words = {
        Stage.NOTICE: QCoreApplication.translate("CareWords", "the noticing"),
        Stage.DECIDE: QCoreApplication.translate("CareWords", "the finding out and deciding"),
        Stage.DO: QCoreApplication.translate("CareWords", "the doing"),
        Stage.FOLLOW_UP: QCoreApplication.translate("CareWords", "the keeping track"),
    }
    return words[stage]


def stage_help(stage: Stage) -> str:
    """One line that explains a stage (tooltip of the column)."""
    words = {
        Stage.NOTICE: QCoreApplication.translate(
            "CareWords",
            "Noticing, thinking ahead: who sees it coming, like the nappies running low "
            "or an appointment that is due?",
        ),
        Stage.DECIDE: QCoreApplication.translate(
            "CareWords", "Who looks up the options and makes the choice?"
        ),
        Stage.DO: QCoreApplication.translate("CareWords", "Who actually does it?"),
        Stage.FOLLOW_UP: QCoreApplication.translate(
            "CareWords", "Who keeps an eye on it afterwards and follows up?"
        ),
    }
    return words[stage]


def domain_title(domain: str) -> str:
    titles = {
        "feeding": QCoreApplication.translate("CareWords", "Feeding"),
        "sleep": QCoreApplication.translate("CareWords", "Sleep"),
        "care": QCoreApplication.translate("CareWords", "Daily care"),
        "appointments_health": QCoreApplication.translate("CareWords", "Appointments and health"),
        "childcare_school": QCoreApplication.translate("CareWords", "Childcare and school"),
        "household": QCoreApplication.translate("CareWords", "Household"),
        "admin_money": QCoreApplication.translate("CareWords", "Paperwork and money"),
        "information": QCoreApplication.translate("CareWords", "Looking things up"),
        "family_social": QCoreApplication.translate("CareWords", "Family and friends"),
        "emotional": QCoreApplication.translate("CareWords", "Emotional care"),
    }
    return titles.get(domain, domain)


def _preset_names() -> dict[str, str]:
    return {
        "feeding.supplies": QCoreApplication.translate(
            "CareWords", "Formula, bottles or pump supplies in the house"
        ),
        "feeding.night": QCoreApplication.translate("CareWords", "Night feeds"),
        "feeding.solids": QCoreApplication.translate("CareWords", "First solid food"),
        "sleep.routine": QCoreApplication.translate("CareWords", "The evening routine"),
        "sleep.nights": QCoreApplication.translate("CareWords", "Getting up at night"),
        "care.nappies_clothes": QCoreApplication.translate(
            "CareWords", "Nappies and clothes that still fit"
        ),
        "care.bath": QCoreApplication.translate("CareWords", "Bathing and nails"),
        "appointments_health.checkups": QCoreApplication.translate(
            "CareWords", "Check-ups with the midwife or child health service"
        ),
        "appointments_health.vaccinations": QCoreApplication.translate("CareWords", "Vaccinations"),
        "appointments_health.ill": QCoreApplication.translate(
            "CareWords", "When the baby is ill: doctor, medicine"
        ),
        "childcare_school.finding": QCoreApplication.translate(
            "CareWords", "Finding and arranging childcare"
        ),
        "childcare_school.bag_forms": QCoreApplication.translate(
            "CareWords", "The daycare bag, forms and messages"
        ),
        "household.groceries": QCoreApplication.translate("CareWords", "Groceries"),
        "household.laundry": QCoreApplication.translate("CareWords", "Laundry"),
        "household.meals": QCoreApplication.translate("CareWords", "Deciding what we eat"),
        "admin_money.allowances": QCoreApplication.translate(
            "CareWords", "Leave, allowances and forms"
        ),
        "admin_money.bills": QCoreApplication.translate("CareWords", "Bills and insurance"),
        "information.looking_up": QCoreApplication.translate(
            "CareWords", "Looking up information about the baby"
        ),
        "information.advice": QCoreApplication.translate(
            "CareWords", "Weighing advice from others"
        ),
        "family_social.visits": QCoreApplication.translate(
            "CareWords", "Visits from family and friends"
        ),
        "family_social.gifts_cards": QCoreApplication.translate(
            "CareWords", "Birth cards, thank-yous and gifts"
        ),
        "emotional.comforting": QCoreApplication.translate(
            "CareWords", "Comforting when it is hard"
        ),
        "emotional.how_everyone_is": QCoreApplication.translate(
            "CareWords", "Sensing how everyone is doing"
        ),
    }


def task_name(task: CareTask) -> str:
    """The name a person sees: what they typed, else the preset's translated name."""
    if task.name:
        return task.name
    return _preset_names().get(task.key or "", task.key or "")


def holder_word(holder: Holder, names: dict[str, str], viewer_id: str) -> str:
    """A holder in one or two words, from the viewer's side ("Me", "Tom", "Together")."""
    if holder.kind is HolderKind.PERSON:
        if holder.person_id == viewer_id:
            return QCoreApplication.translate("CareWords", "Me")
        return names.get(holder.person_id or "", "?")
    if holder.kind is HolderKind.TOGETHER:
        return QCoreApplication.translate("CareWords", "Together")
    if holder.kind is HolderKind.NOBODY:
        return QCoreApplication.translate("CareWords", "Nobody really")
    if holder.outside_name:
        return holder.outside_name
    return QCoreApplication.translate("CareWords", "Someone outside")


def holder_name(holder: Holder, names: dict[str, str]) -> str:
    """A holder named the same for everyone (for maps that two people look at together)."""
    if holder.kind is HolderKind.PERSON:
        return names.get(holder.person_id or "", "?")
    return holder_word(holder, names, "")


def holder_phrase(holder: Holder, names: dict[str, str], author_id: str) -> str:
    """How a picture's author sees a holder, inside a sentence ("… as their own")."""
    if holder.kind is HolderKind.PERSON:
        if holder.person_id == author_id:
            return QCoreApplication.translate("CareWords", "as their own")
        return QCoreApplication.translate("CareWords", "with {name}").format(
            name=names.get(holder.person_id or "", "?")
        )
    if holder.kind is HolderKind.TOGETHER:
        return QCoreApplication.translate("CareWords", "as shared by you both")
    if holder.kind is HolderKind.NOBODY:
        return QCoreApplication.translate("CareWords", "with nobody really")
    if holder.outside_name:
        return QCoreApplication.translate("CareWords", "with {name}").format(
            name=holder.outside_name
        )
    return QCoreApplication.translate("CareWords", "with someone outside the household")


def initials(name: str) -> str:
    """One or two letters for a name ("Sara" -> "S", "Anne Marie" -> "AM")."""
    parts = [p for p in name.split() if p[:1].isalpha()]
    return "".join(p[0].upper() for p in parts[:2]) or name[:1].upper()
