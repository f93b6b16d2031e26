"""Reading monitoring files, cell by cell: encodings, separators, headers, counts, dates, links,
names, contacts and text. Files are written byte by byte to control encodings."""

from __future__ import annotations

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from secretariat.services.import_parse import normalise_url, parse_file

from .import_files import AGUA, TODAY, parse, refusal, write


# --- encodings, separators, headers -------------------------------------------------------------

@pytest.mark.parametrize("encoding, label", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252")])
def test_each_encoding_reads_accents(tmp_path, encoding, label):
    text = ("Título;Enlace;Firmas;Fecha;Peticionaria\r\n"
            f"Petición del ñandú en Coyoacán;{AGUA};5.001;12/07/2016;"
            "María Pérez Ibáñez\r\n")
    parsed = parse(tmp_path, text, encoding)
    assert parsed.encoding == label
    assert parsed.columns == {"title": "Título", "url": "Enlace", "signatures": "Firmas",
                              "date": "Fecha", "petitioner": "Peticionaria"}
    row = parsed.rows[0]
    assert row.title == "Petición del ñandú en Coyoacán"
    assert row.petitioners == ("María Pérez Ibáñez",)
    assert (row.signatures, row.as_of) == (5001, date(2016, 7, 12))


def test_bom_does_not_hide_the_first_header(tmp_path):
    parsed = parse(tmp_path, f"Enlace,Título,Firmas\n{AGUA},Agua,10\n", "utf-8-sig",
                   as_of=TODAY)
    assert parsed.columns["url"] == "Enlace"


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_each_separator_with_quoted_cells_holding_the_others(tmp_path, sep):
    title, summary = 'Agua, luz; y drenaje "ya"', "Uno,\tdos;\ttres"

    def quote(text):
        return '"' + text.replace('"', '""') + '"'
    text = sep.join(["URL", "Title", "Signatures", "Date", "Summary"]) + "\r\n" + \
        sep.join([AGUA, quote(title), quote("63,508"), "2016-07-12", quote(summary)]) + "\r\n"
    parsed = parse(tmp_path, text)
    assert parsed.separator == sep
    row = parsed.rows[0]
    assert (row.title, row.summary, row.signatures) == (title, summary, 63508)


@pytest.mark.parametrize("header, expected", [
    ("Enlace,Título,Peticionario,Firmas,Fecha",
     {"url": "Enlace", "title": "Título", "petitioner": "Peticionario", "signatures": "Firmas",
      "date": "Fecha"}),
    ("Date,Signatures,Petitioner,Title,URL",
     {"date": "Date", "signatures": "Signatures", "petitioner": "Petitioner", "title": "Title",
      "url": "URL"}),
    ("FIRMAS,TITULO,LIGA,FECHA,CREADOR",
     {"signatures": "FIRMAS", "title": "TITULO", "url": "LIGA", "date": "FECHA",
      "petitioner": "CREADOR"}),
    ("  petición ,signature count,as of,autor,url:",
     {"title": "petición", "signatures": "signature count", "date": "as of",
      "petitioner": "autor", "url": "url:"}),
    ("Petition,Signatures Count,Link,Tema,Resumen,Correo electrónico,Teléfono",
     {"title": "Petition", "signatures": "Signatures Count", "url": "Link", "topic": "Tema",
      "summary": "Resumen", "email": "Correo electrónico", "phone": "Teléfono"}),
    ("URL,Title,Signatures,Date,E-mail,Phone,Topic,Summary",
     {"url": "URL", "title": "Title", "signatures": "Signatures", "date": "Date",
      "email": "E-mail", "phone": "Phone", "topic": "Topic", "summary": "Summary"}),
])
def test_headers_in_either_language_any_order_case_and_accents(tmp_path, header, expected):
    values = {"url": AGUA, "title": "Agua", "petitioner": "Ana", "signatures": "12",
              "date": "12/07/2016", "email": "ana@example.org", "phone": "55 1234 5678",
              "topic": "Agua", "summary": "Resumen"}
    fields = list(expected)
    text = header + "\n" + ",".join(values[f] for f in fields) + "\n"
    parsed = parse(tmp_path, text, as_of=date(2016, 7, 1))
    assert parsed.columns == expected
    row = parsed.rows[0]
    assert (row.url, row.title, row.signatures) == (AGUA, "Agua", 12)


def test_other_columns_are_ignored_and_listed_as_written(tmp_path):
    text = (f"Núm.;Enlace;Título;Estado de la petición;Firmas;Notas internas\n"
            f"1;{AGUA};Agua;abierta;10;llamar el lunes\n")
    parsed = parse(tmp_path, text, as_of=TODAY)
    assert parsed.ignored_columns == ("Núm.", "Estado de la petición", "Notas internas")
    assert parsed.rows[0].topic == "" and parsed.rows[0].summary == ""


def test_title_line_above_the_header_is_tolerated(tmp_path):
    text = (f"Monitoreo de Change.org, corte del 12 de julio\n\n"
            f"Enlace,Título,Firmas,Fecha\n{AGUA},Agua,10,12/07/2016\n")
    parsed = parse(tmp_path, text)
    assert parsed.rows[0].line == 4


def test_filename_and_sha256_of_the_bytes(tmp_path):
    text = f"Enlace,Título,Firmas,Fecha\n{AGUA},Agua,10,12/07/2016\n"
    path = write(tmp_path, text, name="corte 12-07.csv")
    parsed = parse_file(path, today=TODAY)
    assert parsed.filename == "corte 12-07.csv"
    assert parsed.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert parsed.format == "csv"


# --- counts and dates --------------------------------------------------------------------------

@pytest.mark.parametrize("cell, expected", [
    ("63508", 63508), ("63,508", 63508), ("63.508", 63508), ("63 508", 63508),
    ("63\u00a0508", 63508), ("63\u202f508", 63508), ("1,234,567", 1234567),
    ("1.234.567", 1234567), (" 63,508 ", 63508), ("0", 0), ("2000000000", 2_000_000_000),
    ("2.000.000.000", 2_000_000_000),
])
def test_counts_with_thousands_separators(tmp_path, cell, expected):
    parsed = parse(tmp_path, f'Enlace;Título;Firmas\n{AGUA};Agua;"{cell}"\n', as_of=TODAY)
    assert parsed.rows[0].signatures == expected


@pytest.mark.parametrize("cell, reason", [
    ("12,5", "bad_number"), ("1.5", "bad_number"), ("1,23,456", "bad_number"),
    ("63,50,8", "bad_number"), ("1.234,5", "bad_number"), ("1,234.567", "bad_number"),
    ("doce mil", "bad_number"), ("12k", "bad_number"), ("-5", "negative"),
    ("-63,508", "negative"), ("2000000001", "too_large"), ("99999999999999999", "too_large"),
    ("", "required"),
])
def test_counts_that_are_refused(tmp_path, cell, reason):
    err = refusal(tmp_path, f'Enlace;Título;Firmas\n{AGUA};Agua;"{cell}"\n', as_of=TODAY)
    assert err.params == {"row": 2, "column": "signatures", "reason": reason,
                          "value": cell.strip()}


@pytest.mark.parametrize("cell, expected", [
    ("03/04/2016", date(2016, 4, 3)),   # day first: 3 April
    ("3/4/2016", date(2016, 4, 3)), ("12-07-2016", date(2016, 7, 12)),
    ("12.07.2016", date(2016, 7, 12)), ("2016-07-12", date(2016, 7, 12)),
    ("2016-04-03 00:00:00", date(2016, 4, 3)), (" 20/07/2016 ", TODAY),
])
def test_dates_day_first_or_iso(tmp_path, cell, expected):
    parsed = parse(tmp_path, f"Enlace;Título;Firmas;Fecha\n{AGUA};Agua;1;{cell}\n")
    assert parsed.rows[0].as_of == expected


@pytest.mark.parametrize("cell, reason", [
    ("31/02/2016", "bad_date"), ("12/07/16", "bad_date"), ("julio 2016", "bad_date"),
    ("2016-13-01", "bad_date"), ("12/07/0216", "bad_date"), ("42", "bad_date"),
    ("21/07/2016", "future_date"), ("2017-01-01", "future_date"),
])
def test_dates_that_are_refused(tmp_path, cell, reason):
    err = refusal(tmp_path, f"Enlace;Título;Firmas;Fecha\n{AGUA};Agua;1;{cell}\n")
    assert err.params == {"row": 2, "column": "date", "reason": reason, "value": cell}


def test_no_date_column_takes_as_of(tmp_path):
    text = f"Enlace,Título,Firmas\n{AGUA},Agua,10\n{AGUA}-2,Luz,20\n"
    parsed = parse(tmp_path, text, as_of=date(2016, 7, 1))
    assert [r.as_of for r in parsed.rows] == [date(2016, 7, 1)] * 2


def test_no_date_column_and_no_as_of_is_refused(tmp_path):
    err = refusal(tmp_path, f"Enlace,Título,Firmas\n{AGUA},Agua,10\n")
    assert err.params == {"reason": "no_date"}
    assert err.sentence("es") == ("Archivo rechazado: no hay columna de fecha y no se indicó "
                                  "--as-of. No se importó nada.")


def test_as_of_in_the_future_is_refused(tmp_path):
    err = refusal(tmp_path, f"Enlace,Título,Firmas\n{AGUA},Agua,10\n", as_of=date(2016, 8, 1))
    assert err.params["reason"] == "future_date"


def test_empty_date_cell_takes_as_of_or_is_required(tmp_path):
    text = f"Enlace,Título,Firmas,Fecha\n{AGUA},Agua,10,12/07/2016\n{AGUA}-2,Luz,20,\n"
    parsed = parse(tmp_path, text, as_of=date(2016, 7, 1))
    assert [r.as_of for r in parsed.rows] == [date(2016, 7, 12), date(2016, 7, 1)]
    err = refusal(tmp_path, text)
    assert err.params == {"row": 3, "column": "date", "reason": "required", "value": ""}


# --- links -------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [
    AGUA, "http://change.org/p/agua-para-todos", "www.change.org/p/agua-para-todos/",
    "change.org/p/agua-para-todos?recruiter=1&utm_source=share",
    "HTTPS://WWW.CHANGE.ORG/p/agua-para-todos#comentarios",
    "  https://Change.org/p/agua-para-todos//  ", "//www.change.org/p/agua-para-todos",
    "https://www.change.org:443/p/agua-para-todos",
])
def test_url_variants_share_one_key(raw):
    assert normalise_url(raw) == AGUA


