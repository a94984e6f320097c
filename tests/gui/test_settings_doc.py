"""The user guide's settings table is generated from the settings table and kept current."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

from reader.gui import settings_doc
from reader.gui.settings_table import SETTINGS, ZOOM

ROOT = Path(__file__).resolve().parents[2]


def test_the_user_guide_shows_the_current_settings_table() -> None:
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    assert settings_doc.render_table() in guide, (
        "docs/user-guide.md is out of date: run python -m reader.gui.settings_doc"
    )
    assert guide.index("## Settings") < guide.index(settings_doc.BEGIN)


def test_every_setting_has_a_row_with_its_default_and_range() -> None:
    table = settings_doc.render_table()
    rows = table.splitlines()[3:-1]
    assert len(rows) == len(SETTINGS)
    zoom = next(row for row in rows if row.startswith("| `view/zoom`"))
    assert "| `0` | -5 to 10 |" in zoom and ZOOM.description in zoom


def test_a_changed_setting_makes_the_docs_stale(tmp_path: Path) -> None:
    guide = tmp_path / "guide.md"
    stale = f"{settings_doc.BEGIN}\nSTALE ROW\n{settings_doc.END}\n"
    guide.write_text(f"# Guide\n\n## Settings\n\n{stale}\nAfter.\n", encoding="utf-8")
    assert settings_doc.main(["--check", "--guide", str(guide)]) == 1
    assert settings_doc.main(["--guide", str(guide)]) == 0
    assert settings_doc.main(["--check", "--guide", str(guide)]) == 0
    text = guide.read_text(encoding="utf-8")
    assert text.endswith(f"{settings_doc.END}\n\nAfter.\n") and "STALE ROW" not in text
    wider = dataclasses.replace(ZOOM, high=12)
    changed = settings_doc.render_table([wider if s is ZOOM else s for s in SETTINGS])
    assert changed != settings_doc.render_table() and "-5 to 12" in changed


def test_a_guide_without_markers_is_refused(tmp_path: Path, capsys) -> None:
    guide = tmp_path / "guide.md"
    guide.write_text("# Guide\n", encoding="utf-8")
    assert settings_doc.main(["--guide", str(guide)]) == 2
    assert "markers" in capsys.readouterr().err
    assert guide.read_text(encoding="utf-8") == "# Guide\n"


def test_it_runs_as_a_module_without_qt() -> None:
    code = (
        "import sys, runpy\n"
        "sys.argv = ['settings_doc', '--check']\n"
        "try:\n"
        "    runpy.run_module('reader.gui.settings_doc', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    print('exit', exc.code, 'qt' if 'PySide6' in sys.modules else 'no-qt')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.stdout.strip().endswith("exit 0 no-qt"), done.stderr
