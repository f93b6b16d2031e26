"""Drafting: the provision tree, immutable wording versions, the petitions that feed each
provision, petitioners' consultations (approvals bound to exact wording) and the constituent
assembly's outcome for each provision."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

PROVISION_KINDS = ("titulo", "articulo", "apartado", "numeral")
VERSION_STATUSES = ("draft", "proposed", "final")
OUTCOMES = ("approved", "approved_with_remarks", "rejected")
METHODS = ("in_person", "signed_letter", "email")
FATES = ("kept", "amended", "removed")


class Provision(Base):
    """A node of the draft constitution: título → artículo → apartado → numeral. ``position``
    orders siblings. ``version_id`` guards tree edits (heading, citation, order)."""

    __tablename__ = "provisions"
    __table_args__ = (
        CheckConstraint("kind IN ('titulo','articulo','apartado','numeral')", name="kind"),
        Index("ix_provisions_parent_position", "parent_id", "position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("provisions.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(10))
    citation: Mapped[str] = mapped_column(String(80), unique=True)
    heading: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}


class ProvisionVersion(Base):
    """One saved wording of a provision. Its text, number, author and time never change (a
    guard below refuses it); only ``status`` advances draft → proposed → final. The current
    wording is the highest ``number``; the unique pair makes two simultaneous saves of the same
    provision collide instead of one silently replacing the other."""

    __tablename__ = "provision_versions"
    __table_args__ = (
        CheckConstraint("status IN ('draft','proposed','final')", name="status"),
        CheckConstraint("number >= 1", name="number_positive"),
        UniqueConstraint("provision_id", "number", name="uq_provision_versions_provision_number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provision_id: Mapped[int] = mapped_column(ForeignKey("provisions.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    text_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10), default="draft")
    note: Mapped[str] = mapped_column(Text, default="")
    restored_from: Mapped[int | None] = mapped_column(Integer, nullable=True)  # a version number
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    status_changed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    status_changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


IMMUTABLE_VERSION_FIELDS = ("provision_id", "number", "text", "text_sha256", "note", "restored_from",
                            "author_id", "created_at")


class VersionImmutable(Exception):
    """A programming error: something tried to rewrite a saved wording version."""


@event.listens_for(ProvisionVersion, "before_update")
def _refuse_rewrites(mapper, connection, target: ProvisionVersion) -> None:  # noqa: ARG001
    from sqlalchemy import inspect

    state = inspect(target)
    changed = [f for f in IMMUTABLE_VERSION_FIELDS if state.attrs[f].history.has_changes()]
    if changed:
        raise VersionImmutable(f"provision version {target.id} is immutable; tried to change {changed}")


@event.listens_for(ProvisionVersion, "before_delete")
def _refuse_deletes(mapper, connection, target: ProvisionVersion) -> None:  # noqa: ARG001
    raise VersionImmutable(f"provision version {target.id} is immutable; it cannot be deleted")


class PetitionProvision(Base):
    """A petition feeds a provision; ``contribution`` says what it brought."""

    __tablename__ = "petition_provisions"

    petition_id: Mapped[int] = mapped_column(ForeignKey("petitions.id", ondelete="CASCADE"), primary_key=True)
    provision_id: Mapped[int] = mapped_column(ForeignKey("provisions.id"), primary_key=True, index=True)
    contribution: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ConsultationRequest(Base):
    """A petition the counsel added to the consultation although its tier does not call for one."""

    __tablename__ = "consultation_requests"

    petition_id: Mapped[int] = mapped_column(ForeignKey("petitions.id", ondelete="CASCADE"), primary_key=True)
    note: Mapped[str] = mapped_column(Text, default="")
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ConsultationOutcome(Base):
    """A petitioner's answer on the wording of the provisions the petition feeds, as the clerk
    recorded it. Never edited: a new answer is a new row. ``wording_sha256`` digests the
    (provision, version, text hash) items below, in provision order."""

    __tablename__ = "consultation_outcomes"
    __table_args__ = (
        CheckConstraint("outcome IN ('approved','approved_with_remarks','rejected')", name="outcome"),
        CheckConstraint("method IN ('in_person','signed_letter','email')", name="method"),
        Index("ix_consultation_outcomes_petition_recorded", "petition_id", "recorded_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    petition_id: Mapped[int] = mapped_column(ForeignKey("petitions.id", ondelete="CASCADE"))
    outcome: Mapped[str] = mapped_column(String(24))
    remarks: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))
    wording_sha256: Mapped[str] = mapped_column(String(64))
    evidence_filename: Mapped[str] = mapped_column(String(255), default="")
    evidence_sha256: Mapped[str | None] = mapped_column(ForeignKey("attachment_blobs.sha256"), nullable=True)
    evidence_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ConsultationItem(Base):
    """One provision's exact wording that an outcome answered."""

    __tablename__ = "consultation_items"

    outcome_id: Mapped[int] = mapped_column(ForeignKey("consultation_outcomes.id", ondelete="CASCADE"),
                                            primary_key=True)
    provision_id: Mapped[int] = mapped_column(ForeignKey("provisions.id"), primary_key=True, index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("provision_versions.id"))
    text_sha256: Mapped[str] = mapped_column(String(64))


class AssemblyOutcome(Base):
    """What the constituent assembly did with a provision: kept as drafted, amended (with its
    text) or removed. ``sent_version_id`` is our wording it voted on."""

    __tablename__ = "assembly_outcomes"
    __table_args__ = (
        CheckConstraint("fate IN ('kept','amended','removed')", name="fate"),
    )

    provision_id: Mapped[int] = mapped_column(ForeignKey("provisions.id"), primary_key=True)
    fate: Mapped[str] = mapped_column(String(10))
    assembly_text: Mapped[str] = mapped_column(Text, default="")
    sent_version_id: Mapped[int | None] = mapped_column(ForeignKey("provision_versions.id"), nullable=True)
    decided_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}
