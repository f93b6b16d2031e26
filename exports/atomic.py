"""Write a file under a temporary name and give it its real name only when it is complete.

Every export writes through ``atomic_target``: the work writes to a hidden temporary file in the
target's own folder (so the final rename never crosses file systems), the file is flushed to the
disk, and ``os.replace`` puts it under the real name in one step. If the work raises anything (an
error, ``Cancelled``, ``KeyboardInterrupt``), the temporary file is removed: a cancelled or crashed
export never leaves a truncated file under the real name, and an older file of that name is kept.

File-system failures become ``SecretariatError("export_write_failed", path=..., detail=...)``,
one sentence that names the file and the reason.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from secretariat.errors import SecretariatError
from secretariat.files import sweep_stale_parts

TEMP_SUFFIX = ".part"

_OS_REASONS = {
    errno.ENOENT: "la carpeta no existe", errno.EACCES: "no hay permiso para escribir ahí",
    errno.EPERM: "no hay permiso para escribir ahí", errno.ENOSPC: "no queda espacio en el disco",
    errno.EROFS: "el disco es de solo lectura", errno.EISDIR: "es una carpeta",
    errno.ENAMETOOLONG: "el nombre es demasiado largo",
}


def os_reason(exc: OSError) -> str:
    """A short Spanish reason for a file-system error (the OS words it in English)."""
    if isinstance(exc, PermissionError) and os.name == "nt":
        # Windows refuses to replace a file that Excel or Word has open.
        return "no hay permiso para escribir ahí, o el archivo está abierto en otro programa"
    return _OS_REASONS.get(exc.errno or 0) or exc.strerror or str(exc)


def temp_name(target: Path) -> Path:
    """The hidden temporary name used while ``target`` is being written."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def _failed(target: Path, detail: str) -> SecretariatError:
    return SecretariatError("export_write_failed", path=str(target), detail=detail)


@contextmanager
def atomic_target(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path to write; on success it becomes ``path``, on failure it is removed."""
    target = Path(path)
    if target.is_dir():
        raise _failed(target, _OS_REASONS[errno.EISDIR])
    folder = target.parent
    if not folder.is_dir():
        raise _failed(target, _OS_REASONS[errno.ENOENT])
    tmp = temp_name(target)
    sweep_stale_parts(target)  # leftovers of a killed export of this name (hours old)
    try:
        yield tmp
        if not tmp.exists():
            raise _failed(target, "no se escribió nada")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        _remove(tmp)
        raise _failed(target, os_reason(exc)) from exc
    except BaseException:
        _remove(tmp)
        raise
    _sync_folder(folder)


def _remove(tmp: Path) -> None:
    try:
        tmp.unlink(missing_ok=True)
    except OSError:  # pragma: no cover - nothing better to do; the name is hidden and marked .part
        pass


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to flush."""
    if os.name == "nt":  # pragma: no cover
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems refuse; the file itself is synced
        pass
    finally:
        os.close(fd)
