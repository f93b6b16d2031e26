"""Reading monitoring files, whole: rows and structure, XLSX, the sentence the user reads, and
many rows (the column readers agree with the cell readers)."""

from __future__ import annotations

from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secretariat.errors import ImportRefused
from secretariat.services import import_table
from secretariat.services.import_parse import parse_file
from secretariat.services.import_values import (CellError, clean_block, clean_line, parse_count,
                                                split_contacts, split_names)

from .import_files import AGUA, TODAY, parse, refusal, xlsx


# --- rows, structure ---------------------------------------------------------------------------

def test_empty_rows_are_skipped_and_rows_keep_their_numbers(tmp_path):
    text = ("Enlace,Título,Firmas,Resumen\r\n"          # row 1
            f"{AGUA},Agua,1,uno\r\n"                    # row 2
            "\r\n"                                      # row 3: empty
            ",,,\r\n"                                   # row 4: empty cells
            f'{AGUA}-2,Luz,2,"dos\r\nlíneas"\r\n'       # row 5: one record on two lines
            f"{AGUA}-3,Gas,3,tres\r\n"                  # row 6
            f"{AGUA}-4,Drenaje,muchas,cuatro\r\n")      # row 7
    err = refusal(tmp_path, text, as_of=TODAY)
    assert (err.params["row"], err.params["column"]) == (7, "signatures")
    parsed = parse(tmp_path, text.replace("muchas", "4"), as_of=TODAY)
    assert [r.line for r in parsed.rows] == [2, 5, 6, 7]
    assert parsed.rows[1].summary == "dos\nlíneas"


def test_old_mac_line_endings(tmp_path):
    parsed = parse(tmp_path, f"Enlace;Título;Firmas\r{AGUA};Agua;1\r{AGUA}-2;Luz;2\r",
                   as_of=TODAY)
    assert [r.title for r in parsed.rows] == ["Agua", "Luz"]


def test_unquoted_separator_shifting_a_row_is_refused(tmp_path):
    err = refusal(tmp_path, f"Enlace,Título,Firmas\n{AGUA},Agua,63,508\n", as_of=TODAY)
    assert err.params == {"row": 2, "column": None, "reason": "extra_cells", "value": "508"}


def test_trailing_empty_cells_are_harmless(tmp_path):
    parsed = parse(tmp_path, f"Enlace,Título,Firmas,\n{AGUA},Agua,1,,,\n", as_of=TODAY)
    assert parsed.rows[0].signatures == 1


def test_short_rows_read_missing_cells_as_empty(tmp_path):
    text = f"Enlace,Título,Firmas,Peticionario,Fecha\n{AGUA},Agua,1\n"
    parsed = parse(tmp_path, text, as_of=date(2016, 7, 1))
    assert parsed.rows[0].petitioners == () and parsed.rows[0].as_of == date(2016, 7, 1)


def test_first_error_in_reading_order(tmp_path):
    text = (f"Firmas,Enlace,Título\n1,{AGUA},Agua\nmuchas,{AGUA}-2,\n-3,{AGUA}-3,\n")
    err = refusal(tmp_path, text, as_of=TODAY)
    assert (err.params["row"], err.params["column"]) == (3, "signatures")


@pytest.mark.parametrize("header, column", [
    ("Título,Firmas,Fecha", "url"), ("Enlace,Firmas,Fecha", "title"),
    ("Enlace,Título,Fecha", "signatures"), ("URL Change,Título,Firmas", "url"),
])
def test_missing_column(tmp_path, header, column):
    err = refusal(tmp_path, f"{header}\na,b,c\n", as_of=TODAY)
    assert err.params == {"row": None, "column": column, "reason": "missing_column", "value": ""}
    name = {"url": "Enlace", "title": "Título", "signatures": "Firmas"}[column]
    assert err.sentence("es") == (f"Archivo rechazado, columna {name}: falta la columna "
                                  "obligatoria. No se importó nada.")


def test_duplicate_column(tmp_path):
    err = refusal(tmp_path, f"URL,Título,Enlace,Firmas\n{AGUA},Agua,{AGUA},1\n", as_of=TODAY)
    assert err.params["reason"] == "duplicate_column" and err.params["column"] == "url"
    assert err.params["value"] == "URL, Enlace"
    assert "columna Enlace: la columna aparece dos veces" in err.sentence("es")


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n  \r\n", b" ; ; \n",
                                     "Enlace;Título;Firmas\r\n\r\n".encode()])
def test_empty_file(tmp_path, content):
    err = refusal(tmp_path, content, as_of=TODAY)
    assert err.params == {"reason": "empty_file"}
    assert err.sentence("es") == "Archivo rechazado: el archivo está vacío. No se importó nada."


