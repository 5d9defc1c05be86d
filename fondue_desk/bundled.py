"""Where the files shipped with the program live: fonts, translations, presets, map scripts.

In a checkout they are the repository's `resources/`; an installed wheel carries the same folder
as `fondue_desk/resources/` (pyproject.toml and setup.py map one onto the other), because a
top-level `resources` beside the packages does not travel into site-packages.
"""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_INSTALLED = _PACKAGE / "resources"
_CHECKOUT = _PACKAGE.parent / "resources"


def resource_dir(*parts: str) -> Path:
    """resources/<parts...>, installed or in the checkout (the installed copy first)."""
    base = _INSTALLED if _INSTALLED.is_dir() else _CHECKOUT
    return base.joinpath(*parts)
