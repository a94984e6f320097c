"""One window per person and settings: a second ``reader FILE`` hands its files to the Reader
already open, which opens them in tabs and comes to the front; the second process then exits.

Qt's local sockets carry the hand-over (a Unix domain socket, a named pipe on Windows). The
server's name is made from the user and the settings file (and ``READER_LIBRARY_DIR`` when
set), so a Reader started with other settings (a test's temporary ``XDG_CONFIG_HOME``) is
another Reader. On Linux and macOS the socket lives in a folder only the user can write to:
the user's runtime folder (``/run/user/<uid>``, else ``$XDG_RUNTIME_DIR``), else
``reader-<uid>`` in the temporary folder (made with mode 0700, and used only when it is the
user's and nobody else can write to it: another user must not be able to put a socket where
Reader looks for its own); on Windows it is a named pipe.

The message is one line of JSON, ``{"files": [absolute paths], "activation": token, "until":
seconds since the epoch}``; the running Reader answers ``ok`` (or drops it, past ``until``).
Paths are made absolute by the process that was given them (its working folder is not the
running Reader's). What can go wrong is handled so that Reader always starts one way or the
other:

- no Reader is running: the connection is refused at once, and this process becomes the one;
- a Reader crashed and left its socket behind: nobody answers the connection, the stale socket
  is removed (:meth:`QLocalServer.removeServer`) and this process listens in its place;
- a Reader is running but does not answer within :data:`ANSWER_MS`: this process opens a window
  of its own (the hung one keeps its socket, and drops the message when it wakes: the message
  says until when it stands); so too when a hung Reader's queue of connections is full and the
  connection neither succeeds nor is refused;
- two Readers start at the same moment: a lock file beside the socket lets one of them probe,
  remove a stale socket and listen at a time, so the second finds the first.

Imports only QtCore and QtNetwork (a few milliseconds): the check runs before the first window
is made, and in the second process before any display is opened.
"""

from __future__ import annotations

import enum
import json
import os
import stat
import sys
import tempfile
import time
import zlib  # imported at start already (hashlib would add a few milliseconds)
from collections.abc import Sequence

from PySide6.QtCore import QDir, QLockFile, QObject, QSettings, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

#: How long a second Reader waits to connect to the first, and then for its answer.
CONNECT_MS = 500
ANSWER_MS = 3000
#: A hand-over message longer than this is refused (a list of a few thousand paths fits).
MAX_MESSAGE_BYTES = 4 * 1024 * 1024
#: A socket's full path must fit the system's limit (108 bytes on Linux, 104 on macOS).
MAX_SOCKET_PATH = 100
OK = b"ok\n"
#: The file beside the settings holding the random part of the pipe's name on Windows.
PIPE_KEY_FILE = "instance-key"
PIPE_KEY_TRIES = 10
#: Where systemd keeps each user's runtime folder (``$XDG_RUNTIME_DIR``), by user id.
RUNTIME_ROOT = "/run/user"
#: When the window has not become the active one this long after asking, it asks for attention.
ALERT_AFTER_MS = 500
#: Environment variables holding the token that lets a launched program take the focus
#: (Wayland's xdg-activation, X11's startup notification); passed on to the running Reader.
ACTIVATION_VARIABLES = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")


def _user() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return os.environ.get("USERNAME") or os.environ.get("USER") or "user"


def server_name(settings_file: str | None = None) -> str:
    """The name (or, on Linux with ``$XDG_RUNTIME_DIR``, the socket's path) of the Reader that
    uses ``settings_file`` (default: Reader's settings file) for this user."""
    if settings_file is None:
        from reader.gui.settings import APPLICATION, ORGANIZATION

        settings_file = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        ).fileName()
    key = "\n".join((_user(), settings_file, os.environ.get("READER_LIBRARY_DIR", "").strip()))
    digest = f"{zlib.crc32(key.encode('utf-8', 'surrogatepass')):08x}"
    name = f"reader-{_user()}-{digest}"
    if sys.platform == "win32":  # a named pipe, made for this user only (UserAccessOption)
        secret = _pipe_key(os.path.dirname(settings_file))
        return f"{name}-{secret}" if secret else f"{name}-{os.getpid()}"
    # the user's runtime folder found from the user, not from the environment, so that a Reader
    # started from a shell without ``$XDG_RUNTIME_DIR`` (``su``, ssh) finds one started from
    # the desktop; then the variable's folder; then a folder of Reader's own
    runtimes = [os.path.join(RUNTIME_ROOT, _user()), os.environ.get("XDG_RUNTIME_DIR", "")]
    folders = [f for f in dict.fromkeys(runtimes) if f and _private_folder(f)]
    own = os.path.join(tempfile.gettempdir(), f"reader-{_user()}")
    folders.append(own)
    for folder in folders:
        path = os.path.join(folder, name)
        fits = len(path.encode("utf-8", "surrogateescape")) <= MAX_SOCKET_PATH
        if fits and (folder != own or _private_folder(own, make=True)):
            return path
    # no folder only this user can write to: a name nobody else uses, so no hand-over either
    # way (another user could otherwise put a socket where this Reader looks for its own)
    return os.path.join(QDir.tempPath(), f"{name}-{os.getpid()}")


