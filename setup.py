"""Build hook: a built package carries a copy of ``resources/`` as ``reader/_resources/``.

Everything else about the package is declared in ``pyproject.toml``. The repository keeps the
welcome article, the icons and the ``.desktop`` file in the top-level ``resources/`` folder,
where a source checkout and an editable install read them. A wheel (and any install made from
it, or from the sdist) gets a copy inside the package, found beside the code wherever pip puts
it (a virtual environment, ``--user``, ``--target``, ``/usr/local``, a bundler).
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path("resources")
LEFT_OUT_PREFIX = "screenshot"  # the README's and the docs' pictures: not used by the program
PACKAGE_COPY = ("reader", "_resources")


def resource_files() -> list[Path]:
    """The files of ``resources/`` that the program uses."""
    return sorted(
        p for p in RESOURCES.iterdir() if p.is_file() and not p.name.startswith(LEFT_OUT_PREFIX)
    )


class BuildPyWithResources(build_py):
    """``build_py`` that also copies :func:`resource_files` into the built package."""

    def _copies(self) -> list[tuple[Path, Path]]:
        if getattr(self, "editable_mode", False):  # an editable install reads resources/ itself
            return []
        target = Path(self.build_lib, *PACKAGE_COPY)
        return [(path, target / path.name) for path in resource_files()]

    def run(self) -> None:
        super().run()
        for source, target in self._copies():
            self.mkpath(str(target.parent))
            self.copy_file(str(source), str(target))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return super().get_outputs(include_bytecode) + [str(t) for _, t in self._copies()]

    def get_source_files(self) -> list[str]:  # the sdist carries resources/ too
        return super().get_source_files() + [str(p) for p in resource_files()]


setup(cmdclass={"build_py": BuildPyWithResources})
