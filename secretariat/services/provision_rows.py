"""Plain rows of the provision tree and the shared look-ups behind them (no permission checks
here: the public functions in ``provisions``/``provision_links``/``wording`` check first)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import ConflictError, InvalidInput, NotFound, SecretariatError
from ..models import AssemblyOutcome, Petition, PetitionProvision, Provision, ProvisionVersion
from ..text import fold, strip_control_chars

CITATION_LIMIT = 80   # Provision.citation is String(80)
HEADING_LIMIT = 300   # Provision.heading is String(300)
CONTRIBUTION_LIMIT = 2000

#: which kinds may hold each kind (None = the root of the tree)
PARENT_KINDS: dict[str, tuple[str | None, ...]] = {
    "titulo": (None,),
    "articulo": (None, "titulo"),
    "apartado": ("articulo",),
    "numeral": ("apartado",),
}


@dataclass(frozen=True)
class ProvisionRow:
    id: int
    parent_id: int | None
    kind: str                      # titulo / articulo / apartado / numeral
    citation: str                  # as the office writes it: "Art. 16, A, 3"
    heading: str
    position: int                  # among its siblings, from 0
    depth: int                     # 0 at the root
    current_number: int | None     # the current wording's version number (None: no wording yet)
    current_status: str | None     # draft / proposed / final
    current_sha256: str | None
    petitions: int                 # how many petitions feed it
    signatures: int                # their current signatures, added up
    petition_urls: tuple[str, ...]  # most signatures first
    version_id: int                # pass back as ``expected_version``
    fate: str | None               # kept / amended / removed, once the assembly decided


@dataclass(frozen=True)
class LinkRow:
    """A petition that feeds a provision."""

    petition_id: int
    url: str
    title: str
    petitioners: str
    signatures: int
    tier: str
    contribution: str


@dataclass(frozen=True)
class PetitionLinkRow:
    """A provision that a petition feeds ("alimenta Art. 16, A, 3")."""

    provision_id: int
    citation: str
    heading: str
    contribution: str
    current_number: int | None
    current_status: str | None


# ------------------------------------------------------------------ cleaning

def clean_line(value: str | None, limit: int, what: str) -> str:
    """One line of text: control characters removed, runs of whitespace made one space.
    ``what`` names it in the refusal: ``citation`` or ``heading``."""
    text = " ".join(strip_control_chars(value or "").split())
    if len(text) > limit:
        raise InvalidInput(f"{what}_too_long", limit=limit, length=len(text))
    return text


def clean_note(value: str | None, limit: int = CONTRIBUTION_LIMIT) -> str:
    """A free note (several lines allowed): control characters removed, ends trimmed."""
    text = strip_control_chars((value or "").replace("\r\n", "\n").replace("\r", "\n")).strip()
    if len(text) > limit:
        raise InvalidInput("note_too_long", limit=limit, length=len(text))
    return text


def clean_citation(value: str | None) -> str:
    text = clean_line(value, CITATION_LIMIT, "citation")
    if not text:
        raise InvalidInput("citation_required")
    return text


def check_citation_free(session: Session, citation: str, own_id: int | None = None) -> None:
    """Citations are unique, compared without case or accents ("art. 16" is "Art. 16")."""
    key = fold(citation)
    for pid, other in session.execute(select(Provision.id, Provision.citation)):
        if pid != own_id and fold(other) == key:
            raise SecretariatError("citation_exists", citation=other)


def check_kind(kind: str) -> None:
    if kind not in PARENT_KINDS:
        raise InvalidInput(field="tipo de disposición", value=kind)


def check_parent(kind: str, citation: str, parent: Provision | None) -> None:
    if (parent.kind if parent else None) not in PARENT_KINDS[kind]:
        raise InvalidInput(f"provision_{kind}_parent", citation=citation,
                               parent=parent.citation if parent else "")


# ------------------------------------------------------------------ look-ups

def get_provision(session: Session, provision_id: int, expected_version: int | None = None) -> Provision:
    p = session.get(Provision, provision_id)
    if p is None:
        raise NotFound(what="provision", key=str(provision_id))
    if expected_version is not None and p.version_id != expected_version:
        raise ConflictError(what="provision", key=p.citation)
    return p


def get_petition(session: Session, petition_id: int) -> Petition:
    p = session.get(Petition, petition_id)
    if p is None:
        raise NotFound(what="petition", key=str(petition_id))
    return p


def current_versions(session: Session, provision_ids: list[int] | None = None):
    """{provision_id: (number, status, text_sha256, version id)} of each current wording."""
    latest = select(ProvisionVersion.provision_id, func.max(ProvisionVersion.number).label("n")) \
        .group_by(ProvisionVersion.provision_id)
    if provision_ids is not None:
        latest = latest.where(ProvisionVersion.provision_id.in_(provision_ids))
    latest = latest.subquery()
    stmt = select(ProvisionVersion.provision_id, ProvisionVersion.number, ProvisionVersion.status,
                  ProvisionVersion.text_sha256, ProvisionVersion.id) \
        .join(latest, (latest.c.provision_id == ProvisionVersion.provision_id)
              & (latest.c.n == ProvisionVersion.number))
    return {pid: (n, st, sha, vid) for pid, n, st, sha, vid in session.execute(stmt)}


def tree_order(session: Session) -> list[tuple[tuple, int]]:
    """Every provision's columns in depth-first order by position, each with its depth."""
    cols = select(Provision.id, Provision.parent_id, Provision.kind, Provision.citation, Provision.heading,
                  Provision.position, Provision.version_id)
    children: dict[int | None, list[tuple]] = {}
    for r in session.execute(cols.order_by(Provision.position, Provision.id)):
        children.setdefault(r[1], []).append(tuple(r))
    out: list[tuple[tuple, int]] = []
    stack = [(r, 0) for r in reversed(children.get(None, []))]
    while stack:
        r, depth = stack.pop()
        out.append((r, depth))
        stack.extend((c, depth + 1) for c in reversed(children.get(r[0], [])))
    return out


