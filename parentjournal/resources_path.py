"""Locate the bundled resources (translations, prompt texts, icons).

In an installed package they are ``parentjournal/resources`` (pyproject's force-include);
when running straight from a source checkout without installing, they are the top-level
``resources/`` folder next to the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """Return the folder with the app's resources as a real filesystem path."""
    package = Path(__file__).resolve().parent
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        # Running from a source checkout (tests, a git worktree): use its own resources.
        return checkout / "resources"
    # Installed (pip, or the PyInstaller bundle): a folder next to the package's modules,
    # which is what importlib.resources answers too for any package on disk. Asked only
    # otherwise (a package in a zip file): importing it costs ~5-10 ms at every start.
    if (package / "resources").is_dir():
        return package / "resources"
    try:
        from importlib import resources

        found = Path(str(resources.files("parentjournal") / "resources"))
        if found.is_dir():
            return found
    except ModuleNotFoundError:
        pass
    return checkout / "resources"


def resource(*parts: str) -> Path:
    """Return the path of one resource file, e.g. ``resource("i18n", "parentjournal_nl.qm")``."""
    return resources_dir().joinpath(*parts)
