"""Invented evidence for the demo's consultations: a signed letter as a one-page PDF (as a
scanner would leave it, minus the scan), a saved e-mail (.eml) and the clerk's note of an
in-person consultation (.txt). Pure: each function returns (file name, bytes).

``Answer`` says what the petitioner answered: approved or not, and their remarks in their own
words (first person, for the letter and the e-mail) and as recorded (for the clerk's note)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from ..text import fold
from .demo_drafting_words import CONSULT_ADDRESS
from .session_types import long_date_es

ADDRESSEE = ("Grupo redactor de la Constitución Política de la Ciudad de México", "Presente")
MEXICO_CITY = timezone(timedelta(hours=-6))


@dataclass(frozen=True)
class Answer:
    name: str          # the petitioner who answered
    title: str         # the petition's title
    wording: str       # what was shown: "Art. 9, F, 1 (versión 3), …"
    on: date
    approved: bool
    own_words: str = ""   # remarks, first person
    recorded: str = ""    # remarks, as the clerk recorded them


def _slug(text: str, limit: int = 40) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return s[:limit].rstrip("-") or "peticion"


def _first_person(a: Answer) -> str:
    opening = (f"Quien suscribe, {a.name}, promovente de la petición «{a.title}», manifiesto que conozco la "
               f"redacción de {a.wording} que me fue presentada, y ")
    if a.approved:
        return opening + ("otorgo mi visto bueno a esa redacción." if not a.own_words else
                          f"otorgo mi visto bueno a esa redacción; no obstante, {a.own_words}")
    return opening + f"no otorgo mi visto bueno a esa redacción: {a.own_words}"


def _wrap(paragraph: str, width: int = 88) -> list[str]:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line] if line else lines


def _pdf(lines: list[str]) -> bytes:
    """A valid one-page PDF showing ``lines`` in Helvetica (WinAnsi, so accents print)."""

    def literal(s: str) -> bytes:
        raw = s.encode("cp1252", "replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    stream = b"BT /F1 11 Tf 15 TL 72 740 Td " + b" ".join(literal(x) + b" '" for x in lines) + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def signed_letter(a: Answer) -> tuple[str, bytes]:
    lines = [f"Ciudad de México, a {long_date_es(a.on)}", "", *ADDRESSEE, ""]
    lines += _wrap(_first_person(a)) + ["", "Atentamente,", "", "", a.name, "(firma autógrafa)"]
    return f"carta-firmada-{_slug(a.name)}.pdf", _pdf(lines)


def saved_email(a: Answer, email: str) -> tuple[str, bytes]:
    msg = EmailMessage()
    user, _, domain = (email or "peticionaria@example.org").partition("@")
    to_user, _, to_domain = CONSULT_ADDRESS.partition("@")
    msg["From"] = Address(a.name, user, domain)
    msg["To"] = Address("Consulta de la Constitución", to_user, to_domain)
    msg["Subject"] = "Visto bueno a la redacción" if a.approved else "Respuesta a la consulta sobre la redacción"
    msg["Date"] = format_datetime(datetime.combine(a.on, time(11, 42), tzinfo=MEXICO_CITY))
    msg.set_content(f"Buenos días:\n\n{_first_person(a)}\n\nSaludos cordiales,\n{a.name}\n")
    return f"correo-{_slug(a.name)}.eml", msg.as_bytes(policy=SMTP)


def meeting_note(a: Answer, clerk: str) -> tuple[str, bytes]:
    said = "otorga su visto bueno a esa redacción." if a.approved else "no otorga su visto bueno a esa redacción."
    text = "\n".join([
        "CONSTANCIA DE CONSULTA EN PERSONA",
        "",
        f"Ciudad de México, {long_date_es(a.on)}.",
        "",
        f"En la oficina de la Consejería Jurídica se presentó a {a.name}, promovente de la petición «{a.title}», "
        f"la redacción de {a.wording}. Tras leerla, manifestó de viva voz que {said}",
        *([f"Observaciones: {a.recorded}"] if a.recorded else []),
        "",
        f"Levantó la constancia: {clerk}.",
        "",
    ])
    return f"constancia-{_slug(a.name)}.txt", text.encode("utf-8")
