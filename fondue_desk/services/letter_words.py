"""A closure letter's subject and body, filled from its category's templates at approval.

The words are stored with the letter (outgoing_letter), so a reprint is the letter as sent. A
template that fails now (checked at save, so: edited by hand, or a real answer longer than any
sample) does not stop the approval: the default wording is used and the problem is kept for
the Templates page, in the approval's own transaction.
"""
from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from fondue_desk.db.models import Complaint
from fondue_desk.domain.templates import Kind, render_or_default

from .complaints import complaint_view
from .document_templates import PrintProblem, note_problems
from .template_values import field_texts


def letter_texts(session: Session, complaint: Complaint, values: Mapping[str, str], *,
                 problems: list[PrintProblem] | None = None) -> tuple[str, str]:
    """(subject, body) for the complaint's letter; custom answers fill `fields.<code>`.

    The problems met are also added to `problems`, so the desk approving can say so now."""
    answers = field_texts(complaint_view(complaint).field_values)
    category = complaint.category
    found, words = [], []
    for kind, source in ((Kind.LETTER_SUBJECT, category.letter_subject),
                         (Kind.LETTER_BODY, category.letter_template)):
        text, problem = render_or_default(kind, source, values, answers)
        if problem is not None:
            found.append(PrintProblem(kind, category.id, complaint.tracking_no, problem))
        words.append(text)
    note_problems(session, complaint.office_id, found)
    if problems is not None:
        problems.extend(found)
    return words[0], words[1]
