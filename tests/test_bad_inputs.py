"""Bad inputs through ``analyze()`` and the command line: a correct result or a clear message.

Every case is generated in ``tmp_path`` (binary and huge files are not stored in the repo). An
error must be a :class:`~reader.errors.ReaderError` (never an ``InternalError``, which is a bug)
whose message is a sentence for people: no errno text, no traceback, no exception names.

Bounds (documented in the README), checked in a child process: a 50 MB text file gives a result
or a refusal naming its size within 120 seconds, a 30 MB web page within 60 seconds, both within
1 GiB of peak memory.
"""

from __future__ import annotations

import builtins
import errno
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader import analyze
from reader.cli import main
from reader.errors import (
    ArticleTooLargeError,
    EmptyArticleError,
    InternalError,
    ReaderError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from reader.result import Analysis

REPO = Path(__file__).resolve().parents[1]

ARTICLE = (
    "Zürich café reopens after the flood\n\n"
    "The café on the Limmat reopened on Monday, three months after the river flooded its "
    "cellar. “We lost everything but the piano,” said owner Lena Brunner.\n\n"
    "Insurers paid for new ovens and the town council waived the rent until the summer. "
    "Regulars queued before dawn for the first croissants.\n\n"
    "The owner said prices would stay the same for the rest of the year.\n"
)
WORDS = ["Limmat reopened", "new ovens", "first croissants"]

PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Bridge reopens | News</title>"
    "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
    "<h1>Bridge reopens after repairs</h1>"
    "<p>The old stone bridge over the river reopened to traffic on Friday after eight months of "
    "repairs that cost the county more than two million pounds.</p>"
    "<p>Engineers replaced the worn arches and strengthened the foundations against floods, "
    "said project manager Alan Hughes, who led the work.</p>"
    "<p>Buses will return to their old routes across the bridge from Monday morning.</p>"
    "<p>Residents had faced a detour of eleven miles while the bridge was closed.</p>"
    "</article><footer>© News</footer></body></html>"
)


def _human(message: str) -> None:
    """The message is a sentence for people, not a system or programming error."""
    assert message.strip(), "empty message"
    for leak in ("Errno", "Traceback", "Error(", "Exception", "\\x", "None"):
        assert leak not in message, f"{leak!r} in {message!r}"
    assert message.rstrip()[-1] in '.!)”"', message


# --- the cases ----------------------------------------------------------------------------------


@dataclass
class Case:
    name: str
    build: Callable[[Path], Path]
    check: Callable[[Analysis | ReaderError], None]


