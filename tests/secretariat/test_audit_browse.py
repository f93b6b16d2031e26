"""Browsing the audit trail (the counsel's audit browser): filters, order, limit, permission."""

from datetime import date, datetime

import pytest
from sqlalchemy import update

from secretariat.errors import PermissionDenied
from secretariat.models import AuditEntry
from secretariat.services import accounts, audit, petitions, tiers, users

from .helpers import day, row

D = date(2016, 7, 1)


@pytest.fixture
def trail(db, counsel, adviser):
    """Rows by two users on four record types, with known times (set directly in the table)."""
    day(db, adviser, [row("agua", 6000, D)])                                     # import_batch
    with db.write() as s:
        pid = petitions.petition_id_by_url(s, "https://www.change.org/p/agua")
        petitions.decide_admissibility(s, adviser, pid, "admitted", note="Procede.")   # petition
        tiers.set_thresholds(s, counsel, 6000, 12000, 60000, "Acuerdo")                # policy
        users.add_user(s, counsel, "actuaria", "clerk", "clave-1234")                  # user
        accounts.disable_user(s, counsel, "actuaria")                                  # user
    times = {
        "import": datetime(2016, 7, 1, 15, 0), "decide_admissibility": datetime(2016, 7, 2, 9, 30),
        "set_thresholds": datetime(2016, 7, 3, 23, 59, 59), "disable": datetime(2016, 7, 5, 0, 0),
    }
    with db.write() as s:
        for action, at in times.items():
            s.execute(update(AuditEntry).where(AuditEntry.action == action).values(at=at))
    return pid


def test_newest_first_and_filters_by_user_and_record_type(db, counsel, trail):
    with db.read() as s:
        everything = audit.browse(s, counsel)
        by_adviser = audit.browse(s, counsel, user_name="asesor")
        petitions_only = audit.browse(s, counsel, entity="petition")
        both = audit.browse(s, counsel, user_name="consejera", entity="user")
    ids = [r.id for r in everything]
    assert ids == sorted(ids, reverse=True)
    assert {r.user_name for r in by_adviser} == {"asesor"}
    mine = {"decide_admissibility", "import"}  # (other services may add rows of their own to an import)
    assert [r.action for r in by_adviser if r.action in mine] == ["decide_admissibility", "import"]
    assert [(r.action, r.entity_id) for r in petitions_only] == [("decide_admissibility", str(trail))]
    assert '"admissibility":"pending"' in petitions_only[0].before
    assert '"admissibility":"admitted"' in petitions_only[0].after
    assert [r.action for r in both] == ["disable", "create"]


def test_dates_are_whole_days_and_datetimes_are_instants(db, counsel, trail):
    def actions(**kw):
        with db.read() as s:
            return {r.action for r in audit.browse(s, counsel, **kw)} - {"create"}

    assert actions(date_from=date(2016, 7, 2), date_to=date(2016, 7, 3)) == {
        "decide_admissibility", "set_thresholds"}
    assert actions(date_to=date(2016, 7, 1)) == {"import"}
    assert actions(date_from=datetime(2016, 7, 2, 9, 30), date_to=datetime(2016, 7, 5, 0, 0)) == {
        "decide_admissibility", "set_thresholds"}  # from inclusive, to exclusive


def test_the_limit_keeps_the_newest(db, counsel, trail):
    with db.read() as s:
        newest = audit.browse(s, counsel, limit=2)
        everything = audit.browse(s, counsel)
    assert newest == everything[:2]


def test_filter_lists_name_every_user_and_record_type(db, counsel, trail):
    with db.read() as s:
        assert audit.audit_users(s, counsel) == ["asesor", "consejera", "system"]
        entities = audit.audit_entities(s, counsel)
    assert entities == sorted(set(entities))
    assert {"import_batch", "petition", "policy", "user"} <= set(entities)


@pytest.mark.parametrize("role_fixture", ["adviser", "clerk", "observer"])
def test_only_the_counsel_browses(db, request, role_fixture):
    actor = request.getfixturevalue(role_fixture)
    with db.read() as s:
        for call in (lambda: audit.browse(s, actor), lambda: audit.audit_users(s, actor),
                     lambda: audit.audit_entities(s, actor)):
            with pytest.raises(PermissionDenied) as e:
                call()
            assert e.value.sentence("es").endswith("no permite consultar la bitácora de auditoría.")
