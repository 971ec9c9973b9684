"""The language guard: no pressure language in anything the app says to a parent.

Design rule 9 ("invite, never instruct") and rules 1-3 (no numbers about people, no child
norms, gaps are normal) are easy to break one string at a time. This test reads every
user-visible text the app ships, in both languages, and fails on words of obligation, norm,
performance and falling behind:

- the translations: ``resources/i18n/*_nl.ts`` (Dutch) and ``*_en.ts`` (English),
- the reflection prompts (``resources/prompts``) and the Hulp en steun texts
  (``resources/help``),
- what software centres show: the ``.desktop`` file and the AppStream metainfo.

Each pressure pattern carries its reason. The rare legitimate use goes in ``ALLOWED`` with the
exact text and why it is fine (usually: the word is negated, "no scores"). When the guard
flags a string, rewrite the string warmly; do not loosen the guard.
"""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (pattern, reason). Patterns are matched case-insensitively on word boundaries.
DUTCH: tuple[tuple[str, str], ...] = (
    (r"moet|moeten|moest|moesten", "obligation: 'je moet…' commands instead of inviting"),
    (r"hoort|horen te|hoorde te", "norm: 'zo hoort het' tells parents how it ought to be"),
    (r"normaal|normale|abnormaal", "norm: implies a standard a parent or child is held to"),
    (r"achterstand|achterop|achterlopen|loopt achter", "falling behind: rule 2 and 3"),
    (r"mijlpaal|mijlpalen", "child milestones: rule 2"),
    (r"te laat", "lateness: nothing in a journal is ever late (rule 3)"),
    (r"score|scores|scoren|punten", "scores: rule 1, no numbers about people"),
    (r"presteren|prestatie|prestaties", "performance: parenting is not graded"),
    (r"optimaal|optimale", "optimising: implies a best way and a failing one"),
    (r"risico|risico's", "risk language: frightens instead of informing (rule 8)"),
    (r"fout|fouten|foute", "blame: 'fout' judges; say what happened instead"),
    (r"verplicht|verplichte", "obligation"),
    (r"streak|reeks|op rij", "streaks: rule 1 and 3"),
    (r"gemist|vergeten in te vullen", "missed days: gaps are normal (rule 3)"),
)
ENGLISH: tuple[tuple[str, str], ...] = (
    (r"must|mustn't", "obligation: commands instead of inviting"),
    (r"should|shouldn't|ought to", "obligation and norm"),
    (r"normal|abnormal", "norm: implies a standard a parent or child is held to"),
    (r"milestone|milestones", "child milestones: rule 2"),
    (r"behind|fall behind|catch up", "falling behind: rule 2 and 3"),
    (r"on track|off track", "progress tracking of people"),
    (r"too late|overdue", "lateness: nothing in a journal is ever late (rule 3)"),
    (r"score|scores|scoring|points", "scores: rule 1, no numbers about people"),
    (r"perform|performance", "performance: parenting is not graded"),
    (r"optimal|optimise|optimize", "optimising: implies a best way and a failing one"),
    (r"risk|risks|at risk", "risk language: frightens instead of informing (rule 8)"),
    (r"streak|streaks|in a row", "streaks: rule 1 and 3"),
    (r"you missed|you haven't written|you have not written", "gap reminders: rule 3"),
)

# Reviewed exceptions: (language, exact text) -> why this use is fine.
ALLOWED: dict[tuple[str, str], str] = {
    (
        "en",
        "Everything stays on your own computer: no account, no cloud, no network. It never "
        "scores, compares or sends reminders.",
    ): "AppStream description: the word is negated; it promises the absence of scores.",
    (
        "nl",
        "Alles blijft op je eigen computer: geen account, geen cloud, geen internet. Het geeft "
        "geen scores, vergelijkt niets en stuurt geen herinneringen.",
    ): "AppStream description: the word is negated; it promises the absence of scores.",
    (
        "nl",
        "Ouderdagboek stelt geen diagnose en geeft geen scores. Deze pagina is een wegwijzer. "
        "Telefoonnummers staan er alleen bij als we ze konden nakijken; de organisaties zelf "
        "geven de meest recente gegevens.",
    ): "Hulp en steun page: the word is negated (no scores, no screening).",
    (
        "en",
        "Parent Journal makes no diagnosis and gives no scores. This page is a signpost. Phone "
        "numbers are only listed where we could check them; the organisations themselves have "
        "the latest details.",
    ): "Hulp en steun page: the word is negated (no scores, no screening).",
}


def _compile(patterns: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE), why) for p, why in patterns]


GUARDS = {"nl": _compile(DUTCH), "en": _compile(ENGLISH)}


def _clean(text: str) -> str:
    # Mnemonic ampersands split words ("&Moet"), and tags are not words.
    return re.sub(r"<[^>]+>", " ", text.replace("&&", "\x00").replace("&", "").replace("\x00", "&"))


def texts_from_ts(path: Path) -> list[str]:
    """The texts a person reads from one .ts file (translations; plural forms too)."""
    found = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")]
        found += forms or [translation.text or ""]
    return [t for t in found if t.strip()]


def _json_texts(data: object, keys: set[str]) -> list[str]:
    found: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str) and key in keys:
                found.append(value)
            else:
                found += _json_texts(value, keys)
    elif isinstance(data, list):
        for item in data:
            found += _json_texts(item, keys)
    return found


