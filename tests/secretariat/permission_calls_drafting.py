"""Permission-walk plug-in for drafting: the provision tree, its petitions and wording versions.

Inputs a call needs that a refused role must not leave behind (a fresh provision to delete, a
fresh draft to propose …) are made by the counsel inside the same unit of work, so a refusal
rolls them back with it. Citations are ones the demo case never uses, and no petition is linked
before the walk loads the demo into the same case file (the demo consults the petitions it feeds).
"""

from __future__ import annotations

from datetime import datetime

from secretariat.permissions import Action, Actor
from secretariat.services import provision_links, provisions, wording
from tests.secretariat.permission_support import Call, Ctx, _r, _w


def prepare(ctx: Ctx, counsel: Actor) -> None:
    with ctx.db.write() as s:
        titulo = provisions.add_provision(s, counsel, "titulo", "Título de prueba I", "De la Ciudad")
        otro = provisions.add_provision(s, counsel, "titulo", "Título de prueba II", "De los derechos")
        art = provisions.add_provision(s, counsel, "articulo", "Art. 901", "Ordenamiento territorial",
                                       parent_id=titulo.id)
        movable = provisions.add_provision(s, counsel, "articulo", "Art. 902", "Bienestar social",
                                           parent_id=titulo.id)
        first = wording.save_version(s, counsel, art.id, "La Ciudad garantiza el derecho al agua.",
                                     base_number=None)
        second = wording.save_version(s, counsel, art.id, "La Ciudad garantiza el derecho humano al agua.",
                                      base_number=1)
    ctx.extra["drafting"] = {"titulo": titulo.id, "otro": otro.id, "art": art.id, "movable": movable.id,
                             "v1": first.id, "v2": second.id, "counsel": counsel}


def _d(ctx: Ctx) -> dict:
    return ctx.extra["drafting"]


def _fresh_provision(s, ctx: Ctx) -> int:
    return provisions.add_provision(s, _d(ctx)["counsel"], "articulo", f"Art. prueba {ctx.fresh()}", "Preparado").id


def _fresh_draft(s, ctx: Ctx) -> int:
    """A new current version of the prepared article, made by the counsel."""
    art = _d(ctx)["art"]
    current = wording.current_version(s, _d(ctx)["counsel"], art)
    return wording.save_version(s, _d(ctx)["counsel"], art, f"La Ciudad garantiza el derecho al agua ({ctx.fresh()}).",
                                base_number=current.row.number).id


def _save(s, ctx: Ctx, actor: Actor):
    art = _d(ctx)["art"]
    current = wording.current_version(s, actor, art)
    return wording.save_version(s, actor, art, f"Toda persona tiene derecho al agua ({ctx.fresh()}).",
                                base_number=current.row.number, note="Ajuste de redacción")


def _restore(s, ctx: Ctx, actor: Actor):
    art = _d(ctx)["art"]
    _fresh_draft(s, ctx)
    current = wording.current_version(s, actor, art)
    return wording.restore_version(s, actor, art, 1, base_number=current.row.number)


def _move(s, ctx: Ctx, actor: Actor):
    d = _d(ctx)
    now = provisions.provision(s, actor, d["movable"])
    target = d["otro"] if now.parent_id == d["titulo"] else d["titulo"]
    return provisions.move_provision(s, actor, d["movable"], parent_id=target, position=0)


def _contribute(s, ctx: Ctx, actor: Actor):
    pid = _fresh_provision(s, ctx)
    provision_links.link_petition(s, _d(ctx)["counsel"], ctx.petition_id, pid)
    return provision_links.set_contribution(s, actor, ctx.petition_id, pid, "Ciclovías confinadas.")


def _unlink(s, ctx: Ctx, actor: Actor):
    pid = _fresh_provision(s, ctx)
    provision_links.link_petition(s, _d(ctx)["counsel"], ctx.petition_id, pid)
    return provision_links.unlink_petition(s, actor, ctx.petition_id, pid)


CALLS: dict[Action, list[Call]] = {
    Action.READ: [
        Call("provisions.provision_tree", _r(lambda s, c, a: provisions.provision_tree(s, a)), False),
        Call("provisions.provision", _r(lambda s, c, a: provisions.provision(s, a, _d(c)["art"])), False),
        Call("provision_links.provision_petitions",
             _r(lambda s, c, a: provision_links.provision_petitions(s, a, _d(c)["art"])), False),
        Call("provision_links.petition_provisions",
             _r(lambda s, c, a: provision_links.petition_provisions(s, a, c.petition_id)), False),
        Call("wording.versions", _r(lambda s, c, a: wording.versions(s, a, _d(c)["art"])), False),
        Call("wording.version_text", _r(lambda s, c, a: wording.version_text(s, a, _d(c)["v1"])), False),
        Call("wording.current_version", _r(lambda s, c, a: wording.current_version(s, a, _d(c)["art"])), False),
        Call("wording.wording_at", _r(lambda s, c, a: wording.wording_at(
            s, a, _d(c)["art"], datetime(2100, 1, 1))), False),
        Call("wording.compare", _r(lambda s, c, a: wording.compare(s, a, _d(c)["v1"], _d(c)["v2"])), False),
    ],
    Action.EDIT_PROVISIONS: [
        Call("provisions.add_provision", _w(lambda s, c, a: provisions.add_provision(
            s, a, "articulo", f"Art. prueba {c.fresh()}", "Nuevo artículo", parent_id=_d(c)["titulo"])), True),
        Call("provisions.update_provision", _w(lambda s, c, a: provisions.update_provision(
            s, a, _d(c)["art"], heading=f"Ordenamiento territorial ({c.fresh()})")), True),
        Call("provisions.move_provision", _w(_move), True),
        Call("provisions.delete_provision", _w(lambda s, c, a: provisions.delete_provision(
            s, a, _fresh_provision(s, c))), True),
        Call("provision_links.link_petition", _w(lambda s, c, a: provision_links.link_petition(
            s, a, c.petition_id, _fresh_provision(s, c), "Ciclovías seguras.")), True),
        Call("provision_links.set_contribution", _w(_contribute), True),
        Call("provision_links.unlink_petition", _w(_unlink), True),
    ],
    Action.WRITE_WORDING: [
        Call("wording.save_version", _w(_save), True),
        Call("wording.restore_version", _w(_restore), True),
        Call("wording.propose_version", _w(lambda s, c, a: wording.propose_version(s, a, _fresh_draft(s, c))), True),
    ],
    Action.FINALIZE_WORDING: [
        Call("wording.finalize_version", _w(lambda s, c, a: wording.finalize_version(s, a, _fresh_draft(s, c))),
             True),
    ],
}
