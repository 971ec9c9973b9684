"""An installed app finds its translations, prompts and icons next to its own modules.

pip (and the PyInstaller bundle) put ``resources/`` inside the package folder; a source
checkout keeps it at the top of the repository. Both must be found without asking
``importlib.resources``, which costs milliseconds at every start.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import parentjournal.resources_path as resources_path

SOURCE = Path(resources_path.__file__)


def _load_from(package: Path):
    """The module as if it were installed in ``package`` (a fresh copy, own cache)."""
    package.mkdir(parents=True, exist_ok=True)
    shutil.copy(SOURCE, package / "resources_path.py")
    spec = importlib.util.spec_from_file_location(
        f"installed_resources_path_{abs(hash(package))}", package / "resources_path.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_installed_package_uses_the_resources_folder_inside_it(tmp_path):
    package = tmp_path / "site-packages" / "parentjournal"
    (package / "resources" / "i18n").mkdir(parents=True)
    (package / "resources" / "i18n" / "parentjournal_nl.qm").write_bytes(b"qm")
    module = _load_from(package)
    assert module.resources_dir() == (package / "resources").resolve()
    assert module.resource("i18n", "parentjournal_nl.qm").read_bytes() == b"qm"


def test_a_source_checkout_uses_the_folder_at_the_top_of_the_repository(tmp_path):
    checkout = tmp_path / "checkout"
    (checkout / "resources" / "prompts").mkdir(parents=True)
    (checkout / "pyproject.toml").write_text("[project]\nname = 'parentjournal'\n")
    module = _load_from(checkout / "parentjournal")
    assert module.resources_dir() == (checkout / "resources").resolve()


def test_the_running_app_finds_its_real_translations_and_prompts():
    assert resources_path.resource("prompts", "prompts_nl.json").is_file()
    assert list(resources_path.resources_dir().glob("i18n/*_nl.qm"))
