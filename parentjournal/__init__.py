"""Ouderdagboek: a private, offline journal for expectant and new parents."""

__version__ = "0.1.0"
APP_ID = "parentjournal"
