"""Weekly sessions of the drafting committee (attendees and agenda) and the office's text
settings (the letterhead template)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

AGENDA_KINDS = ("petition_hearing", "wording_review", "approval", "crossing", "other")


class CommitteeSession(Base):
    """One weekly session; at most one per day. ``starts_at`` is naive local time."""

    __tablename__ = "committee_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, unique=True)
    starts_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}


class SessionAttendee(Base):
    __tablename__ = "session_attendees"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("committee_sessions.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("committee_members.id"), nullable=True)
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(120), default="")


class AgendaItem(Base):
    """An item of a session's agenda; ``petition_id``/``provision_id`` say what it is about."""

    __tablename__ = "agenda_items"
    __table_args__ = (
        CheckConstraint("kind IN ('petition_hearing','wording_review','approval','crossing','other')",
                        name="kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("committee_sessions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20))
    petition_id: Mapped[int | None] = mapped_column(ForeignKey("petitions.id", ondelete="SET NULL"),
                                                    nullable=True, index=True)
    provision_id: Mapped[int | None] = mapped_column(ForeignKey("provisions.id"), nullable=True)
    title: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class TextSetting(Base):
    """Counsel-set texts: ``letterhead.sha256`` / ``letterhead.filename`` (the bytes live in
    ``attachment_blobs``), ``office.name``, ``document.classification``."""

    __tablename__ = "text_settings"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    set_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
