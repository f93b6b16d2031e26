"""Admissibility decisions: coded reasons, duplicates, roles, conflicts, audit."""

from datetime import date

import pytest

from secretariat.errors import ConflictError, NotFound, PermissionDenied, SecretariatError
from secretariat.services import audit, petitions

from .helpers import day, row

D = date(2016, 7, 1)


@pytest.fixture
def two(db, adviser):
    day(db, adviser, [row("agua", 6000, D), row("agua-potable", 5200, D, line=3)])
    with db.read() as s:
        return (petitions.petition_id_by_url(s, "https://www.change.org/p/agua"),
                petitions.petition_id_by_url(s, "change.org/p/agua-potable/"))


def decide(db, actor, pid, *args, **kw):
    with db.write() as s:
        return petitions.decide_admissibility(s, actor, pid, *args, **kw)


def test_admit_then_inadmissible_with_reason_and_note(db, adviser, two):
    a, _ = two
    decide(db, adviser, a, "admitted")
    change = decide(db, adviser, a, "inadmissible", "restricts_rights",
                    note="Limitaría la libertad de expresión reconocida en el art. 7")
    assert (change.before, change.after, change.reason) == ("admitted", "inadmissible", "restricts_rights")
    with db.read() as s:
        d = petitions.petition_detail(s, adviser, a)
        hist = audit.history(s, adviser, "petition", a)
    assert (d.admissibility, d.inadmissible_reason) == ("inadmissible", "restricts_rights")
    assert "libertad de expresión" in d.admissibility_note
    assert [h.action for h in hist] == ["decide_admissibility", "decide_admissibility"]
    assert '"admissibility":"admitted"' in hist[1].before


def test_duplicate_names_the_other_petition(db, adviser, two):
    a, b = two
    decide(db, adviser, b, "inadmissible", "duplicate", duplicate_of_url="https://change.org/p/agua?utm=x")
    with db.read() as s:
        d = petitions.petition_detail(s, adviser, b)
    assert d.duplicate_of_url == "https://www.change.org/p/agua"


@pytest.mark.parametrize("kwargs,code", [
    ({"reason": None}, "reason_required"),
    ({"reason": "duplicate"}, "duplicate_requires_target"),
    ({"reason": "whatever"}, "reason_required"),
])
def test_inadmissible_needs_a_coded_reason(db, adviser, two, kwargs, code):
    with pytest.raises(SecretariatError) as e:
        decide(db, adviser, two[0], "inadmissible", **kwargs)
    assert e.value.code == code
    with db.read() as s:
        assert petitions.petition_detail(s, adviser, two[0]).admissibility == "pending"


def test_duplicate_of_unknown_petition_is_refused(db, adviser, two):
    with pytest.raises(NotFound) as e:
        decide(db, adviser, two[0], "inadmissible", "duplicate", duplicate_of_url="https://www.change.org/p/nada")
    assert "nada" in e.value.sentence("es")


def test_admitting_clears_the_reason(db, adviser, two):
    decide(db, adviser, two[0], "inadmissible", "other", note="x")
    decide(db, adviser, two[0], "admitted")
    with db.read() as s:
        d = petitions.petition_detail(s, adviser, two[0])
    assert (d.admissibility, d.inadmissible_reason) == ("admitted", None)


def test_stale_version_is_a_conflict_not_an_overwrite(db, adviser, counsel, two):
    with db.read() as s:
        seen = petitions.petition_detail(s, adviser, two[0]).version
    decide(db, counsel, two[0], "admitted", expected_version=seen)
    with pytest.raises(ConflictError) as e:
        decide(db, adviser, two[0], "inadmissible", "other", expected_version=seen)
    assert "Otra persona modificó" in e.value.sentence("es")
    with db.read() as s:
        assert petitions.petition_detail(s, adviser, two[0]).admissibility == "admitted"


@pytest.mark.parametrize("who", ["clerk", "observer"])
def test_clerk_and_observer_cannot_decide(db, request, two, who):
    with pytest.raises(PermissionDenied):
        decide(db, request.getfixturevalue(who), two[0], "admitted")


def test_control_characters_in_note_are_cleaned(db, adviser, two):
    decide(db, adviser, two[0], "inadmissible", "other", note="Fuera\x07 de plazo\x00")
    with db.read() as s:
        assert petitions.petition_detail(s, adviser, two[0]).admissibility_note == "Fuera de plazo"
