"""A second ``reader FILE`` hands its files to the Reader already open (single_instance.py)."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from gui_helpers import WAIT_MS
from PySide6.QtCore import QDir

from reader.gui import single_instance
from reader.gui.single_instance import InstanceServer, hand_over, parse_message, server_name

ROOT = Path(__file__).resolve().parents[2]
UNIX = hasattr(socket, "AF_UNIX") and sys.platform != "win32"


@pytest.fixture
def name(tmp_path: Path) -> str:
    """A server name of this test's own (the settings of the test are its own as well)."""
    return server_name(str(tmp_path / "settings" / "Reader.ini"))


@pytest.fixture
def server(name: str, qtbot):
    server = InstanceServer(name)
    yield server
    server.close()


CLIENT = """
import json, sys
from reader.gui.single_instance import hand_over
print(json.dumps(hand_over(json.loads(sys.argv[1]), sys.argv[2], answer_ms=int(sys.argv[3]))))
"""
GARBAGE = """
import sys
from PySide6.QtNetwork import QLocalSocket
client = QLocalSocket()
client.connectToServer(sys.argv[1])
client.waitForConnected(1000)
client.write(b"GET / HTTP/1.0\\n")
client.waitForBytesWritten(1000)
client.waitForReadyRead(2000)
print(repr(bytes(client.readAll().data())))
"""


def _start(script: str, *args: str) -> subprocess.Popen:
    """A second process (a thread would hold Python's lock while Qt waits, and the server on
    this thread could not answer)."""
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _output(qtbot, proc: subprocess.Popen) -> str:
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=WAIT_MS)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    return out.strip()


def _hand_over(files: list[str], name: str, answer_ms: int = 3000) -> subprocess.Popen:
    return _start(CLIENT, json.dumps(files), name, str(answer_ms))


def test_the_files_reach_the_running_reader(server, name, qtbot, tmp_path) -> None:
    assert server.listen()
    files = [str(tmp_path / "a story.txt"), str(tmp_path / "Übersicht – 2024.html")]
    with qtbot.waitSignal(server.files_received, timeout=WAIT_MS) as blocker:
        proc = _hand_over(files, name)
    assert _output(qtbot, proc) == "true"
    assert blocker.args[0] == files


def test_nobody_listening_is_known_at_once(name) -> None:
    start = time.monotonic()
    assert hand_over(["/x.txt"], name) is False
    assert time.monotonic() - start < 0.5


def test_names_differ_by_settings_and_library(tmp_path, monkeypatch) -> None:
    one = server_name(str(tmp_path / "one.ini"))
    assert one == server_name(str(tmp_path / "one.ini"))
    assert one != server_name(str(tmp_path / "two.ini"))
    monkeypatch.setenv("READER_LIBRARY_DIR", str(tmp_path / "other-library"))
    assert one != server_name(str(tmp_path / "one.ini"))


def test_a_socket_left_by_a_crash_is_taken_over(name, qtbot, tmp_path) -> None:
    if not UNIX:
        pytest.skip("a crashed server leaves a socket file only on Unix")
    path = name if os.path.isabs(name) else os.path.join(QDir.tempPath(), name)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)  # bound, never listening, closed: what a killed Reader leaves
    stale.close()
    assert os.path.exists(path)
    server = InstanceServer(name)
    try:
        assert server.listen()
        with qtbot.waitSignal(server.files_received, timeout=WAIT_MS):
            proc = _hand_over(["/tmp/a.txt"], name)
        assert _output(qtbot, proc) == "true"
    finally:
        server.close()


def test_a_reader_that_does_not_answer_is_not_waited_for(name, qtbot) -> None:
    if not UNIX:
        pytest.skip("the silent server is a Unix socket")
    path = name if os.path.isabs(name) else os.path.join(QDir.tempPath(), name)
    silent = socket.socket(socket.AF_UNIX)
    silent.bind(path)
    silent.listen(4)  # connections are accepted by the system, and never answered
    try:
        start = time.monotonic()
        assert hand_over(["/tmp/a.txt"], name, answer_ms=300) is False
        assert time.monotonic() - start < 2
        server = InstanceServer(name)
        assert not server.listen()  # alive: its socket is not taken from it
        assert os.path.exists(path)
    finally:
        silent.close()
        os.unlink(path)