@pytest.mark.parametrize("form", [
    "https://www.change.org/p/{}/", "https://www.change.org/p/{}?source_location=fb",
    "https://www.change.org/p/{}#firmar", "change.org/p/{}", "https://WWW.change.org/p/{}",
    " https://www.change.org/p/{}", "https://www.change.org/p/{}",
])
def test_a_whole_column_of_links_is_normalised(tmp_path, form):
    text = "Enlace;Título;Firmas\n" + "".join(
        f"{form.format(slug)};Petición {slug};1\n" for slug in ("agua", "luz", "Gas"))
    rows = parse(tmp_path, text, as_of=TODAY).rows
    assert [r.url for r in rows] == [f"https://www.change.org/p/{slug}"
                                     for slug in ("agua", "luz", "Gas")]


def test_url_path_keeps_its_case_and_other_hosts_their_www():
    assert (normalise_url("change.org/p/Agua-Para-Todos")
            == "https://www.change.org/p/Agua-Para-Todos")
    assert normalise_url("HTTP://Example.COM/Peticion/") == "https://example.com/Peticion"


@pytest.mark.parametrize("raw", [
    "", "   ", "agua para todos", "ftp://change.org/p/x", "https://localhost/p/x",
    "https:// www.change.org/p/x", "www.change.org/p/agua para todos", "mailto:ana@example.org",
    "javascript:alert(1)", "https://", "https://ana@change.org/p/x", "https://change..org/p/x",
    "https://-change.org/p/x", "change.org\\p\\x",
])
def test_implausible_urls(raw):
    assert normalise_url(raw) is None


