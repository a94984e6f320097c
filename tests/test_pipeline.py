"""``analyze()``: wiring of the stages, input errors, and how unforeseen failures are reported."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

import pytest

import reader.pipeline as pipeline
from reader import analyze, resummarize
from reader.document import Document
from reader.errors import (
    ArticleTooLargeError,
    EmptyArticleError,
    InternalError,
    ReaderError,
    UnreadableFileError,
)

REPO = Path(__file__).resolve().parents[1]
ARTICLE = (
    "Harbour board approves new pier\n\n"
    "The harbour board voted on Monday to rebuild the old pier. "
    '"We have waited ten years for this," said Mara Olsen.\n\n'
    "Work is expected to start in the spring. The ferry will keep running during the works.\n\n"
    "Board member Tom Reyes said the cost had been cut by a fifth.\n"
)


def test_text_in_gives_a_consistent_result() -> None:
    result = analyze(ARTICLE, count=2)
    assert "rebuild the old pier" in result.text
    assert result.sentences and len(result.summary.sentences) == 2
    assert list(result.summary.sentences) == sorted(set(result.summary.sentences))
    for start, end in result.sentences:
        assert 0 <= start < end <= len(result.text)
    assert result.language == "en"


def test_a_path_and_the_same_text_agree(tmp_path: Path) -> None:
    path = tmp_path / "pier.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    from_file, from_text = analyze(path), analyze(ARTICLE)
    assert from_file.source == str(path)
    assert from_file.text == from_text.text
    assert from_file.summary == from_text.summary


def test_a_document_is_used_as_it_is() -> None:
    doc = Document(source="mem", format="md", title="T", text="One sentence here. And two.")
    result = analyze(doc)
    assert (result.source, result.format, result.title) == ("mem", "md", "T")


def test_language_override_is_used() -> None:
    assert analyze(ARTICLE, language="de").language == "de"


def test_resummarize_keeps_the_text() -> None:
    first = analyze(ARTICLE, count=1)
    second = resummarize(first, count=3)
    assert second.text == first.text and second.sentences == first.sentences
    assert len(second.summary.sentences) == 3 and len(first.summary.sentences) == 1


def test_a_bug_when_resummarising_is_an_internal_error(monkeypatch) -> None:
    first = analyze(ARTICLE)

    def broken(*args, **kwargs):
        raise IndexError("bad index")

    monkeypatch.setattr("reader.summary.summarize", broken)
    with pytest.raises(InternalError, match="summarising") as info:
        resummarize(first, count=2)
    assert isinstance(info.value.__cause__, IndexError)


def test_not_a_source_is_a_programming_error() -> None:
    with pytest.raises(TypeError, match="bytes"):
        analyze(b"bytes are not text")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   \n\n\t  \n"])
def test_no_text_is_an_empty_article(text: str) -> None:
    with pytest.raises(EmptyArticleError, match="no article text"):
        analyze(text)


def test_only_teasers_says_so(monkeypatch) -> None:
    monkeypatch.setattr("reader.cleaning.clean.remove_teasers", lambda text: ("", ("Teaser one…",)))
    with pytest.raises(EmptyArticleError, match="only teaser lines"):
        analyze("Teaser one…")


def test_a_too_long_text_is_refused_with_its_size(monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "MAX_TEXT_CHARS", 3_000_000)
    expected = r"^This article is too long .* about 4 MB of text; .* up to 3 MB\.$"
    with pytest.raises(ArticleTooLargeError, match=expected):
        analyze("Word. " * 700_000)


def test_just_over_the_limit_is_not_called_the_limit(monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "MAX_TEXT_CHARS", 2 * 1024 * 1024)
    with pytest.raises(ArticleTooLargeError, match=r"a little over 2 MB of text; .* up to 2 MB"):
        analyze("Word. " * 370_000)


def test_a_too_long_file_is_named(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(pipeline, "MAX_TEXT_CHARS", 1000)
    path = tmp_path / "long.txt"
    path.write_text("Word word. " * 200, encoding="utf-8")
    with pytest.raises(ArticleTooLargeError, match=r"^“long\.txt” is too long"):
        analyze(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError) as info:
        analyze(tmp_path / "gone.txt")
    assert "gone.txt" in str(info.value) and "Errno" not in str(info.value)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EACCES, "permission"),
        (errno.ELOOP, "loop"),
        (errno.EISDIR, "folder"),
        (errno.EIO, "read error"),
        (errno.ESTALE, "could not read it"),
    ],
)
def test_an_os_error_escaping_the_loader_is_explained(code, words, monkeypatch) -> None:
    def failing(path):
        raise OSError(code, "raw system text", str(path))

    monkeypatch.setattr("reader.loading.load_document", failing)
    with pytest.raises(UnreadableFileError) as info:
        analyze(Path("story.txt"))
    message = str(info.value)
    assert words in message and "story.txt" in message
    assert "raw system text" not in message and "Errno" not in message
    assert isinstance(info.value.__cause__, OSError)


STAGES = [
    ("reader.cleaning.clean_document", "cleaning"),
    ("reader.language.detect_language", "detecting the language of"),
    ("reader.sentences.split_sentences", "splitting sentences in"),
    ("reader.summary.summarize", "summarising"),
    ("reader.speakers.who_said_what", "finding the speakers in"),
]


@pytest.mark.parametrize(("target", "stage"), STAGES)
def test_a_bug_in_a_stage_becomes_an_internal_error(target, stage, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise KeyError("oops")

    monkeypatch.setattr(target, broken)
    with pytest.raises(InternalError) as info:
        analyze(ARTICLE)
    assert info.value.stage == stage
    assert stage in str(info.value) and "report" in str(info.value)
    assert isinstance(info.value.__cause__, KeyError)  # the bug stays visible


@pytest.mark.parametrize(("target", "_stage"), STAGES)
def test_reader_errors_from_a_stage_pass_unchanged(target, _stage, monkeypatch) -> None:
    error = ReaderError("A message for people.")

    def refusing(*args, **kwargs):
        raise error

    monkeypatch.setattr(target, refusing)
    with pytest.raises(ReaderError) as info:
        analyze(ARTICLE)
    assert info.value is error


def test_running_out_of_memory_is_a_size_problem(monkeypatch) -> None:
    def hungry(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr("reader.summary.summarize", hungry)
    with pytest.raises(ArticleTooLargeError, match="not enough memory"):
        analyze(ARTICLE)


def test_keyboard_interrupt_is_not_swallowed(monkeypatch) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("reader.sentences.split_sentences", interrupted)
    with pytest.raises(KeyboardInterrupt):
        analyze(ARTICLE)


def test_importing_the_core_stays_light() -> None:
    code = (
        "import sys, reader, reader.pipeline, reader.export, reader.cli, reader.errors\n"
        "heavy = {'nltk', 'sumy', 'trafilatura', 'lxml', 'langdetect', 'numpy', 'scipy',"
        " 'PySide6', 'charset_normalizer', 'punkt'}\n"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "options",
    [{"algorithm": "nope"}, {"count": 0}, {"ratio": 1.5}, {"count": 2, "ratio": 0.5}],
)
def test_bad_summary_options_are_the_callers_mistake_not_an_internal_error(options) -> None:
    from reader import analyze, resummarize
    from reader.errors import ReaderError

    text = "Ferry fares frozen\n\nFares stay as they are. The council agreed on Monday."
    with pytest.raises(ValueError) as error:
        analyze(text, **options)
    assert not isinstance(error.value, ReaderError)
    result = analyze(text)
    with pytest.raises(ValueError) as error:
        resummarize(result, **options)
    assert not isinstance(error.value, ReaderError)
    if "algorithm" in options:
        assert "lexrank" in str(error.value)  # the message lists the choices
