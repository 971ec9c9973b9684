"""The journal's connection runs only our code."""

from __future__ import annotations

from sqlite_utils import hookimpl
from sqlite_utils.plugins import pm

from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths


class _SpyPlugin:
    def __init__(self):
        self.connections = []

    @hookimpl
    def prepare_connection(self, conn):
        self.connections.append(conn)


def test_installed_sqlite_utils_plugins_never_touch_the_journal(data_dir):
    spy = _SpyPlugin()
    pm.register(spy)
    try:
        Journal.open(JournalPaths(data_dir)).close()
    finally:
        pm.unregister(spy)
    assert spy.connections == []
