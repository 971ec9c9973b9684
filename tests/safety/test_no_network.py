"""No network: no module imports a network library, and a full UI session opens no socket."""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from parentjournal import app as entry_point
from parentjournal.ui.backups.dialog import BackupsDialog
from parentjournal.ui.context import AppContext
from parentjournal.ui.main_window import MainWindow
from parentjournal.ui.prefs import Prefs
from tests.safety.helpers import fill

PACKAGE = Path(__file__).resolve().parents[2] / "parentjournal"
NETWORK_MODULES = (
    "socket",
    "ssl",
    "http",
    "urllib",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "socketserver",
    "asyncio",
    "requests",
    "httpx",
    "aiohttp",
    "urllib3",
    "websocket",
    "websockets",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_no_module_imports_a_network_library():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
                names = [getattr(a, "value", "") for a in node.args[:1]]
            else:
                continue
            for name in names:
                hit = name in NETWORK_MODULES or name.startswith(
                    tuple(f"{m}." for m in NETWORK_MODULES)
                )
                assert not hit, f"{path.relative_to(PACKAGE)} imports {name}"


@pytest.fixture
def no_sockets(monkeypatch):
    """Make every way to a socket fail loudly, in this test only. Returns the attempts."""
    attempts: list[str] = []

    def refuse(name):
        def refused(*_args, **_kwargs):
            attempts.append(name)
            raise AssertionError(f"the app tried to use the network: socket.{name}")

        return refused

    for name in (
        "socket",
        "create_connection",
        "create_server",
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "socketpair",
        "fromfd",
    ):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_a_full_ui_session_opens_no_socket(qtbot, no_sockets, couple, tmp_path):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    data_dir = journal.paths.data_dir
    journal.close()

    # Start-up as a person starts the app: lock, checks, the daily backup, the window.
    args = ["--data-dir", str(data_dir), "--config-dir", str(tmp_path / "config")]
    assert entry_point.main([*args, "--lang", "nl", "--quit-after-startup"]) == 0

    # Then a session: every screen, both people, the Back-ups dialog, a restore.
    from parentjournal.journal import Journal

    journal = Journal.open_dir(data_dir)
    try:
        ctx = AppContext(journal, Prefs(tmp_path / "config" / "session.ini"))
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            qtbot.wait(10)
        ctx.set_person(tom.id)
        ctx.set_person(sara.id)

        def in_dialog() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, BackupsDialog):
                QTimer.singleShot(20, in_dialog)
                return
            qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

        QTimer.singleShot(0, in_dialog)
        window.findChild(type(window.close_action), "action_backups").trigger()
        latest = journal.backups.latest()
        assert latest is not None
        ctx.notify(journal.backups.restore(latest.path)[1])
        qtbot.wait(50)  # the rebuilt screens settle, as they would in the running app
        window.close()
    finally:
        journal.close()
    assert no_sockets == []
