"""closure-letter templates from str.format ({name}) to the Jinja2 sandbox ({{ name }})

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 07:00:00

Data only. Each category's letter_template is rewritten so that it reads the same: fields
become `{{ name }}`, and every literal brace becomes `{{ "{" }}` / `{{ "}" }}`, so old text that
happens to look like Jinja ("{% … %}" written as "{{% … %}}" before) stays text. A format spec
or conversion (`{name:>20}`, `{name!r}`) is dropped: padding has no place in a letter and was
the hole that let one template store a 2 MB letter. Letters already sent (outgoing_letter) keep
their stored words: nothing there is read or written.

The conversion is written out here, not imported, so this revision keeps doing what it did
when the engine changes later.
"""
from __future__ import annotations

import re
import string

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

_FIELDS = ("name", "tracking_no", "received_date", "category", "location", "description",
           "crew", "result", "completed_date", "office", "office_phone")
_OPEN, _CLOSE = '{{ "{" }}', '{{ "}" }}'


def _literal(text: str) -> str:
    return "".join(_OPEN if ch == "{" else _CLOSE if ch == "}" else ch for ch in text)


def to_jinja(old: str) -> str:
    """An old str.format template as a Jinja template printing the same words."""
    try:
        parts = list(string.Formatter().parse(old))
    except ValueError:  # never saved like this (checked at save); keep it as plain text
        return _literal(old)
    out = []
    for literal, field, _spec, _conversion in parts:
        out.append(_literal(literal))
        if field is None:
            continue
        if field in _FIELDS:
            out.append(f"{{{{ {field} }}}}")
        else:  # unknown names were refused at save; print what the old engine would have failed on
            out.append(_literal("{" + field + "}"))
    return "".join(out)


_JINJA_FIELD = re.compile(r"\{\{ (\w+) \}\}")


def to_format(new: str) -> str:
    """Back to str.format, for the plain templates the upgrade makes; "" (the default wording)
    for anything the old engine cannot say."""
    text = new.replace(_OPEN, "\0o").replace(_CLOSE, "\0c")
    if "{%" in text or "{#" in text:
        return ""
    text = text.replace("{", "{{").replace("}", "}}")
    text = re.sub(r"\{\{\{\{ (\w+) \}\}\}\}", lambda m: f"{{{m.group(1)}}}", text)
    if "{{{{" in text or not all(f in _FIELDS for f in re.findall(r"\{(\w+)\}", text)):
        return ""
    return text.replace("\0o", "{{").replace("\0c", "}}")


def _rewrite(convert) -> None:
    category = sa.table('category', sa.column('id', sa.Integer),
                        sa.column('letter_template', sa.Text))
    connection = op.get_bind()
    rows = connection.execute(sa.select(category.c.id, category.c.letter_template)
                              .where(category.c.letter_template != '')).all()
    for row in rows:
        new = convert(row.letter_template)
        if new != row.letter_template:
            connection.execute(category.update().where(category.c.id == row.id)
                               .values(letter_template=new))


def upgrade() -> None:
    _rewrite(to_jinja)


def downgrade() -> None:
    _rewrite(to_format)
