"""Exports reach their real name only when complete: a failure or a cancel leaves nothing."""

from __future__ import annotations

import pytest

from exports.atomic import atomic_target
from secretariat.errors import SecretariatError
from secretariat.progress import Cancelled


def _entries(folder):
    return sorted(p.name for p in folder.iterdir())


def test_the_file_appears_under_its_name_only_at_the_end(tmp_path):
    target = tmp_path / "seguimiento.xlsx"
    with atomic_target(target) as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".seguimiento.xlsx.") and tmp.suffix == ".part"
        tmp.write_bytes(b"contenido")
        assert not target.exists()
    assert target.read_bytes() == b"contenido"
    assert _entries(tmp_path) == ["seguimiento.xlsx"]


@pytest.mark.parametrize("stop", [RuntimeError("falla"), Cancelled(), KeyboardInterrupt()],
                         ids=["error", "cancel", "ctrl-c"])
def test_a_failed_or_cancelled_export_leaves_nothing_and_keeps_the_older_file(tmp_path, stop):
    target = tmp_path / "seguimiento.xlsx"
    target.write_bytes(b"version anterior")
    with pytest.raises(type(stop)):
        with atomic_target(target) as tmp:
            tmp.write_bytes(b"a medias")
            raise stop
    assert target.read_bytes() == b"version anterior"
    assert _entries(tmp_path) == ["seguimiento.xlsx"]


def test_a_new_file_that_fails_leaves_no_file_at_all(tmp_path):
    with pytest.raises(Cancelled):
        with atomic_target(tmp_path / "nuevo.xlsx") as tmp:
            tmp.write_bytes(b"x" * 10_000)
            raise Cancelled()
    assert _entries(tmp_path) == []


def test_a_missing_folder_is_one_plain_sentence(tmp_path):
    target = tmp_path / "no-existe" / "seguimiento.xlsx"
    with pytest.raises(SecretariatError) as err:
        with atomic_target(target):
            pytest.fail("the body must not run")
    assert err.value.code == "export_write_failed"
    assert err.value.params == {"path": str(target), "detail": "la carpeta no existe"}
    sentence = err.value.sentence("es")
    assert "seguimiento.xlsx" in sentence and "la carpeta no existe" in sentence


def test_a_folder_as_the_target_is_refused(tmp_path):
    (tmp_path / "carpeta.xlsx").mkdir()
    with pytest.raises(SecretariatError) as err:
        with atomic_target(tmp_path / "carpeta.xlsx"):
            pytest.fail("the body must not run")
    assert err.value.params["detail"] == "es una carpeta"


def test_an_export_that_wrote_nothing_is_an_error_not_an_empty_file(tmp_path):
    with pytest.raises(SecretariatError) as err:
        with atomic_target(tmp_path / "vacio.xlsx"):
            pass
    assert err.value.params["detail"] == "no se escribió nada"
    assert _entries(tmp_path) == []


def test_a_disk_error_while_writing_names_the_file_and_cleans_up(tmp_path):
    target = tmp_path / "seguimiento.xlsx"
    with pytest.raises(SecretariatError) as err:
        with atomic_target(target) as tmp:
            tmp.write_bytes(b"parcial")
            raise OSError(28, "No space left on device")
    assert err.value.params == {"path": str(target), "detail": "no queda espacio en el disco"}
    assert _entries(tmp_path) == []
