"""Summary files: what each format carries, safe file names and safe, atomic saving."""

from __future__ import annotations

import errno
import html
import html.parser
import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import export
from reader.errors import SaveError, SummaryExistsError
from reader.export import (
    MAX_NAME_BYTES,
    MAX_NAME_CHARS,
    default_summary_path,
    format_for_path,
    printable,
    render,
    safe_filename,
    save_summary,
    write_atomic,
)
from reader.result import Analysis, Metadata, Speaker, Summary

TEXT = (
    "The harbour board voted on Monday to rebuild the old pier. "
    '"We waited ten years for this," said Mara Olsen. '
    "Work starts in spring. "
    "The ferry keeps running during the works."
)
WHEN = "2026-01-02T03:04:05+00:00"


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (1 if start + len(part) < len(text) else 0)
        spans.append((start, min(end, len(text))))
        start = end + 1
    return tuple(spans)


def make_analysis(source: str = "harbour.txt", title: str = "Pier <rebuilt> & *soon*") -> Analysis:
    sentences = _sentences(TEXT)
    name_at = TEXT.index("Mara Olsen")
    return Analysis(
        source=source,
        format="txt",
        title=title,
        text=TEXT,
        language="en",
        sentences=sentences,
        summary=Summary("textrank", (0, 2)),
        speakers=(Speaker("Mara Olsen", ((name_at, name_at + 10),)),),
        metadata=Metadata(author="Ann Writer"),
    )


def test_sentence_helper_splits_the_fixture() -> None:
    a = make_analysis()
    assert a.summary_texts == [
        "The harbour board voted on Monday to rebuild the old pier.",
        "Work starts in spring.",
    ]


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "json"])
def test_every_format_carries_everything(fmt: str) -> None:
    out = render(make_analysis(), fmt, when=WHEN)
    made = WHEN if fmt == "json" else "2 Jan 2026, 03:04"  # a person reads the date in words
    for needle in ("harbour.txt", "en", "textrank", made, "Mara Olsen", "Ann Writer"):
        assert needle in out, needle
    assert "rebuild the old pier" in out and "Work starts in spring" in out
    assert "ferry" not in out.split("Summary", 1)[-1] or fmt == "json"  # not in the summary
    assert "Pier" in out and "rebuilt" in out


def test_json_export_is_the_result_plus_summary_text() -> None:
    data = json.loads(render(make_analysis(), "json", when=WHEN))
    assert data["summary"]["sentences"] == [0, 2]
    assert data["summary"]["text"][1] == "Work starts in spring."
    assert data["exported"] == WHEN
    assert data["speakers"][0]["name"] == "Mara Olsen"
    assert data["title"] == "Pier <rebuilt> & *soon*"


def test_html_escapes_the_title_and_text() -> None:
    out = render(make_analysis(title="<script>alert(1)</script>"), "html", when=WHEN)
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    assert out.count("<!DOCTYPE html>") == 1 and out.rstrip().endswith("</html>")


def test_html_lets_right_to_left_text_run_right_to_left() -> None:
    out = render(make_analysis(title="افتتاح مكتبة جديدة"), "html", when=WHEN)
    assert '<h1 dir="auto">افتتاح مكتبة جديدة</h1>' in out
    assert '<li dir="auto">Work starts in spring.</li>' in out


def test_markdown_escapes_what_would_be_formatting() -> None:
    out = render(make_analysis(title="*soon* [link](x) <b>"), "md", when=WHEN)
    first = out.splitlines()[0]
    assert first == r"# \*soon\* \[link\](x) \<b\>"


def test_markdown_shows_paths_as_code() -> None:
    out = render(make_analysis(source="my_files/a`b.txt"), "md", when=WHEN)
    assert "- **Source:** ``my_files/a`b.txt``" in out