def write(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def build(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    return build


def error(kind: type[ReaderError] = ReaderError, *words: str) -> Callable:
    def check(outcome: Analysis | ReaderError) -> None:
        assert isinstance(outcome, kind), f"expected {kind.__name__}, got {outcome!r}"
        for w in words:
            assert w in str(outcome).lower(), (w, str(outcome))

    return check


def result(*phrases: str, not_in: tuple[str, ...] = ()) -> Callable:
    def check(outcome: Analysis | ReaderError) -> None:
        assert isinstance(outcome, Analysis), f"expected a result, got: {outcome}"
        assert outcome.sentences and outcome.summary.sentences
        shown = f"{outcome.title}\n{outcome.text}"
        for p in phrases:
            assert p in shown, (p, shown[:300])
        for p in not_in:
            assert p not in outcome.text and p not in outcome.title
        assert "\x00" not in outcome.text and "\ufffd\ufffd\ufffd" not in outcome.text

    return check


def either(result_check: Callable, error_kind: type[ReaderError] = ReaderError) -> Callable:
    def check(outcome: Analysis | ReaderError) -> None:
        if isinstance(outcome, ReaderError):
            assert isinstance(outcome, error_kind), outcome
        else:
            result_check(outcome)

    return check


def _png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + bytes(range(48)) for _ in range(16))
    header = struct.pack(">IIBBBBB", 16, 16, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", ARTICLE * 3)
    return buffer.getvalue()


def _pdf_of_pictures() -> bytes:
    sys.path.insert(0, str(Path(__file__).parent / "loading"))
    from pdf_maker import Page, make_pdf

    return make_pdf([Page(picture=True)])


PDF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\nstream\nx\x9c\x03\x00\x00\x00\x00"
    b"\x01\nendstream\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


def _mhtml(html: str) -> bytes:
    import quopri

    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/bridge\r\n"
        "Subject: Bridge reopens\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
        "------B\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://news.example/bridge\r\n\r\n"
        f"{body}\r\n------B--\r\n"
    ).encode("ascii")


def _cut(data: bytes, share: float) -> bytes:
    return data[: int(len(data) * share)]


def _symlink_loop(tmp: Path) -> Path:
    (tmp / "a.txt").symlink_to(tmp / "b.txt")
    (tmp / "b.txt").symlink_to(tmp / "a.txt")
    return tmp / "a.txt"


def _folder(tmp: Path) -> Path:
    (tmp / "folder.txt").mkdir()
    return tmp / "folder.txt"


def _fifo(tmp: Path) -> Path:
    os.mkfifo(tmp / "pipe.txt")
    return tmp / "pipe.txt"


SENTENCES_1MB = "The council met again on Tuesday to discuss the bridge. " * 18_800
NAV_ONLY = (
    "<html><head><title>Menu</title></head><body><nav><ul>"
    + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(30))
    + "</ul></nav></body></html>"
)
SCRIPTS_ONLY = (
    "<html><head><script>var a = 1;</script></head><body>"
    "<script>document.write('loading the story for you now, please wait');</script>"
    "<noscript></noscript></body></html>"
)
TEASERS_ONLY = "\n".join(
    [
        "Minister resigns after row over school funding…",
        "Storm warning issued for the north coast as winds…",
        "Football club appoints former captain as new…",
        "Prices of train tickets to rise by five percent…",
    ]
)
ARABIC = (
    "افتتاح مكتبة جديدة في المدينة\n\n"
    "افتتحت البلدية يوم الاثنين مكتبة عامة جديدة في وسط المدينة. "
    "وقالت مديرة المكتبة إن المبنى يضم أكثر من عشرين ألف كتاب. "
    "وستفتح المكتبة أبوابها كل يوم من التاسعة صباحا حتى الثامنة مساء.\n"
)
HEBREW = (
    "ספרייה חדשה נפתחה בעיר\n\n"
    "העירייה פתחה ביום שני ספרייה ציבורית חדשה במרכז העיר. "
    "מנהלת הספרייה אמרה כי בבניין יש יותר מעשרים אלף ספרים. "
    "הספרייה תהיה פתוחה בכל יום מתשע בבוקר עד שמונה בערב.\n"
)
CHINESE = (
    "城市新图书馆开放\n\n"
    "市政府星期一在市中心开放了一座新的公共图书馆。"
    "图书馆馆长说，大楼里有两万多本书。"
    "图书馆每天从上午九点开放到晚上八点。\n"
)
JAPANESE = (
    "新しい図書館が開館\n\n"
    "市は月曜日、市の中心部に新しい公共図書館を開館した。"
    "館長によると、建物には二万冊以上の本がある。"
    "図書館は毎日午前九時から午後八時まで開いている。\n"
)

