"""The permission matrix, walked for real: every role × every action through a real service.

For each action there is at least one service call that needs it (``CALLS``). Each call runs
through ``Database.write()``/``read()`` exactly as the CLI and the window do. It must succeed
exactly when ``permissions.MATRIX`` allows the role that action; otherwise it raises
``PermissionDenied`` naming that role and that action, and the case file is byte-for-byte the
same afterwards (every row of every table) and no file was written.

Coverage is checked from the source: every service function that calls ``require(actor,
Action.X)`` must appear in ``CALLS`` under that action, and every Action that any service
enforces must have a call, so a new action or a new guarded service fails this file until it is
added here. Two exceptions, both checked so they cannot linger: a service still stubbed out
(``require(...)`` then ``raise NotImplementedError``) is not walked until it has a body, and an
Action no service enforces yet (``edit_petition`` today) has nothing to call.
"""

from __future__ import annotations

import ast
import hashlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

import secretariat.services as services_pkg
from secretariat.db import Database
from secretariat.errors import PermissionDenied
from secretariat.models import ROLES, AuditEntry, Base, Duty, Petition, User
from secretariat.permissions import MATRIX, Action, Actor
from secretariat.services import (accounts, attachments, audit, backup, demo, duties, imports,
                                  meeting_records, meetings, petitions, rosters, tiers, timeline,
                                  tracker_data, users)
from secretariat.services.meeting_types import AttendeeDraft, MeetingDraft
from secretariat.services.import_parse import parse_file
from tests.conftest import PASSWORD, make_actor
from tests.secretariat.helpers import row
from tests.secretariat.permission_support import SCRATCH, Call, Ctx, _r, _w

ON = date(2016, 3, 1)



def _backup(ctx: Ctx, actor: Actor):
    return backup.backup(ctx.db, actor, ctx.tmp / f"copia-{ctx.fresh()}.secbak")


def _restore(ctx: Ctx, actor: Actor):
    """A backup of an empty case file (made by the system account), restored by ``actor`` into
    another new, empty case file: restore's only target."""
    from secretariat.permissions import SYSTEM

    scratch = ctx.tmp.parent / SCRATCH
    scratch.mkdir(exist_ok=True)
    source_db, target_db = (scratch / f"{kind}-{ctx.fresh()}.sqlite3" for kind in ("origen", "destino"))
    shutil.copyfile(ctx.sqlite_template, source_db)
    shutil.copyfile(ctx.sqlite_template, target_db)
    source = scratch / f"origen-{ctx.n}.secbak"
    origin = Database(f"sqlite:///{source_db}")
    try:
        backup.backup(origin, SYSTEM, source)
    finally:
        origin.dispose()
    other = Database(f"sqlite:///{target_db}")
    try:
        return backup.restore(other, actor, source)
    finally:
        other.dispose()


def _at(day: int, hour: int) -> datetime:
    return datetime(2016, 3, day, hour, 0)


def _draft(day: int, place: str = "Sala 1", attendees=()) -> MeetingDraft:
    return MeetingDraft(kind="other", starts_at=_at(day, 10), ends_at=_at(day, 11), place=place,
                        attendees=tuple(attendees))


def _tracker(s, ctx: Ctx, actor: Actor):
    data = tracker_data.tracker_data(s, actor, today=ON)
    return data.summary, list(data.petitions), list(data.counts), list(data.crossings)


def _set_role(s, ctx: Ctx, actor: Actor):
    current = s.execute(select(User.role).where(User.name == "objetivo")).scalar_one()
    return accounts.set_role(s, actor, "objetivo", "clerk" if current != "clerk" else "observer")