def test_markdown_list_items_never_start_a_heading() -> None:
    a = make_analysis()
    a = a.with_changes(text="# not a heading. 1. Not a list.", sentences=((0, 16), (17, 31)))
    a = a.with_changes(summary=Summary("lead", (0, 1)), speakers=())
    body = render(a, "md", when=WHEN)
    assert r"- \# not a heading." in body
    assert r"- 1\. Not a list." in body


def test_txt_and_md_say_when_there_is_no_summary() -> None:
    a = make_analysis().with_changes(summary=Summary("lead", ()))
    assert "(no summary)" in render(a, "txt", when=WHEN)
    assert "(no summary)" in render(a, "html", when=WHEN)


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError):
        render(make_analysis(), "pdf")


def test_format_for_path() -> None:
    assert format_for_path("a/b.MARKDOWN") == "md"
    assert format_for_path("x.htm") == "html"
    assert format_for_path("x.text") == "txt"
    assert format_for_path("noext") == "md"
    assert format_for_path("x.json") == "json"


# --- file names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Rates rise", "Rates rise – summary.md"),
        ('a/b\\c:d*e?f"g<h>i|j', "a b c d e f g h i j – summary.md"),
        ("tab\there\x00nul\x1b[31m", "tab here nul [31m – summary.md"),
        ("  ...Leading dots", "Leading dots – summary.md"),
        ("", "article – summary.md"),
        ("   \n\t ", "article – summary.md"),
        ("////", "article – summary.md"),
        ("\u202eevil\u202c", "evil – summary.md"),
    ],
)
def test_safe_filename_cases(title: str, expected: str) -> None:
    assert safe_filename(title) == expected


@pytest.mark.parametrize(
    "title", ["CON", "con", "Nul", "COM1", "lpt9", "aux.txt", "PRN .x", "CONIN$", "COM¹"]
)
def test_windows_reserved_names_are_prefixed(title: str) -> None:
    name = safe_filename(title, suffix="", ext="md")
    assert name.startswith("_"), name


@pytest.mark.parametrize("title", ["Conference", "COM10", "Console", "NUL-free", "AUXILIARY"])
def test_names_that_only_resemble_reserved_ones_are_kept(title: str) -> None:
    assert safe_filename(title, suffix="", ext="md") == f"{title}.md"


def test_trailing_dots_and_spaces_go_before_the_suffix() -> None:
    assert safe_filename("Why?. . ", suffix="", ext="txt") == "Why.txt"


def test_summaries_say_when_they_were_made_apart_from_when_the_article_was_published() -> None:
    a = make_analysis().with_changes(metadata=Metadata(author="Ann Writer", date="2019-11-19"))
    txt = render(a, "txt", when=WHEN)
    assert "Summarised: 2 Jan 2026, 03:04" in txt.splitlines()
    assert "Published: 19 Nov 2019" in txt.splitlines()
    assert not any(line.startswith("Date:") for line in txt.splitlines())
    assert "- **Summarised:** 2 Jan 2026, 03:04" in render(a, "md", when=WHEN)


def test_long_titles_are_cut_at_a_word_boundary() -> None:
    title = (
        "Residents of the harbour district protest against the plan to build a container "
        "terminal near breakwater and the old lighthouse on the northern shore of the bay"
    )
    name = safe_filename(title)
    stem = name.removesuffix(" – summary.md")
    assert len(name) <= MAX_NAME_CHARS and stem.endswith("…")
    assert title.startswith(stem.removesuffix("…"))
    assert title[len(stem) - 1] == " "  # the next character of the title starts a new word
    assert safe_filename("Short title") == "Short title – summary.md"  # nothing cut, no mark


def test_long_ascii_titles_are_cut_to_the_character_limit() -> None:
    name = safe_filename("word " * 100)
    assert len(name) <= MAX_NAME_CHARS
    assert name.endswith(" – summary.md") and "  " not in name


