"""The SQL form of the text search, for queries that must stay in SQL (the map's markers).

The register answers its searches from the in-memory index (`fondue_desk.search`); this is
the same rule as a WHERE clause: the query's words are cleaned as saved text is
(`domain.text.search_words`), and each must appear in the searched columns or in the
category's or village's name (Thai or English), in any order. Whatever the clerk types is data, never syntax: quotes, `*`,
`OR`, `NEAR` and parentheses are searched for literally. A word of three characters or more
uses the trigram index on SQLite; shorter ones and PostgreSQL use (I)LIKE.

Answers to a category's own fields are searched as stored (a plate, a text, a phone's digits,
a plain number); the in-memory index also finds a choice by its name, which lives in the
field's definition, not in the answer row.
"""
from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    and_,
    any_,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
    true,
)
from sqlalchemy.sql.expression import bindparam

from fondue_desk.domain.text import search_words, word_variants

from .models import Category, Complaint, ComplaintFieldValue, Village
from .search_index import FTS_TABLE, pg_search_expression

TRIGRAM = 3


def search_terms(query: str) -> list[str]:
    """The words of a query, cleaned, in order, without duplicates (also used to highlight)."""
    return search_words(query)


def term_variants(term: str) -> list[str]:
    """A phone typed with dashes ("081-234") also matches the stored digits ("081234")."""
    return list(word_variants(term))


def text_condition(dialect: str, query: str, *,
                   drive_from_matches: bool = False) -> ColumnElement[bool]:
    """`drive_from_matches`: few rows match, so start from them; otherwise walk the caller's
    index in display order and check each row against the matches (many rows match)."""
    terms = search_terms(query)
    if not terms:
        return true()
    return and_(*(or_(_text_match(dialect, term, drive_from_matches),
                      _category_match(dialect, term), _village_match(dialect, term),
                      _answer_match(dialect, term))
                  for term in terms))


def _text_match(dialect: str, term: str, drive_from_matches: bool) -> ColumnElement[bool]:
    variants = term_variants(term)
    if dialect != "sqlite" or any(len(v) < TRIGRAM for v in variants):
        return _like_any(variants)
    expression = " OR ".join(_fts_phrase(v) for v in variants)
    matches = (
        select(literal_column("rowid"))
        .select_from(table(FTS_TABLE))
        .where(text(f"{FTS_TABLE} MATCH :fts_query").bindparams(
            bindparam("fts_query", expression, unique=True)))
    )
    # `id + 0` cannot drive the query, so SQLite keeps the ordered index walk; with
    # statistics it would otherwise start from a large match list and sort it all.
    key = Complaint.id if drive_from_matches else Complaint.id + 0
    return key.in_(matches)


def _category_match(dialect: str, term: str) -> ColumnElement[bool]:
    names = select(Category.id).where(or_(*(
        column.ilike("%" + _escape_like(v) + "%", escape="\\")
        for v in term_variants(term) for column in (Category.name_th, Category.name_en))))
    if dialect == "postgresql":
        # `IN (SELECT …)` becomes a hashed subplan, which PostgreSQL cannot OR with an index
        # scan: the whole condition turned into a scan of every row and the trigram index was
        # never used. An array computed once (an InitPlan) is an index condition on the
        # category index, so the two arms become a BitmapOr of two index scans.
        return Complaint.category_id == any_(func.array(names.scalar_subquery()))
    return Complaint.category_id.in_(names)


def _village_match(dialect: str, term: str) -> ColumnElement[bool]:
    names = select(Village.id).where(or_(*(
        column.ilike("%" + _escape_like(v) + "%", escape="\\")
        for v in term_variants(term) for column in (Village.name, Village.name_en))))
    if dialect == "postgresql":  # as for categories
        return Complaint.village_id == any_(func.array(names.scalar_subquery()))
    return Complaint.village_id.in_(names)


def _answer_match(dialect: str, term: str) -> ColumnElement[bool]:
    answered = select(ComplaintFieldValue.complaint_id).where(
        ComplaintFieldValue.choice_key.is_(None),
        or_(*(ComplaintFieldValue.value.ilike("%" + _escape_like(v) + "%", escape="\\")
              for v in term_variants(term))))
    if dialect == "postgresql":
        # As for categories: an array computed once keeps the other arms' index scans.
        return Complaint.id == any_(func.array(answered.scalar_subquery()))
    return Complaint.id.in_(answered)


def _fts_phrase(term: str) -> str:
    # A double-quoted FTS5 string is a phrase: operators inside it are plain text.
    return '"' + term.replace('"', '""') + '"'


def _like_any(variants: list[str]) -> ColumnElement[bool]:
    # The PostgreSQL trigram index is on exactly this joined expression, so ILIKE on it can use
    # the index there; on SQLite (short terms only) it is a scan either way.
    expression = literal_column(pg_search_expression("complaint."))
    return or_(*(expression.ilike("%" + _escape_like(v) + "%", escape="\\") for v in variants))


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