def test_duplicate_url_names_the_first_row(tmp_path):
    text = (f"Enlace,Título,Firmas,Fecha\n{AGUA},Agua,10,12/07/2016\n"
            f"{AGUA}-luz,Luz,20,12/07/2016\n"
            f"http://change.org/p/agua-para-todos/?src=fb,Agua otra vez,30,12/07/2016\n")
    err = refusal(tmp_path, text)
    assert err.params == {"row": 4, "column": "url", "reason": "duplicate_url",
                          "value": "http://change.org/p/agua-para-todos/?src=fb", "other": 2}
    assert err.sentence("es") == ("Archivo rechazado, fila 4, columna Enlace: el enlace ya "
                                  "aparece en la fila 2. No se importó nada.")


def test_duplicate_above_a_bad_url_is_met_first(tmp_path):
    text = (f"Enlace,Título,Firmas\n{AGUA},Agua,10\nchange.org/p/agua-para-todos,Agua,10\n"
            "no es un enlace,Luz,20\n")
    err = refusal(tmp_path, text, as_of=TODAY)
    assert (err.params["row"], err.params["reason"]) == (3, "duplicate_url")


# --- names, contacts, text ---------------------------------------------------------------------

NAME_CASES = [
    ("Ana López; Luis Díaz", ("Ana López", "Luis Díaz")),
    ("Ana López | Luis Díaz|Eva", ("Ana López", "Luis Díaz", "Eva")),
    ("Ana López / Luis Díaz", ("Ana López", "Luis Díaz")),
    ("Ana López\nLuis Díaz", ("Ana López", "Luis Díaz")),
    ("Ana López\r\n\r\nLuis Díaz\r\n", ("Ana López", "Luis Díaz")),
    ("Ana López;; Luis Díaz ;", ("Ana López", "Luis Díaz")),
    ("Colectivo A/B", ("Colectivo A/B",)),
    ("  Ana López  ", ("Ana López",)),
    (";", ()),
    ("", ()),
]


