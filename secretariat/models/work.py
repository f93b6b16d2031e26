"""Duties, meetings (attendees, agreements, attachments), the committee roster and the work
settings the counsel configures."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class WorkSetting(Base):
    """Counsel-set numbers (``due_days.<kind>``, ``attachment_max_bytes``). Only overrides are
    stored: a missing key means the default in code."""

    __tablename__ = "work_settings"
    __table_args__ = (CheckConstraint("value >= 0", name="value_nonnegative"),)

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)
    set_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Duty(Base):
    """The work a crossing (or a held hearing, for follow-ups) creates."""

    __tablename__ = "duties"
    __table_args__ = (
        CheckConstraint("kind IN ('legal_review','hearing','follow_up','mayoral_audience')", name="kind"),
        CheckConstraint("status IN ('open','scheduled','done','waived')", name="status"),
        CheckConstraint("outcome IS NULL OR outcome IN ('viable','needs_reformulation','not_viable')",
                        name="outcome"),
        CheckConstraint("waived_code IS NULL OR waived_code IN ('manual','crossing_reverted','cycle_closed')",
                        name="waived_code"),
        Index("ix_duties_status_due_on", "status", "due_on"),
        Index("ix_duties_petition_kind", "petition_id", "kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    petition_id: Mapped[int] = mapped_column(ForeignKey("petitions.id", ondelete="CASCADE"))
    # One duty per crossing; follow-ups have none (they hang from their hearing duty).
    crossing_id: Mapped[int | None] = mapped_column(
        ForeignKey("tier_crossings.id", ondelete="SET NULL"), nullable=True, unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("duties.id", ondelete="CASCADE"),
                                                  nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12), default="open")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)
    created_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    crossing_reverted: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str | None] = mapped_column(String(24), nullable=True)
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    waived_code: Mapped[str | None] = mapped_column(String(20), nullable=True)
    waived_reason: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    cycle_closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}


class CommitteeMember(Base):
    """A member of the drafting committee (not an account). Deactivated, never deleted."""

    __tablename__ = "committee_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Meeting(Base):
    """A hearing, follow-up, mayoral audience or other meeting. Times are naive local
    (Mexico City) wall-clock times."""

    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("kind IN ('hearing','follow_up','mayoral_audience','other')", name="kind"),
        CheckConstraint("status IN ('planned','held','cancelled','petitioner_absent')", name="status"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    petition_id: Mapped[int | None] = mapped_column(ForeignKey("petitions.id", ondelete="CASCADE"),
                                                    nullable=True, index=True)
    duty_id: Mapped[int | None] = mapped_column(ForeignKey("duties.id", ondelete="SET NULL"),
                                                nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="planned")
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(200), default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}


class MeetingAttendee(Base):
    __tablename__ = "meeting_attendees"
    __table_args__ = (
        CheckConstraint("role IN ('committee','adviser','petitioner','guest')", name="role"),
        CheckConstraint("(role = 'committee') = (member_id IS NOT NULL)", name="committee_member"),
        CheckConstraint("(role = 'adviser') = (user_id IS NOT NULL)", name="adviser_user"),
        UniqueConstraint("meeting_id", "member_id", name="uq_meeting_attendees_meeting_member"),
        UniqueConstraint("meeting_id", "user_id", name="uq_meeting_attendees_meeting_user"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(12))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("committee_members.id"), nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)
    name: Mapped[str] = mapped_column(String(300))
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(80), default="")
    attended: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class MeetingAgreement(Base):
    __tablename__ = "meeting_agreements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    owner_name: Mapped[str] = mapped_column(String(300), default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class MeetingAttachment(Base):
    """A file kept by the case file (see ``services.attachments`` for where)."""

    __tablename__ = "meeting_attachments"
    __table_args__ = (
        CheckConstraint("storage IN ('folder','database')", name="storage"),
        CheckConstraint("size >= 0", name="size_nonnegative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    storage: Mapped[str] = mapped_column(String(8))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class AttachmentBlob(Base):
    """The bytes of attachments, kept in the case file: one row per distinct content."""

    __tablename__ = "attachment_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
