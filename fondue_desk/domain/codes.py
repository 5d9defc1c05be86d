"""Stable codes for reference data: what a configuration file matches categories and villages on.

A code is lower-case ASCII letters, digits and hyphens, 2–40 long, and starts with a letter.
Names may change ("ไฟฟ้าส่องสว่าง" → "ไฟฟ้าส่องสว่างชำรุด") and numbers may be reused; the
code never changes, so an import updates the right row instead of adding a twin.
"""
from __future__ import annotations

import re

CODE_PATTERN = re.compile(r"[a-z][a-z0-9-]{1,39}")
MAX_CODE_LENGTH = 40


def is_valid_code(code: str) -> bool:
    return CODE_PATTERN.fullmatch(code) is not None


def slug(text: str, *, fallback: str) -> str:
    """A code made from an English name: "Street lights out" → "street-lights-out"."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    candidate = "-".join(words)[:MAX_CODE_LENGTH].strip("-")
    return candidate if is_valid_code(candidate) else fallback


def village_code(number: int) -> str:
    return f"moo-{number}"
