"""Build the PyInstaller bundle and start it (marker `bundle`: run by .ci/run, not by default)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from build_bundle import build, folder_size  # noqa: E402


@pytest.mark.bundle
def test_bundle_builds_and_starts(tmp_path: Path):
    bundle = build(tmp_path / "dist", tmp_path / "work")
    exe = bundle / ("parentjournal.exe" if os.name == "nt" else "parentjournal")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = subprocess.run(
        [str(exe), "--data-dir", str(tmp_path / "journal"), "--quit-after-startup"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert started.returncode == 0, started.stderr
    assert (tmp_path / "journal" / "journal.db").exists()
    checked = subprocess.run(
        [str(exe), "check", "--data-dir", str(tmp_path / "journal"), "--lang", "nl"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Het dagboek is in orde." in checked.stdout  # translations are inside the bundle
    qm = list(bundle.rglob("qtbase_*.qm"))
    assert qm and all(p.stem in ("qtbase_nl", "qtbase_en") for p in qm)
    print(f"bundle size: {folder_size(bundle) / 1e6:.0f} MB")
