"""Checks a Reader installed from a wheel, run by that installation's Python (see .ci/run).

    python .ci/check_wheel.py SUMMARY.json

SUMMARY.json is what ``reader summarize`` wrote for a fixture. Checks that ``reader`` is imported
from the installation (not from a checkout), that its resources and data files came with it, and
that the summary has a title, sentences, a summary and speakers.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(summary_file: str) -> int:
    import reader
    from reader.gui import qt_libraries
    from reader.gui.resources import icon_path, resources_dir, welcome_path

    installed = Path(sys.prefix).resolve()
    package = Path(reader.__file__).resolve().parent
    problems = []
    if installed not in package.parents:
        problems.append(f"reader was imported from {package}, not from {installed}")
    if package not in resources_dir().resolve().parents:
        problems.append(f"the resources were found in {resources_dir()}, not in the package")
    if not welcome_path().is_file() or icon_path() is None:
        problems.append("the welcome article or the icon is missing")
    if "libxcb-cursor.so.0" not in qt_libraries.debian_packages():
        problems.append("the table of Qt's system libraries is missing")
    result = json.loads(Path(summary_file).read_text(encoding="utf-8").splitlines()[0])
    if not (result.get("title") and result.get("sentences") and result["summary"]["sentences"]):
        problems.append(f"reader summarize gave no summary: {result.get('error', result)!r}")
    if not result.get("speakers"):
        problems.append("reader summarize found no speakers")
    for problem in problems:
        print(f"wheel check FAILED: {problem}")
    if not problems:
        print(
            f"wheel check ok: reader {reader.__version__} from {package}; resources in "
            f"{resources_dir()}; “{result['title']}”: {len(result['sentences'])} sentences, "
            f"summary {result['summary']['sentences']}, "
            f"speakers {[s['name'] for s in result['speakers']]}"
        )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