CASES = [
    Case("empty file", write("empty.txt", b""), error(EmptyArticleError)),
    Case("whitespace only", write("blank.txt", " \n\t\r\n   \n"), error(EmptyArticleError)),
    Case("PNG named .txt", write("picture.txt", _png()), error(UnsupportedFormatError)),
    Case("ZIP named .txt", write("archive.txt", _zip()), error(UnsupportedFormatError)),
    # a PDF is read by its content whatever its name; this one is broken (no xref, no pages)
    Case("broken PDF named .txt", write("paper.txt", PDF), error(UnsupportedFormatError, "pdf")),
    Case(
        "PDF of pictures only",
        write("scan.pdf", _pdf_of_pictures()),
        error(EmptyArticleError, "without a text layer"),
    ),
    Case(
        "gzip named .html",
        write("page.html", __import__("gzip").compress(PAGE.encode())),
        error(UnsupportedFormatError),
    ),
    Case(
        "invalid UTF-8 bytes",
        write("broken.txt", ARTICLE.encode("utf-8").replace(b"new ovens", b"new \xff\xfe ovens")),
        result("Limmat reopened", "first croissants", "Zürich"),
    ),
    Case("UTF-16 with BOM", write("u16.txt", ARTICLE.encode("utf-16")), result(*WORDS, "café")),
    Case(
        "UTF-16 LE without BOM",
        write("u16le.txt", ARTICLE.encode("utf-16-le")),
        result(*WORDS, "café"),
    ),
    Case(
        "UTF-16 BE without BOM",
        write("u16be.txt", ARTICLE.encode("utf-16-be")),
        result(*WORDS, "café"),
    ),
    Case(
        "Windows-1252",
        write("cp1252.txt", (ARTICLE + "Tickets cost 5 € – “cheap”.\n").encode("cp1252")),
        result(*WORDS, "Zürich", "“We lost everything", "5 €"),
    ),
    Case(
        "Latin-1",
        write("latin1.txt", ARTICLE.replace("“", '"').replace("”", '"').encode("latin-1")),
        result(*WORDS, "Zürich café", "café on the Limmat"),
    ),
    Case(
        "NUL bytes in text",
        write("nul.txt", ARTICLE.encode().replace(b". ", b".\x00 ").replace(b"new", b"n\x00ew")),
        either(result("Limmat reopened", "first croissants")),
    ),
    Case("only NUL bytes", write("nuls.txt", b"\x00" * 4096), error()),
    Case(
        "1 MB single line",
        write("long.txt", SENTENCES_1MB),
        either(result("council met again")),
    ),
    Case(
        "1 MB line without spaces",
        write("blob.txt", ("QUJD" * 262_144)),
        either(result()),
    ),
    Case("HTML navigation only", write("nav.html", NAV_ONLY), error(EmptyArticleError)),
    Case("HTML scripts only", write("scripts.html", SCRIPTS_ONLY), error(EmptyArticleError)),
    Case(
        "truncated HTML",
        write("cut.html", _cut(PAGE.encode(), 0.6)),
        result("stone bridge over the river", not_in=("<p>", "<article")),
    ),
    Case(
        "truncated MHTML",
        write("cut.mhtml", _cut(_mhtml(PAGE), 0.8)),
        either(result("stone bridge over the river", not_in=("=3D", "<p>"))),
    ),
    Case("whole MHTML", write("page.mhtml", _mhtml(PAGE)), result("stone bridge", "Buses")),
    Case("a folder", _folder, error(UnreadableFileError, "folder")),
    Case("a missing file", lambda tmp: tmp / "gone.txt", error(UnreadableFileError, "gone.txt")),
    Case("a symlink loop", _symlink_loop, error(UnreadableFileError, "loop")),
    Case("a named pipe", _fifo, error(UnreadableFileError)),
    Case(
        "a name too long",
        lambda tmp: tmp / ("n" * 300 + ".txt"),
        error(UnreadableFileError, "too long"),
    ),
    Case(
        "only teaser lines",
        write("teasers.txt", TEASERS_ONLY),
        either(result(), EmptyArticleError),
    ),
    Case(
        "a single sentence",
        write("one.txt", "The council met on Tuesday to discuss the bridge."),
        result("council met"),
    ),
    Case(
        "title only",
        write("title.txt", "Bridge reopens after repairs\n"),
        either(result("Bridge reopens"), EmptyArticleError),
    ),
    Case(
        "Markdown heading only",
        write("title.md", "# Bridge reopens after repairs\n"),
        either(result("Bridge reopens"), EmptyArticleError),
    ),
    Case(
        "old Mac line ends (CR only)",
        write("mac.txt", ARTICLE.replace("\n", "\r")),
        result(*WORDS),
    ),
    Case("Arabic", write("ar.txt", ARABIC), result("مكتبة عامة جديدة")),
    Case("Hebrew", write("he.txt", HEBREW), result("ספרייה ציבורית חדשה")),
    Case("Chinese", write("zh.txt", CHINESE), result("新的公共图书馆")),
    Case("Japanese", write("ja.txt", JAPANESE), result("新しい公共図書館")),
]


