"""Locate the bundled resources (translations, prompt texts, icons).

In an installed package they are ``parentjournal/resources`` (pyproject's force-include);
when running straight from a source checkout without installing, they are the top-level
``resources/`` folder next to the package.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


@cache
def resources_dir() -> Path:
    """Return the folder with the app's resources as a real filesystem path."""
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        # Running from a source checkout (tests, a git worktree): use its own resources.
        return checkout / "resources"
    try:
        found = Path(str(resources.files("parentjournal") / "resources"))
        if found.is_dir():
            return found
    except ModuleNotFoundError:
        pass
    return checkout / "resources"


def resource(*parts: str) -> Path:
    """Return the path of one resource file, e.g. ``resource("i18n", "app_nl.qm")``."""
    return resources_dir().joinpath(*parts)