@pytest.mark.parametrize("content, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "unsupported_format"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "unsupported_format"),   # old .xls
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "unsupported_format"),
    ("Enlace;Título;Firmas\n".encode("utf-16"), "bad_encoding"),
    (b"Enlace;T\x81tulo;Firmas\n", "bad_encoding"),                      # undefined in cp1252
    ("Enlace;Título;Firmas\n".encode() + "Petición;".encode("cp1252"), "bad_encoding"),  # mixed
    (b"PK\x03\x04garbage that is not a zip", "unreadable"),
])
def test_binary_or_garbage_files(tmp_path, content, reason):
    err = refusal(tmp_path, content, as_of=TODAY)
    assert err.params["reason"] == reason
    assert err.sentence("es").startswith("Archivo rechazado: ")


def test_a_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "cosas.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    err = refusal(tmp_path, path.read_bytes(), name="cosas.xlsx", as_of=TODAY)
    assert err.params["reason"] == "unsupported_format"


def test_missing_file_is_unreadable(tmp_path):
    with pytest.raises(ImportRefused) as info:
        parse_file(tmp_path / "no-existe.csv", as_of=TODAY, today=TODAY)
    assert info.value.params["reason"] == "unreadable"
    assert "no se pudo leer el archivo" in info.value.sentence("es")


# --- XLSX --------------------------------------------------------------------------------------

def test_xlsx_with_number_and_date_cells(tmp_path):
    path = xlsx(tmp_path, [
        ["Título", "Enlace", "Firmas", "Fecha", "Peticionario", "Teléfono", "Notas"],
        ["Agua", AGUA, 63508, datetime(2016, 7, 12), "Ana; Luis", 5512345678, "x"],
        [None, None, None, None],
        ["Luz", "change.org/p/luz", 12.0, date(2016, 7, 1), None, None, None],
    ], extra_sheet=[["nada", "que", "ver"]])
    parsed = parse_file(path, today=TODAY)
    assert (parsed.format, parsed.encoding, parsed.separator) == ("xlsx", None, None)
    assert parsed.ignored_columns == ("Notas",)
    first, second = parsed.rows
    assert (first.line, first.signatures, first.as_of) == (2, 63508, date(2016, 7, 12))
    assert first.petitioners == ("Ana", "Luis") and first.phones == ("5512345678",)
    assert (second.line, second.url, second.signatures) == (4, "https://www.change.org/p/luz", 12)
    assert second.as_of == date(2016, 7, 1)


def test_xlsx_with_text_cells(tmp_path):
    path = xlsx(tmp_path, [["URL", "Title", "Signatures", "Date"],
                           [AGUA, "Agua", "63,508", "03/04/2016"],
                           [AGUA + "-2", 2016, " 1 000 ", "2016-04-05"]])
    rows = parse_file(path, today=TODAY).rows
    assert [(r.title, r.signatures, r.as_of) for r in rows] == [
        ("Agua", 63508, date(2016, 4, 3)), ("2016", 1000, date(2016, 4, 5))]


@pytest.mark.parametrize("cell, column, reason", [
    (12.5, "signatures", "bad_number"), (-3, "signatures", "negative"),
    (True, "signatures", "bad_number"), (3_000_000_000, "signatures", "too_large"),
    (datetime(2016, 8, 1), "date", "future_date"), (20160712, "date", "bad_date"),
])
def test_xlsx_cells_that_are_refused(tmp_path, cell, column, reason):
    row = [AGUA, "Agua", 1, datetime(2016, 7, 12)]
    row[2 if column == "signatures" else 3] = cell
    path = xlsx(tmp_path, [["Enlace", "Título", "Firmas", "Fecha"],
                           [AGUA + "-0", "Otra", 5, date(2016, 7, 1)], [], row])
    with pytest.raises(ImportRefused) as info:
        parse_file(path, today=TODAY)
    assert info.value.params["row"] == 4
    assert (info.value.params["column"], info.value.params["reason"]) == (column, reason)


def test_xlsx_empty_sheet(tmp_path):
    with pytest.raises(ImportRefused) as info:
        parse_file(xlsx(tmp_path, []), as_of=TODAY, today=TODAY)
    assert info.value.params["reason"] == "empty_file"


# --- the sentence the user reads ---------------------------------------------------------------

