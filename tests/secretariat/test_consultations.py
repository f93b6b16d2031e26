"""Consultations: who is consulted, approvals bound to the exact wording, stale approvals, the
refusals (one sentence, nothing written) and the counsel's requests."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest

from secretariat.errors import InvalidInput, NotFound, PermissionDenied, SecretariatError
from secretariat.redline import Segment
from secretariat.services import audit, consultations as c
from tests.secretariat.test_consultations_support import (
    ON,
    TODAY,
    drafted_case,
    link,
    provision,
    restore,
    save,
    shown,
    written,
)


@pytest.fixture
def case(db, counsel):
    return drafted_case(db, counsel)


def _approve(db, actor, petition_id, versions, **kw):
    kw.setdefault("outcome", "approved")
    kw.setdefault("decided_on", ON + timedelta(days=3))
    kw.setdefault("method", "in_person")
    with db.write() as s:
        return c.record_outcome(s, actor, petition_id, versions=versions, **kw)


def _states(db, actor):
    with db.read() as s:
        return {r.url.rsplit("/", 1)[1]: r.state for r in c.list_consultations(s, actor)}


def test_consulted_petitions_are_hearing_tiers_that_feed_a_provision(db, counsel, observer, case):
    with db.read() as s:
        rows = c.list_consultations(s, observer)
        counts = c.consultation_counts(s, observer)
    assert [(r.title, r.tier, r.state, r.provisions) for r in rows] == [
        ("Ciclovías seguras en la ciudad", "audience", "pending", ("Art. 13",)),
        ("Derecho al agua potable", "hearing", "pending", ("Art. 9", "Art. 16, A, 3")),
    ]
    agua = rows[1]
    assert (agua.url, agua.signatures, agua.petitioners) == (
        "https://www.change.org/p/agua", 12_000, "Lucía Méndez Ortiz")
    assert (agua.outcome, agua.decided_on, agua.method, agua.wording_sha256, agua.recorded_by) == (None,) * 5
    assert not agua.victory and not agua.requested
    assert counts == {"pending": 2, "approved": 0, "rejected": 0, "stale": 0}


def test_a_hearing_petition_that_feeds_nothing_is_not_consulted(db, counsel, case):
    from tests.secretariat.test_consultations_support import petition

    lone = petition(db, counsel, "sola", 20_000, title="Petición sin disposición")
    with db.read() as s:
        assert "sola" not in _states(db, counsel)
        detail = c.consultation_detail(s, counsel, lone)
    assert (detail.row, detail.eligible, detail.items, detail.history) == (None, False, (), ())


def test_an_approval_binds_the_exact_wording(db, counsel, clerk, case):
    versions = shown(db, case["art9"], case["art16"])
    row = _approve(db, clerk, case["agua"], versions, method="signed_letter", remarks="Conforme.")
    items = sorted((pid, vid) for pid, vid in versions.items())
    with db.read() as s:
        by_id = {i.provision_id: i.text_sha256 for i in c.consultation_detail(s, clerk, case["agua"]).items}
    expected = hashlib.sha256("\n".join(f"{pid}:{vid}:{by_id[pid]}" for pid, vid in items)
                              .encode("utf-8")).hexdigest()
    assert row.wording_sha256 == expected
    assert (row.outcome, row.method, row.remarks, row.recorded_by, row.stale) == (
        "approved", "signed_letter", "Conforme.", "actuario", False)
    assert [(i.citation, i.number, i.current_number, i.changed) for i in row.items] == [
        ("Art. 9", 1, 1, False), ("Art. 16, A, 3", 1, 1, False)]
    assert _states(db, clerk) == {"agua": "approved", "bici": "pending"}
    with db.read() as s:
        listed = next(r for r in c.list_consultations(s, clerk) if r.petition_id == case["agua"])
        trail = audit.history(s, counsel, "consultation", case["agua"])
    assert (listed.wording_sha256, listed.decided_on, listed.method, listed.recorded_by) == (
        expected, ON + timedelta(days=3), "signed_letter", "actuario")
    assert trail[-1].action == "record_outcome"


def test_an_approval_turns_stale_when_its_wording_changes_and_stays_on_record(db, counsel, adviser, clerk, case):
    first = _approve(db, clerk, case["agua"], shown(db, case["art9"], case["art16"]))
    with db.write() as s:
        save(s, adviser, case["art16"], "El agua es un bien público, social, cultural y común.")
    assert _states(db, clerk)["agua"] == "stale"
    with db.write() as s:  # back to the approved words: the approval holds again
        restore(s, adviser, case["art16"], 1)
    assert _states(db, clerk)["agua"] == "approved"
    with db.write() as s:
        save(s, adviser, case["art16"], "El agua es un bien público, social, cultural y común.")
    assert _states(db, clerk)["agua"] == "stale"
    with db.read() as s:
        detail = c.consultation_detail(s, clerk, case["agua"])
        counts = c.consultation_counts(s, clerk)
        stale_rows = c.list_consultations(s, clerk, states=["stale"])
        segments = c.approved_redline(s, clerk, first.id, case["art16"])
    assert counts["stale"] == 1 and [r.petition_id for r in stale_rows] == [case["agua"]]
    (kept,) = detail.history
    assert kept.id == first.id and kept.stale and kept.wording_sha256 == first.wording_sha256
    assert [(i.citation, i.number, i.current_number, i.changed) for i in kept.items] == [
        ("Art. 9", 1, 1, False), ("Art. 16, A, 3", 1, 4, True)]
    assert [i.number for i in detail.items] == [1, 4]
    assert "".join(x.text for x in segments if x.op != "insert") == "El agua es un bien público, social y cultural."
    assert "".join(x.text for x in segments if x.op != "delete") == \
        "El agua es un bien público, social, cultural y común."
    assert any(x.op == "insert" and "común" in x.text for x in segments)
    assert all(isinstance(x, Segment) for x in segments)
    # consulted again on today's wording: approved again, the stale answer still on record
    again = _approve(db, clerk, case["agua"], shown(db, case["art9"], case["art16"]))
    with db.read() as s:
        history = c.consultation_detail(s, clerk, case["agua"]).history
    assert [h.id for h in history] == [again.id, first.id] and [h.stale for h in history] == [False, True]
    assert _states(db, clerk)["agua"] == "approved"


def test_a_provision_linked_after_the_approval_makes_it_pending(db, counsel, clerk, case):
    _approve(db, clerk, case["bici"], shown(db, case["art13"]))
    assert _states(db, clerk)["bici"] == "approved"
    with db.write() as s:
        extra = provision(s, counsel, "Art. 14", heading="Ciudad segura")
        save(s, counsel, extra, "Toda persona tiene derecho a la movilidad.")
        link(s, counsel, case["bici"], extra)
    assert _states(db, clerk)["bici"] == "pending"


def test_approving_a_version_that_is_no_longer_current_is_refused_and_writes_nothing(db, adviser, clerk, case):
    seen = shown(db, case["art9"], case["art16"])
    with db.write() as s:
        save(s, adviser, case["art16"], "El agua es un bien común.")
    before = written(db)
    with pytest.raises(SecretariatError) as refused:
        _approve(db, clerk, case["agua"], seen)
    assert refused.value.code == "approval_not_current"
    assert refused.value.sentence() == ("La redacción de Art. 16, A, 3 cambió (versión 2) desde la versión 1 "
                                        "que se consultó; vuelva a consultar.")
    assert written(db) == before
    assert _states(db, clerk)["agua"] == "pending"


@pytest.mark.parametrize("change, code", [
    (dict(versions="missing"), "approval_missing_provisions"),
    (dict(versions="extra"), "approval_extra_provisions"),
    (dict(versions="foreign"), "approval_wrong_version"),
    (dict(outcome="maybe"), "invalid_input"),
    (dict(method="fax"), "invalid_input"),
    (dict(outcome="rejected"), "remarks_required_rejected"),
    (dict(outcome="approved_with_remarks", remarks=" \x07 "), "remarks_required_approved_with_remarks"),
    (dict(decided_on=TODAY + timedelta(days=1)), "consultation_future_date"),
    (dict(petition="parques"), "consultation_not_eligible"),
])
def test_bad_answers_are_refused_with_one_sentence_and_nothing_written(db, clerk, case, change, code):
    versions, change = shown(db, case["art9"], case["art16"]), dict(change)
    kind = change.pop("versions", None)
    if kind == "missing":
        versions.pop(case["art9"])
    elif kind == "extra":
        versions.update(shown(db, case["art13"]))
    elif kind == "foreign":
        versions[case["art9"]] = shown(db, case["art13"])[case["art13"]]
    pid = case[change.pop("petition", "agua")]
    before = written(db)
    with pytest.raises(SecretariatError) as refused:
        _approve(db, clerk, pid, versions, **change)
    assert refused.value.code == code
    sentence = refused.value.sentence()
    assert sentence.count(".") >= 1 and "{" not in sentence and "Error inesperado" not in sentence, sentence
    assert written(db) == before


def test_sentences_name_the_provisions(db, clerk, case):
    versions = shown(db, case["art16"])
    with pytest.raises(SecretariatError) as refused:
        _approve(db, clerk, case["agua"], versions)
    assert refused.value.sentence() == ("Falta la redacción consultada de «Art. 9», que la petición también "
                                        "alimenta; no se registró nada.")
    with pytest.raises(NotFound):
        _approve(db, clerk, 999_999, versions)


def test_a_provision_without_wording_cannot_be_consulted(db, counsel, clerk, case):
    with db.write() as s:
        empty = provision(s, counsel, "Art. 15", heading="Por redactar")
        link(s, counsel, case["bici"], empty)
    versions = shown(db, case["art13"]) | {empty: 0}
    with pytest.raises(SecretariatError) as refused:
        _approve(db, clerk, case["bici"], versions)
    assert refused.value.code == "approval_no_wording" and "Art. 15" in refused.value.sentence()
    with db.read() as s:
        items = c.consultation_detail(s, clerk, case["bici"]).items
    assert [(i.citation, i.version_id, i.text) for i in items] == [
        ("Art. 13", items[0].version_id, "Se garantiza la movilidad segura."), ("Art. 15", None, "")]


def test_remarks_lose_control_characters(db, clerk, case):
    row = _approve(db, clerk, case["bici"], shown(db, case["art13"]), outcome="rejected",
                   remarks="  No incluye\x0b las ciclovías\x00 confinadas.\r\n ")
    assert row.remarks == "No incluye las ciclovías confinadas."
    assert _states(db, clerk)["bici"] == "rejected"


def test_search_ignores_case_and_accents(db, clerk, case):
    def found(term):
        with db.read() as s:
            return sorted(r.url.rsplit("/", 1)[1] for r in c.list_consultations(s, clerk, search=term))

    assert found("CICLOVIAS") == ["bici"]
    assert found("lucia mendez") == ["agua"]
    assert found("change.org/p/agu") == ["agua"]
    assert found("50%") == []
    assert found("") == ["agua", "bici"]
    with pytest.raises(InvalidInput):
        with db.read() as s:
            c.list_consultations(s, clerk, states=["olvidada"])


def test_the_counsel_adds_and_withdraws_a_petition(db, counsel, adviser, clerk, case):
    assert "parques" not in _states(db, clerk)
    with db.write() as s:
        detail = c.request_consultation(s, counsel, case["parques"], note="Idea cercana a la \x07de bici.")
    assert detail.eligible and detail.requested and detail.row.requested and detail.row.state == "pending"
    assert _states(db, clerk)["parques"] == "pending"
    _approve(db, clerk, case["parques"], shown(db, case["art13"]))
    with db.write() as s:
        again = c.request_consultation(s, counsel, case["parques"], note="Otra nota")
        withdrawn = c.withdraw_request(s, counsel, case["parques"])
    assert again.row.state == "approved"
    assert not withdrawn.eligible and withdrawn.row is None and len(withdrawn.history) == 1
    assert "parques" not in _states(db, clerk)
    with pytest.raises(SecretariatError) as refused, db.write() as s:
        c.withdraw_request(s, counsel, case["parques"])
    assert refused.value.code == "consultation_not_requested"
    with pytest.raises(PermissionDenied), db.write() as s:
        c.request_consultation(s, adviser, case["parques"])
    with db.read() as s:
        actions = [a.action for a in audit.history(s, counsel, "consultation", case["parques"])]
    assert actions == ["request_consultation", "record_outcome", "request_consultation", "withdraw_request"]


def test_an_observer_cannot_record_approvals_and_a_clerk_can(db, observer, clerk, case):
    versions = shown(db, case["art13"])
    before = written(db)
    with pytest.raises(PermissionDenied) as refused:
        _approve(db, observer, case["bici"], versions)
    assert refused.value.sentence() == ("Su rol (observador) no permite registrar el visto bueno de los "
                                        "peticionarios.")
    assert written(db) == before
    assert _approve(db, clerk, case["bici"], versions).outcome == "approved"


def test_broken_text_pasted_into_remarks_is_cleaned_not_a_crash(db, clerk, case):
    """Lone surrogates and control characters from a bad copy-paste cannot even be encoded; they
    are removed before saving, like any control character."""
    versions = shown(db, case["art9"], case["art16"])
    row = _approve(db, clerk, case["agua"], versions, outcome="approved_with_remarks",
                   remarks="Conforme \ud800con\x07 el texto\ufffe.")
    assert row.remarks == "Conforme con el texto."
    with db.read() as s:
        assert c.consultation_detail(s, clerk, case["agua"]).history[0].remarks == "Conforme con el texto."
