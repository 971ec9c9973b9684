"""Choosing reflection prompts: phase-aware, skippable, never repeating straight away."""

from __future__ import annotations

import random

from parentjournal.core.model import Phase
from parentjournal.core.reflection import (
    PromptFileError,
    choose_prompt,
    library,
    parse_prompts,
)


def _lib():
    return parse_prompts(
        {
            "prompts": [
                {"id": "wait", "phases": ["pregnant"], "theme": "how_you_are", "text": "W?"},
                {"id": "night", "phases": ["first_weeks"], "theme": "rest", "text": "N?"},
                {"id": "both", "phases": ["first_weeks", "later"], "theme": "rest", "text": "B?"},
                {
                    "id": "all",
                    "phases": ["pregnant", "first_weeks", "later"],
                    "theme": "x",
                    "text": "A?",
                },
            ]
        }
    )


def _offered(phase, **kw):
    rng = random.Random(7)
    return {choose_prompt(_lib(), phase=phase, rng=rng, **kw).id for _ in range(200)}


def test_the_chosen_phase_selects_the_prompts():
    assert _offered(Phase.PREGNANT) == {"wait", "all"}
    assert _offered(Phase.FIRST_WEEKS) == {"night", "both", "all"}
    assert _offered(Phase.LATER) == {"both", "all"}


def test_without_a_phase_every_prompt_can_come():
    assert _offered(None) == {"wait", "night", "both", "all"}


def test_hidden_prompts_are_never_offered():
    assert _offered(Phase.FIRST_WEEKS, hidden={"night"}) == {"both", "all"}


def test_nothing_is_offered_when_everything_is_hidden():
    prompt = choose_prompt(
        _lib(), phase=Phase.PREGNANT, hidden={"wait", "all"}, rng=random.Random(1)
    )
    assert prompt is None


def test_another_question_goes_through_all_before_repeating():
    rng = random.Random(3)
    recent: list[str] = []
    for _ in range(3):
        recent.append(choose_prompt(_lib(), phase=Phase.FIRST_WEEKS, recent=recent, rng=rng).id)
    assert sorted(recent) == ["all", "both", "night"]
    again = choose_prompt(_lib(), phase=Phase.FIRST_WEEKS, recent=recent, rng=rng)
    assert again.id != recent[-1]


def test_a_bad_prompt_file_is_refused_with_a_clear_error():
    for bad in (
        {},
        {"prompts": [{"id": "a", "phases": ["someday"], "theme": "t", "text": "x"}]},
        {"prompts": [{"id": "a", "phases": [], "theme": "t", "text": "x"}]},
        {"prompts": [{"id": "a", "phases": ["later"], "theme": "t", "text": "x"}] * 2},
    ):
        try:
            parse_prompts(bad)
        except PromptFileError:
            continue
        raise AssertionError(f"accepted {bad}")


def test_the_bundled_libraries_match_between_languages():
    nl, en = library("nl"), library("en")
    assert len(nl) >= 60
    assert [(p.id, p.phases, p.theme) for p in nl] == [(p.id, p.phases, p.theme) for p in en]
    assert all(p.text != q.text for p, q in zip(nl, en, strict=True))


def test_every_phase_has_plenty_of_prompts():
    for phase in Phase:
        assert sum(p.suits(phase) for p in library("nl")) >= 30


def test_prompts_are_questions_about_the_adults():
    for prompt in library("nl") + library("en"):
        assert "?" in prompt.text, prompt.id
