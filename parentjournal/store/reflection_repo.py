"""Each person's reflection-prompt choices: hidden prompts and "prompts off"."""

from __future__ import annotations

from parentjournal.core.clock import new_id, utc_now
from parentjournal.store.database import Database
from parentjournal.store.db import transaction

HIDDEN = "hidden_prompt"
OFF = "prompts_off"


class ReflectionRepo:
    """Reads and writes the ``reflection_choice`` table."""

    def __init__(self, db: Database):
        self.db = db

    def hidden_prompts(self, person_id: str) -> set[str]:
        cur = self.db.execute(
            "SELECT prompt_id FROM reflection_choice "
            "WHERE person_id = ? AND kind = ? AND deleted_at IS NULL",
            [person_id, HIDDEN],
        )
        return {row[0] for row in cur.fetchall()}

    def prompts_off(self, person_id: str) -> bool:
        cur = self.db.execute(
            "SELECT 1 FROM reflection_choice "
            "WHERE person_id = ? AND kind = ? AND deleted_at IS NULL LIMIT 1",
            [person_id, OFF],
        )
        return cur.fetchone() is not None

    def _set(self, person_id: str, kind: str, prompt_id: str, active: bool) -> str | None:
        """Make the choice active (revive or insert its row) or inactive (soft delete).

        Returns the id of the row that changed, or None when nothing needed changing.
        """
        now = utc_now()
        with transaction(self.db):
            rows = self.db.execute(
                "SELECT id, deleted_at FROM reflection_choice "
                "WHERE person_id = ? AND kind = ? AND prompt_id = ? "
                "ORDER BY deleted_at IS NULL DESC, updated_at DESC",
                [person_id, kind, prompt_id],
            ).fetchall()
            live = [r[0] for r in rows if r[1] is None]
            if active:
                if live:
                    return live[0]
                if rows:
                    self.db.execute(
                        "UPDATE reflection_choice SET deleted_at = NULL, updated_at = ? "
                        "WHERE id = ?",
                        [now, rows[0][0]],
                    )
                    return rows[0][0]
                rid = new_id()
                self.db.execute(
                    "INSERT INTO reflection_choice (id, person_id, kind, prompt_id, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    [rid, person_id, kind, prompt_id, now, now],
                )
                return rid
            # Two devices may each have made the same choice: undo every live copy.
            for rid in live:
                self.db.execute(
                    "UPDATE reflection_choice SET deleted_at = ?, updated_at = ? WHERE id = ?",
                    [now, now, rid],
                )
            return live[0] if live else None

    def hide_prompt(self, person_id: str, prompt_id: str) -> str:
        return self._set(person_id, HIDDEN, prompt_id, True)

    def unhide_prompt(self, person_id: str, prompt_id: str) -> str | None:
        return self._set(person_id, HIDDEN, prompt_id, False)

    def set_prompts_off(self, person_id: str, off: bool) -> str:
        return self._set(person_id, OFF, "", off) or ""