def build_rows(session: Session, only: int | None = None) -> list[ProvisionRow]:
    """The tree's rows (or the one row ``only``), with current wording, links and fate."""
    ordered = tree_order(session)
    if only is not None:
        ordered = [(r, d) for r, d in ordered if r[0] == only]
    ids = None if only is None else [only]
    current = current_versions(session, ids)
    links = select(PetitionProvision.provision_id, Petition.url, Petition.signatures) \
        .join(Petition, Petition.id == PetitionProvision.petition_id) \
        .order_by(Petition.signatures.desc(), Petition.id)
    fates = select(AssemblyOutcome.provision_id, AssemblyOutcome.fate)
    if only is not None:
        links = links.where(PetitionProvision.provision_id == only)
        fates = fates.where(AssemblyOutcome.provision_id == only)
    fed: dict[int, list[tuple[str, int]]] = {}
    for pid, url, signatures in session.execute(links):
        fed.setdefault(pid, []).append((url, signatures or 0))
    fate = dict(session.execute(fates).all())
    rows = []
    for (pid, parent_id, kind, citation, heading, position, version_id), depth in ordered:
        number, status, sha, _ = current.get(pid, (None, None, None, None))
        feeding = fed.get(pid, [])
        rows.append(ProvisionRow(pid, parent_id, kind, citation, heading, position, depth, number, status,
                                 sha, len(feeding), sum(s for _, s in feeding),
                                 tuple(u for u, _ in feeding), version_id, fate.get(pid)))
    return rows


def one_row(session: Session, provision_id: int) -> ProvisionRow:
    rows = build_rows(session, only=provision_id)
    if not rows:
        raise NotFound(what="provision", key=str(provision_id))
    return rows[0]
