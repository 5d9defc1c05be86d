"""0010 on a database at 0009 with old-style ({name}) letter templates: rewritten to Jinja so
they read the same; letters already sent keep their stored words."""
from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from fondue_desk.db.database import Database
from fondue_desk.db.migrate import alembic_config, current_revision, upgrade_to_head
from fondue_desk.domain.letters import PLACEHOLDERS, fill_template
from fondue_desk.services import demo

# Old str.format templates: a doubled brace was a literal one, so text that looks like Jinja
# ("{% if %}", "{{ y }}", "{# c #}") was plain words in the old engine and must stay so.
OLD = {
    "plain": "เรียน {name}\n\nเรื่อง{category} ที่{location} ({tracking_no}) แล้วเสร็จ {completed_date}",
    "tricky": "เรียน {name} {{% if x %}} {{{{ y }}}} {{# c #}} 100%}} {office}",
    "spec": "เรียน {name:>2000000}{crew!r}",
}


def _to(db, revision: str) -> None:
    with db.engine.begin() as connection:
        config = alembic_config(db.engine)
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _letters(db):
    with db.read() as session:
        return session.execute(text("select id, subject, body from outgoing_letter order by id")
                               ).all()


def test_letter_templates_move_to_jinja_and_sent_letters_stay(db_url):
    db = Database.open(db_url)
    demo.create_demo_office(db, complaints=300)
    _to(db, "0009")
    assert current_revision(db.engine) == "0009"
    with db.read() as session:
        ids = list(session.execute(text("select id from category order by id")).scalars())[:4]
    with db.write() as session:
        for category_id, old in zip(ids, [*OLD.values(), ""], strict=True):
            session.execute(text("update category set letter_template = :t where id = :i"),
                            {"t": old, "i": category_id})
        # a sent letter whose words look like the old syntax: never touched
        session.execute(text("update outgoing_letter set body = 'เรียน {name} {{x}}' "
                             "where id = (select min(id) from outgoing_letter)"))
    letters = _letters(db)
    assert letters, "the demo closes some complaints with letters"

    upgrade_to_head(db.engine)
    assert current_revision(db.engine) == ScriptDirectory.from_config(
        alembic_config(db.engine)).get_current_head()
    with db.read() as session:
        new = dict(session.execute(text("select id, letter_template from category")).all())
    values = {key: f"<{key}>" for key in PLACEHOLDERS}
    assert fill_template(new[ids[0]], values) == OLD["plain"].format_map(values)
    assert fill_template(new[ids[1]], values) == OLD["tricky"].format_map(values)
    assert fill_template(new[ids[1]], values) == (
        "เรียน <name> {% if x %} {{ y }} {# c #} 100%} <office>")
    # the format spec is the 2 MB hole: dropped, the field kept
    assert fill_template(new[ids[2]], values) == "เรียน <name><crew>"
    assert new[ids[3]] == ""
    assert _letters(db) == letters

    _to(db, "0009")  # back again: the plain ones read as before, the rest fall to the default
    with db.read() as session:
        back = dict(session.execute(text("select id, letter_template from category")).all())
    assert back[ids[0]] == OLD["plain"] and back[ids[1]] == OLD["tricky"]
    assert _letters(db) == letters
    db.close()


def test_letter_templates_move_to_jinja_on_postgresql(pg_url):
    db = Database.open(pg_url)
    demo.create_demo_office(db, complaints=100)
    _to(db, "0009")
    with db.read() as session:
        category_id = session.execute(text("select min(id) from category")).scalar()
    with db.write() as session:
        session.execute(text("update category set letter_template = :t where id = :i"),
                        {"t": OLD["tricky"], "i": category_id})
    letters = _letters(db)
    upgrade_to_head(db.engine)
    with db.read() as session:
        new = session.execute(text("select letter_template from category where id = :i"),
                              {"i": category_id}).scalar()
    values = {key: f"<{key}>" for key in PLACEHOLDERS}
    assert fill_template(new, values) == OLD["tricky"].format_map(values)
    assert _letters(db) == letters
    db.close()