@pytest.mark.parametrize("cell, expected", NAME_CASES)
@pytest.mark.parametrize("path", ["column", "cell by cell"])
def test_several_petitioners_in_one_cell(tmp_path, cell, expected, path):
    # a name with a no-break space sends the whole column through the cell-by-cell reader
    other = "Eva\u00a0Ruiz" if path == "cell by cell" else "Eva Ruiz"
    quoted = '"' + cell + '"'
    text = (f"Enlace,Título,Firmas,Peticionario\n{AGUA},Agua,1,{quoted}\n"
            f"{AGUA}-2,Luz,2,{other}\n")
    parsed = parse(tmp_path, text, as_of=TODAY)
    assert parsed.rows[0].petitioners == expected
    assert parsed.rows[1].petitioners == (other,)


def test_no_petitioner_column_gives_no_names(tmp_path):
    parsed = parse(tmp_path, f"Enlace,Título,Firmas\n{AGUA},Agua,1\n", as_of=TODAY)
    assert parsed.rows[0].petitioners == () and parsed.rows[0].emails == ()


def test_emails_and_phones_keep_each_petitioners_place(tmp_path):
    text = ("Enlace;Título;Firmas;Peticionario;Correo;Teléfono\n"
            f'{AGUA};Agua;1;Ana | Luis | Eva;"ana@example.org, , eva@example.org";'
            '"55 1234 5678 / 55 8765 4321"\n'
            f"{AGUA}-2;Luz;2;Rosa;mailto:rosa@ejemplo.org.mx;\n")
    rows = parse(tmp_path, text, as_of=TODAY).rows
    assert rows[0].emails == ("ana@example.org", "", "eva@example.org")
    assert rows[0].phones == ("55 1234 5678", "55 8765 4321")
    assert rows[1].emails == ("rosa@ejemplo.org.mx",) and rows[1].phones == ()


