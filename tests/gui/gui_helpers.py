"""Helpers shared by the GUI tests (imported as ``gui_helpers``)."""

from __future__ import annotations

from pathlib import Path

from reader.result import Analysis, Speaker, Summary

GUI_FILES = Path(__file__).resolve().parents[1] / "_files" / "gui"
LIBRARY_FILES = Path(__file__).resolve().parents[1] / "_files" / "library"
WAIT_MS = 30_000


def open_and_wait(qtbot, window, path: Path):
    """Open ``path`` through :meth:`MainWindow.open_paths` and wait for its analysis."""
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS) as blocker:
        window.open_paths([path])
    return blocker.args[0]


def made_up_analysis(source: str = "made-up.txt") -> Analysis:
    """A hand-made analysis with an emoji before the highlighted spans."""
    text = (
        "Storm 🌀 warning issued.\n\n"
        '"Stay indoors tonight," said Ada Quist, the coast guard chief.\n\n'
        "Quist added that ferries would not sail. Schools will open late."
    )
    sentences = []
    start = 0
    for piece in (
        "Storm 🌀 warning issued.",
        '"Stay indoors tonight," said Ada Quist, the coast guard chief.',
        "Quist added that ferries would not sail.",
        "Schools will open late.",
    ):
        begin = text.index(piece, start)
        sentences.append((begin, begin + len(piece)))
        start = begin + len(piece)
    first = text.index("Ada Quist")
    second = text.index("Quist added")
    quote = text.index('"Stay')
    speaker = Speaker(
        "Ada Quist",
        mentions=((first, first + 9), (second, second + 5)),
        quotes=((quote, quote + 23),),
    )
    return Analysis(
        source=source,
        format="txt",
        title="Storm warning",
        text=text,
        language="en",
        removed_lines=("Another story about something else…",),
        sentences=tuple(sentences),
        summary=Summary("lead", (1, 2)),
        speakers=(speaker,),
    )


def paragraphs_analysis(
    paragraphs: list[str],
    *,
    title: str = "A made-up article",
    summary: tuple[int, ...] = (),
    speakers: tuple[str, ...] = (),
    language: str = "en",
    source: str = "made-up.txt",
) -> Analysis:
    """An analysis whose sentences are ``paragraphs`` (one sentence each, blank lines between);
    each name in ``speakers`` is mentioned wherever it occurs in the text."""
    text = "\n\n".join(paragraphs)
    spans, start = [], 0
    for paragraph in paragraphs:
        begin = text.index(paragraph, start)
        spans.append((begin, begin + len(paragraph)))
        start = begin + len(paragraph)
    found = []
    for name in speakers:
        mentions, at = [], text.find(name)
        while at >= 0:
            mentions.append((at, at + len(name)))
            at = text.find(name, at + 1)
        found.append(Speaker(name, mentions=tuple(mentions)))
    return Analysis(
        source=source,
        format="txt",
        title=title,
        text=text,
        language=language,
        sentences=tuple(spans),
        summary=Summary("lead", summary),
        speakers=tuple(found),
    )