def _outcome(path: Path) -> Analysis | ReaderError:
    try:
        return analyze(path)
    except InternalError:
        raise  # a bug in a stage: show it with its cause
    except ReaderError as exc:
        _human(str(exc))
        return exc


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_through_analyze(case: Case, tmp_path: Path) -> None:
    path = case.build(tmp_path)
    try:
        before = path.read_bytes() if path.is_file() and not path.is_symlink() else None
    except OSError:  # the cases that cannot be opened
        before = None
    case.check(_outcome(path))
    if before is not None:
        assert path.read_bytes() == before  # the source is never modified


def test_rtl_and_cjk_text_is_split_into_sentences(tmp_path: Path) -> None:
    for name, text in [("ar", ARABIC), ("he", HEBREW), ("zh", CHINESE), ("ja", JAPANESE)]:
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        outcome = analyze(path)
        assert len(outcome.sentences) >= 3, (name, outcome.sentences)


BATTERY = [c for c in CASES if "1 MB" not in c.name]  # the slow ones run once, above


def test_the_whole_battery_through_the_command_line(tmp_path: Path, capsys) -> None:
    paths = []
    for i, case in enumerate(BATTERY):
        folder = tmp_path / str(i)
        folder.mkdir()
        paths.append(str(case.build(folder)))
    status = main(["summarize", "-q", *paths])
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert [line["source"] for line in lines] == paths
    for case, line in zip(BATTERY, lines, strict=True):
        if "error" in line:
            _human(line["error"])
            assert "internal problem" not in line["error"], (case.name, line["error"])
        else:
            assert line["text"] and line["summary"]["sentences"], case.name
    assert "Traceback" not in err


# --- failures while reading, simulated ------------------------------------------------------


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _fail_opening(monkeypatch, target: Path, exc: OSError, before=None) -> None:
    """Make every way of opening ``target`` raise ``exc`` (after ``before()``, if given)."""
    real_open, real_os_open = builtins.open, os.open
    target_str = os.fspath(target)

    def is_target(file) -> bool:
        return isinstance(file, (str, os.PathLike)) and os.fspath(file) == target_str

    def fake_open(file, *args, **kwargs):
        if is_target(file):
            if before:
                before()
            raise exc
        return real_open(file, *args, **kwargs)

    def fake_os_open(file, *args, **kwargs):
        if is_target(file):
            if before:
                before()
            raise exc
        return real_os_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)


def test_no_read_permission(article: Path, monkeypatch) -> None:
    _fail_opening(monkeypatch, article, PermissionError(errno.EACCES, "Permission denied"))
    outcome = _outcome(article)
    assert isinstance(outcome, UnreadableFileError)
    assert "story.txt" in str(outcome) and "allowed" in str(outcome) + "permission"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_no_read_permission_for_real(article: Path) -> None:
    article.chmod(0)
    try:
        assert isinstance(_outcome(article), UnreadableFileError)
    finally:
        article.chmod(0o644)


def test_file_disappears_while_being_read(article: Path, monkeypatch) -> None:
    _fail_opening(
        monkeypatch, article, FileNotFoundError(errno.ENOENT, "gone"), before=article.unlink
    )
    outcome = _outcome(article)
    assert isinstance(outcome, UnreadableFileError) and "story.txt" in str(outcome)


@pytest.mark.parametrize("code", [errno.EIO, errno.ESTALE, errno.EAGAIN])
def test_read_fails_midway(code: int, article: Path, monkeypatch) -> None:
    real_open = builtins.open

    class Failing(io.RawIOBase):
        def read(self, *args):
            raise OSError(code, os.strerror(code))

        readall = readinto = read

    def fake_open(file, mode="r", *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and os.fspath(file) == os.fspath(article):
            return Failing()
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)
    outcome = _outcome(article)
    assert isinstance(outcome, UnreadableFileError), outcome


@pytest.mark.parametrize("size", [10, 10**9])
def test_file_changes_size_between_stat_and_read(size: int, article: Path, monkeypatch) -> None:
    """The size seen first and the bytes read later disagree (the file was being rewritten)."""
    real_stat = os.stat

    def changed_stat(path, *args, **kwargs):
        info = real_stat(path, *args, **kwargs)
        if isinstance(path, (str, os.PathLike)) and os.fspath(path) == os.fspath(article):
            fields = list(info[:10])
            fields[6] = size  # st_size
            return os.stat_result(fields)
        return info

    monkeypatch.setattr(os, "stat", changed_stat)
    outcome = _outcome(article)
    if size == 10:  # grew after the check: the article is read whole
        assert isinstance(outcome, Analysis) and "first croissants" in outcome.text
    elif isinstance(outcome, ReaderError):  # seemed huge: refused, saying how large
        assert isinstance(outcome, ArticleTooLargeError) and re.search(r"\d+ MB", str(outcome))
    else:  # or read as it really is
        assert "first croissants" in outcome.text


