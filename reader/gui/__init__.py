"""The desktop window (PySide6). Nothing in :mod:`reader` outside this package imports Qt."""
