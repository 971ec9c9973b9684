"""Turn what a person types into a safe FTS5 query.

People type anything: quotes, dashes, "AND", emoji. None of it may raise. We keep three
things people expect — words (all must match), a trailing ``*`` for a prefix and
``"quoted phrases"`` — and quote everything so FTS5 never sees an operator.
"""

from __future__ import annotations

import re
from functools import lru_cache

_PHRASE = re.compile(r'"([^"]*)"')
# A word is a run of letters/digits (any script) with an optional trailing * for prefixes.
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*\*?", re.UNICODE)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


# A search asks for the same text several times (the first page, the next pages as the
# person scrolls, the counts), each time in every source: remember the recent ones. Only
# what a person types is remembered; a pasted page is worked out each time.
_REMEMBERED_LENGTH = 200


def to_fts_query(text: str) -> str | None:
    """Return an FTS5 MATCH expression for ``text``, or None when nothing is searchable.

    Examples:
        ``creche`` -> ``"creche"``; ``borstvoed*`` -> ``"borstvoed"*``;
        ``"slecht geslapen" baby`` -> ``"slecht geslapen" "baby"``.
    """
    if len(text) > _REMEMBERED_LENGTH:
        return _fts_query(text)
    return _remembered_fts_query(text)


@lru_cache(maxsize=256)
def _remembered_fts_query(text: str) -> str | None:
    return _fts_query(text)


def _fts_query(text: str) -> str | None:
    """The FTS5 form of ``text`` (see :func:`to_fts_query`)."""
    parts: list[str] = []
    remainder = text
    for phrase in _PHRASE.findall(text):
        words = [w.rstrip("*") for w in _WORD.findall(phrase)]
        if words:
            parts.append(_quote(" ".join(words)))
    remainder = _PHRASE.sub(" ", text).replace('"', " ")
    for word in _WORD.findall(remainder):
        if word.endswith("*"):
            stem = word.rstrip("*")
            if stem:
                parts.append(_quote(stem) + "*")
        else:
            parts.append(_quote(word))
    return " ".join(parts) if parts else None
