"""The permission matrix: role × action, in one place. Services call ``require``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import PermissionDenied


class Action(StrEnum):
    READ = "read"
    IMPORT = "import"
    EDIT_PETITION = "edit_petition"
    DECIDE_ADMISSIBILITY = "decide_admissibility"
    SET_THRESHOLDS = "set_thresholds"
    MANAGE_USERS = "manage_users"
    LOAD_DEMO = "load_demo"
    VERIFY_AUDIT = "verify_audit"
    BACKUP = "backup"  # make and restore backups (counsel only)
    BROWSE_AUDIT = "browse_audit"  # read the whole audit trail (counsel only)
    MANAGE_DUTIES = "manage_duties"  # assign, waive and close duties, close a follow-up cycle
    PLAN_MEETINGS = "plan_meetings"  # plan, reschedule, hold or cancel meetings
    RECORD_MEETINGS = "record_meetings"  # attendance, minutes, agreements, attachments
    CONFIGURE_WORK = "configure_work"  # duty due-days, attachment size limit (counsel only)
    MANAGE_ROSTER = "manage_roster"  # the drafting committee's members (counsel only)
    EDIT_PROVISIONS = "edit_provisions"  # the provision tree and which petitions feed each provision
    WRITE_WORDING = "write_wording"  # save wording versions, restore an old one, propose to the committee
    FINALIZE_WORDING = "finalize_wording"  # mark a version final for the assembly (counsel only)
    RECORD_APPROVALS = "record_approvals"  # a petitioner's approval or rejection, with its evidence
    REQUEST_CONSULTATION = "request_consultation"  # add a petition to the consultation (counsel only)
    RECORD_ASSEMBLY = "record_assembly"  # the assembly's outcome for each provision (counsel only)
    MANAGE_SESSIONS = "manage_sessions"  # committee sessions, their agenda and attendees (counsel only)


_ALL = frozenset(Action)
MATRIX: dict[str, frozenset[Action]] = {
    "counsel": _ALL,
    "adviser": frozenset({Action.READ, Action.IMPORT, Action.EDIT_PETITION,
                          Action.DECIDE_ADMISSIBILITY, Action.VERIFY_AUDIT,
                          Action.MANAGE_DUTIES, Action.PLAN_MEETINGS, Action.RECORD_MEETINGS,
                          Action.EDIT_PROVISIONS, Action.WRITE_WORDING, Action.RECORD_APPROVALS}),
    "clerk": frozenset({Action.READ, Action.RECORD_MEETINGS, Action.RECORD_APPROVALS}),
    "observer": frozenset({Action.READ}),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in user on whose behalf a service acts."""

    id: int | None
    name: str
    role: str

    def can(self, action: Action) -> bool:
        return action in MATRIX.get(self.role, frozenset())


SYSTEM = Actor(id=None, name="system", role="counsel")


def require(actor: Actor, action: Action) -> None:
    if not actor.can(action):
        raise PermissionDenied(role=actor.role, action=str(action))
