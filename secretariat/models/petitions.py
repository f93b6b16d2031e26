"""Petitions, their petitioners, signature counts, tier policy and crossings."""

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
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow

TIERS = ("watch", "review", "hearing", "audience")
ADMISSIBILITY = ("pending", "admitted", "inadmissible")
INADMISSIBILITY_REASONS = ("restricts_rights", "duplicate", "outside_matter", "other")
PETITION_STATUSES = ("active", "closed", "withdrawn")


class ImportBatch(Base):
    """One imported monitoring file: the source of the counts it brought."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    filename: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    rows: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    crossings: Mapped[int] = mapped_column(Integer, default=0)


class Petition(Base):
    __tablename__ = "petitions"
    __table_args__ = (
        CheckConstraint("tier IN ('watch','review','hearing','audience')", name="tier"),
        CheckConstraint("admissibility IN ('pending','admitted','inadmissible')", name="admissibility"),
        CheckConstraint("status IN ('active','closed','withdrawn')", name="status"),
        CheckConstraint(
            "inadmissible_reason IS NULL OR inadmissible_reason IN "
            "('restricts_rights','duplicate','outside_matter','other')",
            name="inadmissible_reason",
        ),
        CheckConstraint("signatures >= 0", name="signatures_nonnegative"),
        Index("ix_petitions_tier_signatures", "tier", "signatures"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(1000), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    summary: Mapped[str] = mapped_column(Text, default="")
    topic: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16), default="active")
    admissibility: Mapped[str] = mapped_column(String(16), default="pending")
    inadmissible_reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("petitions.id", ondelete="SET NULL"), nullable=True
    )
    admissibility_note: Mapped[str] = mapped_column(Text, default="")
    # Denormalised from counts and crossings, so the 100k-row table sorts and filters in SQL.
    signatures: Mapped[int] = mapped_column(Integer, default=0, index=True)
    as_of: Mapped[date | None] = mapped_column(Date, nullable=True)
    growth_7d: Mapped[int | None] = mapped_column(Integer, nullable=True)
    tier: Mapped[str] = mapped_column(String(16), default="watch")
    last_crossing_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    petitioner_names: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    petitioners: Mapped[list[Petitioner]] = relationship(
        back_populates="petition", lazy="raise", order_by="Petitioner.position",
        cascade="all, delete-orphan",
    )

    __mapper_args__ = {"version_id_col": version_id}


class Petitioner(Base):
    __tablename__ = "petitioners"
    __table_args__ = (UniqueConstraint("petition_id", "position", name="uq_petitioners_petition_position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    petition_id: Mapped[int] = mapped_column(ForeignKey("petitions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(80), default="")

    petition: Mapped[Petition] = relationship(back_populates="petitioners", lazy="raise")


class SignatureCount(Base):
    """The signature count of one petition on one date, and the file it came from."""

    __tablename__ = "signature_counts"
    __table_args__ = (
        UniqueConstraint("petition_id", "counted_on", name="uq_signature_counts_petition_date"),
        CheckConstraint("signatures >= 0", name="signatures_nonnegative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    petition_id: Mapped[int] = mapped_column(ForeignKey("petitions.id", ondelete="CASCADE"))
    counted_on: Mapped[date] = mapped_column(Date)
    signatures: Mapped[int] = mapped_column(Integer)
    import_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"), nullable=True)


class TierPolicy(Base):
    """A set of thresholds; the newest row is the one in force. Rows are never edited."""

    __tablename__ = "tier_policies"
    __table_args__ = (
        CheckConstraint("review > 0 AND hearing > review AND audience > hearing", name="ordered"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review: Mapped[int] = mapped_column(Integer)
    hearing: Mapped[int] = mapped_column(Integer)
    audience: Mapped[int] = mapped_column(Integer)
    effective_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    set_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class TierCrossing(Base):
    """A petition's count reached a tier threshold. Reverted, never deleted."""

    __tablename__ = "tier_crossings"
    __table_args__ = (
        CheckConstraint("tier IN ('review','hearing','audience')", name="tier"),
        Index("ix_tier_crossings_petition_tier", "petition_id", "tier"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    petition_id: Mapped[int] = mapped_column(ForeignKey("petitions.id", ondelete="CASCADE"))
    tier: Mapped[str] = mapped_column(String(16))
    threshold: Mapped[int] = mapped_column(Integer)
    policy_id: Mapped[int] = mapped_column(ForeignKey("tier_policies.id"))
    crossed_on: Mapped[date] = mapped_column(Date)
    signatures: Mapped[int] = mapped_column(Integer)
    reverted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reverted_signatures: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
