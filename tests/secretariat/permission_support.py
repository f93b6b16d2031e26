"""What the permission walk (``test_permissions_matrix.py``) and its plug-ins share.

A plug-in is a module ``tests/secretariat/permission_calls_<area>.py`` with:
- ``prepare(ctx, counsel) -> None``: arranges its inputs (through real services) and keeps their
  ids in ``ctx.extra``; it runs once per walk, before any call;
- ``CALLS: dict[Action, list[Call]]``: its guarded service calls, walked after the core ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from secretariat.db import Database
from secretariat.permissions import Actor

SCRATCH = "preparado"  # where a test call prepares its own inputs (not watched for leftovers)


@dataclass
class Ctx:
    db: Database
    tmp: Path
    sqlite_template: Path
    petition_id: int
    csv: Path
    duties: dict[str, int]      # "review" / "review-2" / "hearing-done" → duty id
    hearing_petition: int       # a petition whose hearing is done (its follow-up cycle is open)
    owner_id: int               # an active adviser to assign duties to
    meetings: dict[str, int]    # "main" (with attendees, agreement, attachment) / "move" / "cancel"
    attendees: dict[str, int]   # "keep" / "remove" on the main meeting
    agreement_id: int
    attachment_id: int
    member_id: int
    evidence: Path              # a small file to attach
    extra: dict = field(default_factory=dict)  # plug-ins' prepared ids
    n: int = 0

    def fresh(self) -> str:
        self.n += 1
        return f"c{self.n}"


@dataclass(frozen=True)
class Call:
    name: str            # "module.function" of the guarded service function
    run: Callable[[Ctx, Actor], object]
    mutates: bool        # on success, at least one audit row is appended


def _w(fn):
    """Run ``fn(session)`` in one write unit (commits on success, rolls back on refusal)."""
    def run(ctx: Ctx, actor: Actor):
        with ctx.db.write() as s:
            return fn(s, ctx, actor)
    return run


def _r(fn):
    def run(ctx: Ctx, actor: Actor):
        with ctx.db.read() as s:
            return fn(s, ctx, actor)
    return run
