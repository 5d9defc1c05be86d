"""A duplicate follows its parent: the rules every status-changing service shares.

Kept apart from services.duplicates (linking, merging, splitting) so that services.workflow can
use them without importing the services built on top of it.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from fondue_desk.db.models import Complaint
from fondue_desk.domain.errors import Conflict


def locked_children(session: Session, parent: Complaint) -> list[Complaint]:
    """The parent's duplicates, locked in id order. Every service that adds or removes one holds
    the parent's lock too, so under it this list cannot change."""
    return list(session.scalars(
        select(Complaint).where(Complaint.parent_id == parent.id)
        .order_by(Complaint.id).with_for_update(of=Complaint)
        .execution_options(populate_existing=True)).all())


def refuse_children(session: Session, complaints: Iterable[Complaint]) -> None:
    """A duplicate is moved only with its parent: assigning it, recording its result, changing
    its status or signing it off alone is refused, naming the parent to act on instead."""
    for complaint in complaints:
        if complaint.parent_id is not None:
            parent_no = session.scalar(select(Complaint.tracking_no)
                                       .where(Complaint.id == complaint.parent_id)) or ""
            raise Conflict("duplicate.follows_parent", tracking_no=complaint.tracking_no,
                           parent_tracking_no=parent_no)
