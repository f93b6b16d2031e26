"""CLI exports: ``secretariat export KIND ... OUT``.

Only ``tracker`` exists for now (``secretariat export tracker OUT.xlsx``); the dossiers
(``session-packet``, ``assembly-dossier``, ``petition-dossier``) will be further kinds of the
same ``export`` command, each one entry in ``_KINDS``.

Wired in by ``secretariat/cli.py`` (which owns the parser and ``main``): ``register(sub)`` adds
the command, ``COMMANDS`` maps it to its function. Like the rest of the CLI it has no logic of its
own: it signs in, reads the data through a service and hands it to ``exports``. The file is
written under a temporary name and renamed at the end, so Ctrl+C or an error leaves no file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .progress import NO_PROGRESS, Progress

EXIT_OK = 0


def _cli():
    # Imported late: cli.py imports this module while it is being built.
    from . import cli

    return cli


def _es(es: str, en: str) -> str:
    return _cli()._es(es, en)


def register(sub) -> None:
    """Add ``export KIND ...`` to the top-level subparsers."""
    e = sub.add_parser("export", help=_es("exporta el expediente a un archivo (Excel o Word)",
                                          "export the case file to a file (Excel or Word)"))
    kinds = e.add_subparsers(dest="export_kind", metavar=_es("TIPO", "KIND"), required=True)
    t = kinds.add_parser("tracker", help=_es(
        "libro de Excel de seguimiento: peticiones, cortes diarios y cruces de nivel",
        "Excel tracker: petitions, daily counts and tier crossings"))
    t.add_argument("out", metavar=_es("ARCHIVO.xlsx", "FILE.xlsx"))


def _output(path: str, suffix: str) -> Path:
    cli = _cli()
    out = Path(path)
    if out.suffix.lower() != suffix:
        raise cli._Fail(f"El archivo de salida «{path}» debe terminar en {suffix}.",
                        f"The output file «{path}» must end in {suffix}.")
    if out.is_dir():
        raise cli._Fail(f"«{path}» es una carpeta; indique el nombre del archivo.",
                        f"«{path}» is a folder; give a file name.")
    if not out.parent.is_dir():
        raise cli._Fail(f"No existe la carpeta «{out.parent}» donde guardar «{out.name}».",
                        f"The folder «{out.parent}» to save «{out.name}» in does not exist.")
    return out


@contextmanager
def _terminal_progress() -> Iterator[Progress]:
    """A percentage on stderr while a long export runs, only when stderr is a terminal."""
    if not (sys.stderr is not None and sys.stderr.isatty()):
        yield NO_PROGRESS
        return
    label = _es("Exportando", "Exporting")
    shown = [-1]

    def report(done: int, total: int) -> None:
        pct = 100 if total <= 0 else done * 100 // total
        if pct != shown[0]:
            shown[0] = pct
            sys.stderr.write(f"\r{label}… {pct} %")
            sys.stderr.flush()

    try:
        yield Progress(report=report)
    finally:
        if shown[0] >= 0:
            sys.stderr.write("\r" + " " * (len(label) + 8) + "\r")
            sys.stderr.flush()


def cmd_tracker(args) -> int:
    from exports.tracker import write_tracker

    from .services.tracker_data import tracker_data

    cli = _cli()
    out = _output(args.out, ".xlsx")
    db = cli._open(args)
    actor = cli._sign_in(db, args)
    with db.read() as s, _terminal_progress() as progress:
        data = tracker_data(s, actor)
        result = write_tracker(out, data, progress)
    summary = data.summary
    sheets = len(result.sheets)
    print(_es(f"Libro de seguimiento guardado en «{os.fspath(out)}»: {summary.petitions:,} peticiones, "
              f"{summary.counts:,} cortes diarios y {summary.crossings:,} cruces de nivel en {sheets} hojas.",
              f"Tracker saved to «{os.fspath(out)}»: {summary.petitions:,} petitions, "
              f"{summary.counts:,} daily counts and {summary.crossings:,} tier crossings in {sheets} sheets."))
    return EXIT_OK


_KINDS = {"tracker": cmd_tracker}


def cmd_export(args) -> int:
    return _KINDS[args.export_kind](args)


COMMANDS = {"export": cmd_export}
