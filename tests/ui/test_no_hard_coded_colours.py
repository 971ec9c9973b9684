"""Colours come from the system palette only, so dark mode and high contrast just work.

Scans ``parentjournal/ui`` for hard-coded colours: hex literals ("#fff"), rgb()/hsl() in
style sheets, named CSS colours in style sheets, ``Qt.red`` / ``Qt.GlobalColor.red`` and
``QColor(...)`` built from literal values. Colours *computed from* the palette (mixing
``palette.color(...)`` values) are fine. A deliberate exception goes in ``ALLOWED`` with a
reason, after review.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "parentjournal" / "ui"

# (path relative to the repository, the offending source text) -> why it is acceptable.
ALLOWED: dict[tuple[str, str], str] = {
    (
        "parentjournal/ui/samen/colors.py",
        "QColor.fromHsl(person_hue(index), 170, 110 if dark else 150)",
    ): "a per-person hue, blended 30% over the palette's Base with the palette's own text "
    "colour on top (so contrast never depends on it) and the name always written in words; "
    "lightness follows the palette's dark or light base",
}

_HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3}(?:[0-9a-fA-F]{2})?)?\b")
_FUNCTION = re.compile(r"\b(?:rgba?|hsla?|hsva?)\s*\(", re.IGNORECASE)
_NAMED = re.compile(
    r"\b(?:white|black|red|green|blue|gr[ae]y|yellow|orange|pink|purple|silver|navy|teal|"
    r"maroon|olive|lime|aqua|fuchsia|darkgr[ae]y|lightgr[ae]y|cyan|magenta|brown|beige)\b",
    re.IGNORECASE,
)
_STYLE_HINT = re.compile(r"(?:color|background|border)\s*:|palette\(|\{", re.IGNORECASE)
_QT_COLOURS = {
    "white", "black", "red", "darkRed", "green", "darkGreen", "blue", "darkBlue", "cyan",
    "darkCyan", "magenta", "darkMagenta", "yellow", "darkYellow", "gray", "darkGray",
    "lightGray",
}  # fmt: skip
_QCOLOR_BUILDERS = {"QColor", "fromRgb", "fromRgbF", "fromHsv", "fromHsl", "fromString"}


def _docstring_nodes(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def colour_literals(source: str) -> list[str]:
    """The hard-coded colours in one module's source, as the offending text."""
    tree = ast.parse(source)
    docstrings = _docstring_nodes(tree)
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in docstrings:
                continue
            text = node.value
            found += _HEX.findall(text)
            found += _FUNCTION.findall(text)
            if _STYLE_HINT.search(text):
                found += _NAMED.findall(text)
        elif isinstance(node, ast.Attribute) and node.attr in _QT_COLOURS:
            owner = ast.unparse(node.value)
            if owner in ("Qt", "Qt.GlobalColor", "QtCore.Qt", "QtCore.Qt.GlobalColor"):
                found.append(ast.unparse(node))
        elif isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else None
            name = name or (node.func.id if isinstance(node.func, ast.Name) else None)
            if name in _QCOLOR_BUILDERS and any(isinstance(arg, ast.Constant) for arg in node.args):
                found.append(ast.unparse(node))
    return found


def test_the_scanner_recognises_hard_coded_colours():
    bad = """
w.setStyleSheet("QLabel { color: #fff; background: rgb(10, 20, 30); border: 1px solid gray }")
c = QColor("#336699")
d = QColor(200, 10, 10)
e = Qt.red
f = Qt.GlobalColor.darkGray
g = QColor.fromRgb(1, 2, 3)
"""
    found = colour_literals(bad)
    for expected in ("#fff", "rgb(", "gray", "QColor('#336699')", "QColor(200, 10, 10)"):
        assert any(expected in item for item in found), (expected, found)
    assert "Qt.red" in found and "Qt.GlobalColor.darkGray" in found
    assert any("fromRgb" in item for item in found)


def test_palette_based_colours_pass_the_scanner():
    good = '''
"""Docstring may say #fff or Qt.red when explaining."""
w.setStyleSheet("QFrame { background: palette(alternate-base); border: 1px solid palette(mid); }")
mixed = QColor(round(base.red() * 0.7), base.green(), base.blue())
pixmap.fill(Qt.GlobalColor.transparent)
label.setText(self.tr("Issue #12 is red hot"))
'''
    assert colour_literals(good) == []


def test_the_ui_uses_palette_colours_only():
    problems = []
    for path in sorted(UI.rglob("*.py")):
        rel = str(path.relative_to(ROOT))
        for literal in colour_literals(path.read_text(encoding="utf-8")):
            if (rel, literal) not in ALLOWED:
                problems.append(f"{rel}: {literal}")
    assert not problems, "hard-coded colours (use QPalette roles):\n" + "\n".join(problems)
