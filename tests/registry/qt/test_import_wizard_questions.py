"""What the import wizard asks or offers besides the mapping: very many unrecognised columns are not all
made custom fields without asking, and latitude and longitude columns read the wrong way round (found with
the project's country) can be swapped with one button. The findings of the reader reach the review."""

from __future__ import annotations

import html

from clusterdesk.gui import ask
from clusterdesk.gui.import_wizard import ImportWizard
from clusterdesk.io.column_mapping import MAX_UNASKED_CUSTOM_FIELDS
from clusterdesk.io.field_names import IGNORE


def _open(project, path, qtbot) -> ImportWizard:
    wizard = ImportWizard(project, path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10000)
    return wizard


def _review(wizard, qtbot) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.review_page
    qtbot.waitUntil(wizard.review_page.isComplete, timeout=10000)


def _wide_file(path, extra: int):
    header = ["Nombre", *(f"P{n:04d}" for n in range(extra))]
    path.write_text(
        ";".join(header) + "\n" + ";".join(["Textiles Imbabura", *(["sí"] * extra)]) + "\n", encoding="utf-8"
    )
    return path


def test_very_many_unrecognised_columns_are_left_out_unless_the_user_keeps_them(
    new_project, tmp_path, qtbot, monkeypatch
):
    asked = []

    def leave_them_out(_parent, question, _detail, first, second):
        asked.append((question, first, second))
        return False

    monkeypatch.setattr(ask, "choose", leave_them_out)
    extra = MAX_UNASKED_CUSTOM_FIELDS + 5
    wizard = _open(new_project, _wide_file(tmp_path / "censo.csv", extra), qtbot)
    wizard.next()
    assert asked == [
        (f"{extra} columns of the file match no stakeholder field.", f"Keep all {extra}", "Leave them out")
    ]
    mapping = wizard.mapping_page.mapping()
    assert mapping["Nombre"] == "name"
    assert [column for column, target in mapping.items() if target != IGNORE] == ["Nombre"]
    wizard.mapping_page.set_target("P0003", "custom:p0003")  # one picked by hand
    _review(wizard, qtbot)
    wizard.accept()
    keys = [key for (key,) in new_project.connection.execute("SELECT key FROM custom_field_definitions")]
    assert keys == ["p0003"]


def test_swapped_coordinate_columns_are_offered_a_swap(new_project, tmp_path, qtbot):
    source = tmp_path / "talleres.csv"
    source.write_text(
        "Razón social;Latitud;Longitud\n"
        "Textiles Imbabura;-78,2201;0,3345\n"
        "Hilados del Norte;-78,1302;0,3512\n",
        encoding="utf-8",
    )
    wizard = _open(new_project, source, qtbot)
    wizard.next()
    wizard.next()
    review = wizard.review_page
    qtbot.waitUntil(lambda: review.plan is not None, timeout=10000)
    assert review.plan.valid_count == 0
    assert "look swapped" in review.summary.text()
    assert review.problems.item(0, 3).text().startswith("latitude and longitude look swapped")
    assert review.swap_button.isVisible()
    review.swap_button.click()
    qtbot.waitUntil(review.isComplete, timeout=10000)
    assert wizard.mapping_page.mapping()["Latitud"] == "lon"
    assert review.plan.valid_count == 2 and not review.plan.problems
    assert not review.swap_button.isVisible()
    wizard.accept()
    assert new_project.stakeholder_points().lat.tolist() == [0.3345, 0.3512]


def test_what_the_reader_found_reaches_the_preview_and_the_review(new_project, tmp_path, qtbot):
    source = tmp_path / "talleres.csv"
    source.write_bytes(
        "Razón social;Tipo;Notas\nTextiles Peñaherrera;empresa;tejidos\n".encode()
        + "Hilados Muñoz;proveedor;hilos\x00\n".encode("latin-1")
        + b"Bordados Otavalo,empresa,bordados\n"
    )
    wizard = _open(new_project, source, qtbot)
    facts = html.unescape(wizard.preview_page.facts.text())
    assert "line 3 of the file is not UTF-8 like the rest and was read as Windows-1252" in facts
    assert "NUL characters (zero bytes) removed from column 'Notas' in row 3" in facts
    wizard.next()
    _review(wizard, qtbot)
    review = wizard.review_page
    assert review.plan.checked.values["name"] == ["Textiles Peñaherrera", "Hilados Muñoz"]
    assert (review.problems.item(0, 0).text(), review.problems.item(0, 1).text()) == ("4", "Razón social")
    assert review.problems.item(0, 3).text().startswith("this line is separated by commas")
    assert "line 3 of the file is not UTF-8" in html.unescape(review.summary.text())
