"""The query side of the text search (see search_index): user text in, SQL condition out.

Whatever the clerk types is data, never syntax: quotes, `*`, `OR`, `NEAR` and parentheses
are searched for literally. Terms are ANDed. A query shorter than three characters cannot use
a trigram index, so it falls back to LIKE (slower on large registers, but still right).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, literal_column, or_, select, table, text, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import bindparam

from .models import Complaint
from .search_index import FTS_TABLE, pg_search_expression

TRIGRAM = 3
_PHONE_LIKE = re.compile(r"^[\d\-\s.()+]+$")


def search_terms(query: str) -> list[str]:
    """The terms a query is made of, in order, without duplicates (also used to highlight).

    A piece too short for the index ("ซอย 3", "ม. 4") is searched together with its
    neighbour as the literal text typed, which is what a clerk means by it and lets the
    index answer; only a query that is short as a whole falls back to scanning.
    """
    pieces = query.split()
    terms: list[str] = []
    for piece in pieces:
        if terms and (len(piece) < TRIGRAM or len(terms[-1]) < TRIGRAM):
            terms[-1] = f"{terms[-1]} {piece}"
        else:
            terms.append(piece)
    unique: list[str] = []
    for term in terms:
        if term not in unique:
            unique.append(term)
    return unique


def term_variants(term: str) -> list[str]:
    """A phone typed with dashes ("081-234") also matches the stored digits ("081234")."""
    variants = [term]
    if _PHONE_LIKE.match(term):
        digits = re.sub(r"\D", "", term)
        if len(digits) >= TRIGRAM and digits != term:
            variants.append(digits)
    return variants


def text_condition(dialect: str, query: str, *,
                   drive_from_matches: bool = False) -> ColumnElement[bool]:
    """`drive_from_matches`: few rows match, so start from them; otherwise walk the caller's
    index in display order and check each row against the matches (many rows match)."""
    terms = search_terms(query)
    if not terms:
        return true()
    if dialect == "sqlite":
        return _sqlite_condition(terms, drive_from_matches)
    return and_(*(_like_any(term) for term in terms))


def _split(terms: list[str]) -> tuple[list[str], list[str]]:
    indexed = [t for t in terms if all(len(v) >= TRIGRAM for v in term_variants(t))]
    return indexed, [t for t in terms if t not in indexed]


def _fts_expression(indexed: list[str]) -> str:
    return " AND ".join(
        "(" + " OR ".join(_fts_phrase(v) for v in term_variants(t)) + ")" for t in indexed)


def _sqlite_condition(terms: list[str], drive_from_matches: bool) -> ColumnElement[bool]:
    indexed, short = _split(terms)
    conditions: list[ColumnElement[bool]] = []
    if indexed:
        expression = _fts_expression(indexed)
        matches = (
            select(literal_column("rowid"))
            .select_from(table(FTS_TABLE))
            .where(text(f"{FTS_TABLE} MATCH :fts_query").bindparams(
                bindparam("fts_query", expression, unique=True)))
        )
        # `id + 0` cannot drive the query, so SQLite keeps the ordered index walk; with
        # statistics it would otherwise start from a large match list and sort it all.
        key = Complaint.id if drive_from_matches else Complaint.id + 0
        conditions.append(key.in_(matches))
    conditions.extend(_like_any(t) for t in short)
    return and_(*conditions)


def _fts_phrase(term: str) -> str:
    # A double-quoted FTS5 string is a phrase: operators inside it are plain text.
    return '"' + term.replace('"', '""') + '"'


def _like_any(term: str) -> ColumnElement[bool]:
    # The PostgreSQL trigram index is on exactly this joined expression, so ILIKE on it can use
    # the index there; on SQLite (short terms only) it is a scan either way.
    expression = literal_column(pg_search_expression("complaint."))
    return or_(*(expression.ilike("%" + _escape_like(v) + "%", escape="\\")
                 for v in term_variants(term)))


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")



_HITS = table("search_hits", literal_column("id"), schema="temp")


@dataclass(frozen=True)
class Hits:
    """One evaluation of the search index, kept for the rest of the caller's session."""

    count: int          # matches in the whole database (all offices, before other filters)
    complete: bool      # True when the index alone decides a match (no LIKE terms left)
    short_terms: tuple[str, ...]

    def condition(self, *, drive_from_matches: bool) -> ColumnElement[bool]:
        key = Complaint.id if drive_from_matches else Complaint.id + 0
        ids = select(literal_column("id")).select_from(_HITS)
        return and_(key.in_(ids), *(_like_any(t) for t in self.short_terms))


def materialise_hits(session: Session, query: str) -> Hits | None:
    """SQLite: run the index query once into a temporary table, so that counting the matches
    and fetching the first page do not each evaluate it (half the time of a broad search).
    None when there is nothing the index can answer (another database, a too-short query).
    The table lives in the connection's TEMP schema: no write lock on the register is taken.
    """
    if session.get_bind().dialect.name != "sqlite":
        return None
    indexed, short = _split(search_terms(query))
    if not indexed:
        return None
    session.execute(text("CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)"))
    session.execute(text("DELETE FROM temp.search_hits"))
    session.execute(
        text(f"INSERT INTO temp.search_hits SELECT rowid FROM {FTS_TABLE} "
             f"WHERE {FTS_TABLE} MATCH :q"), {"q": _fts_expression(indexed)})
    total = session.execute(text("SELECT count(*) FROM temp.search_hits")).scalar_one()
    return Hits(total, not short, tuple(short))
