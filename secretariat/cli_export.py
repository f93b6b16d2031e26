"""CLI exports: ``secretariat export KIND ... OUT``.

- ``export tracker OUT.xlsx``: the Excel tracker;
- ``export session-packet --session YYYY-MM-DD OUT.docx``: the packet of that day's session;
- ``export assembly-dossier OUT.docx``: the dossier for the constituent assembly;
- ``export petition-dossier URL OUT.docx [--with-contacts]``: everything about one petition
  (petitioners' e-mails and phones only with ``--with-contacts``).

The Word dossiers carry the window's growth charts: Qt is imported only inside those commands,
on the ``offscreen`` platform (``ui.charts_headless``); where Qt cannot start, the dossier is
exported without charts and stderr says so.

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
    docx = _es("ARCHIVO.docx", "FILE.docx")
    p = kinds.add_parser("session-packet", help=_es(
        "paquete de Word de una sesión del grupo redactor", "Word packet of a drafting committee session"))
    p.add_argument("--session", required=True, type=_cli()._iso_date, metavar=_es("AAAA-MM-DD", "YYYY-MM-DD"),
                   help=_es("el día de la sesión", "the session's day"))
    p.add_argument("out", metavar=docx)
    a = kinds.add_parser("assembly-dossier", help=_es(
        "expediente de Word para la Asamblea Constituyente", "Word dossier for the constituent assembly"))
    a.add_argument("out", metavar=docx)
    d = kinds.add_parser("petition-dossier", help=_es(
        "expediente de Word de una petición", "Word dossier of one petition"))
    d.add_argument("url", metavar="URL")
    d.add_argument("out", metavar=docx)
    d.add_argument("--with-contacts", action="store_true", help=_es(
        "incluye correos y teléfonos de los peticionarios", "include the petitioners' e-mails and phones"))


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
    if not os.access(out.parent, os.W_OK):
        raise cli._Fail(f"No hay permiso para escribir en la carpeta «{out.parent}»; no se guardó nada.",
                        f"There is no permission to write in the folder «{out.parent}»; nothing was saved.")
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


def _charts():
    """The growth-chart renderer, or None (said once on stderr) when Qt cannot start here."""
    try:
        from ui.charts_headless import render_growth_png, start

        start()
        return render_growth_png
    except Exception as exc:  # noqa: BLE001 - no Qt, no display plug-in, a broken install: no charts
        sys.stderr.write(_es(f"Aviso: no se pudieron dibujar las gráficas de crecimiento ({exc}); el documento "
                             "se guarda sin ellas.\n",
                             f"Warning: the growth charts could not be drawn ({exc}); the document is saved "
                             "without them.\n"))
        return None


def _dossier(args, build, write, charts: bool, said_es: str, said_en: str) -> int:
    """Check the name, sign in, start Qt for the charts if asked, read the data
    (``build(session, actor, chart, lang, progress)``) and write the .docx (atomically)."""
    from .services.dossier_data import share

    cli = _cli()
    out = _output(args.out, ".docx")
    db = cli._open(args)
    actor = cli._sign_in(db, args)
    chart = _charts() if charts else None
    with db.read() as s, _terminal_progress() as progress:
        data = build(s, actor, chart, _lang(), share(progress, 0, 40))
        write(data, out, share(progress, 40, 60))
    print(_es(f"{said_es} guardado en «{os.fspath(out)}».", f"{said_en} saved to «{os.fspath(out)}»."))
    return EXIT_OK


def cmd_session_packet(args) -> int:
    from exports.session_packet import write_session_packet

    from .services.dossier_data import session_packet_data

    def build(s, actor, chart, lang, progress):
        return session_packet_data(s, actor, args.session, chart=chart, lang=lang, progress=progress)

    return _dossier(args, build, write_session_packet, True, "Paquete de la sesión", "Session packet")


def cmd_assembly_dossier(args) -> int:
    from exports.assembly_dossier import write_assembly_dossier

    from .services.dossier_data import assembly_dossier_data

    def build(s, actor, _chart, lang, progress):
        return assembly_dossier_data(s, actor, lang=lang, progress=progress)

    return _dossier(args, build, write_assembly_dossier, False, "Expediente para la Asamblea", "Assembly dossier")


def cmd_petition_dossier(args) -> int:
    from exports.petition_dossier import write_petition_dossier

    from .services.dossier_data import petition_dossier_data

    def build(s, actor, chart, lang, progress):
        return petition_dossier_data(s, actor, args.url, with_contacts=args.with_contacts, chart=chart, lang=lang,
                                     progress=progress)

    return _dossier(args, build, write_petition_dossier, True, "Expediente de la petición", "Petition dossier")


def _lang() -> str:
    return "en" if _cli()._lang().startswith("en") else "es"


_KINDS = {"tracker": cmd_tracker, "session-packet": cmd_session_packet, "assembly-dossier": cmd_assembly_dossier,
          "petition-dossier": cmd_petition_dossier}


def cmd_export(args) -> int:
    return _KINDS[args.export_kind](args)


COMMANDS = {"export": cmd_export}
