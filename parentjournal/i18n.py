"""Loading translations (QtCore only, so the command line can use it without widgets).

Dutch is the default language. The app's strings come from
``resources/i18n/parentjournal_<lang>.qm`` (every area's ``.ts`` of that language compiled
into one file); Qt's own dialogs from ``qtbase_<lang>.qm`` shipped with Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from parentjournal.resources_path import resource

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
# resources/i18n/<QM_NAME>_<lang>.qm, as tools/i18n.py compiles it.
QM_NAME = "parentjournal"


def system_language() -> str:
    """The system's language if we have it, else Dutch."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def resolve_language(choice: str | None) -> str:
    """Turn a setting ("system", "nl", "en" or None) into a language we ship."""
    if choice in LANGUAGES:
        return choice
    return system_language()


class Translations:
    """Installs and swaps the translators of one QCoreApplication."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def install(self, language: str) -> str:
        """Replace the active translators with those for ``language``; returns it."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(self.app)
        if qt.load(f"qtbase_{language}", qt_dir):
            self._installed.append(qt)
        # Every area's messages of one language, compiled into one file (tools/i18n.py).
        translator = QTranslator(self.app)
        if translator.load(str(resource("i18n", f"{QM_NAME}_{language}.qm"))):
            self._installed.append(translator)
        for translator in self._installed:
            self.app.installTranslator(translator)
        self.language = language
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                QLocale.Country.Belgium if language == "nl" else QLocale.Country.UnitedKingdom,
            )
        )
        return language
