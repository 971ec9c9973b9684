"""The Dagboek: writing, autosaving, deleting to the bin, restoring, searching."""

from __future__ import annotations

from dataclasses import replace

from parentjournal.core.model import PRESET_THEMES, ChangeSet, Entry, EntryDraft, SearchHit
from parentjournal.core.ports import EntryStore

# A body larger than this is refused with a clear message instead of slowing everything
# down; 5 MB pastes are an accident far more often than a journal entry.
MAX_BODY_CHARS = 2_000_000
MAX_TITLE_CHARS = 10_000


class EntryTooLargeError(ValueError):
    """The text is too long to keep as one entry."""


class NotAllowedError(PermissionError):
    """The current person may not change this record (it is someone else's)."""


class JournalService:
    """Everything the Dagboek screen does to entries goes through here."""

    def __init__(self, entries: EntryStore):
        self.entries = entries

    @staticmethod
    def _clean(draft: EntryDraft) -> EntryDraft:
        if len(draft.body) > MAX_BODY_CHARS or len(draft.title) > MAX_TITLE_CHARS:
            raise EntryTooLargeError(len(draft.body))
        # NUL characters cannot round-trip through every tool; other control characters can.
        themes = tuple(dict.fromkeys(t.strip() for t in draft.themes if t.strip()))
        return replace(
            draft,
            body=draft.body.replace("\x00", ""),
            title=draft.title.replace("\x00", "").strip(),
            themes=themes,
        )

    def create(self, draft: EntryDraft) -> tuple[Entry, ChangeSet]:
        entry = self.entries.insert(self._clean(draft))
        return entry, ChangeSet("entry", (entry.id,))

    def save(self, entry_id: str, draft: EntryDraft) -> tuple[Entry, ChangeSet]:
        """Save an edit. Only the author may change an entry."""
        # The author is readable even while the entry is sealed, so a locked person's
        # autosave reaches the store and is refused there (PersonLockedError), not here.
        author = self.entries.author_of(entry_id)
        if author is None:
            raise KeyError(entry_id)
        if author != draft.author_id:
            raise NotAllowedError(entry_id)
        entry = self.entries.update(entry_id, self._clean(draft))
        return entry, ChangeSet("entry", (entry_id,))

    def delete(self, entry_id: str, person_id: str) -> ChangeSet:
        """Move an entry to the bin (it can be restored)."""
        self._own(entry_id, person_id)
        self.entries.set_deleted(entry_id, True)
        return ChangeSet("entry", (entry_id,), deleted=True)

    def restore(self, entry_id: str, person_id: str) -> ChangeSet:
        self._own(entry_id, person_id)
        self.entries.set_deleted(entry_id, False)
        return ChangeSet("entry", (entry_id,), restored=True)

    def _own(self, entry_id: str, person_id: str) -> None:
        author = self.entries.author_of(entry_id)
        if author is None:
            raise KeyError(entry_id)
        if author != person_id:
            raise NotAllowedError(entry_id)

    def get_for(self, entry_id: str, person_id: str) -> Entry | None:
        """The entry if ``person_id`` may see it, else None."""
        entry = self.entries.get(entry_id)
        return entry if entry is not None and entry.visible_to(person_id) else None

    def search(self, person_id: str, text: str, limit: int = 50) -> list[SearchHit]:
        return self.entries.search(person_id, text, limit=limit)

    def own_themes(self, person_id: str) -> list[str]:
        """Themes people typed themselves on entries ``person_id`` may see (not the presets)."""
        return [t for t in self.entries.themes_in_use(person_id) if t not in PRESET_THEMES]

    def bin(self, person_id: str) -> list[Entry]:
        return self.entries.deleted(person_id)
