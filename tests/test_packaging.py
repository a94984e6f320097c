"""The built wheel: its name, commands, package data and resources (needs the ``build`` package).

Builds from a copy of the sources (the sdist, then the wheel from it, as ``python -m build``
does) with the installed setuptools, so it runs offline. ``.ci/run`` goes further: it installs
the wheel in a fresh virtual environment and runs the command line and the window.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "setup.py", "README.md", "reader", "resources")
RESOURCES = (
    "welcome.txt",
    "reader.svg",
    "reader.png",
    "reader.desktop",
    "tab-close.svg",
    "tab-close-hover.svg",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    pytest.importorskip("build", reason="the wheel test needs the 'build' package (dev extra)")
    setuptools = pytest.importorskip("setuptools")
    if int(setuptools.__version__.split(".")[0]) < 77:
        pytest.skip("building needs setuptools 77 or newer")
    tree = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, tree / name)
    dist = tree / "dist"
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(tree)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (built,) = dist.glob("*.whl")
    with zipfile.ZipFile(built) as archive:
        yield archive


def test_the_wheel_is_named_for_the_package_index(wheel: zipfile.ZipFile) -> None:
    assert Path(wheel.filename).name.startswith("saved_news_reader-")
    metadata = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    text = wheel.read(metadata).decode()
    assert "\nName: saved-news-reader\n" in text
    assert "\nRequires-Dist: PySide6-Essentials" in text


def test_the_wheel_installs_both_commands(wheel: zipfile.ZipFile) -> None:
    name = next(n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt"))
    entry_points = configparser.ConfigParser()
    entry_points.read_string(wheel.read(name).decode())
    assert entry_points["console_scripts"]["reader"] == "reader.cli:main"
    assert entry_points["gui_scripts"]["reader-gui"] == "reader.gui.app:main"


def test_the_wheel_carries_the_resources_inside_the_package(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for resource in RESOURCES:
        packaged = f"reader/_resources/{resource}"
        assert packaged in names, packaged
        assert wheel.read(packaged) == (ROOT / "resources" / resource).read_bytes()
    # the README's and the docs' pictures stay out
    assert not [n for n in names if n.startswith("reader/_resources/screenshot")]
    assert not [n for n in names if ".data/" in n]  # nothing installed outside the package


def test_the_wheel_carries_every_module_and_data_file(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    expected = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "reader").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert expected <= names, sorted(expected - names)
