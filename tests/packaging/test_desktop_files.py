"""The desktop integration files are complete and consistent (structure checked in Python;
the official validators run as a CI step in .ci/run)."""

from __future__ import annotations

import configparser
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "be.ouderdagboek.Ouderdagboek"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_desktop_file_names_the_app_in_dutch_and_english():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "parentjournal"
    assert entry["Name[nl]"] == "Ouderdagboek"
    assert entry["Name[en]"] == "Parent Journal"
    assert entry["Icon"] == APP_ID
    assert entry["Comment[nl]"] and entry["Comment[en]"]


def test_metainfo_has_id_languages_rating_and_screenshots():
    root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    names = {n.get(XML_LANG): n.text for n in root.findall("name")}
    assert names[None] == "Ouderdagboek" and names["en"] == "Parent Journal"
    summaries = {s.get(XML_LANG) for s in root.findall("summary")}
    assert {None, "nl"} <= summaries
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert len(root.findall("screenshots/screenshot")) >= 1
    assert root.find("launchable").text == f"{APP_ID}.desktop"


def test_flatpak_manifest_is_valid_json_without_network():
    manifest = json.loads((PACKAGING / f"{APP_ID}.json").read_text(encoding="utf-8"))
    assert manifest["id"] == APP_ID
    assert manifest["runtime"] == "org.kde.Platform"
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["command"] == "parentjournal"
    assert not any("network" in arg for arg in manifest["finish-args"])
    assert any(isinstance(m, dict) and m["name"] == "parentjournal" for m in manifest["modules"])


def test_icon_pngs_exist_in_every_size_and_are_square():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "parentjournal.png"
        image = QImage(str(png))
        assert not image.isNull(), png
        assert (image.width(), image.height()) == (size, size)
