"""Entry script for the PyInstaller bundle (the installed package uses parentjournal.app:run)."""

from parentjournal.app import run

if __name__ == "__main__":
    run()