CALLS: dict[Action, list[Call]] = {
    Action.READ: [
        Call("petitions.petition_ids", _r(lambda s, c, a: petitions.petition_ids(s, a)), False),
        Call("petitions.petition_rows",
             _r(lambda s, c, a: petitions.petition_rows(s, a, [c.petition_id])), False),
        Call("petitions.list_petitions", _r(lambda s, c, a: petitions.list_petitions(s, a)), False),
        Call("petitions.tier_counts", _r(lambda s, c, a: petitions.tier_counts(s, a)), False),
        Call("petitions.petition_detail",
             _r(lambda s, c, a: petitions.petition_detail(s, a, c.petition_id)), False),
        Call("users.list_users", _r(lambda s, c, a: users.list_users(s, a)), False),
        Call("tiers.policy_history", _r(lambda s, c, a: tiers.policy_history(s, a)), False),
        Call("audit.history",
             _r(lambda s, c, a: audit.history(s, a, "petition", c.petition_id)), False),
        Call("duties.list_duties", _r(lambda s, c, a: duties.list_duties(s, a)), False),
        Call("duties.duty_detail", _r(lambda s, c, a: duties.duty_detail(s, a, c.duties["hearing-done"])), False),
        Call("duties.due_days", _r(lambda s, c, a: duties.due_days(s, a)), False),
        Call("tracker_data.tracker_data", _r(_tracker), False),
        Call("meetings.plan_defaults", _r(lambda s, c, a: meetings.plan_defaults(s, a, c.petition_id)), False),
        Call("meetings.list_meetings", _r(lambda s, c, a: meetings.list_meetings(s, a)), False),
        Call("meetings.meeting_detail", _r(lambda s, c, a: meetings.meeting_detail(s, a, c.meetings["main"])),
             False),
        Call("meetings.conflicts", _r(lambda s, c, a: meetings.conflicts(s, a, ON, date(2016, 4, 1))), False),
        Call("meetings.meeting_history",
             _r(lambda s, c, a: meetings.meeting_history(s, a, c.hearing_petition)), False),
        Call("timeline.timeline", _r(lambda s, c, a: timeline.timeline(s, a, c.hearing_petition)), False),
        Call("rosters.committee", _r(lambda s, c, a: rosters.committee(s, a)), False),
        Call("rosters.advisers", _r(lambda s, c, a: rosters.advisers(s, a)), False),
        Call("attachments.open_attachment", _r(lambda s, c, a: attachments.open_attachment(
            s, a, c.attachment_id, c.tmp.parent / "abiertos")), False),
        Call("attachments.read_attachment",
             _r(lambda s, c, a: attachments.read_attachment(s, a, c.attachment_id)), False),
        Call("attachments.check_attachments", _r(lambda s, c, a: attachments.check_attachments(s, a)), False),
        Call("attachments.size_limit", _r(lambda s, c, a: attachments.size_limit(s, a)), False),
    ],
    Action.IMPORT: [
        Call("imports.preview",
             _r(lambda s, c, a: imports.preview(s, a, parse_file(c.csv))), False),
        Call("imports.apply_rows", _w(lambda s, c, a: imports.apply_rows(
            s, a, [row(f"nueva-{c.fresh()}", 120, ON)], source="monitoreo.csv")), True),
        Call("duties.sync_from_crossings", _w(lambda s, c, a: duties.sync_from_crossings(s, a)), False),
    ],
    Action.DECIDE_ADMISSIBILITY: [
        Call("petitions.decide_admissibility", _w(lambda s, c, a: petitions.decide_admissibility(
            s, a, c.petition_id, "admitted", note="Procede.")), True),
    ],
    Action.SET_THRESHOLDS: [
        Call("tiers.set_thresholds", _w(lambda s, c, a: tiers.set_thresholds(
            s, a, 4000, 10_000, 50_000, note="Ajuste")), True),
    ],
    Action.MANAGE_USERS: [
        Call("users.add_user", _w(lambda s, c, a: users.add_user(
            s, a, f"nuevo{c.fresh()}", "observer", PASSWORD)), True),
        Call("accounts.disable_user", _w(lambda s, c, a: accounts.disable_user(s, a, "objetivo")), True),
        Call("accounts.enable_user", _w(lambda s, c, a: accounts.enable_user(s, a, "objetivo")), True),
        Call("accounts.reset_password", _w(lambda s, c, a: accounts.reset_password(
            s, a, "objetivo", "otra-clave-segura")), True),
        Call("accounts.set_role", _w(_set_role), True),
    ],
    Action.LOAD_DEMO: [
        Call("demo.load_demo", _w(lambda s, c, a: demo.load_demo(
            s, a, petitions=3, days=2, today=ON)), True),
    ],
    Action.VERIFY_AUDIT: [
        Call("audit.verify", _r(lambda s, c, a: audit.verify(s, a)), False),
    ],
    Action.BROWSE_AUDIT: [
        Call("audit.browse", _r(lambda s, c, a: audit.browse(s, a, entity="petition")), False),
        Call("audit.audit_users", _r(lambda s, c, a: audit.audit_users(s, a)), False),
        Call("audit.audit_entities", _r(lambda s, c, a: audit.audit_entities(s, a)), False),
    ],
    Action.MANAGE_DUTIES: [
        Call("duties.assign", _w(lambda s, c, a: duties.assign(s, a, [c.duties["review"]], c.owner_id)), True),
        Call("duties.complete_legal_review", _w(lambda s, c, a: duties.complete_legal_review(
            s, a, c.duties["review"], "viable", note="Procede.")), True),
        Call("duties.waive", _w(lambda s, c, a: duties.waive(
            s, a, c.duties["review-2"], "Se atiende con otra petición.")), True),
        Call("duties.close_cycle", _w(lambda s, c, a: duties.close_cycle(
            s, a, c.hearing_petition, note="Sin más seguimiento.")), True),
    ],
    Action.CONFIGURE_WORK: [
        Call("duties.set_due_days", _w(lambda s, c, a: duties.set_due_days(s, a, "legal_review", 12)), True),
        Call("attachments.set_size_limit",
             _w(lambda s, c, a: attachments.set_size_limit(s, a, 5 * 1024 * 1024)), True),
    ],
    Action.PLAN_MEETINGS: [
        Call("meetings.plan_meeting", _w(lambda s, c, a: meetings.plan_meeting(s, a, _draft(20, c.fresh()))), True),
        Call("meetings.reschedule", _w(lambda s, c, a: meetings.reschedule(
            s, a, c.meetings["move"], starts_at=_at(21, 9), ends_at=_at(21, 10), place="Sala 2")), True),
        Call("meetings.set_status",
             _w(lambda s, c, a: meetings.set_status(s, a, c.meetings["cancel"], "cancelled")), True),
    ],
    Action.RECORD_MEETINGS: [
        Call("meeting_records.add_attendee", _w(lambda s, c, a: meeting_records.add_attendee(
            s, a, c.meetings["main"], AttendeeDraft(role="guest", name=f"Invitado {c.fresh()}"))), True),
        Call("meeting_records.record_attendance", _w(lambda s, c, a: meeting_records.record_attendance(
            s, a, c.meetings["main"], {c.attendees["keep"]: True})), True),
        Call("meeting_records.remove_attendee", _w(lambda s, c, a: meeting_records.remove_attendee(
            s, a, c.meetings["main"], c.attendees["remove"])), True),
        Call("meeting_records.set_minutes", _w(lambda s, c, a: meeting_records.set_minutes(
            s, a, c.meetings["main"], "Se escuchó a la peticionaria.")), True),
        Call("meeting_records.add_agreement", _w(lambda s, c, a: meeting_records.add_agreement(
            s, a, c.meetings["main"], "Enviar la versión revisada")), True),
        Call("meeting_records.remove_agreement", _w(lambda s, c, a: meeting_records.remove_agreement(
            s, a, c.meetings["main"], c.agreement_id)), True),
        Call("attachments.add_attachment", _w(lambda s, c, a: attachments.add_attachment(
            s, a, c.meetings["main"], c.evidence, filename=f"acta-{c.fresh()}.txt")), True),
    ],
    Action.MANAGE_ROSTER: [
        Call("rosters.add_member", _w(lambda s, c, a: rosters.add_member(s, a, f"Integrante {c.fresh()}")), True),
        Call("rosters.update_member", _w(lambda s, c, a: rosters.update_member(
            s, a, c.member_id, note="Suplente")), True),
    ],
    Action.BACKUP: [
        Call("backup.backup", _backup, False),
        Call("backup.restore", _restore, False),
    ],
}