@pytest.mark.parametrize("cells, expected", [
    ({"Firmas": "doce mil"}, "Archivo rechazado, fila 3, columna Firmas: la cantidad de firmas no "
                             "es un número entero (doce mil). No se importó nada."),
    ({"Firmas": "-12"}, "fila 3, columna Firmas: la cantidad de firmas es negativa (-12)."),
    ({"Firmas": "3000000000"}, "fila 3, columna Firmas: la cantidad de firmas es demasiado "
                               "grande (3000000000)."),
    ({"Enlace": "agua para todos"}, "fila 3, columna Enlace: el enlace no es una dirección web "
                                    "válida (agua para todos)."),
    ({"Fecha": "32/07/2016"}, "fila 3, columna Fecha: la fecha no es dd/mm/aaaa ni aaaa-mm-dd "
                              "(32/07/2016)."),
    ({"Fecha": "21/07/2016"}, "fila 3, columna Fecha: la fecha está en el futuro (21/07/2016)."),
    ({"Título": ""}, "fila 3, columna Título: el valor está vacío."),
    ({"Título": "x" * 501}, "fila 3, columna Título: el texto es demasiado largo."),
    ({"Correo": "ana"}, "fila 3, columna Correo: el correo no es válido (ana)."),
])
def test_spanish_sentence_names_row_and_column(tmp_path, cells, expected):
    good = {"Enlace": AGUA + "-1", "Título": "Luz", "Firmas": "1", "Fecha": "12/07/2016",
            "Correo": "ana@example.org"}
    bad = {**good, "Enlace": AGUA, "Título": "Agua", **cells}
    text = ";".join(good) + "\n" + ";".join(good.values()) + "\n" + ";".join(bad.values()) + "\n"
    err = refusal(tmp_path, text)
    assert expected in err.sentence("es")
    assert err.sentence("en").startswith("File refused, row 3, column ")


def test_offending_value_is_cut_to_60_characters(tmp_path):
    err = refusal(tmp_path, f"Enlace;Título;Firmas\n{AGUA};Agua;{'9' * 40} {'x' * 40}\n",
                  as_of=TODAY)
    assert err.params["reason"] == "bad_number" and len(err.params["value"]) == 60


# --- many rows, and the column readers agree with the cell readers ------------------------------

def test_many_rows(tmp_path):
    lines = ["Enlace;Título;Peticionario;Firmas;Fecha;Correo"]
    for i in range(20_000):
        lines.append(f"https://www.change.org/p/peticion-{i};Petición {i};Ana {i} | Luis;"
                     f"{i * 37:,};{1 + i % 28:02d}/06/2016;ana{i}@example.org")
    parsed = parse(tmp_path, "\r\n".join(lines) + "\r\n")
    assert len(parsed.rows) == 20_000
    last = parsed.rows[-1]
    assert (last.line, last.signatures, last.petitioners) == (20_001, 19_999 * 37,
                                                              ("Ana 19999", "Luis"))
    assert last.as_of == date(2016, 6, 1 + 19_999 % 28) and last.emails == ("ana19999@example.org",)


def _cell_by_cell(read, values):
    try:
        return [read(v) for v in values]
    except CellError as err:
        return err.reason


def _column(read, values):
    try:
        return read(values)
    except CellError as err:
        return err.reason


_pieces = st.sampled_from(["Ana", "Luis Díaz", " ", ";", "|", " / ", "/", "\n", "\r\n", "\r",
                           "\u00a0", "\t", ",", "a@b.mx", "@", ".", "1", "63,508", "63.508",
                           "-", "\x07", "x" * 120, "é", "https://", "www.", "change.org", "/p/A",
                           "?q=1", "#", "HTTP://", "Example.com"])
_cells = st.lists(st.lists(_pieces, max_size=6).map("".join), min_size=1, max_size=6)


@settings(max_examples=400, deadline=None, database=None)  # no .hypothesis folder
@given(_cells)
def test_column_readers_agree_with_cell_readers(values):
    """The quick whole-column paths give exactly what reading cell by cell gives."""
    def required_title(value):
        text = clean_line(value, "title")
        if not text:
            raise CellError("required")
        return text

    def urls_column(values):
        urls = import_table._urls(values)
        import_table._duplicates(urls, values)
        return urls

    def urls_by_cell(values):
        seen = set()
        for value in values:
            url = import_table._url_cell(value)
            if url in seen:
                raise CellError("duplicate_url")
            seen.add(url)
            yield url

    assert _column(urls_column, values) == _column(lambda v: list(urls_by_cell(v)), values)
    pairs = [
        (import_table._names, split_names),
        (lambda v: import_table._contacts(v, "email"), lambda v: split_contacts(v, "email")),
        (lambda v: import_table._contacts(v, "phone"), lambda v: split_contacts(v, "phone")),
        (import_table._counts, parse_count),
        (lambda v: import_table._text(v, "title", required=True), required_title),
        (lambda v: import_table._text(v, "summary", block=True),
         lambda v: clean_block(v, "summary")),
    ]
    for column, cell in pairs:
        assert _column(column, values) == _cell_by_cell(cell, values)
