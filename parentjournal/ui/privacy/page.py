"""The Privacy page in the Help menu: what is protected, against whom, and what is not.

The text lives in ``resources/help/privacy_<lang>.md`` so it can be read and corrected
without touching code. It must stay true to what the app does: change it together with
anything that changes what is protected.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from parentjournal.i18n import DEFAULT_LANGUAGE, LANGUAGES
from parentjournal.resources_path import resource
from parentjournal.ui.context import AppContext
from parentjournal.ui.reading_page import ReadingPage


def privacy_text(language: str, journal: Path, backups: Path) -> str:
    """The page in Markdown, with the real places of this journal filled in."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    text = resource("help", f"privacy_{language}.md").read_text(encoding="utf-8")
    # Backticks in a path would end the code span; they are rare enough to just drop.
    return text.replace("{journal}", str(journal).replace("`", "")).replace(
        "{backups}", str(backups).replace("`", "")
    )


class PrivacyDialog(ReadingPage):
    """A calm, readable page; non-modal so it can stay open beside the journal."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent, object_name="PrivacyDialog", minimum=(600, 560), spacing=12)
        layout = self.page_layout
        self.text = QTextBrowser(self)
        self.text.setObjectName("privacy_text")
        self.text.setOpenLinks(False)  # nothing in it leaves the app
        self.text.setFrameShape(QTextBrowser.Shape.NoFrame)
        layout.addWidget(self.text, 1)
        self.buttons = self.close_buttons()
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Privacy"))
        self.text.setAccessibleName(self.tr("Privacy"))
        paths = self.ctx.journal.paths
        self.text.setMarkdown(privacy_text(self.language(), paths.journal, paths.backups))
        self._make_airy()

    def _make_airy(self) -> None:
        """Calmer reading: moderate headings, more line height, room between paragraphs."""
        document = self.text.document()
        document.setDocumentMargin(16)
        base = self.text.font().pointSizeF()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            cursor.setPosition(block.position())
            fmt = block.blockFormat()
            level = fmt.headingLevel()
            fmt.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            fmt.setTopMargin(18 if level else 4)
            fmt.setBottomMargin(8)
            cursor.setBlockFormat(fmt)
            if level:
                cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
                heading = QTextCharFormat()
                heading.setFontPointSize(base * (1.45 if level == 1 else 1.15))
                cursor.mergeCharFormat(heading)
            block = block.next()
