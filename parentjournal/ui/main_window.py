"""The main window: a calm navigation on the left, the current screen on the right.

Layout only: screens come from :mod:`parentjournal.ui.sections`, global actions (quick
capture and the like) from :mod:`parentjournal.ui.actions`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from parentjournal.ui import actions, privacy, support
from parentjournal.ui.context import AppContext
from parentjournal.ui.personal_lock.guard import LockGuard
from parentjournal.ui.sections import Section, sections
from parentjournal.ui.text_size import TextSize, set_relative_font


class NavigationList(QListWidget):
    """The section list, with generous rows that grow with the text size (Ctrl++)."""

    def size_items(self) -> None:
        height = round(self.fontMetrics().height() * 2.2)
        for row in range(self.count()):
            self.item(row).setSizeHint(QSize(0, height))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.size_items()
        super().changeEvent(event)


def _focus_into(page: QWidget) -> None:
    """Put the keyboard focus on the first widget of ``page`` that takes it (Tab order)."""
    focused = QApplication.focusWidget()
    if focused is not None and page.isAncestorOf(focused):
        return
    candidate = page.nextInFocusChain()
    while candidate is not page and page.isAncestorOf(candidate):
        if (
            candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.isVisible()
            and candidate.isEnabled()
        ):
            candidate.setFocus(Qt.FocusReason.TabFocusReason)
            return
        candidate = candidate.nextInFocusChain()


class MainWindow(QMainWindow):
    """Top-level window of one open journal."""

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self._sections: list[Section] = sections(ctx)
        # Screens built so far; the others are built when first shown (a faster start).
        self._pages: dict[str, QWidget] = {}
        self.setObjectName("MainWindow")
        self.setMinimumSize(720, 480)
        self.resize(1100, 740)

        # The screens, or the lock page in their place (see LockGuard, made last): the one
        # stack is the central widget from the start, so nothing built below moves again.
        self.screens_or_lock = QStackedWidget(self)
        self.screens_or_lock.setObjectName("screens_or_lock")
        central = QWidget(self.screens_or_lock)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(12)

        header = QHBoxLayout()
        self.title_label = QLabel(central)
        set_relative_font(self.title_label, 1.4, bold=True)
        header.addWidget(self.title_label)
        header.addStretch(1)
        self.person_label = QLabel(central)
        self.person_box = QComboBox(central)
        self.person_box.setMinimumWidth(160)
        self.person_label.setBuddy(self.person_box)
        header.addWidget(self.person_label)
        header.addWidget(self.person_box)
        outer.addLayout(header)
        # Quick actions get a row of their own, so long labels (a longer language, larger
        # text) never squeeze the title or the person switcher.
        self.header_buttons = QHBoxLayout()
        self.header_buttons.setSpacing(8)
        actions_row = QHBoxLayout()
        actions_row.addLayout(self.header_buttons)
        actions_row.addStretch(1)
        outer.addLayout(actions_row)

        body = QHBoxLayout()
        body.setSpacing(16)
        self.nav = NavigationList(central)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setWordWrap(True)
        self.nav.setSpacing(4)
        set_relative_font(self.nav, 1.15)
        self.stack = QStackedWidget(central)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.screens_or_lock.addWidget(central)
        self.setCentralWidget(self.screens_or_lock)
        # The status bar (calm messages: a save that waits, a backup that takes a while) is
        # there from the first paint, so a first message never moves the screens up.
        self.statusBar()

        for section in self._sections:
            # An empty stand-in keeps the stack's rows in step with the navigation's.
            self.stack.addWidget(QWidget(self.stack))
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        # What must work before its screen is ever opened starts with the window.
        self._watchers = [s.watch(ctx, self) for s in self._sections if s.watch is not None]

        self._build_menus()
        self._global_actions = actions.build(ctx, self)
        self._fill_people()
        self.person_box.activated.connect(self._person_chosen)
        # The person can also change elsewhere ("Go on as…" on the lock page).
        ctx.person_changed.connect(lambda _pid: self._fill_people())
        ctx.changed.connect(self._on_changed)
        ctx.problem.connect(self._show_problem)
        ctx.language_changed.connect(lambda _lang: self.retranslate())
        self.retranslate()
        if self._sections:
            self.nav.setCurrentRow(0)
        geometry = ctx.prefs.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        # Last: it wraps the screens built above and may cover them with the lock page.
        self.lock_guard = LockGuard(self)

    # Building --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.go_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_action.triggered.connect(self.close)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)
        self._section_actions: list[QAction] = []
        for index, section in enumerate(self._sections):
            action = QAction(self)
            action.setShortcut(QKeySequence(section.shortcut or f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.nav.setCurrentRow(i))
            self.go_menu.addAction(action)
            self._section_actions.append(action)
        self.support_action = QAction(self)
        self.support_action.setObjectName("action_support")
        self.support_action.triggered.connect(lambda: support.show_support(self.ctx, self))
        self.help_menu.addAction(self.support_action)
        self.privacy_action = QAction(self)
        self.privacy_action.setObjectName("action_privacy")
        self.privacy_action.triggered.connect(lambda: privacy.show_privacy(self.ctx, self))
        self.help_menu.addAction(self.privacy_action)
        self.text_size = TextSize(self.ctx.prefs)
        self.larger_action = QAction(self)
        self.larger_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.larger_action.triggered.connect(self.text_size.larger)
        self.smaller_action = QAction(self)
        self.smaller_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.smaller_action.triggered.connect(self.text_size.smaller)
        self.normal_size_action = QAction(self)
        self.normal_size_action.setShortcut(QKeySequence("Ctrl+0"))
        self.normal_size_action.triggered.connect(self.text_size.reset)
        for action in (self.larger_action, self.smaller_action, self.normal_size_action):
            self.view_menu.addAction(action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def _fill_people(self) -> None:
        self.person_box.blockSignals(True)
        self.person_box.clear()
        for person in self.ctx.people():
            self.person_box.addItem(person.name, person.id)
        index = self.person_box.findData(self.ctx.person_id)
        self.person_box.setCurrentIndex(max(index, 0))
        self.person_box.blockSignals(False)
        # With one adult there is nobody to switch to; keep the name visible, calmly.
        self.person_box.setEnabled(self.person_box.count() > 1)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Parent Journal"))
        self.title_label.setText(self.tr("Parent Journal"))
        self.person_label.setText(self.tr("Who &is writing?"))
        self.person_box.setAccessibleName(self.tr("Who is writing?"))
        self.nav.setAccessibleName(self.tr("Sections"))
        self.file_menu.setTitle(self.tr("&Journal"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.view_menu.setTitle(self.tr("&View"))
        self.larger_action.setText(self.tr("&Larger text"))
        self.smaller_action.setText(self.tr("&Smaller text"))
        self.normal_size_action.setText(self.tr("&Usual text size"))
        self.close_action.setText(self.tr("&Close window"))
        self.quit_action.setText(self.tr("&Quit"))
        self.support_action.setText(support.menu_text())
        self.privacy_action.setText(privacy.menu_text())
        self.about_action.setText(self.tr("&About Parent Journal"))
        for row, section in enumerate(self._sections):
            self.nav.item(row).setText(section.title())
            self._section_actions[row].setText(section.title())
        actions.retranslate(self._global_actions)
        self._size_nav_items()

    # Behaviour -------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The screen of section ``key``, built now if it was not shown before."""
        return self._build([s.key for s in self._sections].index(key))

    def built_pages(self) -> dict[str, QWidget]:
        """The screens built so far, by section key (the others have no state yet)."""
        return dict(self._pages)

    def show_section(self, key: str) -> QWidget:
        keys = [s.key for s in self._sections]
        self.nav.setCurrentRow(keys.index(key))
        return self._pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self._build(row)
        self.stack.setCurrentWidget(page)
        # Chosen from the navigation or by its shortcut: typing goes to the new screen,
        # unless the person is moving through the navigation list with the arrow keys.
        # Not while the window is still hidden (at start): nothing in it could take the
        # focus yet, and the first screen puts it in its text itself when first shown.
        if self.isVisible() and not self.nav.hasFocus():
            _focus_into(page)

    def _build(self, row: int) -> QWidget:
        """Build the screen at ``row`` in place of its stand-in (once)."""
        section = self._sections[row]
        page = self._pages.get(section.key)
        if page is not None:
            return page
        page = section.factory(self.ctx)
        page.setParent(self.stack)
        stand_in = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        if self.stack.currentWidget() is stand_in:
            # Never let the stack fall back on another screen while the stand-in goes.
            self.stack.setCurrentWidget(page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self._pages[section.key] = page
        return page

    def show_laid_out(self) -> None:
        """Show the window with every layout in it done, so its first paint is its last.

        Showing polishes the widgets, and that asks their layouts to be done again; Qt
        would do so only after the platform has painted the window once, and then paint
        it again with things moved (the editor column growing a scroll bar).
        """
        self.show()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def current_section(self) -> str | None:
        row = self.nav.currentRow()
        return self._sections[row].key if row >= 0 else None

    def _person_chosen(self, index: int) -> None:
        person_id = self.person_box.itemData(index)
        if person_id:
            # Saved under the name of whoever wrote it, before their own lock closes.
            self.flush_pages()
            self.ctx.set_person(person_id)

    def locked_out_actions(self) -> list[QAction]:
        """Actions that would reach behind the lock page (quick capture, go to a screen)."""
        return [item.action for item in self._global_actions] + self._section_actions

    def flush_pages(self) -> bool:
        """Ask every screen to save what is typed right now; False if something could not be."""
        saved = True
        for page in list(self._pages.values()):
            flush = getattr(page, "flush", None)
            if callable(flush) and flush() is False:
                saved = False
        return saved

    def reload_pages(self) -> None:
        """Build the screens anew: the whole journal changed (a backup was restored).

        The shown screen is built again at once; the others when they are next shown.
        """
        people = [p.id for p in self.ctx.people()]
        if people and self.ctx.person_id not in people:
            self.ctx.set_person(people[0])
        row = self.nav.currentRow()
        for index, section in enumerate(self._sections):
            old = self._pages.pop(section.key, None)
            if old is None:
                continue
            self.stack.insertWidget(index, QWidget(self.stack))
            self.stack.removeWidget(old)
            old.deleteLater()
        self._fill_people()
        if row >= 0:
            self._show_row(row)

    def _on_changed(self, changes) -> None:
        if changes.kind == "journal":
            self.reload_pages()
            return
        if changes.kind == "person":
            self._fill_people()
            # Some titles follow the household (Samen is "Mijn draaglast" with one adult).
            for row, section in enumerate(self._sections):
                self.nav.item(row).setText(section.title())

    def _show_problem(self, message: str) -> None:
        # Non-blocking: the person keeps typing while we tell them.
        self.statusBar().showMessage(message, 15000)

    def _about(self) -> None:
        # Here, not at import: PySide builds a Qt class with all its enums when it is first
        # imported, and the first window shows no message box.
        from PySide6.QtWidgets import QMessageBox

        from parentjournal import __version__

        QMessageBox.about(
            self,
            self.tr("About Parent Journal"),
            self.tr(
                "Parent Journal {version}\n\nA private journal for parents, kept only on "
                "this computer."
            ).format(version=__version__),
        )

    def _size_nav_items(self) -> None:
        self.nav.size_items()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Screens save what is typed; if a save fails now (full disk, read-only folder), the
        # text is still only in the window, so closing would lose it: ask first.
        if not self.flush_pages() and not self._close_anyway():
            event.ignore()
            return
        self._stop_retrying()
        self.ctx.prefs.set_geometry(self.saveGeometry())
        super().closeEvent(event)

    def _stop_retrying(self) -> None:
        # The window is going: a screen still waiting to try a failed save again must not
        # try after the journal is closed (the person chose to close anyway).
        for page in list(self._pages.values()):
            stop = getattr(page, "stop_retrying", None)
            if callable(stop):
                stop()

    def _close_anyway(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("unsaved_close")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Not saved yet"))
        box.setText(
            self.tr(
                "Some of what you typed could not be saved yet, so it is only in this window. "
                "Would you like to keep the window open and try again in a moment?"
            )
        )
        stay = box.addButton(self.tr("&Keep it open"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("keep_open")
        leave = box.addButton(self.tr("Close &anyway"), QMessageBox.ButtonRole.DestructiveRole)
        leave.setObjectName("close_anyway")
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is leave
