"""Permission-walk plug-in for committee sessions, their agenda and the office's text settings.

Each mutating call works on a session it makes (by the counsel) inside the same unit of work, on
a day of its own, so it succeeds as often as it runs and a refusal rolls the preparation back.
"""

from __future__ import annotations

from datetime import date, timedelta

from secretariat.permissions import Action, Actor
from secretariat.services import office_settings, session_agenda, sessions
from tests.secretariat.permission_support import SCRATCH, Call, Ctx, _r, _w

HELD = date(2016, 3, 15)


def prepare(ctx: Ctx, counsel: Actor) -> None:
    import docx

    folder = ctx.tmp.parent / SCRATCH
    folder.mkdir(exist_ok=True)
    letterhead = folder / "membrete.docx"
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Consejería Jurídica"
    document.save(letterhead)
    with ctx.db.write() as s:
        detail = sessions.create_session(s, counsel, HELD, place="Sala de juntas", member_ids=[ctx.member_id])
        detail = sessions.add_item(s, counsel, detail.row.id, "petition_hearing", petition_id=ctx.petition_id)
        office_settings.set_letterhead(s, counsel, letterhead)
    ctx.extra["sessions"] = {"id": detail.row.id, "item": detail.agenda[0].id, "counsel": counsel,
                             "letterhead": letterhead}


def _x(ctx: Ctx) -> dict:
    return ctx.extra["sessions"]


def _fresh_session(s, ctx: Ctx) -> int:
    """A new session with two items, on a day no other call uses (made by the counsel)."""
    ctx.fresh()
    held_on = HELD + timedelta(days=7 * ctx.n)
    detail = sessions.create_session(s, _x(ctx)["counsel"], held_on)
    for title in ("Informe de la Consejería", "Asuntos generales"):
        detail = session_agenda.add_item(s, _x(ctx)["counsel"], detail.row.id, "other", title=title)
    return detail.row.id


def _fresh_item(s, ctx: Ctx, index: int = 0) -> int:
    return sessions.session_detail(s, _x(ctx)["counsel"], _fresh_session(s, ctx)).agenda[index].id


def _create(s, ctx: Ctx, actor: Actor):
    ctx.fresh()
    return sessions.create_session(s, actor, HELD - timedelta(days=ctx.n), place=f"Sala {ctx.n}",
                                   member_ids=[ctx.member_id])


def _clear_letterhead(s, ctx: Ctx, actor: Actor):
    office_settings.set_letterhead(s, _x(ctx)["counsel"], _x(ctx)["letterhead"])  # so there is one to clear
    return office_settings.clear_letterhead(s, actor)


CALLS: dict[Action, list[Call]] = {
    Action.READ: [
        Call("sessions.list_sessions", _r(lambda s, c, a: sessions.list_sessions(s, a)), False),
        Call("sessions.session_detail", _r(lambda s, c, a: sessions.session_detail(s, a, _x(c)["id"])), False),
        Call("sessions.session_on", _r(lambda s, c, a: sessions.session_on(s, a, HELD)), False),
        Call("sessions.provision_choices", _r(lambda s, c, a: sessions.provision_choices(s, a)), False),
        Call("office_settings.office_settings", _r(lambda s, c, a: office_settings.office_settings(s, a)), False),
        Call("office_settings.letterhead_bytes", _r(lambda s, c, a: office_settings.letterhead_bytes(s, a)), False),
    ],
    Action.MANAGE_SESSIONS: [
        Call("sessions.create_session", _w(_create), True),
        Call("sessions.update_session", _w(lambda s, c, a: sessions.update_session(
            s, a, _x(c)["id"], place=f"Salón {c.fresh()}")), True),
        Call("sessions.set_attendees", _w(lambda s, c, a: sessions.set_attendees(
            s, a, _x(c)["id"], [c.member_id], [f"Invitada {c.fresh()}"])), True),
        Call("sessions.delete_session", _w(lambda s, c, a: sessions.delete_session(s, a, _fresh_session(s, c))), True),
        Call("session_agenda.add_item", _w(lambda s, c, a: session_agenda.add_item(
            s, a, _x(c)["id"], "other", title=f"Varios {c.fresh()}")), True),
        Call("session_agenda.update_item", _w(lambda s, c, a: session_agenda.update_item(
            s, a, _x(c)["item"], note=f"Nota {c.fresh()}")), True),
        Call("session_agenda.remove_item",
             _w(lambda s, c, a: session_agenda.remove_item(s, a, _fresh_item(s, c))), True),
        Call("session_agenda.move_item",
             _w(lambda s, c, a: session_agenda.move_item(s, a, _fresh_item(s, c, 1), 1)), True),
        Call("session_agenda.propose_agenda",
             _w(lambda s, c, a: session_agenda.propose_agenda(
                 s, a, _fresh_session(s, c), replace=True)), True),
    ],
    Action.CONFIGURE_WORK: [
        Call("office_settings.set_office_texts", _w(lambda s, c, a: office_settings.set_office_texts(
            s, a, office_name=f"Consejería Jurídica {c.fresh()}", classification="Reservado")), True),
        Call("office_settings.clear_letterhead", _w(_clear_letterhead), True),
        Call("office_settings.set_letterhead",
             _w(lambda s, c, a: office_settings.set_letterhead(s, a, _x(c)["letterhead"])), True),
    ],
}
