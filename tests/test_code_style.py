"""Lint and layering rules that keep the code base readable."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "parentjournal"


def test_ruff_is_clean():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "parentjournal", "tools", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_never_imports_qt_or_the_store():
    for path in (PACKAGE / "core").rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith("PySide6"), f"{path.name} imports {name}"
            assert not name.startswith("parentjournal.store"), f"{path.name} imports {name}"
            assert not name.startswith("parentjournal.ui"), f"{path.name} imports {name}"


def test_store_never_imports_the_ui_or_qt():
    for path in (PACKAGE / "store").rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith(("PySide6", "parentjournal.ui")), f"{path.name}: {name}"


def test_ui_runs_no_sql():
    for path in (PACKAGE / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for keyword in ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", ".execute("):
            assert keyword not in text, f"{path.relative_to(ROOT)} contains {keyword!r}"


def test_no_network_modules_are_imported():
    forbidden = ("socket", "http", "urllib", "requests", "httpx", "aiohttp", "PySide6.QtNetwork")
    for path in PACKAGE.rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith(forbidden), f"{path.relative_to(ROOT)} imports {name}"
