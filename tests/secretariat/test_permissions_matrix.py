"""The permission matrix, walked for real: every role × every action through a real service.

For each action there is at least one service call that needs it (``CALLS``). Each call runs
through ``Database.write()``/``read()`` exactly as the CLI and the window do. It must succeed
exactly when ``permissions.MATRIX`` allows the role that action; otherwise it raises
``PermissionDenied`` naming that role and that action, and the case file is byte-for-byte the
same afterwards (every row of every table) and no file was written.

Coverage is checked from the source: every service function that calls ``require(actor,
Action.X)`` must appear in ``CALLS`` under that action, and every Action must have a call, so a
new action or a new guarded service fails this file until it is added here.
"""

from __future__ import annotations

import ast
import hashlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

import secretariat.services as services_pkg
from secretariat.db import Database
from secretariat.errors import PermissionDenied
from secretariat.models import ROLES, AuditEntry, Base, Petition, User
from secretariat.permissions import MATRIX, Action, Actor
from secretariat.services import accounts, audit, backup, demo, imports, petitions, tiers, users
from secretariat.services.import_parse import parse_file
from tests.conftest import PASSWORD, make_actor
from tests.secretariat.helpers import row

ON = date(2016, 3, 1)

#: Actions that no service guards yet. Allowed only while no code requires them (checked below).
NOT_YET_GUARDED = {Action.EDIT_PETITION}


@dataclass
class Ctx:
    db: Database
    tmp: Path
    sqlite_template: Path
    petition_id: int
    csv: Path
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


def _backup(ctx: Ctx, actor: Actor):
    return backup.backup(ctx.db, actor, ctx.tmp / f"copia-{ctx.fresh()}.secbak")


def _restore(ctx: Ctx, actor: Actor):
    # A backup made by the system account, restored into a new empty case file by ``actor``.
    from secretariat.permissions import SYSTEM

    source = ctx.tmp.parent / f"origen-{ctx.fresh()}.secbak"
    backup.backup(ctx.db, SYSTEM, source)
    target = ctx.tmp.parent / f"destino-{ctx.n}.sqlite3"
    shutil.copyfile(ctx.sqlite_template, target)
    other = Database(f"sqlite:///{target}")
    try:
        return backup.restore(other, actor, source)
    finally:
        other.dispose()


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
    ],
    Action.IMPORT: [
        Call("imports.preview",
             _r(lambda s, c, a: imports.preview(s, a, parse_file(c.csv))), False),
        Call("imports.apply_rows", _w(lambda s, c, a: imports.apply_rows(
            s, a, [row(f"nueva-{c.fresh()}", 120, ON)], source="monitoreo.csv")), True),
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
    Action.BACKUP: [
        Call("backup.backup", _backup, False),
        Call("backup.restore", _restore, False),
    ],
}


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
    return {p.name for p in folder.iterdir()}


def _guarded_functions() -> dict[str, str]:
    """``{"module.function": "ACTION"}`` for every service function that calls require()."""
    found: dict[str, str] = {}
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
                    found[f"{path.stem}.{fn.name}"] = node.args[1].attr
    return found


# ------------------------------------------------------------------------------ coverage

def test_every_action_and_every_guarded_service_is_in_the_walk():
    assert set(MATRIX) == set(ROLES), "the matrix names exactly the roles accounts can have"
    missing = set(Action) - set(CALLS) - NOT_YET_GUARDED
    assert not missing, f"add a real service call for {sorted(missing)} to CALLS"
    covered = {call.name: action.name for action, calls in CALLS.items() for call in calls}
    guarded = _guarded_functions()
    assert guarded, "the source scan found no require() calls: the scan is broken"
    not_walked = {name: act for name, act in guarded.items() if name not in covered}
    assert not not_walked, f"guarded service functions missing from CALLS: {not_walked}"
    wrong = {name: (act, covered[name]) for name, act in guarded.items() if covered[name] != act}
    assert not wrong, f"CALLS files these under another action than the one they require: {wrong}"
    unused = {name for name in covered if name not in guarded}
    assert not unused, f"CALLS lists functions that require nothing: {unused}"
    for action in NOT_YET_GUARDED:
        assert action.name not in guarded.values(), (
            f"a service now requires {action}: add it to CALLS and remove it from NOT_YET_GUARDED")


# ------------------------------------------------------------------------------ the walk

@pytest.fixture
def ctx(db, counsel, sqlite_template, tmp_path) -> Ctx:
    with db.write() as s:
        imports.apply_rows(s, counsel, [row("bicicletas", 6200, ON), row("agua", 800, ON)],
                           source="inicial.csv")
        pid = s.execute(select(Petition.id).where(Petition.url.like("%bicicletas"))).scalar_one()
    make_actor(db, "objetivo", "adviser")
    make_actor(db, "consejero2", "counsel")  # so "objetivo" is never the last counsel either
    csv = tmp_path / "monitoreo.csv"
    csv.write_text("Enlace,Título,Firmas,Fecha\n"
                   "https://www.change.org/p/parques,Más parques,5100,01/03/2016\n", encoding="utf-8")
    out = tmp_path / "salidas"
    out.mkdir()
    return Ctx(db, out, sqlite_template, pid, csv)


@pytest.mark.parametrize("role", ROLES)
def test_each_role_can_do_exactly_what_the_matrix_allows(ctx, role):
    actor = make_actor(ctx.db, f"usuario-{role}", role)
    allowed = MATRIX[role]
    outcomes = []
    for action, calls in CALLS.items():
        for call in calls:
            before, files, audit_before = _fingerprint(ctx.db), _files(ctx.tmp), _audit_rows(ctx.db)
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
            assert _files(ctx.tmp) == files, f"{call.name} refused for {role} left a file behind"
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
