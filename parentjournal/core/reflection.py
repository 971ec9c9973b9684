"""Reflection prompts: optional questions to write from, chosen to fit the household's phase.

Prompts are data (``resources/prompts/prompts_<lang>.json``), the same ids, phases and themes
in every language. Choosing the next prompt is a pure function with an injected random
generator, so it is testable and never depends on the calendar: there is no "prompt of the
day" that can be missed, no count of answered prompts and nothing overdue.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

from parentjournal.core.model import ChangeSet, Phase
from parentjournal.core.record import record
from parentjournal.resources_path import resource

PROMPT_LANGUAGES = ("nl", "en")


class PromptFileError(ValueError):
    """A prompt file is malformed (a packaging mistake, caught by the tests)."""


@record
class Prompt:
    """One question to write from.

    Attributes:
        id: stable identifier, the same in every language; entries keep it in ``prompt_id``.
        text: the question, in the file's language.
        phases: the phases it suits.
        theme: what it is about ("how_you_are", "rest", "relationship", ...).
    """

    id: str
    text: str
    phases: frozenset[Phase]
    theme: str

    def suits(self, phase: Phase | None) -> bool:
        """True when the prompt fits ``phase``; with no phase chosen, every prompt fits."""
        return phase is None or phase in self.phases


def parse_prompts(data: object) -> tuple[Prompt, ...]:
    """Turn the JSON of a prompt file into prompts, refusing anything ambiguous.

    Raises:
        PromptFileError: on a missing field, an unknown phase or a duplicate id.
    """
    if not isinstance(data, dict) or not isinstance(data.get("prompts"), list):
        raise PromptFileError("a prompt file is an object with a 'prompts' list")
    prompts: list[Prompt] = []
    seen: set[str] = set()
    for item in data["prompts"]:
        try:
            pid, text, theme = str(item["id"]), str(item["text"]).strip(), str(item["theme"])
            phases = frozenset(Phase(p) for p in item["phases"])
        except (KeyError, TypeError, ValueError) as exc:
            raise PromptFileError(f"bad prompt {item!r}: {exc}") from exc
        if not pid or not text or not phases or pid in seen:
            raise PromptFileError(f"prompt {pid!r} is empty, has no phase or is duplicated")
        seen.add(pid)
        prompts.append(Prompt(pid, text, phases, theme))
    return tuple(prompts)


def load_prompts(path: Path) -> tuple[Prompt, ...]:
    """Read and parse one prompt file."""
    return parse_prompts(json.loads(path.read_text(encoding="utf-8")))


@cache
def library(language: str) -> tuple[Prompt, ...]:
    """The bundled prompts in ``language`` ("nl" or "en"; anything else falls back to nl)."""
    lang = language if language in PROMPT_LANGUAGES else PROMPT_LANGUAGES[0]
    return load_prompts(resource("prompts", f"prompts_{lang}.json"))


def choose_prompt(
    prompts: Sequence[Prompt],
    *,
    phase: Phase | None,
    hidden: Iterable[str] = (),
    recent: Sequence[str] = (),
    rng: random.Random,
) -> Prompt | None:
    """Pick the next prompt to offer, or None when none is left.

    Only prompts that suit ``phase`` and are not hidden are candidates. Prompts in ``recent``
    (shown lately, newest last) are avoided while others remain, so "another question" does
    not bounce between two; when every candidate was shown, the oldest-shown ones come back
    first and the newest one never repeats straight away.
    """
    hidden_ids = set(hidden)
    candidates = [p for p in prompts if p.suits(phase) and p.id not in hidden_ids]
    if not candidates:
        return None
    recent_ids = set(recent)
    fresh = [p for p in candidates if p.id not in recent_ids]
    if fresh:
        return rng.choice(fresh)
    # Every candidate was shown: start again with those shown longest ago.
    if len(candidates) == 1:
        return candidates[0]
    last = recent[-1] if recent else None
    older = [p for p in candidates if p.id != last]
    return rng.choice(older)


class ReflectionStore(Protocol):
    """Per-person prompt choices, kept as journal data (the same on every device)."""

    def hidden_prompts(self, person_id: str) -> set[str]: ...
    def hide_prompt(self, person_id: str, prompt_id: str) -> str: ...
    def unhide_prompt(self, person_id: str, prompt_id: str) -> str | None: ...
    def prompts_off(self, person_id: str) -> bool: ...
    def set_prompts_off(self, person_id: str, off: bool) -> str: ...


class ReflectionService:
    """What the prompt card and the settings do with prompts, for one person at a time."""

    def __init__(self, store: ReflectionStore, phase: Callable[[], Phase | None]):
        self.store = store
        self._phase = phase

    def phase(self) -> Phase | None:
        """The phase the household chose (never computed from dates)."""
        return self._phase()

    def enabled(self, person_id: str) -> bool:
        """False when this person switched prompts off."""
        return not self.store.prompts_off(person_id)

    def next_prompt(
        self,
        person_id: str,
        language: str,
        *,
        recent: Sequence[str] = (),
        rng: random.Random | None = None,
    ) -> Prompt | None:
        """The next prompt for ``person_id`` in ``language``, or None (off, or none left)."""
        if not self.enabled(person_id):
            return None
        return choose_prompt(
            library(language),
            phase=self.phase(),
            hidden=self.store.hidden_prompts(person_id),
            recent=recent,
            rng=rng or random.Random(),
        )

    def prompt(self, prompt_id: str, language: str) -> Prompt | None:
        """One prompt by id in ``language`` (None for an id this version does not know)."""
        return next((p for p in library(language) if p.id == prompt_id), None)

    def still_offered(self, person_id: str, prompt: Prompt) -> bool:
        """True while ``prompt`` may be offered to this person (on, fits the phase, not hidden)."""
        return (
            self.enabled(person_id)
            and prompt.suits(self.phase())
            and prompt.id not in self.store.hidden_prompts(person_id)
        )

    def hidden(self, person_id: str, language: str) -> list[Prompt]:
        """The prompts this person hid, in library order (to bring them back in settings)."""
        ids = self.store.hidden_prompts(person_id)
        return [p for p in library(language) if p.id in ids]

    def hide(self, person_id: str, prompt_id: str) -> ChangeSet:
        """Hide a prompt for this person ("not for me"), until they bring it back."""
        record = self.store.hide_prompt(person_id, prompt_id)
        return ChangeSet("reflection", (record,), extra={"prompt_id": prompt_id})

    def unhide(self, person_id: str, prompt_id: str) -> ChangeSet:
        """Bring a hidden prompt back for this person (also the undo of :meth:`hide`)."""
        record = self.store.unhide_prompt(person_id, prompt_id)
        ids = (record,) if record else ()
        return ChangeSet("reflection", ids, restored=True, extra={"prompt_id": prompt_id})

    def set_enabled(self, person_id: str, enabled: bool) -> ChangeSet:
        """Switch prompts on or off for this person."""
        record = self.store.set_prompts_off(person_id, not enabled)
        return ChangeSet("reflection", (record,), extra={"enabled": enabled})