# --- huge input, in a child process with bounds --------------------------------------------------

HUGE_CHILD = """
import json, resource, sys, time
from pathlib import Path
from reader import analyze
from reader.errors import ReaderError
start = time.perf_counter()
try:
    r = analyze(Path(sys.argv[1]))
    outcome = {"result": len(r.text)}
except ReaderError as exc:
    outcome = {"error": str(exc), "kind": type(exc).__name__}
outcome["seconds"] = time.perf_counter() - start
try:  # VmHWM is this program's own peak; ru_maxrss may carry the parent's from before exec
    with open("/proc/self/status") as fh:
        hwm = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
outcome["max_rss_mb"] = hwm / 1024
print(json.dumps(outcome))
"""


def _run_bounded(path: Path, seconds: int) -> dict:
    try:
        proc = subprocess.run(
            [sys.executable, "-c", HUGE_CHILD, str(path)],
            capture_output=True,
            text=True,
            timeout=seconds,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"no result and no refusal within {seconds} s for {path.name}")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_a_30_mb_web_page_is_handled_within_bounds(tmp_path: Path) -> None:
    """Below the loader's 32 MB file limit, yet far more text than any article."""
    import random

    rng = random.Random(3)
    words = ["council", "bridge", "river", "town", "works", "budget", "school", "vote"]
    paragraphs = "".join(
        "<p>" + " ".join(rng.choice(words) for _ in range(rng.randint(8, 30))) + ".</p>\n"
        for _ in range(3000)
    ).encode()
    path = tmp_path / "huge.html"
    with path.open("wb") as fh:
        fh.write(b"<!DOCTYPE html><html><head><title>Huge</title></head><body><article>")
        fh.write(paragraphs * (30 * 1024 * 1024 // len(paragraphs)))
        fh.write(b"</article></body></html>")
    outcome = _run_bounded(path, 60)
    assert outcome["max_rss_mb"] < 1024, outcome
    assert "result" in outcome or re.search(r"\d+ MB", outcome["error"]), outcome


def test_a_50_mb_text_file_is_handled_within_bounds(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    paragraph = ("The council met again on Tuesday to discuss the bridge. " * 20 + "\n\n").encode()
    with path.open("wb") as fh:
        fh.write(paragraph * (50 * 1024 * 1024 // len(paragraph) + 1))
    assert path.stat().st_size >= 50 * 1024 * 1024
    outcome = _run_bounded(path, 120)
    assert outcome["max_rss_mb"] < 1024, outcome
    if "error" in outcome:
        _human(outcome["error"])
        assert re.search(r"\d+ MB", outcome["error"]), outcome
        assert outcome["kind"] == ArticleTooLargeError.__name__
    else:
        assert outcome["result"] > 0


# --- any bytes at all --------------------------------------------------------------------------

PREFIXES = [
    b"",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"<!DOCTYPE html><html><body><p>",
    b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n',
    b"# Heading\n\n",
    b"%PDF-1.4\n",
]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(PREFIXES),
    body=st.binary(max_size=600),
    ext=st.sampled_from([".txt", ".html", ".mhtml", ".md", ""]),
)
def test_any_bytes_give_a_result_or_a_clear_message(
    prefix: bytes, body: bytes, ext: str, tmp_path_factory
) -> None:
    path = tmp_path_factory.mktemp("bytes") / f"file{ext}"
    path.write_bytes(prefix + body)
    outcome = _outcome(path)  # an InternalError (a bug) fails the test with its cause
    if isinstance(outcome, Analysis):
        n = len(outcome.text)
        assert all(0 <= s < e <= n for s, e in outcome.sentences)
    assert path.read_bytes() == prefix + body
