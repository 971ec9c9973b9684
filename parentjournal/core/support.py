"""Hulp en steun: where parents can turn when it is a lot, kept as texts in resources/help.

No screening and no scores: just names, a sentence about each, and a phone number only where
it was verified (the resource file records where and when).
"""

from __future__ import annotations

import json

from parentjournal.core.record import record
from parentjournal.resources_path import resource

REGIONS = ("BE", "NL")


@record
class SupportPlace:
    """Somewhere to turn: a name, one calm sentence and, if verified, a phone number."""

    key: str
    name: str
    text: str
    contact: str = ""


@record
class SupportPage:
    """The page for one language and region."""

    title: str
    intro: str
    places: tuple[SupportPlace, ...]
    closing: str


def support_file(language: str, region: str) -> str:
    """File name for a language and region: Dutch has a Flemish and a Netherlands variant."""
    if language == "nl":
        return f"support_nl-{region}.json"
    return "support_en.json"


def load_support(language: str, region: str) -> SupportPage:
    """Read the help page for ``language`` ("nl"/"en") and ``region`` ("BE"/"NL")."""
    region = region if region in REGIONS else REGIONS[0]
    language = language if language in ("nl", "en") else "nl"
    data = json.loads(resource("help", support_file(language, region)).read_text("utf-8"))
    page = data["regions"][region]
    return SupportPage(
        title=page["title"],
        intro=page["intro"],
        places=tuple(
            SupportPlace(p["key"], p["name"], p["text"], p.get("contact", ""))
            for p in page["places"]
        ),
        closing=page["closing"],
    )
