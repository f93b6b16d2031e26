"""Duties: a crossing creates its duty with the configured due date; the worklist's buckets and
filters; assigning, waiving, legal review outcomes; reverted crossings flag, never delete."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from secretariat.errors import InvalidInput, PermissionDenied, SecretariatError
from secretariat.models import AuditEntry, Duty
from secretariat.permissions import Actor
from secretariat.services import audit, duties
from secretariat.services.duties import DutyQuery, age_bucket
from tests.secretariat.helpers import day, row

D = date(2016, 3, 1)
ALL = DutyQuery(statuses=())


def worklist(db, actor, query=DutyQuery(), today=D):
    with db.read() as s:
        return duties.list_duties(s, actor, query, today=today)


def by_kind(rows, slug):
    return {r.kind: r for r in rows if r.petition_url.endswith("/" + slug)}


# ------------------------------------------------------------------------------ creation

def test_each_crossing_creates_its_duty_due_after_the_configured_days(db, counsel):
    with db.write() as s:
        duties.set_due_days(s, counsel, "legal_review", 7)
        duties.set_due_days(s, counsel, "hearing", 20)
    day(db, counsel, [row("agua", 5_200, D), row("bici", 12_000, D), row("metro", 63_508, D),
                      row("parque", 4_999, D)])
    rows = worklist(db, counsel)
    assert len(rows) == 1 + 2 + 3, "review 1, hearing 2 (review + hearing), audience 3, watch none"
    assert {k: r.due_on for k, r in by_kind(rows, "metro").items()} == {
        "legal_review": D + timedelta(days=7), "hearing": D + timedelta(days=20),
        "mayoral_audience": D + timedelta(days=30)}  # the audience keeps its default
    assert all(r.status == "open" and r.owner_id is None and r.owner_name is None for r in rows)
    assert all(r.created_on == D for r in rows)
    assert by_kind(rows, "parque") == {}

    # a later count with no new crossing creates nothing; a new crossing creates only its duty
    day(db, counsel, [row("agua", 5_600, D + timedelta(days=1)), row("parque", 5_001, D + timedelta(days=2))])
    rows = worklist(db, counsel)
    assert len(rows) == 7
    assert by_kind(rows, "parque")["legal_review"].due_on == D + timedelta(days=2 + 7)


def test_changing_the_days_does_not_move_existing_due_dates(db, counsel):
    day(db, counsel, [row("agua", 5_200, D)])
    with db.write() as s:
        assert duties.set_due_days(s, counsel, "legal_review", 3)["legal_review"] == 3
    day(db, counsel, [row("bici", 5_200, D)])
    due = {r.petition_url.rsplit("/", 1)[1]: r.due_on for r in worklist(db, counsel)}
    assert due == {"agua": D + timedelta(days=10), "bici": D + timedelta(days=3)}


@pytest.mark.parametrize("days", [0, 366, -1, "10", True])
def test_due_days_out_of_range_are_refused(db, counsel, days):
    with db.write() as s, pytest.raises(InvalidInput) as caught:
        duties.set_due_days(s, counsel, "hearing", days)
    assert "días de plazo" in caught.value.sentence("es")
    with db.read() as s:
        assert duties.due_days(s, counsel) == duties.DEFAULT_DUE_DAYS


# ------------------------------------------------------------------------------ buckets

@pytest.mark.parametrize("left, bucket", [
    (-30, "overdue"), (-1, "overdue"), (0, "due_soon"), (1, "due_soon"), (3, "due_soon"),
    (4, "on_time"), (40, "on_time"),
])
def test_age_bucket_boundaries(left, bucket):
    today = date(2016, 2, 28)
    assert age_bucket(today + timedelta(days=left), today) == bucket


def test_worklist_filters_by_bucket_kind_owner_and_mine(db, counsel, adviser):
    # legal reviews due D+10; hearing D+15
    day(db, counsel, [row("agua", 5_200, D), row("bici", 12_000, D)])
    today = D + timedelta(days=10)  # reviews due today → due_soon; hearing in 5 days → on_time
    rows = worklist(db, counsel, today=today)
    assert {(r.kind, r.bucket) for r in rows} == {("legal_review", "due_soon"), ("hearing", "on_time")}
    later = D + timedelta(days=11)
    assert [r.kind for r in worklist(db, counsel, DutyQuery(buckets=("overdue",)), later)] == [
        "legal_review", "legal_review"]
    assert [r.kind for r in worklist(db, counsel, DutyQuery(kinds=("hearing",)), later)] == ["hearing"]

    hearing = next(r for r in rows if r.kind == "hearing")
    with db.write() as s:
        duties.assign(s, counsel, [hearing.id], adviser.id)
    mine = worklist(db, adviser, DutyQuery(owner_ids=(adviser.id,)))
    assert [(r.id, r.owner_name) for r in mine] == [(hearing.id, "asesor")]
    assert len(worklist(db, adviser, DutyQuery(unassigned=True))) == 2
    with db.read() as s, pytest.raises(InvalidInput):
        duties.list_duties(s, counsel, DutyQuery(buckets=("soon",)))


# ------------------------------------------------------------------------------ changes

def test_bulk_assign_all_or_nothing_and_only_to_advisers(db, counsel, adviser, clerk):
    day(db, counsel, [row("agua", 5_200, D), row("bici", 5_300, D), row("metro", 5_400, D)])
    ids = [r.id for r in worklist(db, counsel)]
    with db.write() as s:
        result = duties.assign(s, counsel, ids[:2], adviser.id)
    assert result.assigned == tuple(ids[:2]) and result.unchanged == ()
    with db.write() as s:
        again = duties.assign(s, counsel, ids, adviser.id)
    assert again.assigned == (ids[2],) and again.unchanged == tuple(ids[:2])

    with db.write() as s, pytest.raises(SecretariatError) as caught:
        duties.assign(s, counsel, ids, clerk.id)
    assert caught.value.sentence("es") == ("actuario no puede ser responsable de deberes: solo las cuentas "
                                           "activas de asesoría o consejería jurídica.")
    with db.write() as s:
        duties.waive(s, counsel, ids[0], "Duplicada de otra petición.")
    with db.write() as s, pytest.raises(SecretariatError) as caught:
        duties.assign(s, counsel, ids, None)
    assert caught.value.code == "duty_closed"
    assert [r.owner_id for r in worklist(db, counsel, ALL)] == [adviser.id] * 3, "nothing half-done"
    with db.write() as s:
        assert duties.assign(s, counsel, ids[1:], None).assigned == tuple(ids[1:])
    assert [r.owner_name for r in worklist(db, counsel)] == [None, None]


def test_legal_review_records_outcome_and_note(db, counsel, adviser):
    day(db, counsel, [row("bici", 12_000, D)])
    review, hearing = (by_kind(worklist(db, counsel), "bici")[k] for k in ("legal_review", "hearing"))
    with db.write() as s, pytest.raises(InvalidInput):
        duties.complete_legal_review(s, adviser, review.id, "maybe")
    with db.write() as s:
        change = duties.complete_legal_review(s, adviser, review.id, "needs_reformulation",
                                              "Reformular el alcance.", expected_version=review.version,
                                              today=D + timedelta(days=4))
    assert (change.status_before, change.status_after) == ("open", "done")
    with db.read() as s:
        detail = duties.duty_detail(s, counsel, review.id)
    assert (detail.row.outcome, detail.outcome_note, detail.closed_on, detail.closed_by) == (
        "needs_reformulation", "Reformular el alcance.", D + timedelta(days=4), "asesor")
    assert detail.row.bucket is None
    assert [r.kind for r in worklist(db, counsel)] == ["hearing"], "a done duty leaves the worklist"
    with db.write() as s, pytest.raises(SecretariatError) as caught:
        duties.complete_legal_review(s, adviser, review.id, "viable")
    assert caught.value.sentence("es") == "El deber ya está terminado y no se puede modificar."
    with db.write() as s, pytest.raises(SecretariatError) as caught:
        duties.complete_legal_review(s, adviser, hearing.id, "viable")
    assert caught.value.sentence("es") == "Solo una revisión jurídica registra un dictamen; este deber es audiencia."


def test_waive_needs_a_reason_and_a_stale_version_is_a_conflict(db, counsel, adviser):
    day(db, counsel, [row("agua", 5_200, D)])
    (duty,) = worklist(db, counsel)
    with db.write() as s, pytest.raises(SecretariatError) as caught:
        duties.waive(s, adviser, duty.id, "   ")
    assert caught.value.sentence("es") == "Para dispensar un deber hay que indicar el motivo."
    with db.write() as s:
        duties.assign(s, counsel, [duty.id], adviser.id)  # someone else changed it meanwhile
    with db.write() as s, pytest.raises(SecretariatError) as caught:
        duties.waive(s, adviser, duty.id, "No procede", expected_version=duty.version)
    assert caught.value.code == "edit_conflict"
    assert "modificó el deber" in caught.value.sentence("es")
    with db.write() as s:
        duties.waive(s, adviser, duty.id, "No procede")
    with db.read() as s:
        detail = duties.duty_detail(s, counsel, duty.id)
    assert (detail.row.status, detail.waived_code, detail.waived_reason) == ("waived", "manual", "No procede")


def test_clerks_and_observers_cannot_close_duties(db, counsel, clerk, observer):
    day(db, counsel, [row("agua", 5_200, D)])
    (duty,) = worklist(db, counsel)
    for actor in (clerk, observer):
        for call in (lambda s: duties.assign(s, actor, [duty.id], counsel.id),
                     lambda s: duties.waive(s, actor, duty.id, "No"),
                     lambda s: duties.complete_legal_review(s, actor, duty.id, "viable")):
            with db.write() as s, pytest.raises(PermissionDenied) as caught:
                call(s)
            assert caught.value.sentence("es").startswith(f"Su rol ({'secretario de actas' if actor is clerk else 'observador'}) no permite")
        assert len(worklist(db, actor)) == 1, "but they read the worklist"
    with db.write() as s, pytest.raises(PermissionDenied):
        duties.set_due_days(s, Actor(counsel.id, "x", "adviser"), "hearing", 9)


# ------------------------------------------------------------------------------ reverts

def test_a_reverted_crossing_flags_a_started_duty_and_waives_an_untouched_one(db, counsel, adviser):
    day(db, counsel, [row("agua", 5_200, D), row("bici", 5_300, D)])
    rows = worklist(db, counsel)
    agua = next(r for r in rows if r.petition_url.endswith("agua"))
    with db.write() as s:
        duties.assign(s, counsel, [agua.id], adviser.id)  # started: someone owns it
    summary = day(db, counsel, [row("agua", 4_900, D + timedelta(days=1)), row("bici", 4_800, D + timedelta(days=1))])
    assert summary.reverts == 2
    after = {r.petition_url.rsplit("/", 1)[1]: r for r in worklist(db, counsel, ALL)}
    assert (after["agua"].status, after["agua"].crossing_reverted, after["agua"].owner_id) == ("open", True, adviser.id)
    assert (after["bici"].status, after["bici"].crossing_reverted) == ("waived", True)
    with db.read() as s:
        assert duties.duty_detail(s, counsel, after["bici"].id).waived_code == "crossing_reverted"
    assert [r.id for r in worklist(db, counsel, DutyQuery(flagged_only=True))] == [agua.id]

    # crossing again: the flagged duty is picked up (no second one); the waived one is replaced
    day(db, counsel, [row("agua", 5_100, D + timedelta(days=2)), row("bici", 5_100, D + timedelta(days=2))])
    again = worklist(db, counsel, ALL)
    assert len(again) == 3
    agua_now = next(r for r in again if r.petition_url.endswith("agua"))
    assert (agua_now.id, agua_now.crossing_reverted, agua_now.due_on) == (agua.id, False, agua.due_on)
    bici_new = [r for r in again if r.petition_url.endswith("bici") and r.status == "open"]
    assert len(bici_new) == 1 and bici_new[0].due_on == D + timedelta(days=12)
    with db.read() as s:
        assert audit.verify(s, counsel).ok


def test_each_change_is_audited(db, counsel, adviser):
    day(db, counsel, [row("agua", 5_200, D)])
    (duty,) = worklist(db, counsel)
    with db.write() as s:
        duties.assign(s, counsel, [duty.id], adviser.id)
        duties.complete_legal_review(s, adviser, duty.id, "viable")
    with db.read() as s:
        actions = [r.action for r in audit.history(s, counsel, "duty", duty.id)]
        sync_rows = s.execute(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.action == "sync_duties")).scalar_one()
    assert actions == ["assign_duty", "complete_legal_review"]
    assert sync_rows == 1, "the import's duties are summarised in one audit row"


def test_an_import_with_thousands_of_crossings_creates_their_duties_in_bulk(db, counsel):
    rows = [row(f"p{i}", 5_000 + i, D, line=i + 2) for i in range(3_000)]
    day(db, counsel, rows)
    with db.read() as s:
        n = s.execute(select(func.count()).select_from(Duty)).scalar_one()
        due = set(s.execute(select(Duty.due_on).distinct()).scalars())
    assert n == 3_000, "one legal review per petition from 5,000"
    assert due == {D + timedelta(days=10)}
