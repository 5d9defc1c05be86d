"""Words for crews, assignment, results, work orders, the executive's sign-off and closure
letters (services.crews/dispatch/work_orders/signoff/letters). ui.messages hands these codes here."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def with_tracking(text: str, params: dict) -> str:
    return text.replace("%1", str(params.get("tracking_no", "")) or "?")


# Crews, assignment, results and work orders: the codes of services.crews/dispatch/work_orders.
DISPATCH_CODES = frozenset({
    "name.required", "crew.name_taken", "members.too_many", "category.not_found",
    "crew.leader_not_crew_leader", "crew.not_found", "complaints.none_selected",
    "complaints.too_many", "planned_date.past", "planned_date.too_far",
    "reason.required_for_reassign", "reason.required_for_outcome", "outcome.required",
    "minutes.out_of_range", "worked_on.future", "assign.not_assignable",
    "result.not_with_crew", "result.not_your_crew", "work_order.not_assigned",
    "work_order.not_found", "status.needs_action", "permission.denied",
    "complaint.not_found", "job.not_your_crew", "job.wrong_status", "attachment.not_your_crew",
    "attachment.kind_unknown", "work_order.number_invalid", "village.not_found",
    "status.unknown",
})


def dispatch_text(code: str, params: dict) -> str:
    if code == "assign.not_assignable":
        return with_tracking(QCoreApplication.translate(
            "FieldErrors", "%1 cannot be assigned any more: it is finished, forwarded or "
            "rejected."), params)
    if code == "work_order.not_assigned":
        return with_tracking(QCoreApplication.translate(
            "FieldErrors", "%1 is not with a crew, so it cannot go on a work order."), params)
    if code == "result.not_your_crew":
        return with_tracking(QCoreApplication.translate(
            "FieldErrors", "%1 is not your crew's work: you can record results only for the "
            "crew you lead."), params)
    if code == "attachment.not_your_crew":
        return with_tracking(QCoreApplication.translate(
            "FieldErrors", "%1 is not your crew's work: you can add pictures only to the jobs "
            "of the crew you lead."), params)
    if code == "status.unknown":
        return QCoreApplication.translate("FieldErrors", "Unknown status (%1).").replace(
            "%1", str(params.get("status", "?")))
    texts = {
        "name.required": QCoreApplication.translate("FieldErrors", "Give the crew a name."),
        "crew.name_taken": QCoreApplication.translate(
            "FieldErrors", "There is already a crew with this name."),
        "members.too_many": QCoreApplication.translate(
            "FieldErrors", "Too many members: at most 30."),
        "category.not_found": QCoreApplication.translate(
            "FieldErrors", "A chosen category no longer exists; open the list again."),
        "crew.leader_not_crew_leader": QCoreApplication.translate(
            "FieldErrors", "This account is not a crew leader's account."),
        "crew.not_found": QCoreApplication.translate(
            "FieldErrors", "This crew no longer exists or is no longer active."),
        "complaints.none_selected": QCoreApplication.translate(
            "FieldErrors", "Select at least one complaint."),
        "complaints.too_many": QCoreApplication.translate(
            "FieldErrors", "Too many complaints at once: at most 500."),
        "planned_date.past": QCoreApplication.translate(
            "FieldErrors", "The planned date cannot be in the past."),
        "planned_date.too_far": QCoreApplication.translate(
            "FieldErrors", "The planned date is more than a year ahead."),
        "reason.required_for_reassign": QCoreApplication.translate(
            "FieldErrors", "Moving work away from another crew needs a reason."),
        "reason.required_for_outcome": QCoreApplication.translate(
            "FieldErrors", "Say why the work was not finished: the office has to act on it."),
        "outcome.required": QCoreApplication.translate(
            "FieldErrors", "Choose what the crew achieved."),
        "minutes.out_of_range": QCoreApplication.translate(
            "FieldErrors", "Time spent must be between 0 and 7 days."),
        "worked_on.future": QCoreApplication.translate(
            "FieldErrors", "The work date cannot be in the future."),
        "result.not_with_crew": QCoreApplication.translate(
            "FieldErrors", "This complaint is no longer with a crew; someone may have "
            "changed it meanwhile."),
        "work_order.not_found": QCoreApplication.translate(
            "FieldErrors", "Work order not found."),
        "status.needs_action": QCoreApplication.translate(
            "FieldErrors", "This change has its own action: assign, record the result or "
            "sign off."),
        "permission.denied": QCoreApplication.translate(
            "FieldErrors", "Your role does not allow this."),
        "complaint.not_found": QCoreApplication.translate(
            "FieldErrors", "Complaint not found; it may belong to another office."),
        # job_rights' reasons, shown on greyed buttons before anything is filled in
        "job.not_your_crew": QCoreApplication.translate(
            "FieldErrors", "This is another crew's job: you can act only on the jobs of the "
            "crew you lead."),
        "job.wrong_status": QCoreApplication.translate(
            "FieldErrors", "Not possible for a job in this status."),
        "attachment.kind_unknown": QCoreApplication.translate(
            "FieldErrors", "Unknown kind of picture."),
        "work_order.number_invalid": QCoreApplication.translate(
            "FieldErrors", "Not a work order number: it is number/year, e.g. 12/2570."),
        "village.not_found": QCoreApplication.translate(
            "FieldErrors", "This village no longer exists; open the list again."),
    }
    return texts[code]


# The executive's sign-off and the closure letters: the codes of services.signoff/letters.
SIGNOFF_CODES = frozenset({
    "reason.required_for_return", "signoff.not_awaiting", "letter.template_broken",
    "letter.not_found", "attachment.not_found", "summary.required",
})


def signoff_text(code: str, params: dict) -> str:
    if code == "signoff.not_awaiting":
        return with_tracking(QCoreApplication.translate(
            "FieldErrors", "%1 is no longer awaiting sign-off; someone may have changed it "
            "meanwhile."), params)
    if code == "letter.template_broken":
        return QCoreApplication.translate(
            "FieldErrors", "The closure letter template of the category \"%1\" is broken, so "
            "no letter could be written and nothing was approved. Ask the administrator to "
            "correct it in Settings."
        ).replace("%1", str(params.get("category", "")) or "?")
    texts = {
        "reason.required_for_return": QCoreApplication.translate(
            "FieldErrors", "Say what the crew must put right: the reason goes to the crew."),
        "letter.not_found": QCoreApplication.translate(
            "FieldErrors", "Letter not found; it may belong to another office."),
        "attachment.not_found": QCoreApplication.translate(
            "FieldErrors", "This picture no longer exists."),
        "summary.required": QCoreApplication.translate(
            "FieldErrors", "Write the result the letter tells the citizen."),
    }
    return texts[code]
