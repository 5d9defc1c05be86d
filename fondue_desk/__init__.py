"""Fondue Desk core: rules, storage, services and documents. Never imports Qt."""
from __future__ import annotations

__version__ = "0.1.0"
