"""Approving work whose letter template cannot be used: the sign-off page says so at once,
naming the complaints whose letters took the standard words."""
from __future__ import annotations

import os

from sqlalchemy import update

from fondue_desk.db.models import Category
from tests.ui.signoff_helpers import awaiting, mayor
from tests.ui.test_signoff_page import Confirmation, make_page
from ui.pages import signoff_page
from ui.template_problems import letter_problems_text


def test_a_letter_written_with_the_standard_words_is_announced_at_approval(
        qtbot, monkeypatch, db, demo_office, clerk):
    queued = awaiting(db, demo_office, clerk, 2)
    with db.write() as session:  # edited by hand: Settings would have refused it
        session.execute(update(Category).where(Category.id == queued[0].category_id)
                        .values(letter_template="{{ 10 ** (10 ** 10) }}"))
    monkeypatch.setattr(signoff_page, "ask", Confirmation())
    page = make_page(qtbot, db, demo_office, mayor(db))
    page.tick_all()

    decision = page.approve_ticked()

    assert len(decision.letters) == 2 and len(decision.template_problems) == 2
    words = page.banner.text()
    sentence = letter_problems_text(decision.template_problems)
    assert sentence and sentence in words
    assert all(c.tracking_no in sentence for c in queued)
    assert "Settings" in sentence or "ตั้งค่า" in sentence
    assert page.banner.letters_button.isVisible()  # the letters can be looked at before posting
    if os.environ.get("FONDUE_SHOTS"):
        page.grab().save(os.path.join(os.environ["FONDUE_SHOTS"], "signoff-template-problem.png"))


def test_an_approval_without_problems_adds_nothing(qtbot, monkeypatch, db, demo_office, clerk):
    awaiting(db, demo_office, clerk, 1)
    monkeypatch.setattr(signoff_page, "ask", Confirmation())
    page = make_page(qtbot, db, demo_office, mayor(db))
    page.tick_all()
    decision = page.approve_ticked()
    assert decision.template_problems == [] and letter_problems_text([]) == ""
    assert "Templates" not in page.banner.text() and "แบบข้อความ" not in page.banner.text()
