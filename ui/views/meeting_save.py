"""What the meeting dialog saves, and the one transaction that saves it.

``collect(dialog)`` runs on the UI thread and turns the form into a ``SavePlan`` of plain values
(what is new, what was removed, what changed). ``save_meeting`` runs on the worker thread and
makes the service calls inside ONE ``db.write()``: any refusal rolls everything back. The
version the user saw is checked by the first call; the later ones run under the same write lock,
so nobody can slip in between.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from secretariat.services import attachments, meetings
from secretariat.services.meetings import AttendeeDraft, MeetingChange, MeetingDraft
from ui.views.meeting_parts import Agreement


@dataclass(frozen=True)
class SavePlan:
    meeting_id: int | None
    expected_version: int | None
    kind: str
    petition_id: int | None
    duty_id: int | None
    starts_at: datetime
    ends_at: datetime
    place: str
    note: str
    reschedule: bool = False                        # existing meeting: times, place or note changed
    attendees_new: tuple[AttendeeDraft, ...] = ()
    attendees_removed: tuple[int, ...] = ()
    attendance: dict[int, bool | None] = field(default_factory=dict)
    minutes: str | None = None                      # None: unchanged
    agreements_new: tuple[Agreement, ...] = ()
    agreements_removed: tuple[int, ...] = ()
    files: tuple[Path, ...] = ()
    status: str | None = None                       # None: unchanged


@dataclass(frozen=True)
class SaveResult:
    meeting_id: int
    planned: bool                                   # a new meeting was planned
    change: MeetingChange | None                    # the status change, with what it did to duties
    attachments_added: int = 0


def collect(dialog) -> SavePlan:
    """The dialog's form as a plan (UI thread)."""
    detail = dialog.detail
    people = dialog.attendees_tab.model
    new_people = tuple(AttendeeDraft(a.role, member_id=a.member_id, user_id=a.user_id, name=a.name,
                                     email=a.email, phone=a.phone)
                       for a in people.records() if a.id is None)
    # another kind than the duty's: the service picks the petition's open duty of that kind
    duty_id = dialog.duty_id if dialog.kind() == dialog.planned_kind else None
    base = dict(kind=dialog.kind(), petition_id=dialog.petition_id, duty_id=duty_id,
                starts_at=dialog.starts_at(), ends_at=dialog.ends_at(), place=dialog.place.text().strip(),
                note=dialog.note.toPlainText().strip(), attendees_new=new_people,
                agreements_new=tuple(a for a in dialog.agreements_tab.model.records() if a.id is None),
                files=tuple(a.path for a in dialog.attachments_tab.pending()))
    minutes = dialog.minutes.toPlainText()
    if detail is None:
        return SavePlan(meeting_id=None, expected_version=None, minutes=minutes.strip() or None, **base)
    r = detail.row
    saved = {a.id: a.attended for a in detail.attendees}
    attendance = {a.id: a.attended for a in people.records()
                  if a.id is not None and a.id in saved and saved[a.id] != a.attended}
    moved = (base["starts_at"], base["ends_at"], base["place"], base["note"]) != \
        (r.starts_at, r.ends_at, r.place, (detail.note or "").strip())
    status = dialog.status()
    return SavePlan(
        meeting_id=r.id, expected_version=r.version, reschedule=moved and r.status == "planned",
        attendees_removed=tuple(a.id for a in people.removed), attendance=attendance,
        minutes=minutes if minutes != detail.minutes else None,
        agreements_removed=tuple(a.id for a in dialog.agreements_tab.model.removed),
        status=status if status != r.status else None, **base)


def save_meeting(db, actor, plan: SavePlan) -> SaveResult:
    """Plan or update the meeting in one transaction (worker thread)."""
    pending = [plan.expected_version]

    def version() -> int | None:  # the first call checks the version the user saw
        value, pending[0] = pending[0], None
        return value

    with db.write() as s:
        if plan.meeting_id is None:
            detail = meetings.plan_meeting(s, actor, MeetingDraft(
                kind=plan.kind, starts_at=plan.starts_at, ends_at=plan.ends_at, place=plan.place,
                petition_id=plan.petition_id, attendees=plan.attendees_new, duty_id=plan.duty_id,
                note=plan.note))
            mid = detail.row.id
        else:
            mid = plan.meeting_id
            if plan.reschedule:
                meetings.reschedule(s, actor, mid, starts_at=plan.starts_at, ends_at=plan.ends_at,
                                    place=plan.place, note=plan.note, expected_version=version())
            for attendee_id in plan.attendees_removed:
                meetings.remove_attendee(s, actor, mid, attendee_id, expected_version=version())
            for draft in plan.attendees_new:
                meetings.add_attendee(s, actor, mid, draft, expected_version=version())
            if plan.attendance:
                meetings.record_attendance(s, actor, mid, plan.attendance, expected_version=version())
        if plan.minutes is not None:
            meetings.set_minutes(s, actor, mid, plan.minutes, expected_version=version())
        for agreement_id in plan.agreements_removed:
            meetings.remove_agreement(s, actor, mid, agreement_id, expected_version=version())
        for a in plan.agreements_new:
            meetings.add_agreement(s, actor, mid, a.text, a.owner_name, a.due_on, expected_version=version())
        for path in plan.files:
            attachments.add_attachment(s, actor, mid, path, expected_version=version())
        change = None
        if plan.status is not None:
            change = meetings.set_status(s, actor, mid, plan.status, expected_version=version())
    return SaveResult(meeting_id=mid, planned=plan.meeting_id is None, change=change,
                      attachments_added=len(plan.files))