@pytest.mark.parametrize("unit", ["日本語の記事", "😀", "ق\u0651", "q\u0307"])
def test_long_non_ascii_titles_fit_the_byte_limit(unit: str, tmp_path: Path) -> None:
    name = safe_filename(unit * 200)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    stem = name.removesuffix(" – summary.md")
    assert stem and not stem[-1].isspace()
    assert not __import__("unicodedata").combining(stem[-1])
    (tmp_path / name).write_text("ok", encoding="utf-8")  # the file system accepts it


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_title_gives_a_usable_file_name(title: str) -> None:
    name = safe_filename(title, ext="txt")
    assert name.endswith(".txt")
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith((".", " "))
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES and len(name) <= MAX_NAME_CHARS
    assert all(not c.isspace() or c == " " for c in name)


def test_default_summary_path_is_beside_the_article(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("x", encoding="utf-8")
    path = default_summary_path(make_analysis(source=str(article), title="Story"), "txt")
    assert path == tmp_path / "Story – summary.txt"


# --- saving ---------------------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".reader-"))


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "json"])
def test_save_summary_writes_the_rendered_file(fmt: str, tmp_path: Path) -> None:
    target = tmp_path / f"out.{fmt}"
    assert save_summary(make_analysis(), target, when=WHEN) == target
    assert target.read_text(encoding="utf-8") == render(make_analysis(), fmt, when=WHEN)
    assert _leftovers(tmp_path) == []


def test_save_summary_refuses_formats_it_cannot_write(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match=r"\.pdf"):
        save_summary(make_analysis(), tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_new_files_get_normal_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = write_atomic(tmp_path / "new.txt", "hello")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_replacing_keeps_the_permissions_of_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "old.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def _check_failed_save(exc: SaveError, target: Path, folder: Path, reason: str) -> None:
    message = str(exc)
    assert reason in message
    assert "[Errno" not in message and "Traceback" not in message
    assert target.name in message
    assert _leftovers(folder) == []


def test_disk_full_on_rename_leaves_the_existing_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "summary.md"
    target.write_text("precious", encoding="utf-8")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export.os, "replace", full)
    with pytest.raises(SaveError) as info:
        save_summary(make_analysis(), target)
    _check_failed_save(info.value, target, tmp_path, "the disk is full")
    assert "left unchanged" in str(info.value)
    assert target.read_text(encoding="utf-8") == "precious"


def test_disk_full_while_writing_leaves_the_existing_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "summary.txt"
    target.write_text("precious", encoding="utf-8")
    real_fdopen = os.fdopen

    class FullFile:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export.os, "fdopen", lambda *a, **k: FullFile(real_fdopen(*a, **k)))
    with pytest.raises(SaveError) as info:
        save_summary(make_analysis(), target)
    _check_failed_save(info.value, target, tmp_path, "the disk is full")
    assert target.read_text(encoding="utf-8") == "precious"


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.EACCES, "permission"),
        (errno.EROFS, "read-only"),
        (errno.EDQUOT, "quota"),
        (errno.EIO, "write error"),
        (errno.EINVAL, "the system refused to write the file"),
    ],
)
def test_unwritable_folder_gives_a_human_reason(
    code: int, reason: str, tmp_path: Path, monkeypatch
) -> None:
    def refuse(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(export.tempfile, "mkstemp", refuse)
    target = tmp_path / "s.md"
    with pytest.raises(SaveError) as info:
        save_summary(make_analysis(), target)
    _check_failed_save(info.value, target, tmp_path, reason)
    assert "Nothing was written" in str(info.value)
    assert not target.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(SaveError, match="permission"):
            save_summary(make_analysis(), folder / "s.md")
    finally:
        folder.chmod(0o700)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="folder does not exist"):
        save_summary(make_analysis(), tmp_path / "nope" / "s.md")


def test_a_folder_with_the_target_name(tmp_path: Path) -> None:
    (tmp_path / "s.md").mkdir()
    with pytest.raises(SaveError, match="a folder has that name"):
        save_summary(make_analysis(), tmp_path / "s.md")
    assert _leftovers(tmp_path) == []


