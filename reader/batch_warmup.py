"""Imported by the fork server of :mod:`reader.batch` (and nothing else) before it forks workers.

Importing this module imports the analysis and runs it once on a short article of our own, so
that the word lists, sentence models and language profiles it loads on first use are in
memory; every worker forked from the fork server then starts warm (its pages are shared with
the fork server's until written), and its garbage collector leaves those objects alone. It
also makes the process ignore Ctrl-C (SIGINT), which the fork server hands down to each worker
from its first instruction: the batch's caller stops the workers itself. Nothing here may fail
the fork server: a problem only means workers start cold.
"""

from __future__ import annotations

import contextlib
import gc
import signal

#: An English news text of our own words: a headline, a named speaker quoted with a speech
#: verb, a role, a pronoun and an unnamed source, so that every stage loads what it needs.
SAMPLE = """Harbour board approves new ferry timetable

The harbour board approved a new ferry timetable on Monday after months of complaints from \
island residents about late and cancelled crossings.

"We listened to the people who rely on these boats every day," said Maria Okafor, the \
board's chair. She added that the first changes would start in the spring.

The board's finance director, Tom Reyes, told reporters the plan would cost less than \
expected. "It is a fair deal for everyone," he said.

One ferry captain, who asked not to be named, said crews had not been consulted.
"""


def warm_up() -> None:
    """Analyse :data:`SAMPLE` once, in English (nothing is written to stdout or stderr)."""
    from reader.pipeline import analyze

    analyze(SAMPLE, language="en")


with contextlib.suppress(ValueError, OSError, AttributeError):  # not the main thread, no signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
with contextlib.suppress(Exception):
    warm_up()
# what the fork server holds now is kept for good: the workers' garbage collections then skip it
# (fewer objects to walk, and no pages copied just to update the collector's bookkeeping)
gc.freeze()
