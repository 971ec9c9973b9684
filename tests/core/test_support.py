"""The Hulp en steun texts: every variant loads, and numbers appear only with a source."""

from __future__ import annotations

import json

import pytest

from parentjournal.core.support import load_support
from parentjournal.resources_path import resource


@pytest.mark.parametrize(
    ("language", "region"), [("nl", "BE"), ("nl", "NL"), ("en", "BE"), ("en", "NL")]
)
def test_every_variant_names_the_gp_the_midwife_and_a_listening_line(language, region):
    page = load_support(language, region)
    keys = {p.key for p in page.places}
    assert {"gp", "midwife", "listening_line", "parenting_line"} <= keys
    assert page.intro and page.closing and page.title


def test_flemish_and_dutch_variants_differ_where_the_organisations_differ():
    flemish = {p.name for p in load_support("nl", "BE").places}
    dutch = {p.name for p in load_support("nl", "NL").places}
    assert "Kind en Gezin" in flemish and "Kind en Gezin" not in dutch
    assert "De Luisterlijn" in dutch and "Tele-Onthaal" in flemish


def test_a_phone_number_is_only_given_with_its_source_and_date():
    for path in resource("help").glob("support_*.json"):
        data = json.loads(path.read_text("utf-8"))
        for page in data["regions"].values():
            for place in page["places"]:
                if place.get("contact"):
                    assert place["source"].startswith("https://"), place
                    assert place["checked"], place
                else:
                    assert "not verified" in place["note"], place
