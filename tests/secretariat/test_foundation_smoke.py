from secretariat.services import tiers, users
from secretariat.permissions import Actor


def test_migrated_database_has_default_policy(db):
    with db.read() as s:
        p = tiers.current_policy(s)
    assert (p.review, p.hearing, p.audience) == (5000, 10000, 50000)


def test_counsel_can_sign_in(db, counsel):
    from secretariat.errors import AuthError
    assert users.sign_in(db, "consejera", "clave-de-prueba").role == "counsel"
    import pytest
    with pytest.raises(AuthError):
        users.sign_in(db, "consejera", "mala")
