"""Entry script for the PyInstaller bundle (the installed package uses parentjournal.app:main)."""

import sys

from parentjournal.app import main

if __name__ == "__main__":
    sys.exit(main())