def test_a_hung_reader_with_a_full_queue_keeps_its_socket(name) -> None:
    if not UNIX:
        pytest.skip("the hung server is a Unix socket")
    path = name if os.path.isabs(name) else os.path.join(QDir.tempPath(), name)
    hung = socket.socket(socket.AF_UNIX)
    hung.bind(path)
    hung.listen(0)  # never accepts: the system queues one connection, then refuses to queue
    queued = []
    try:
        while True:  # fill the queue as other Readers' offers would
            client = socket.socket(socket.AF_UNIX)
            client.setblocking(False)
            try:
                client.connect(path)
            except BlockingIOError:
                client.close()
                break
            queued.append(client)
        offered = single_instance.offer(["/tmp/a.txt"], name, connect_ms=200, answer_ms=200)
        assert offered is single_instance.Offer.NO_ANSWER  # a Reader is there, not nobody
        server = InstanceServer(name)
        assert not server.listen()  # alive: its socket is not taken from it
        assert os.path.exists(path)
    finally:
        for client in queued:
            client.close()
        hung.close()
        os.unlink(path)


def test_a_message_that_is_no_hand_over_is_refused(server, name, qtbot) -> None:
    assert parse_message(b'{"files": ["/a.txt"], "activation": "t"}') == (["/a.txt"], "t")
    assert parse_message(b'{"files": ["/a.txt"]}') == (["/a.txt"], "")
    for bad in (b"hello", b"[]", b'{"files": "/a.txt"}', b'{"files": [1]}', b"\xff\xfe"):
        assert parse_message(bad) is None
    assert server.listen()
    received: list = []
    server.files_received.connect(lambda *args: received.append(args))

    proc = _start(GARBAGE, name)
    assert _output(qtbot, proc) == "b''"  # no answer: the connection was dropped
    assert received == []


def test_relative_names_are_made_absolute_here(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert single_instance.absolute_paths(["a.txt", "sub/../b.txt", "~/c.txt"]) == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "home" / "c.txt"),
    ]


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform's limit
def test_bring_to_front_shows_a_minimised_window(window, qtbot) -> None:
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=WAIT_MS)
    single_instance.bring_to_front(window)
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=WAIT_MS)
    assert window.isVisible()
    qtbot.wait(single_instance.ALERT_AFTER_MS + 100)  # not active: it asks for attention


# -- two real Readers ----------------------------------------------------------------------------
def _ini_tabs(config: Path) -> list[str]:
    ini = config / "Reader" / "Reader.ini"
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(ini, encoding="utf-8")
    except configparser.Error:  # being written
        return []
    raw = parser.get("session", "open_tabs", fallback="")
    return [p.strip().strip('"') for p in raw.split(",") if p.strip()]


def _wait_for(condition, seconds: float = 60) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_a_second_reader_opens_its_file_in_the_first_and_exits(tmp_path, gui_files) -> None:
    if not UNIX:
        pytest.skip("runs two Readers with a private runtime folder (Unix)")
    config = tmp_path / "config"
    runtime = Path(tempfile.mkdtemp(prefix="rt-"))  # short: a socket path has a length limit
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("harbour.txt", "emoji.txt"):
        shutil.copy(gui_files / name, articles / name)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(config),
        XDG_RUNTIME_DIR=str(runtime),
    )
    for variable in ("READER_STARTUP_PROBE", "READER_SMOKE_TEST"):
        env.pop(variable, None)
    first = subprocess.Popen(
        [sys.executable, "-m", "reader", str(articles / "harbour.txt")],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        assert _wait_for(lambda: _ini_tabs(config) == [str(articles / "harbour.txt")]), (
            "the first Reader never remembered its tab"
        )
        assert any(runtime.iterdir()), "the first Reader does not listen"
        start = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "reader", "emoji.txt"],  # relative to its own folder
            env=env,
            cwd=articles,
            capture_output=True,
            text=True,
            timeout=120,
        )
        took = time.monotonic() - start
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # still open
        assert _wait_for(
            lambda: (
                _ini_tabs(config) == [str(articles / "harbour.txt"), str(articles / "emoji.txt")]
            )
        ), _ini_tabs(config)
        assert took < 30
    finally:
        first.terminate()
        first.wait(timeout=60)
        shutil.rmtree(runtime, ignore_errors=True)


