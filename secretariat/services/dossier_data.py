"""The plain data of the three Word dossiers, read from the case file (no Qt, no files).

- ``session_packet_data(s, actor, held_on, *, chart=None, today=None, lang="es", progress=...)``
  → ``SessionPacketData`` (``dossier_packet``);
- ``assembly_dossier_data(s, actor, *, today=None, lang="es", progress=...)``
  → ``AssemblyDossierData`` (``dossier_assembly``);
- ``petition_dossier_data(s, actor, url_or_id, *, with_contacts=False, chart=None, today=None,
  lang="es", progress=...)`` → ``PetitionDossierData`` (``dossier_petition``).

Each checks READ. ``chart`` is ``(counts: list[tuple[date, int]], thresholds) -> PNG bytes`` (the
caller's Qt renderer; None: no charts). ``today`` is the date printed on the documents. The
``exports`` writers (``write_session_packet`` …) turn the data into .docx files.

Petitioners' contact data is never read for the packet or the assembly dossier, and is copied
into the petition dossier's data only with ``with_contacts=True``.

``share(progress, first, width)`` maps a step of one phase (reading, then writing) onto a part of
one progress bar of 100, so the CLI and the window show a single bar for both.
"""

from __future__ import annotations

from ..progress import Progress
from .dossier_assembly import assembly_dossier_data
from .dossier_frame import Chart
from .dossier_packet import session_packet_data
from .dossier_petition import petition_dossier_data

__all__ = ["Chart", "assembly_dossier_data", "petition_dossier_data", "session_packet_data", "share"]


def share(progress: Progress, first: int, width: int) -> Progress:
    """A ``Progress`` whose ``step(done, total)`` reports ``first + width·done/total`` of 100 to
    ``progress`` (and whose cancel is ``progress``'s)."""
    def report(done: int, total: int) -> None:
        progress.report(first + (width * min(done, total) // total if total > 0 else 0), 100)

    return Progress(report=report, is_cancelled=progress.is_cancelled)
