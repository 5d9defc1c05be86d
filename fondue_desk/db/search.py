"""The query side of the text search (see search_index): user text in, SQL condition out.

Whatever the clerk types is data, never syntax: quotes, `*`, `OR`, `NEAR` and parentheses
are searched for literally. Terms are ANDed. A query shorter than three characters cannot use
a trigram index, so it falls back to LIKE (slower on large registers, but still right).
"""
from __future__ import annotations

import re

from sqlalchemy import ColumnElement, and_, literal_column, or_, select, table, text, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import bindparam

from .models import Complaint, Office
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


def _sqlite_condition(terms: list[str], drive_from_matches: bool) -> ColumnElement[bool]:
    indexed = [t for t in terms if all(len(v) >= TRIGRAM for v in term_variants(t))]
    short = [t for t in terms if t not in indexed]
    conditions: list[ColumnElement[bool]] = []
    if indexed:
        expression = " AND ".join(
            "(" + " OR ".join(_fts_phrase(v) for v in term_variants(t)) + ")" for t in indexed
        )
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


def search_index_count(session: Session, query: str, office_id: int) -> int | None:
    """Count text matches from the index alone, or None when that would not be exact.

    Exact only on SQLite, when every term is indexed and the database holds this one office
    (then "of this office" adds nothing). Counting the index is ~5x faster than joining back.
    """
    if session.get_bind().dialect.name != "sqlite":
        return None
    terms = search_terms(query)
    if not terms or any(len(v) < TRIGRAM for t in terms for v in term_variants(t)):
        return None
    offices = session.execute(select(Office.id).limit(2)).scalars().all()
    if offices != [office_id]:
        return None
    expression = " AND ".join(
        "(" + " OR ".join(_fts_phrase(v) for v in term_variants(t)) + ")" for t in terms)
    return session.execute(
        text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q"), {"q": expression}
    ).scalar_one()
