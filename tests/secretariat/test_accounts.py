"""Account management (disable, enable, reset, own password, role) and the sign-in lock-out."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from secretariat.errors import AuthError, InvalidInput, NotFound, PermissionDenied, SecretariatError
from secretariat.models import AuditEntry, User, utcnow
from secretariat.services import accounts, audit, users
from tests.conftest import PASSWORD


def _audit_rows(db, user_name):
    with db.read() as s:
        uid = s.execute(select(User.id).where(User.name == user_name)).scalar_one()
        return [(r.action, r.before, r.after) for r in
                s.execute(select(AuditEntry).where(AuditEntry.entity == "user",
                                                   AuditEntry.entity_id == str(uid))
                          .order_by(AuditEntry.id)).scalars()]


def _sign_in_fails(db, name, password) -> AuthError:
    with pytest.raises(AuthError) as info:
        users.sign_in(db, name, password)
    return info.value


def test_disable_blocks_sign_in_and_enable_restores_it(db, counsel, adviser):
    with db.write() as s:
        row = accounts.disable_user(s, counsel, "asesor")
    assert row.active is False
    err = _sign_in_fails(db, "asesor", PASSWORD)
    assert err.code == "account_disabled"
    assert err.sentence("es") == "La cuenta asesor está desactivada."
    with db.write() as s:
        assert accounts.enable_user(s, counsel, "asesor").active is True
    assert users.sign_in(db, "asesor", PASSWORD).role == "adviser"
    rows = _audit_rows(db, "asesor")
    assert [r[0] for r in rows] == ["create", "disable", "enable"]
    assert rows[1][1:] == ('{"active":true}', '{"active":false}')
    with db.read() as s:
        assert audit.verify(s, counsel).ok


def test_disabling_twice_changes_nothing_the_second_time(db, counsel, clerk):
    for _ in range(2):
        with db.write() as s:
            accounts.disable_user(s, counsel, "actuario")
    assert [r[0] for r in _audit_rows(db, "actuario")] == ["create", "disable"]


def test_last_active_counsel_cannot_be_disabled_or_demoted(db, counsel, adviser):
    for call in (lambda s: accounts.disable_user(s, counsel, "consejera"),
                 lambda s: accounts.set_role(s, counsel, "consejera", "adviser")):
        with pytest.raises(SecretariatError) as info, db.write() as s:
            call(s)
        assert info.value.code == "last_counsel"
        assert "última cuenta activa de consejería jurídica" in info.value.sentence("es")
    # A second counsel makes it possible; then that one is the last.
    with db.write() as s:
        accounts.set_role(s, counsel, "asesor", "counsel")
        accounts.disable_user(s, counsel, "consejera")
    with db.read() as s:
        state = {u.name: (u.role, u.active) for u in users.list_users(s, counsel)}
    assert state == {"consejera": ("counsel", False), "asesor": ("counsel", True)}
    second = users.sign_in(db, "asesor", PASSWORD)
    with pytest.raises(SecretariatError, match="last_counsel"), db.write() as s:
        accounts.set_role(s, second, "asesor", "observer")
    # A disabled counsel does not count as active, and may be demoted freely.
    with db.write() as s:
        assert accounts.set_role(s, second, "consejera", "observer").role == "observer"


def test_only_counsel_manages_accounts(db, counsel, adviser, clerk):
    calls = {
        "disable": lambda s: accounts.disable_user(s, adviser, "actuario"),
        "enable": lambda s: accounts.enable_user(s, adviser, "actuario"),
        "reset": lambda s: accounts.reset_password(s, adviser, "actuario", "nueva-clave"),
        "role": lambda s: accounts.set_role(s, adviser, "actuario", "counsel"),
    }
    for name, call in calls.items():
        with pytest.raises(PermissionDenied) as info, db.write() as s:
            call(s)
        assert info.value.sentence("es") == "Su rol (asesor jurídico) no permite administrar cuentas.", name
    assert users.sign_in(db, "actuario", PASSWORD).role == "clerk"
    assert [r[0] for r in _audit_rows(db, "actuario")] == ["create"]


def test_reset_password_replaces_it_and_never_audits_the_hash(db, counsel, clerk):
    with db.write() as s:
        accounts.reset_password(s, counsel, "actuario", "otra-clave-9")
    assert _sign_in_fails(db, "actuario", PASSWORD).code == "bad_credentials"
    assert users.sign_in(db, "actuario", "otra-clave-9").name == "actuario"
    action, before, after = _audit_rows(db, "actuario")[-1]
    assert (action, before, after) == ("reset_password", None, '{"password":"reset"}')
    with db.read() as s:
        texts = s.execute(select(AuditEntry.before, AuditEntry.after)).all()
    assert not any("argon2" in (t or "") or "otra-clave" in (t or "") for pair in texts for t in pair)


def test_reset_password_refuses_a_too_short_one(db, counsel, clerk):
    with pytest.raises(InvalidInput) as info, db.write() as s:
        accounts.reset_password(s, counsel, "actuario", "abc")
    assert "contraseña" in info.value.sentence("es")
    assert users.sign_in(db, "actuario", PASSWORD).name == "actuario"


def test_unknown_account_is_named(db, counsel):
    with pytest.raises(NotFound) as info, db.write() as s:
        accounts.disable_user(s, counsel, "fantasma")
    assert info.value.sentence("es") == "No se encontró la cuenta «fantasma»."


def test_set_role_rejects_unknown_role(db, counsel, clerk):
    with pytest.raises(InvalidInput), db.write() as s:
        accounts.set_role(s, counsel, "actuario", "rey")


def test_set_role_changes_what_the_account_may_do(db, counsel, observer):
    with db.write() as s:
        accounts.set_role(s, counsel, "observador", "adviser")
    actor = users.sign_in(db, "observador", PASSWORD)
    assert actor.role == "adviser"
    assert _audit_rows(db, "observador")[-1] == ("set_role", '{"role":"observer"}', '{"role":"adviser"}')


def test_change_own_password_needs_the_old_one(db, counsel, observer):
    with pytest.raises(AuthError) as info, db.write() as s:
        accounts.change_own_password(s, observer, "equivocada", "nueva-clave-1")
    assert info.value.code == "bad_credentials"
    assert users.sign_in(db, "observador", PASSWORD).name == "observador"
    with db.write() as s:  # an observer may change their own password
        accounts.change_own_password(s, observer, PASSWORD, "nueva-clave-1")
    assert _sign_in_fails(db, "observador", PASSWORD).code == "bad_credentials"
    assert users.sign_in(db, "observador", "nueva-clave-1").name == "observador"
    assert _audit_rows(db, "observador")[-1] == ("change_password", None, '{"password":"changed"}')


# ------------------------------------------------------------------ lock-out (users.authenticate)

def _locked_until(db, name):
    with db.read() as s:
        return s.execute(select(User.locked_until).where(User.name == name)).scalar_one()


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(db, counsel, adviser):
    for _ in range(users.MAX_FAILURES):
        assert _sign_in_fails(db, "asesor", "mala").code == "bad_credentials"
    err = _sign_in_fails(db, "asesor", PASSWORD)
    assert err.code == "account_locked"
    assert err.sentence("es") == ("La cuenta asesor está bloqueada por intentos fallidos; "
                                  "intente de nuevo en 5 minutos.")
    until = _locked_until(db, "asesor")
    assert timedelta(minutes=4) < until - utcnow() <= timedelta(minutes=5)
    # Other accounts are not affected.
    assert users.sign_in(db, "consejera", PASSWORD).name == "consejera"


def test_lock_expires_after_five_minutes(db, counsel, adviser):
    for _ in range(users.MAX_FAILURES):
        _sign_in_fails(db, "asesor", "mala")
    assert _sign_in_fails(db, "asesor", PASSWORD).code == "account_locked"
    with db.write() as s:  # five minutes pass: move the lock into the past
        s.execute(update(User).where(User.name == "asesor")
                  .values(locked_until=utcnow() - timedelta(seconds=1)))
    assert users.sign_in(db, "asesor", PASSWORD).name == "asesor"
    with db.read() as s:
        u = s.execute(select(User.failed_logins, User.locked_until).where(User.name == "asesor")).one()
    assert (u.failed_logins, u.locked_until) == (0, None)


def test_a_good_sign_in_resets_the_failure_count(db, counsel, adviser):
    for _ in range(users.MAX_FAILURES - 1):
        _sign_in_fails(db, "asesor", "mala")
    users.sign_in(db, "asesor", PASSWORD)
    for _ in range(users.MAX_FAILURES - 1):
        assert _sign_in_fails(db, "asesor", "mala").code == "bad_credentials"
    assert users.sign_in(db, "asesor", PASSWORD).name == "asesor"


def test_counsel_lifts_a_lock_by_enabling_or_resetting(db, counsel, adviser, clerk):
    for name in ("asesor", "actuario"):
        for _ in range(users.MAX_FAILURES):
            _sign_in_fails(db, name, "mala")
        assert _locked_until(db, name) is not None
    with db.write() as s:
        accounts.enable_user(s, counsel, "asesor")
        accounts.reset_password(s, counsel, "actuario", "clave-nueva-2")
    assert users.sign_in(db, "asesor", PASSWORD).name == "asesor"
    assert users.sign_in(db, "actuario", "clave-nueva-2").name == "actuario"


def test_a_disabled_account_cannot_change_anything_from_an_open_window(db, counsel, adviser):
    """The adviser signed in before being disabled; their Actor is still in memory."""
    from datetime import date

    from secretariat.services import petitions

    from .helpers import day, row

    day(db, counsel, [row("agua", 6000, date(2016, 7, 1))])
    with db.read() as s:
        pid = petitions.petition_id_by_url(s, "https://www.change.org/p/agua")
    with db.write() as s:
        accounts.disable_user(s, counsel, "asesor")
    with pytest.raises(AuthError) as e, db.write() as s:
        petitions.decide_admissibility(s, adviser, pid, "admitted")
    assert e.value.sentence("es") == "La cuenta asesor está desactivada."
    with db.read() as s:
        assert petitions.petition_detail(s, counsel, pid).admissibility == "pending"
