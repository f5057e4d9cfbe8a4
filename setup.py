"""Packaging step that pyproject.toml cannot express: a wheel carries ontology/, shapes/ and queries/.

The top-level folders stay the source of truth; build_py copies them into kg/_resources/ of the build, so a
wheel (and `pip install .`) reads them as package data through importlib.resources (kg/paths.py). An
editable install builds nothing and reads the top-level folders directly.
"""
from pathlib import Path
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCE_FOLDERS = ("ontology", "shapes", "queries")  # the same list as kg.paths.RESOURCE_FOLDERS


class BuildPyWithResources(build_py):
    """build_py that also copies the top-level resource folders into the built package."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        here = Path(__file__).resolve().parent
        for name in RESOURCE_FOLDERS:
            target = Path(self.build_lib) / "kg" / "_resources" / name
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(here / name, target, ignore=shutil.ignore_patterns(".*", "__pycache__"))


setup(cmdclass={"build_py": BuildPyWithResources})