@pytest.mark.parametrize("cell", ["ana(at)example.org", "ana@ejemplo", "ana @example.org",
                                  "ana@@example.org", "@example.org", "ana@ejemplo.123"])
def test_bad_email(tmp_path, cell):
    text = f"Enlace;Título;Firmas;Correo\n{AGUA};Agua;1;ok@example.org\n{AGUA}-2;Luz;1;{cell}\n"
    err = refusal(tmp_path, text, as_of=TODAY)
    assert err.params["row"] == 3 and err.params["column"] == "email"
    assert err.params["reason"] == "bad_email"
    assert err.sentence("es").startswith("Archivo rechazado, fila 3, columna Correo: el correo "
                                         "no es válido (")


def test_summary_keeps_tabs_and_line_breaks(tmp_path):
    text = (f'Enlace,Título,Firmas,Resumen,Tema\n{AGUA},Agua,1,"Primero:\tagua.\r\nDespués: '
            f'luz.",Servicios\n')
    row = parse(tmp_path, text, as_of=TODAY).rows[0]
    assert row.summary == "Primero:\tagua.\nDespués: luz."
    assert row.topic == "Servicios"


@pytest.mark.parametrize("column, cell", [
    ("Título", "Agua\x07"), ("Título", '"Agua\tpara todos"'), ("Título", '"Agua\npara todos"'),
    ("Peticionario", '"Ana\tLópez"'), ("Peticionario", "Ana\x1fLópez"), ("Tema", "Agua\x00"),
    ("Resumen", "Agua\x0bmás"), ("Enlace", "change.org/p/agua\x08"),
])
def test_control_characters_are_refused(tmp_path, column, cell):
    cells = {"Enlace": AGUA, "Título": "Agua", "Firmas": "1", "Peticionario": "Ana",
             "Tema": "Agua", "Resumen": "Texto"}
    cells[column] = cell
    text = ",".join(cells) + "\n" + ",".join(cells.values()) + "\n"
    err = refusal(tmp_path, text.encode("utf-8").replace(b"\x00", b"\x01")
                  if "\x00" in cell else text, as_of=TODAY)
    assert err.params["row"] == 2 and err.params["reason"] == "control_chars"
    field = {"Enlace": "url", "Título": "title", "Peticionario": "petitioner", "Tema": "topic",
             "Resumen": "summary"}[column]
    assert err.params["column"] == field
    sentence = err.sentence("es")
    assert f"fila 2, columna {column}: el texto contiene caracteres de control" in sentence


@pytest.mark.parametrize("column, limit", [("Título", 500), ("Tema", 200),
                                           ("Peticionario", 300), ("Resumen", 20_000)])
def test_text_length_limits(tmp_path, column, limit):
    if column == "Título":
        body = f"Enlace,Título,Firmas\n{AGUA},{{}},1\n"
    else:
        body = f"Enlace,Título,Firmas,{column}\n{AGUA},Agua,1,{{}}\n"
    assert parse(tmp_path, body.format("x" * limit), as_of=TODAY).rows
    err = refusal(tmp_path, body.format("x" * (limit + 1)), as_of=TODAY)
    assert err.params["reason"] == "too_long" and err.params["row"] == 2
    assert len(err.params["value"]) == 60


@pytest.mark.parametrize("column, cell", [("Enlace", ""), ("Título", "  "), ("Firmas", "")])
def test_required_cells(tmp_path, column, cell):
    cells = {"Enlace": AGUA, "Título": "Agua", "Firmas": "1"}
    cells[column] = cell
    text = "Enlace,Título,Firmas\n" + ",".join(cells.values()) + ",\n"
    err = refusal(tmp_path, text, as_of=TODAY)
    assert err.params["reason"] == "required"
    assert f"fila 2, columna {column}: el valor está vacío" in err.sentence("es")