def _plugins() -> list:
    """The ``permission_calls_<area>`` modules beside this file (see ``permission_support``)."""
    import importlib

    folder = Path(__file__).parent
    return [importlib.import_module(f"tests.secretariat.{p.stem}")
            for p in sorted(folder.glob("permission_calls_*.py"))]


PLUGINS = _plugins()
for _plugin in PLUGINS:
    for _action, _calls in _plugin.CALLS.items():
        CALLS.setdefault(_action, []).extend(_calls)


# ------------------------------------------------------------------------------ helpers

def _fingerprint(db: Database) -> str:
    """A digest of every row of every table, in primary-key order."""
    digest = hashlib.sha256()
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            digest.update(table.name.encode())
            for r in s.execute(select(table).order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(r)).encode())
    return digest.hexdigest()


def _audit_rows(db: Database) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


def _files(folder: Path) -> set[str]:
    """Every file under ``folder`` (the case file's -wal/-shm come and go with connections), but
    the test's own scratch files."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*")
            if p.is_file() and not p.name.endswith(("-wal", "-shm", "-journal"))
            and p.relative_to(folder).parts[0] != SCRATCH}


def _is_stub(fn: ast.FunctionDef) -> bool:
    """``require(...)`` then ``raise NotImplementedError``: an API whose body is still to come."""
    for stmt in fn.body:
        if isinstance(stmt, ast.Raise) and stmt.exc is not None:
            exc = stmt.exc.func if isinstance(stmt.exc, ast.Call) else stmt.exc
            if isinstance(exc, ast.Name) and exc.id == "NotImplementedError":
                return True
    return False


def _guarded_functions() -> tuple[dict[str, str], dict[str, str]]:
    """``({"module.function": "ACTION"}, stubs)`` for every service function that calls
    ``require(actor, Action.X)``; the second dict holds the ones still stubbed out."""
    found: dict[str, str] = {}
    stubs: dict[str, str] = {}
    folder = Path(services_pkg.__file__).parent
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef):
                continue
            for node in ast.walk(fn):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id == "require" and len(node.args) == 2
                        and isinstance(node.args[1], ast.Attribute)
                        and isinstance(node.args[1].value, ast.Name)
                        and node.args[1].value.id == "Action"):
                    (stubs if _is_stub(fn) else found)[f"{path.stem}.{fn.name}"] = node.args[1].attr
    return found, stubs


# ------------------------------------------------------------------------------ coverage

def test_every_action_and_every_guarded_service_is_in_the_walk():
    assert set(MATRIX) == set(ROLES), "the matrix names exactly the roles accounts can have"
    covered = {call.name: action.name for action, calls in CALLS.items() for call in calls}
    guarded, stubs = _guarded_functions()
    assert guarded, "the source scan found no require() calls: the scan is broken"
    enforced = {Action[name] for name in guarded.values()}
    missing = enforced - set(CALLS)
    assert not missing, f"add a real service call for {sorted(missing)} to CALLS"
    not_walked = {name: act for name, act in guarded.items() if name not in covered}
    assert not not_walked, f"guarded service functions missing from CALLS: {not_walked}"
    wrong = {name: (act, covered[name]) for name, act in guarded.items() if covered[name] != act}
    assert not wrong, f"CALLS files these under another action than the one they require: {wrong}"
    unused = {name for name in covered if name not in guarded}
    assert not unused, f"CALLS lists functions that require nothing (or are stubs): {unused}"
    unenforced = set(Action) - enforced - {Action[name] for name in stubs.values()}
    assert unenforced <= {Action.EDIT_PETITION}, (
        f"actions no service enforces, not even a stub: {sorted(unenforced)}; remove them or enforce them")


# ------------------------------------------------------------------------------ the walk

@pytest.fixture
def ctx(db, counsel, sqlite_template, tmp_path) -> Ctx:
    with db.write() as s:
        imports.apply_rows(s, counsel, [row("bicicletas", 6200, ON), row("agua", 800, ON),
                                        row("parques", 5400, ON), row("hospital", 12_000, ON)],
                           source="inicial.csv")
        ids = dict(s.execute(select(Petition.url, Petition.id)).all())
        pid = ids["https://www.change.org/p/bicicletas"]
        hospital = ids["https://www.change.org/p/hospital"]

        def duty(slug: str, kind: str) -> int:
            return s.execute(select(Duty.id).where(Duty.petition_id == ids[f"https://www.change.org/p/{slug}"],
                                                   Duty.kind == kind)).scalar_one()

        found = {"review": duty("bicicletas", "legal_review"), "review-2": duty("parques", "legal_review"),
                 "hearing-done": duty("hospital", "hearing")}
        # Arranged directly: the hearing was held (meetings are not walked here), so its
        # follow-up cycle is open and can be closed.
        s.execute(update(Duty).where(Duty.id == found["hearing-done"]).values(status="done", closed_on=ON))
    make_actor(db, "objetivo", "adviser")
    owner = make_actor(db, "consejero2", "counsel")  # so "objetivo" is never the last counsel either
    evidence = tmp_path / "acta.txt"
    evidence.write_text("Acta de la reunión.\n", encoding="utf-8")
    with db.write() as s:
        main = meetings.plan_meeting(s, counsel, _draft(10, attendees=(
            AttendeeDraft(role="guest", name="Invitada Uno"), AttendeeDraft(role="guest", name="Invitada Dos"))))
        mid = main.row.id
        move = meetings.plan_meeting(s, counsel, _draft(11)).row.id
        cancel = meetings.plan_meeting(s, counsel, _draft(12)).row.id
        with_agreement = meeting_records.add_agreement(s, counsel, mid, "Revisar la redacción")
        attachment = attachments.add_attachment(s, counsel, mid, evidence)
        member = rosters.add_member(s, counsel, "Dra. Integrante Uno")
    people = {a.name: a.id for a in with_agreement.attendees}
    csv = tmp_path / "monitoreo.csv"
    csv.write_text("Enlace,Título,Firmas,Fecha\n"
                   "https://www.change.org/p/parques,Más parques,5100,01/03/2016\n", encoding="utf-8")
    out = tmp_path / "salidas"
    out.mkdir()
    made = Ctx(db, out, sqlite_template, pid, csv, found, hospital, owner.id,
               {"main": mid, "move": move, "cancel": cancel},
               {"keep": people["Invitada Uno"], "remove": people["Invitada Dos"]},
               with_agreement.agreements[0].id, attachment.id, member.id, evidence)
    for plugin in PLUGINS:
        plugin.prepare(made, counsel)
    return made


@pytest.mark.parametrize("role", ROLES)
def test_each_role_can_do_exactly_what_the_matrix_allows(ctx, role):
    actor = make_actor(ctx.db, f"usuario-{role}", role)
    allowed = MATRIX[role]
    outcomes = []
    for action, calls in CALLS.items():
        for call in calls:
            before, files, audit_before = _fingerprint(ctx.db), _files(ctx.tmp.parent), _audit_rows(ctx.db)
            if action in allowed:
                call.run(ctx, actor)
                if call.mutates:
                    assert _audit_rows(ctx.db) > audit_before, f"{call.name} by {role} left no audit row"
                outcomes.append((call.name, "ok"))
                continue
            with pytest.raises(PermissionDenied) as refused:
                call.run(ctx, actor)
            err = refused.value
            assert err.params == {"role": role, "action": str(action)}, call.name
            sentence = err.sentence("es")
            assert sentence.startswith("Su rol (") and "no permite" in sentence, sentence
            assert _fingerprint(ctx.db) == before, f"{call.name} refused for {role} changed the case file"
            assert _files(ctx.tmp.parent) == files, f"{call.name} refused for {role} left a file behind"
            outcomes.append((call.name, "denied"))
    expected = [(c.name, "ok" if a in allowed else "denied") for a, cs in CALLS.items() for c in cs]
    assert outcomes == expected
    with ctx.db.read() as s:
        assert audit.verify(s, Actor(None, "t", "counsel")).ok


def test_an_unknown_role_can_do_nothing(ctx):
    stranger = Actor(None, "intrusa", "superuser")
    for action, calls in CALLS.items():
        for call in calls[:1]:
            before = _fingerprint(ctx.db)
            with pytest.raises(PermissionDenied):
                call.run(ctx, stranger)
            assert _fingerprint(ctx.db) == before


def test_the_matrix_follows_the_roles_described_in_the_design():
    counsel_only = {Action.SET_THRESHOLDS, Action.MANAGE_USERS, Action.BACKUP, Action.LOAD_DEMO,
                    Action.BROWSE_AUDIT}
    assert MATRIX["counsel"] == frozenset(Action), "the general counsel may do everything"
    assert MATRIX["observer"] == {Action.READ}, "an observer only reads"
    for role in ROLES:
        assert Action.READ in MATRIX[role], f"{role} must be able to read the case file"
        if role != "counsel":
            assert not (MATRIX[role] & counsel_only), f"{role} holds a counsel-only action"
