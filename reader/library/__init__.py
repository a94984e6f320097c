"""The library: every article Reader has opened or found in a watched folder, searchable.

A SQLite database (WAL journal, FTS5 search) in the platform's data folder holds one row per
article file; the files themselves are only ever read. The modules, in the order data flows:

- :mod:`~reader.library.location`: where the database lives (``READER_LIBRARY_DIR``).
- :mod:`~reader.library.connection`: connections, write transactions that wait their turn.
- :mod:`~reader.library.schema`: the schema's version and migrations.
- :mod:`~reader.library.records`: what is stored about an article, and the rows read back.
- :mod:`~reader.library.store`: :class:`Library`, the only writer of the database.
- :mod:`~reader.library.scanning`: folders on disk against the library (new, changed, moved,
  deleted files).
- :mod:`~reader.library.parallel`: analysing many files on every core.
- :mod:`~reader.library.indexing`: adding folders and files, watching, forgetting.
- :mod:`~reader.library.search`, :mod:`~reader.library.people`, :mod:`~reader.library.filters`:
  full-text search, the people index, filters and sort orders.
- :mod:`~reader.library.pasted`: pasted articles kept as text files in the library's folder.
- :mod:`~reader.library.sources`, :mod:`~reader.library.recovery`: rebuilding a damaged database.
- :mod:`~reader.library.commands`: ``reader library ...`` on the command line.

No module here imports Qt; the window and the command line both use them.
"""

from __future__ import annotations

from reader.library.errors import LibraryDamagedError, LibraryError
from reader.library.store import Library

__all__ = ["Library", "LibraryDamagedError", "LibraryError"]
