"""A UTF-8 file with some lines in a Windows code page (rows pasted from an older file) is read line by
line: every accent comes out right, never the whole file as Windows-1251, and the odd lines are named."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from clusterdesk.io.stakeholder_import import build_import_plan

HEADER = "Razón social;Tipo;Latitud;Longitud"
NAMES = ["Textiles Peñaherrera", "Hilados Muñoz", "Café Señor", "Bordados Ibarreño"]


def _line(name: str) -> str:
    return f"{name};empresa;0,33;-78,2"


def _write(path, encodings: list[str], *, bom: bool = False):
    lines = [HEADER.encode("utf-8")]
    lines += [_line(name).encode(codec) for name, codec in zip(NAMES, encodings, strict=True)]
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + b"\r\n".join(lines) + b"\r\n")
    return path


def test_one_latin1_line_in_a_utf8_file_is_read_as_latin1_and_named(tmp_path):
    source = _write(tmp_path / "talleres.csv", ["utf-8", "latin-1", "utf-8", "utf-8"])
    plan = build_import_plan(source)
    assert plan.checked.values["name"] == NAMES
    assert plan.encoding == "UTF-8"
    assert (
        "line 3 of the file is not UTF-8 like the rest and was read as Windows-1252 (Western European): "
        "check the accented letters there"
    ) in plan.notes


def test_the_same_with_a_byte_order_mark(tmp_path):
    source = _write(tmp_path / "talleres.csv", ["utf-8", "cp1252", "cp1252", "utf-8"], bom=True)
    plan = build_import_plan(source)
    assert plan.checked.values["name"] == NAMES
    assert plan.encoding == "UTF-8 with BOM"
    assert any(note.startswith("lines 3 and 4 of the file are not UTF-8") for note in plan.notes)


def test_a_code_page_file_with_one_utf8_line_names_that_line(tmp_path):
    source = _write(tmp_path / "talleres.csv", ["cp1252", "cp1252", "utf-8", "cp1252"])
    plan = build_import_plan(source)
    assert plan.checked.values["name"] == NAMES
    assert plan.encoding == "Windows-1252 (Western European)"
    assert any(note.startswith("lines 1 and 4 of the file are UTF-8, unlike the rest") for note in plan.notes)


def test_a_russian_utf8_file_with_one_cp1251_line(tmp_path):
    names = ["ООО «Волжские детали»", "АвтоКомпонент", "Завод Металлист"]
    lines = ["Название,Тип".encode()]
    lines += [f"{name},Поставщик".encode("cp1251" if i == 1 else "utf-8") for i, name in enumerate(names)]
    source = tmp_path / "поставщики.csv"
    source.write_bytes(b"\n".join(lines) + b"\n")
    plan = build_import_plan(source)
    assert plan.checked.values["name"] == names
    assert plan.encoding == "UTF-8"
    assert any("line 3 of the file is not UTF-8" in note and "Windows-1251" in note for note in plan.notes)


ACCENTED = "abcdefghijklmnopqrstuvwxyz áéíóúñüçàèâêôÁÉÍÓÚÑÜÇ"


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.text(ACCENTED, min_size=1, max_size=20).map(str.strip).filter(bool),
            st.sampled_from(["utf-8", "cp1252"]),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_every_line_keeps_its_accents_whichever_encoding_it_was_written_in(tmp_path_factory, rows):
    """Spanish and French letters in Windows-1252 never form valid UTF-8, so per line the reading is exact
    once some line shows UTF-8 letters (a file all in one code page is the encoding guess of its own)."""
    assume(any(codec == "utf-8" and not name.isascii() for name, codec in rows))
    path = tmp_path_factory.mktemp("mixed") / "firms.csv"
    body = [f"Firma {name};empresa".encode(codec) for name, codec in rows]
    path.write_bytes(b"\n".join([b"Nombre;Tipo", *body]) + b"\n")
    plan = build_import_plan(path)
    assert plan.checked.values["name"] == [f"Firma {name}" for name, _ in rows]
