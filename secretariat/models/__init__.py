"""Typed ORM models. Importing this package registers every table on ``Base.metadata``."""

from .audit import AuditEntry, ChangeCounter
from .base import Base, utcnow
from .petitions import (
    ADMISSIBILITY,
    INADMISSIBILITY_REASONS,
    TIERS,
    ImportBatch,
    Petition,
    Petitioner,
    SignatureCount,
    TierCrossing,
    TierPolicy,
)
from .drafting import (
    FATES,
    METHODS,
    OUTCOMES,
    PROVISION_KINDS,
    VERSION_STATUSES,
    AssemblyOutcome,
    ConsultationItem,
    ConsultationOutcome,
    ConsultationRequest,
    PetitionProvision,
    Provision,
    ProvisionVersion,
    VersionImmutable,
)
from .sessions import AGENDA_KINDS, AgendaItem, CommitteeSession, SessionAttendee, TextSetting
from .users import ROLES, User
from .work import (
    AttachmentBlob,
    CommitteeMember,
    Duty,
    Meeting,
    MeetingAgreement,
    MeetingAttachment,
    MeetingAttendee,
    WorkSetting,
)

__all__ = [
    "ADMISSIBILITY", "INADMISSIBILITY_REASONS", "ROLES", "TIERS",
    "AuditEntry", "Base", "ChangeCounter", "ImportBatch", "Petition", "Petitioner",
    "SignatureCount", "TierCrossing", "TierPolicy", "User", "utcnow",
    "AttachmentBlob", "CommitteeMember", "Duty", "Meeting", "MeetingAgreement", "MeetingAttachment",
    "MeetingAttendee", "WorkSetting",
    "FATES", "METHODS", "OUTCOMES", "PROVISION_KINDS", "VERSION_STATUSES", "AssemblyOutcome",
    "ConsultationItem", "ConsultationOutcome", "ConsultationRequest", "PetitionProvision", "Provision",
    "ProvisionVersion", "VersionImmutable",
    "AGENDA_KINDS", "AgendaItem", "CommitteeSession", "SessionAttendee", "TextSetting",
]
