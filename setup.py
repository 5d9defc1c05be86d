"""Only what pyproject.toml cannot say: the repository's resources/ ships as the package
fondue_desk.resources (fondue_desk/bundled.py finds it there once installed)."""
from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["fondue_desk*", "ui*"]), "fondue_desk.resources"],
    package_dir={"fondue_desk.resources": "resources"},
)
