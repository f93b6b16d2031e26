"""Permission-walk plug-in for consultations and the assembly's outcomes.

The consulted petition is the walk's hearing-tier petition («hospital»); it feeds a provision of
its own here (Art. 90), so other areas' wording changes never make its answers stale. Answers are
recorded on whatever wording is current when the call runs, so they succeed every time.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from secretariat.models import Petition
from secretariat.permissions import Action, Actor
from secretariat.services import assembly, consultations, provisions, wording
from tests.secretariat.permission_support import Call, Ctx, _r, _w

DECIDED = date(2016, 9, 1)


def prepare(ctx: Ctx, counsel: Actor) -> None:
    with ctx.db.write() as s:
        art = provisions.add_provision(s, counsel, "articulo", "Art. 90", "Derecho a la salud").id
        provisions.link_petition(s, counsel, ctx.hearing_petition, art, "Un hospital en cada alcaldía.")
        first = wording.save_version(s, counsel, art, "Toda persona tiene derecho a la salud.", base_number=None)
        answer = consultations.record_outcome(
            s, counsel, ctx.hearing_petition, outcome="approved", decided_on=DECIDED, method="signed_letter",
            versions={art: first.id}, evidence=ctx.evidence, evidence_name="carta.txt")
        second = wording.save_version(s, counsel, art, "Toda persona tiene derecho a la salud pública.",
                                      base_number=1)
        wording.finalize_version(s, counsel, second.id)
        assembly.record_fate(s, counsel, art, "amended", decided_on=DECIDED,
                             assembly_text="Toda persona tiene derecho a la salud universal.")
        other = s.execute(select(Petition.id).where(Petition.url == "https://www.change.org/p/agua")).scalar_one()
    ctx.extra["consultations"] = {"art": art, "outcome": answer.id, "other": other, "counsel": counsel}


def _k(ctx: Ctx) -> dict:
    return ctx.extra["consultations"]


def _record(s, ctx: Ctx, actor: Actor):
    detail = consultations.consultation_detail(s, _k(ctx)["counsel"], ctx.hearing_petition)
    return consultations.record_outcome(
        s, actor, ctx.hearing_petition, outcome="approved_with_remarks", decided_on=DECIDED, method="email",
        versions={i.provision_id: i.version_id for i in detail.items}, remarks=f"Conforme ({ctx.fresh()}).",
        evidence=ctx.evidence, evidence_name=f"correo-{ctx.n}.eml")


def _withdraw(s, ctx: Ctx, actor: Actor):
    consultations.request_consultation(s, _k(ctx)["counsel"], _k(ctx)["other"], note="Preparado")
    return consultations.withdraw_request(s, actor, _k(ctx)["other"])


CALLS: dict[Action, list[Call]] = {
    Action.READ: [
        Call("consultations.list_consultations",
             _r(lambda s, c, a: consultations.list_consultations(s, a, search="hospital")), False),
        Call("consultations.consultation_counts", _r(lambda s, c, a: consultations.consultation_counts(s, a)), False),
        Call("consultations.consultation_detail",
             _r(lambda s, c, a: consultations.consultation_detail(s, a, c.hearing_petition)), False),
        Call("consultations.victories", _r(lambda s, c, a: consultations.victories(s, a)), False),
        Call("consultations.approved_redline", _r(lambda s, c, a: consultations.approved_redline(
            s, a, _k(c)["outcome"], _k(c)["art"])), False),
        Call("consultations.evidence_bytes",
             _r(lambda s, c, a: consultations.evidence_bytes(s, a, _k(c)["outcome"])), False),
        Call("consultations.open_evidence", _r(lambda s, c, a: consultations.open_evidence(
            s, a, _k(c)["outcome"], c.tmp.parent / "evidencias")), False),
        Call("assembly.assembly_outcomes", _r(lambda s, c, a: assembly.assembly_outcomes(s, a)), False),
        Call("assembly.petition_fates",
             _r(lambda s, c, a: assembly.petition_fates(s, a, c.hearing_petition)), False),
    ],
    Action.RECORD_APPROVALS: [
        Call("consultations.record_outcome", _w(_record), True),
    ],
    Action.REQUEST_CONSULTATION: [
        Call("consultations.request_consultation", _w(lambda s, c, a: consultations.request_consultation(
            s, a, _k(c)["other"], note=f"Idea afín ({c.fresh()}).")), True),
        Call("consultations.withdraw_request", _w(_withdraw), True),
    ],
    Action.RECORD_ASSEMBLY: [
        Call("assembly.record_fate", _w(lambda s, c, a: assembly.record_fate(
            s, a, _k(c)["art"], "kept", decided_on=DECIDED, note=f"Sin cambios ({c.fresh()}).")), True),
    ],
}