def _pipe_key(folder: str) -> str:
    """The random key in ``folder`` (the user's settings folder, readable by the user only),
    made by the first Reader that asks; ``""`` when it can be neither read nor made (then no
    hand-over: the name is this process's own)."""
    path = os.path.join(folder, PIPE_KEY_FILE)
    for _attempt in range(PIPE_KEY_TRIES):
        key: str | None
        try:
            with open(path, encoding="ascii") as file:
                key = file.read().strip()
        except FileNotFoundError:
            key = _make_pipe_key(path)
        except (OSError, ValueError):
            return ""
        if key is None:
            return ""
        if key.isalnum():
            return key
        time.sleep(0.05)  # another Reader is writing it this moment
    return ""


def _make_pipe_key(path: str) -> str | None:
    """Write a new key to ``path`` unless another Reader did first (then ``""``: read it)."""
    key = os.urandom(16).hex()
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return ""
    except OSError:
        return None
    with os.fdopen(handle, "w", encoding="ascii") as file:
        file.write(key + "\n")
    return key


def _private_folder(folder: str, make: bool = False) -> bool:
    """Whether ``folder`` is a real folder of this user that nobody else can write to (made,
    readable by the user only, when ``make`` and it is missing)."""
    if make:
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
        except OSError:
            return False
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    owner = os.getuid() if hasattr(os, "getuid") else info.st_uid
    return stat.S_ISDIR(info.st_mode) and info.st_uid == owner and not info.st_mode & 0o022


def _lock_path(name: str) -> str:
    folder = os.path.dirname(name) if os.path.isabs(name) else QDir.tempPath()
    return os.path.join(folder, os.path.basename(name) + ".lock")


def absolute_paths(files: Sequence[str]) -> list[str]:
    """``files`` as absolute paths from this process's working folder (``~`` expanded, symlinks
    kept, as the window opens them)."""
    return [os.path.abspath(os.path.expanduser(name)) for name in files]


def activation_token() -> str:
    """The focus token the desktop gave this process, ``""`` when none."""
    return next((os.environ[v] for v in ACTIVATION_VARIABLES if os.environ.get(v)), "")


class Offer(enum.Enum):
    """What became of files offered to a running Reader."""

    TAKEN = "taken"
    NOBODY = "nobody"  # no Reader listens there
    NO_ANSWER = "no answer"  # a Reader is there but did not answer in time


def hand_over(
    files: Sequence[str],
    name: str,
    *,
    connect_ms: int = CONNECT_MS,
    answer_ms: int = ANSWER_MS,
) -> bool:
    """Give ``files`` (already absolute) to the Reader listening at ``name``; ``True`` when it
    took them. ``False`` at once when nobody listens, after ``answer_ms`` when nobody answers."""
    return offer(files, name, connect_ms=connect_ms, answer_ms=answer_ms) is Offer.TAKEN


