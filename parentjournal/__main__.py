"""`python -m parentjournal` starts the app (or a subcommand)."""

from parentjournal.app import run

run()