def test_no_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "s.md"
    target.write_text("precious", encoding="utf-8")
    with pytest.raises(SummaryExistsError, match="already exists"):
        save_summary(make_analysis(), target, force=False)
    assert target.read_text(encoding="utf-8") == "precious"
    assert _leftovers(tmp_path) == []


def test_no_overwrite_even_when_the_file_appears_meanwhile(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "s.md"
    real_link = os.link

    def racing_link(src, dst):
        Path(dst).write_text("someone else's", encoding="utf-8")  # appears after the check
        return real_link(src, dst)

    monkeypatch.setattr(export.os, "link", racing_link)
    with pytest.raises(SummaryExistsError):
        save_summary(make_analysis(), target, force=False)
    assert target.read_text(encoding="utf-8") == "someone else's"
    assert _leftovers(tmp_path) == []


def test_no_overwrite_mode_works_without_hard_links(tmp_path: Path, monkeypatch) -> None:
    def no_links(src, dst):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(export.os, "link", no_links)
    target = save_summary(make_analysis(), tmp_path / "s.txt", force=False, when=WHEN)
    assert target.read_text(encoding="utf-8") == render(make_analysis(), "txt", when=WHEN)
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("force", [True, False])
@pytest.mark.parametrize("link", ["same", "symlink", "hardlink"])
def test_never_writes_over_the_article(link: str, force: bool, tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text("the article", encoding="utf-8")
    target = article
    if link == "symlink":
        target = tmp_path / "link.md"
        target.symlink_to(article)
    elif link == "hardlink":
        target = tmp_path / "hard.md"
        os.link(article, target)
    with pytest.raises(SaveError) as info:
        save_summary(make_analysis(source=str(article)), target, force=force)
    assert article.read_text(encoding="utf-8") == "the article"
    if force:
        assert "article itself" in str(info.value)


def test_undecodable_source_path_still_exports(tmp_path: Path) -> None:
    a = make_analysis(source="caf\udce9/\udcff.txt")
    for fmt in ("txt", "md", "html", "json"):
        target = save_summary(a, tmp_path / f"s.{fmt}")
        assert target.read_bytes().decode("utf-8")  # valid UTF-8
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["source"]


@settings(max_examples=60, deadline=None)
@given(title=st.text(max_size=80), source=st.text(max_size=80), name=st.text(max_size=30))
def test_any_strings_render_as_valid_utf8(title: str, source: str, name: str) -> None:
    a = make_analysis(source=source, title=title)
    a = a.with_changes(speakers=(Speaker(name, ((0, 3),)),))
    for fmt in ("txt", "md", "html", "json"):
        out = render(a, fmt, when=WHEN)
        out.encode("utf-8")  # no lone surrogates reach a file
        if fmt == "json":
            assert json.loads(out)["summary"]["sentences"] == [0, 2]
        elif fmt == "html":
            assert f">{html.escape(printable(title) or 'Untitled')}</h1>" in out


def test_a_read_only_summary_is_left_alone_and_no_temporary_file_stays(tmp_path: Path) -> None:
    target = tmp_path / "kept.md"
    target.write_text("the reader's own copy", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(SaveError, match="read-only"):
        save_summary(make_analysis(), target)
    assert target.read_text(encoding="utf-8") == "the reader's own copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.md"]


def test_file_names_keep_zero_width_joiners_but_not_other_format_characters() -> None:
    persian = "فارسی\u200cزبان"
    assert persian in safe_filename(persian)
    assert "\u202e" not in safe_filename("evil\u202etxt.exe")  # a bidi override


# -- "Who said what" ------------------------------------------------------------------------------
SAID_TEXT = (
    '"We waited ten years for this," said Mara Olsen. "Nobody believed us." '
    "Olsen said the pier would open in May. "
    "Two officials told the paper the cost had doubled."
)


def said_analysis() -> Analysis:
    from reader.result import Statement

    t = SAID_TEXT
    first = (0, t.index(" said"))
    second = (t.index('"Nobody'), t.index('us."') + 4)
    reported = (t.index("the pier"), t.index(" in May") + 7)
    cue = (t.index("said Mara"), t.index("said Mara") + 4)
    olsen = Speaker(
        "Mara Olsen",
        ((t.index("Mara Olsen"), t.index("Mara Olsen") + 10),),
        (first, second, reported),
        (
            Statement(reported, "indirect", cue),  # out of order on purpose
            Statement(first, "direct", cue),
            Statement(second, "direct", cue),
        ),
    )
    unnamed = Statement(
        (t.index("the cost"), len(t) - 1),
        "indirect",
        (t.index("told"), t.index("told") + 4),
        (t.index("Two officials"), t.index("Two officials") + 13),
    )
    return make_analysis().with_changes(
        text=t,
        sentences=((0, len(t)),),
        summary=Summary("lead", (0,)),
        speakers=(olsen,),
        unnamed_statements=(unnamed,),
    )


class _TextOf(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _read_back(fmt: str, tmp_path: Path) -> str:
    path = save_summary(said_analysis(), tmp_path / f"said.{fmt}", when=WHEN)
    raw = path.read_text(encoding="utf-8")
    if fmt == "html":
        parser = _TextOf()
        parser.feed(raw)
        return "\n".join(p.strip() for p in parser.parts if p.strip())
    if fmt == "md":
        return raw.replace("\\", "")
    return raw


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_saved_formats_say_who_said_what_in_article_order(fmt: str, tmp_path: Path) -> None:
    out = _read_back(fmt, tmp_path)
    section = out.split("Who said what", 1)[1]
    first = section.index('"We waited ten years for this,"')
    second = section.index('"Nobody believed us."')
    reported = section.index("the pier would open in May")
    assert section.index("Mara Olsen") < first < second < reported
    assert "reported:" in section[second : reported + 5] or "reported" in section[second:reported]
    unnamed = section.index("Unnamed sources")
    assert unnamed > reported
    assert "Two officials" in section[unnamed:] and "the cost had doubled" in section[unnamed:]
    assert "Mara Olsen" not in section[unnamed:]


def test_saved_json_has_the_statements_and_the_section(tmp_path: Path) -> None:
    data = json.loads(_read_back("json", tmp_path))
    (olsen,) = data["speakers"]
    assert [s["kind"] for s in olsen["statements"]] == ["indirect", "direct", "direct"]
    section = data["who_said_what"]
    assert section[0]["speaker"] == "Mara Olsen"
    assert [s["text"] for s in section[0]["statements"]] == [
        '"We waited ten years for this,"',
        '"Nobody believed us."',
        "the pier would open in May",
    ]
    assert section[1] == {
        "speaker": None,
        "statements": [
            {"kind": "indirect", "text": "the cost had doubled", "source": "Two officials"}
        ],
    }
    assert data["unnamed_statements"][0]["subject"] == [
        SAID_TEXT.index("Two officials"),
        SAID_TEXT.index("Two officials") + 13,
    ]


def test_a_speaker_without_statements_is_still_listed() -> None:
    out = render(make_analysis(), "txt", when=WHEN)
    assert "Mara Olsen (1 mention)" in out and "(no statement)" in out


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_reader_summarize_prints_who_said_what(fmt: str, tmp_path: Path, capsys) -> None:
    from reader.cli import main

    article = tmp_path / "pier.txt"
    article.write_text(
        "Pier to reopen in May\n\n"
        "The harbour board voted on Monday to rebuild the old pier.\n\n"
        '"We waited ten years for this," said harbour master Mara Olsen.\n\n'
        "Olsen said the work would start in spring.\n",
        encoding="utf-8",
    )
    assert main(["summarize", "--format", fmt, str(article)]) == 0
    out = html.unescape(capsys.readouterr().out.replace("\\", ""))
    section = out.split("Who said what", 1)[1]
    assert "Mara Olsen" in section
    assert section.index('"We waited ten years for this,"') < section.index(
        "the work would start in spring"
    )
