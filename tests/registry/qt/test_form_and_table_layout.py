"""What a user sees of the registry: field messages whole under their fields, a website checked for
shape, table columns fitted to their content and a counts line that never pushes the layout."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from clusterdesk.gui.registry.registry_query import COLUMNS


def test_field_messages_get_the_height_their_lines_need(window, qtbot):
    panel = window.docks["registry"].widget()
    form = panel.open_form(lonlat=(-78.2, 0.31))
    qtbot.addWidget(form)
    form.resize(420, 600)  # narrow, so the long messages wrap
    form.show()
    qtbot.waitExposed(form)
    form.editors["name"].setText("Confecciones Andinas")
    form.editors["phone"].setText("zzz")
    form.editors["lon"].setText("abc")
    form.editors["website"].setText("ht!tp:/x")
    assert not form.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    qtbot.wait(20)  # the form lays out the rows that appeared
    for field in ("phone", "lon", "website"):
        message = form.errors[field]
        assert message.isVisible() and message.text()
        needed = message.heightForWidth(message.width())
        assert message.height() >= needed, (field, message.height(), needed)  # nothing cut off
    phone, lon = form.errors["phone"], form.errors["lon"]
    assert phone.geometry().top() > form.editors["phone"].geometry().bottom()  # under its field
    assert not phone.geometry().intersects(form.editors["email"].geometry())
    assert not lon.geometry().intersects(form.editors["lat"].geometry())
    form.editors["website"].setText("www.confecciones-andinas.ec")
    assert not form.errors["website"].isVisible()


def test_columns_fit_their_content_and_the_empty_last_one_does_not_stretch(window, qtbot):
    panel = window.docks["registry"].widget()
    header = panel.table.horizontalHeader()
    assert not header.stretchLastSection()
    tags = next(i for i, c in enumerate(COLUMNS) if c.name == "tags")
    name = next(i for i, c in enumerate(COLUMNS) if c.name == "name")
    assert header.sectionSize(tags) <= 280 and header.sectionSize(name) >= 60
    longest = max(panel.model.index(r, name).data() for r in range(panel.model.rowCount()))
    assert header.sectionSize(name) >= panel.table.fontMetrics().horizontalAdvance(longest)


def test_the_counts_line_is_elided_not_wrapped(window, qtbot):
    panel = window.docks["registry"].widget()
    panel.counts.setText(" · ".join(f"Kind {n} {n * 11}" for n in range(40)))
    panel.counts.resize(300, panel.counts.height())
    assert panel.counts.shown_text().endswith("…") and panel.counts.toolTip() == panel.counts.text()
    assert panel.counts.minimumSizeHint().width() < 100 and panel.counts.sizeHint().height() < 30
    assert panel.search.minimumWidth() >= panel.search.fontMetrics().horizontalAdvance("Search name")
