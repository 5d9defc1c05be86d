from __future__ import annotations

import pytest

from fondue_desk.domain.errors import Conflict, InvalidInput
from fondue_desk.domain.statuses import Status
from fondue_desk.domain.workflow import NOTE_REQUIRED, TRANSITIONS, allowed_next, check_transition

ALL_PAIRS = [(a, b) for a in Status for b in Status]


@pytest.mark.parametrize(("source", "target"), ALL_PAIRS)
def test_every_pair_is_either_allowed_or_refused(source, target):
    if target in TRANSITIONS[source]:
        check_transition(source, target, "เหตุผล")
    else:
        with pytest.raises(Conflict) as refused:
            check_transition(source, target, "เหตุผล")
        assert refused.value.code == "status.transition_not_allowed"


@pytest.mark.parametrize(("source", "target"), sorted(NOTE_REQUIRED))
def test_sensitive_moves_need_a_note(source, target):
    with pytest.raises(InvalidInput) as missing:
        check_transition(source, target, "   ")
    assert missing.value.errors[0].field == "note"


def test_every_status_can_move_and_no_status_moves_to_itself():
    for status in Status:
        assert allowed_next(status), status
        assert status not in TRANSITIONS[status]


def test_unknown_status_is_refused():
    with pytest.raises(Conflict):
        check_transition("received", "teleported", "")
