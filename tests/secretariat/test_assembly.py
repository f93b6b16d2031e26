"""The constituent assembly's outcome for each provision (kept / amended with a redline against
ours / removed) and what became of each petition's idea."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from secretariat.errors import ConflictError, InvalidInput, PermissionDenied, SecretariatError
from secretariat.services import assembly, audit
from tests.secretariat.test_consultations_support import (
    TODAY,
    current,
    drafted_case,
    finalize,
    written,
)

VOTED = TODAY - timedelta(days=2)


@pytest.fixture
def case(db, counsel):
    ids = drafted_case(db, counsel)
    with db.write() as s:
        for key in ("art9", "art16", "art13"):
            finalize(s, counsel, current(s, ids[key]))
    return ids


def _fate(db, actor, provision_id, fate, **kw):
    kw.setdefault("decided_on", VOTED)
    with db.write() as s:
        return assembly.record_fate(s, actor, provision_id, fate, **kw)


def test_kept_amended_and_removed(db, counsel, observer, case):
    kept = _fate(db, counsel, case["art9"], "kept", note="Aprobado en lo general.")
    amended = _fate(db, counsel, case["art16"], "amended",
                    assembly_text="El agua es un bien público,\x07 social, cultural y común.\r\n")
    removed = _fate(db, counsel, case["art13"], "removed")
    assert (kept.fate, kept.sent_number, kept.sent_text, kept.assembly_text, kept.segments) == (
        "kept", 1, "Toda persona tiene derecho al agua.", "", ())
    assert amended.assembly_text == "El agua es un bien público, social, cultural y común."
    ours = "".join(x.text for x in amended.segments if x.op != "insert")
    theirs = "".join(x.text for x in amended.segments if x.op != "delete")
    assert (ours, theirs) == (amended.sent_text, amended.assembly_text)
    assert [x.text for x in amended.segments if x.op == "insert"] and removed.segments == ()
    with db.read() as s:
        rows = assembly.assembly_outcomes(s, observer)
    assert [(r.citation, r.fate, r.decided_on) for r in rows] == [
        ("Art. 9", "kept", VOTED), ("Art. 16, A, 3", "amended", VOTED), ("Art. 13", "removed", VOTED)]


def test_what_became_of_each_petitions_idea(db, counsel, clerk, case):
    _fate(db, counsel, case["art16"], "amended", assembly_text="El agua es un bien común.")
    with db.read() as s:
        agua = assembly.petition_fates(s, clerk, case["agua"])
        bici = assembly.petition_fates(s, clerk, case["bici"])
        nothing = assembly.petition_fates(s, clerk, 999_999)
    assert [(f.citation, f.fate, f.decided_on) for f in agua] == [
        ("Art. 9", None, None), ("Art. 16, A, 3", "amended", VOTED)]
    assert agua[0].segments == () and any(x.op == "delete" for x in agua[1].segments)
    assert [(f.citation, f.fate) for f in bici] == [("Art. 13", None)] and nothing == []


def test_recording_again_replaces_the_fate_with_an_audit_trail(db, counsel, case):
    first = _fate(db, counsel, case["art9"], "kept")
    second = _fate(db, counsel, case["art9"], "removed", note="Se suprimió en el pleno.",
                   expected_version=first.version)
    assert second.fate == "removed" and second.version == first.version + 1
    with pytest.raises(ConflictError) as stale:
        _fate(db, counsel, case["art9"], "kept", expected_version=first.version)
    assert "Art. 9" in stale.value.sentence()
    with db.read() as s:
        rows = assembly.assembly_outcomes(s, counsel)
        trail = audit.history(s, counsel, "assembly", case["art9"])
    assert [(r.citation, r.fate) for r in rows] == [("Art. 9", "removed")]
    assert [(t.action, json.loads(t.before or "{}").get("fate"), json.loads(t.after)["fate"]) for t in trail] == [
        ("record_fate", None, "kept"), ("record_fate", "kept", "removed")]


@pytest.mark.parametrize("fate, kw, code", [
    ("amended", {}, "assembly_text_required"),
    ("amended", {"assembly_text": "  Toda persona tiene derecho al agua.\x00 "}, "assembly_text_unchanged"),
    ("kept", {"assembly_text": "Otro texto."}, "assembly_text_not_amended"),
    ("rejected", {}, "invalid_input"),
    ("kept", {"decided_on": TODAY + timedelta(days=1)}, "assembly_future_date"),
])
def test_bad_fates_are_refused_and_nothing_written(db, counsel, case, fate, kw, code):
    before = written(db)
    with pytest.raises(SecretariatError) as refused:
        _fate(db, counsel, case["art9"], fate, **kw)
    assert refused.value.code == code
    assert "Error inesperado" not in refused.value.sentence() and "{" not in refused.value.sentence()
    assert written(db) == before


def test_only_a_final_wording_goes_to_the_assembly(db, counsel, adviser, case):
    from tests.secretariat.test_consultations_support import provision, save

    with db.write() as s:
        draft = provision(s, counsel, "Art. 20", heading="Por votar")
        save(s, adviser, draft, "Texto en borrador.")
        empty = provision(s, counsel, "Art. 21")
    with pytest.raises(SecretariatError) as refused:
        _fate(db, counsel, draft, "kept")
    assert refused.value.sentence() == ("La redacción vigente de Art. 20 (versión 1) no es final; márquela como "
                                        "final antes de registrar lo que resolvió la Asamblea.")
    with pytest.raises(SecretariatError) as none:
        _fate(db, counsel, empty, "removed")
    assert none.value.code == "assembly_no_wording"


def test_only_the_counsel_records_the_assembly(db, adviser, clerk, case):
    for actor in (adviser, clerk):
        with pytest.raises(PermissionDenied):
            _fate(db, actor, case["art9"], "kept")
    with pytest.raises(InvalidInput), db.read() as s:
        assembly.record_fate(s, adviser.__class__(None, "t", "counsel"), case["art9"], "kept",
                             decided_on="ayer")
