"""Ouderdagboek: a private, offline journal for expectant and new parents."""

from parentjournal.pyside_sources import install as _spare_pyside_the_sources

__version__ = "0.1.0"
APP_ID = "parentjournal"

_spare_pyside_the_sources()  # ~10 ms of every start (see pyside_sources)
