"""Translation workflow: extract strings into .ts files and compile them to .qm.

Usage:
    python -m tools.i18n update    # run lupdate: new strings appear as "unfinished"
    python -m tools.i18n fill FILE.json   # set translations from {"Context": {"source": "text"}}
    python -m tools.i18n english   # English .ts: copy the source text where unfinished
                                   #   (not for plural messages: write those forms yourself)
    python -m tools.i18n compile   # run lrelease: resources/i18n/parentjournal_<lang>.qm
    python -m tools.i18n status    # list unfinished or empty translations

Strings are grouped into one .ts per *area* and language, so people working on different
screens never edit the same file: ``parentjournal/ui/<area>.py`` and
``parentjournal/ui/<area>/...`` form area ``<area>``; ``commands/<name>.py`` is area
``cmd_<name>``; any other module is an area of its own (its file name).
Source strings are English; Dutch is the default language. English .ts files still exist
(for plural forms and so a test can prove they are complete).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from parentjournal.i18n import QM_NAME  # the one compiled file of a language

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "parentjournal"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("nl", "en")


_USES_TR = re.compile(r"\btr\(|\.translate\(|QT_TRANSLATE_NOOP")


def area_of(path: Path) -> str:
    """``ui/<area>.py`` or ``ui/<area>/...`` -> area; any other module -> its own name."""
    rel = path.relative_to(PACKAGE)
    if path.stem == "__init__":
        return rel.parts[-2] if len(rel.parts) > 1 else "common"
    if rel.parts[0] == "ui" and len(rel.parts) > 1:
        return Path(rel.parts[1]).stem
    if rel.parts[0] == "commands" and len(rel.parts) > 1:
        return "cmd_" + Path(rel.parts[1]).stem
    return path.stem


def sources_by_area() -> dict[str, list[Path]]:
    areas: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if _USES_TR.search(text):
            areas[area_of(path)].append(path)
    return dict(areas)


def ts_path(area: str, lang: str, folder: Path = I18N) -> Path:
    return folder / f"{area}_{lang}.ts"


def run_lupdate(folder: Path = I18N, *, keep_obsolete: bool = False) -> list[Path]:
    """Extract strings into ``folder``; returns the .ts files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for area, files in sources_by_area().items():
        for lang in LANGUAGES:
            target = ts_path(area, lang, folder)
            cmd = ["pyside6-lupdate", *map(str, files), "-ts", str(target)]
            cmd += ["-source-language", "en", "-target-language", lang, "-locations", "none"]
            if not keep_obsolete:
                cmd.append("-no-obsolete")
            subprocess.run(cmd, check=True, capture_output=True)
            written.append(target)
    return written


def compile_all(folder: Path = I18N, out: Path = I18N) -> list[Path]:
    """Compile every area's .ts of a language into that language's one .qm
    (``parentjournal_<lang>.qm``): the app loads one file per language at start, not one
    per area (fewer files to open, and each message is looked up in one table)."""
    out.mkdir(parents=True, exist_ok=True)
    by_language: dict[str, list[Path]] = defaultdict(list)
    for ts in sorted(folder.glob("*.ts")):
        by_language[ts.stem.rsplit("_", 1)[1]].append(ts)
    written = []
    for language, sources in sorted(by_language.items()):
        qm = out / f"{QM_NAME}_{language}.qm"
        subprocess.run(
            ["pyside6-lrelease", "-silent", *map(str, sources), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        written.append(qm)
    return written


def problems(ts: Path) -> list[str]:
    """Unfinished, empty or obsolete messages in one .ts file, as readable lines."""
    found = []
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        cname = context.findtext("name")
        for msg in context.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "missing"
            if kind in ("unfinished", "missing", "obsolete", "vanished"):
                found.append(f"{ts.name}: [{cname}] {source!r}: {kind}")
                continue
            forms = tr.findall("numerusform")
            texts = [f.text for f in forms] if msg.get("numerus") == "yes" else [tr.text]
            if not texts or any(not (t or "").strip() for t in texts):
                found.append(f"{ts.name}: [{cname}] {source!r}: empty")
    return found


def fill(mapping_file: Path) -> None:
    """Apply translations from JSON: {"lang": {"Context": {"source": "text" | [plural forms]}}}.

    Only messages present in the .ts files are touched; a translation written this way is
    marked finished.
    """
    data = json.loads(mapping_file.read_text(encoding="utf-8"))
    for lang, contexts in data.items():
        for ts in sorted(I18N.glob(f"*_{lang}.ts")):
            tree = ET.parse(ts)
            changed = False
            for context in tree.getroot().iter("context"):
                wanted = contexts.get(context.findtext("name"), {})
                for msg in context.iter("message"):
                    source = msg.findtext("source")
                    if source not in wanted:
                        continue
                    value = wanted[source]
                    tr = msg.find("translation")
                    tr.attrib.pop("type", None)
                    if msg.get("numerus") == "yes":
                        for child in list(tr):
                            tr.remove(child)
                        tr.text = None
                        for form in value if isinstance(value, list) else [value]:
                            ET.SubElement(tr, "numerusform").text = form
                    else:
                        tr.text = value
                    changed = True
            if changed:
                tree.write(ts, encoding="utf-8", xml_declaration=True)
    # lupdate rewrites the files in its own layout, so diffs stay small whoever edits them.
    run_lupdate()


def fill_english() -> None:
    """English is the source language: an unfinished English message gets its source text.

    Plural (numerus) messages are left alone on purpose: their forms must be written.
    """
    mapping: dict[str, dict[str, str]] = defaultdict(dict)
    for ts in sorted(I18N.glob("*_en.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            for msg in context.iter("message"):
                tr = msg.find("translation")
                if msg.get("numerus") != "yes" and tr is not None and tr.get("type"):
                    mapping[context.findtext("name")][msg.findtext("source")] = msg.findtext(
                        "source"
                    )
    tmp = I18N / ".english.json"
    tmp.write_text(json.dumps({"en": mapping}), encoding="utf-8")
    try:
        fill(tmp)
    finally:
        tmp.unlink()


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command = argv[0]
    if command == "update":
        for path in run_lupdate():
            print(path.relative_to(ROOT))
    elif command == "compile":
        for path in compile_all():
            print(path.relative_to(ROOT))
    elif command == "english":
        fill_english()
    elif command == "fill":
        fill(Path(argv[1]))
    elif command == "status":
        found = [p for ts in sorted(I18N.glob("*.ts")) for p in problems(ts)]
        print("\n".join(found) or "all translations finished")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