# Fields of the resource JSON files that are shown to people (not ids, sources or notes).
SHOWN_JSON_KEYS = {"text", "name", "title", "intro", "closing"}


def collect(root: Path) -> list[tuple[str, str, str]]:
    """Every user-visible text under ``root``: (language, where, text)."""
    found: list[tuple[str, str, str]] = []
    for ts in sorted((root / "resources" / "i18n").glob("*.ts")):
        lang = ts.stem.rsplit("_", 1)[1]
        found += [(lang, ts.name, t) for t in texts_from_ts(ts)]
    for path in sorted((root / "resources" / "prompts").glob("prompts_*.json")):
        lang = path.stem.split("_")[1]
        data = json.loads(path.read_text("utf-8"))
        found += [(lang, path.name, t) for t in _json_texts(data, SHOWN_JSON_KEYS)]
    for path in sorted((root / "resources" / "help").glob("support_*.json")):
        lang = path.stem.split("_")[1].split("-")[0]
        data = json.loads(path.read_text("utf-8"))
        found += [(lang, path.name, t) for t in _json_texts(data, SHOWN_JSON_KEYS)]
    for path in sorted((root / "packaging").glob("*.desktop")):
        parser = ConfigParser(interpolation=None)
        parser.optionxform = str
        parser.read(path, encoding="utf-8")
        for key, value in parser["Desktop Entry"].items():
            if key.split("[")[0] in ("Name", "GenericName", "Comment"):
                lang = "nl" if key.endswith("[nl]") else "en"
                found.append((lang, path.name, value))
    lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
    for path in sorted((root / "packaging").glob("*.metainfo.xml")):
        for element in ET.parse(path).getroot().iter():
            if element.tag in ("summary", "p", "li", "caption") and (element.text or "").strip():
                text = " ".join(element.text.split())
                found.append((element.get(lang_attr, "en"), path.name, text))
    return found


def pressure(lang: str, text: str) -> list[str]:
    """The pressure words in ``text`` with their reasons (empty when the text is calm)."""
    if (lang, text) in ALLOWED or (lang, " ".join(text.split())) in ALLOWED:
        return []
    clean = _clean(text)
    return [f"{m.group(0)!r} ({why})" for rx, why in GUARDS[lang] for m in rx.finditer(clean)]


def problems(root: Path) -> list[str]:
    return [
        f"{where} [{lang}]: {text!r}: {', '.join(hits)}"
        for lang, where, text in collect(root)
        if lang in GUARDS and (hits := pressure(lang, text))
    ]


def test_the_guard_reads_every_kind_of_text():
    found = collect(ROOT)
    wheres = {where for _lang, where, _text in found}
    assert {"prompts_nl.json", "prompts_en.json", "support_nl-BE.json", "support_en.json"} <= (
        wheres
    )
    assert any(w.endswith("_nl.ts") for w in wheres) and any(w.endswith("_en.ts") for w in wheres)
    assert len([1 for lang, _w, _t in found if lang == "nl"]) > 100


def test_no_pressure_language_in_anything_the_app_says():
    found = problems(ROOT)
    assert not found, "Pressure language (rewrite warmly):\n" + "\n".join(found)


def test_every_allowed_exception_is_still_in_use():
    # A stale allow-list entry would silently permit the word again somewhere else later.
    present = {(lang, " ".join(text.split())) for lang, _where, text in collect(ROOT)}
    stale = [key for key in ALLOWED if key not in present]
    assert not stale, f"remove these from ALLOWED: {stale}"


def _copy_resources(tmp_path: Path) -> Path:
    root = tmp_path / "app"
    shutil.copytree(ROOT / "resources", root / "resources", ignore=shutil.ignore_patterns("*.qm"))
    if (ROOT / "packaging").is_dir():
        shutil.copytree(ROOT / "packaging", root / "packaging")
    return root


def test_the_guard_fails_on_a_planted_dutch_translation(tmp_path: Path):
    root = _copy_resources(tmp_path)
    ts = root / "resources" / "i18n" / "reflection_nl.ts"
    text = ts.read_text("utf-8").replace(
        "<translation>Andere vraag</translation>",
        "<translation>Je moet vaker schrijven</translation>",
        1,
    )
    assert "Je moet vaker schrijven" in text
    ts.write_text(text, "utf-8")
    found = problems(root)
    assert len(found) == 1 and "'moet'" in found[0] and "reflection_nl.ts" in found[0]


def test_the_guard_fails_on_a_planted_english_prompt(tmp_path: Path):
    root = _copy_resources(tmp_path)
    path = root / "resources" / "prompts" / "prompts_en.json"
    data = json.loads(path.read_text("utf-8"))
    data["prompts"][0]["text"] = "Is your baby on track with the milestones it should reach?"
    path.write_text(json.dumps(data), "utf-8")
    found = problems(root)
    assert len(found) == 1
    for word in ("on track", "milestones", "should"):
        assert repr(word) in found[0]


def test_negation_is_not_an_excuse_unless_reviewed():
    assert pressure("nl", "Je hoeft niet te scoren") != []
    assert pressure("en", "There is no &milestone here") != []
    assert pressure("nl", "Wil je iets schrijven over vandaag?") == []