def test_a_closed_reader_takes_nothing_more(server, name, qtbot) -> None:
    assert server.listen()
    received: list = []
    server.files_received.connect(lambda *args: received.append(args))
    server.close()  # its last window closed
    assert _output(qtbot, _hand_over(["/tmp/a.txt"], name)) == "false"
    assert received == []


def test_a_reader_busy_past_the_offer_drops_it(server, name, qtbot) -> None:
    """The second Reader gave up waiting and opened its own window: the first, when it wakes,
    must not open the same files as well (and come to the front over the new window)."""
    assert server.listen()
    received: list[list[str]] = []
    server.files_received.connect(lambda files, _token: received.append(files))
    proc = _hand_over(["/tmp/late.txt"], name, answer_ms=300)
    deadline = time.monotonic() + WAIT_MS / 1000
    while proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # this Reader is busy (its event loop does not run) until it gave up
    assert _output(qtbot, proc) == "false"
    qtbot.wait(300)  # now it reads the message, past its time
    assert received == []
    assert parse_message(b'{"files": ["/a.txt"], "until": 1}') is None  # long gone
    assert parse_message(b'{"files": ["/a.txt"], "until": 1e12}') == (["/a.txt"], "")


def test_the_socket_folder_is_the_user_s_alone(tmp_path, monkeypatch) -> None:
    if not UNIX:
        pytest.skip("Windows uses a named pipe of the user's")
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(single_instance, "RUNTIME_ROOT", str(tmp_path / "no-run-user"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    name = server_name(str(tmp_path / "Reader.ini"))
    folder = os.path.dirname(name)
    assert folder == str(tmp_path / f"reader-{os.getuid()}")
    assert os.stat(folder).st_mode & 0o777 == 0o700
    # a folder others can write to is not used: no name another user could take first
    os.chmod(folder, 0o777)
    other = server_name(str(tmp_path / "Reader.ini"))
    assert os.path.dirname(other) != folder and other.endswith(f"-{os.getpid()}")


def test_the_pipe_name_on_windows_holds_a_key_of_the_user_s(tmp_path, monkeypatch) -> None:
    """Pipe names are one namespace for the whole machine: another user must not be able to
    work out the name and create the pipe first."""
    monkeypatch.setattr(single_instance.sys, "platform", "win32")
    settings = tmp_path / "Reader" / "Reader.ini"
    first = server_name(str(settings))
    key = (settings.parent / single_instance.PIPE_KEY_FILE).read_text().strip()
    assert len(key) == 32 and first.endswith("-" + key)
    assert server_name(str(settings)) == first  # the next Reader finds the same name
    other = tmp_path / "another" / "Reader.ini"  # another user's settings: another key
    assert server_name(str(other)).rsplit("-", 1)[1] != key
    # a key being written this moment by a Reader starting beside: waited for, then read
    (settings.parent / single_instance.PIPE_KEY_FILE).write_text("")
    monkeypatch.setattr(single_instance, "PIPE_KEY_TRIES", 2)
    alone = server_name(str(settings))
    assert alone.endswith(f"-{os.getpid()}")  # never readable: a name of this process's own


def test_readers_with_and_without_the_runtime_variable_meet(tmp_path, monkeypatch) -> None:
    """A Reader started from a shell without $XDG_RUNTIME_DIR (su, ssh) finds the one started
    from the desktop: the runtime folder is found from the user, not from the environment."""
    if not UNIX:
        pytest.skip("Windows uses a named pipe of the user's")
    root = tmp_path / "run-user"
    runtime = root / str(os.getuid())
    runtime.mkdir(parents=True, mode=0o700)
    monkeypatch.setattr(single_instance, "RUNTIME_ROOT", str(root))
    settings = str(tmp_path / "Reader.ini")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    desktop = server_name(settings)
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert server_name(settings) == desktop
    assert os.path.dirname(desktop) == str(runtime)
