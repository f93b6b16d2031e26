"""Permission-walk plug-in for the dossier builders (``dossier_data``): every role that reads the
case file may read a dossier's data; none of them writes anything."""

from __future__ import annotations

from datetime import date

from secretariat.permissions import Action, Actor
from secretariat.services import sessions
from secretariat.services.dossier_assembly import assembly_dossier_data
from secretariat.services.dossier_packet import session_packet_data
from secretariat.services.dossier_petition import petition_dossier_data
from tests.secretariat.permission_support import Call, Ctx, _r

HELD = date(2016, 2, 2)


def prepare(ctx: Ctx, counsel: Actor) -> None:
    with ctx.db.write() as s:
        detail = sessions.create_session(s, counsel, HELD, place="Sala de juntas")
        sessions.add_item(s, counsel, detail.row.id, "petition_hearing", petition_id=ctx.petition_id)


CALLS: dict[Action, list[Call]] = {
    Action.READ: [
        Call("dossier_packet.session_packet_data", _r(lambda s, c, a: session_packet_data(s, a, HELD)), False),
        Call("dossier_assembly.assembly_dossier_data", _r(lambda s, c, a: assembly_dossier_data(s, a)), False),
        Call("dossier_petition.petition_dossier_data",
             _r(lambda s, c, a: petition_dossier_data(s, a, c.petition_id, with_contacts=True)), False),
    ],
}