def offer(
    files: Sequence[str],
    name: str,
    *,
    connect_ms: int = CONNECT_MS,
    answer_ms: int = ANSWER_MS,
) -> Offer:
    """Offer ``files`` to the Reader listening at ``name`` (see :func:`hand_over`). The message
    says until when it stands: a Reader that was busy past it drops it, as this process has
    opened a window of its own by then."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(connect_ms):
        return Offer.NOBODY if _nobody_there(socket) else Offer.NO_ANSWER
    until = time.time() + answer_ms / 1000
    message = {"files": list(files), "activation": activation_token(), "until": until}
    socket.write(json.dumps(message).encode("ascii") + b"\n")  # ASCII: every name escaped
    answer = b""
    timer = _Deadline(answer_ms)
    while b"\n" not in answer and not timer.expired():
        if socket.bytesToWrite():
            socket.waitForBytesWritten(timer.left())
        if not socket.waitForReadyRead(timer.left()):
            break
        answer += bytes(socket.readAll().data())
    socket.abort()
    return Offer.TAKEN if answer == OK else Offer.NO_ANSWER


def _nobody_there(socket: QLocalSocket) -> bool:
    """Whether a connection that failed found no Reader: no socket, or one nobody listens on
    (a crashed Reader's). A connection that timed out, or that the system could not queue (a
    hung Reader's queue is full), found a Reader that is alive."""
    return socket.error() in _NOBODY_ERRORS


_NOBODY_ERRORS = (
    QLocalSocket.LocalSocketError.ServerNotFoundError,
    QLocalSocket.LocalSocketError.ConnectionRefusedError,
)


class _Deadline:
    def __init__(self, ms: int) -> None:
        self._clock = time.monotonic
        self._end = self._clock() + ms / 1000

    def left(self) -> int:
        return max(0, round((self._end - self._clock()) * 1000))

    def expired(self) -> bool:
        return self.left() <= 0


def parse_message(data: bytes) -> tuple[list[str], str] | None:
    """The files and activation token of a hand-over message, ``None`` when it is not one."""
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(message, dict):
        return None
    files, token = message.get("files"), message.get("activation", "")
    if not isinstance(files, list) or not all(isinstance(f, str) and f for f in files):
        return None
    until = message.get("until")
    if isinstance(until, (int, float)) and time.time() > until:
        return None  # the second Reader gave up waiting and opened a window of its own
    return files, token if isinstance(token, str) else ""


class InstanceServer(QObject):
    """The running Reader's end: emits ``files_received`` for each hand-over."""

    files_received = Signal(list, str)  # absolute paths (perhaps none), activation token

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Listen at :attr:`name`; ``False`` when another Reader is there (answering or not).
        A socket left by a Reader that crashed (nobody is connected to it) is removed first."""
        # probe, remove and listen under a lock: two Readers starting at the same moment must
        # not both find the name free (the second would remove the first one's socket)
        lock = QLockFile(_lock_path(self.name))
        locked = lock.tryLock(2 * CONNECT_MS)  # not locked (a stuck lock): go on without it
        try:
            probe = QLocalSocket()
            probe.connectToServer(self.name)
            if probe.waitForConnected(CONNECT_MS) or not _nobody_there(probe):
                probe.abort()  # alive: never take its name (Qt would replace its socket file)
                return False
            QLocalServer.removeServer(self.name)
            return self.server.listen(self.name)
        finally:
            if locked:
                lock.unlock()

    def close(self) -> None:
        """Stop listening (the socket file is removed)."""
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is not None:
                _Connection(socket, self)


class _Connection(QObject):
    """One second Reader's message, read as it arrives; dropped when it is too long, malformed
    or not finished within :data:`ANSWER_MS`."""

    def __init__(self, socket: QLocalSocket, server: InstanceServer) -> None:
        super().__init__(server)
        self.socket = socket
        self.server = server
        self.data = b""
        socket.setParent(self)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self.deleteLater)
        QTimer.singleShot(ANSWER_MS, self, self._drop)
        self._read()  # what came with the connection

    def _read(self) -> None:
        self.data += bytes(self.socket.readAll().data())
        if len(self.data) > MAX_MESSAGE_BYTES:
            self._drop()
            return
        if b"\n" not in self.data:
            return
        message = parse_message(self.data.split(b"\n", 1)[0])
        if message is None or not self.server.server.isListening():  # or Reader is closing
            self._drop()  # the second Reader opens a window of its own
            return
        self.socket.write(OK)
        self.socket.flush()
        self.socket.disconnectFromServer()
        self.server.files_received.emit(*message)

    def _drop(self) -> None:
        self.socket.abort()
        self.deleteLater()


def bring_to_front(window: QObject, activation: str = "") -> None:
    """Show ``window`` (un-minimised), raise it and ask for the focus, with the desktop's
    ``activation`` token when the second Reader was given one (Wayland refuses the focus to a
    program without it; where the desktop refuses anyway, the window asks for attention)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    if not isinstance(window, QWidget):
        return
    if activation and QApplication.platformName() == "wayland":
        os.environ["XDG_ACTIVATION_TOKEN"] = activation  # read (and unset) by Qt's activation
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()

    def refused() -> None:  # activation is asynchronous: look a moment later
        if not window.isActiveWindow():
            QApplication.alert(window)

    QTimer.singleShot(ALERT_AFTER_MS, window, refused)
