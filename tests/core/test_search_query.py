"""The search box turns any text into a safe FTS5 query."""

from __future__ import annotations

from parentjournal.core.search_query import to_fts_query


def test_words_are_quoted_and_all_required():
    assert to_fts_query("slaap baby") == '"slaap" "baby"'


def test_prefix_star_is_kept():
    assert to_fts_query("borstvoed*") == '"borstvoed"*'


def test_phrases_stay_together():
    assert to_fts_query('"slecht geslapen" nacht') == '"slecht geslapen" "nacht"'


def test_nothing_searchable_gives_none():
    assert to_fts_query('  " * ( ) ') is None
    assert to_fts_query("") is None


def test_operators_are_plain_words():
    assert to_fts_query("NOT OR AND") == '"NOT" "OR" "AND"'
