"""SQLite storage through sqlite-utils: connection, migrations, FTS and repositories."""
