"""A Traffy CSV as records with the physical line each starts on.

UTF-8 with or without a byte-order mark, LF or CRLF, quoted comments over several lines
(RFC 4180): Python's csv module with newline="" handles all of these; `line_num` after a
record is its last line, so the next record starts one below.
"""
from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def read(path: str | Path) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """(headers, records as (line, cells)); raises ValueError("traffy.not_utf8"/"traffy.empty")."""
    handle = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed by the generator
    try:
        sample = handle.read(65536)
        handle.seek(0)
    except UnicodeDecodeError:
        handle.close()
        raise ValueError("traffy.not_utf8") from None
    delimiter = ";" if sample.split("\n", 1)[0].count(";") > sample.split("\n", 1)[0].count(",") \
        else ","
    reader = csv.reader(handle, delimiter=delimiter)
    try:
        headers = next(reader)
    except StopIteration:
        handle.close()
        raise ValueError("traffy.empty") from None
    except UnicodeDecodeError:
        handle.close()
        raise ValueError("traffy.not_utf8") from None

    def records() -> Iterator[tuple[int, list[str]]]:
        start = reader.line_num + 1
        try:
            for cells in reader:
                if any(c.strip() for c in cells):
                    yield start, cells
                start = reader.line_num + 1
        except UnicodeDecodeError:
            raise ValueError("traffy.not_utf8") from None
        finally:
            handle.close()

    return headers, records()
