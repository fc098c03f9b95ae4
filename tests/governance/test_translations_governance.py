"""The governance panel, its dialogs, checks and chart in Russian (and a look at Spanish): every text they
show is translated, vocabulary codes show translated labels, user data shows as entered, and the English
wording stays in step with core and analysis."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QTableWidget

from clusterdesk.analysis import governance_checks as checks
from clusterdesk.core import governance as vocabulary
from clusterdesk.core.governance import load_governance
from clusterdesk.core.project import Project
from clusterdesk.gui.governance import labels
from clusterdesk.gui.governance.dialogs import BodyDialog, MeetingDialog, MemberDialog
from clusterdesk.gui.governance.governance_panel import GovernancePanel, reference_day
from clusterdesk.gui.governance.readiness import evidence
from conftest import REPO, SAMPLES, english_words


@pytest.fixture
def workspace(samara_workspace):
    return samara_workspace


def user_words(data) -> set[str]:
    """Latin words in the project's own texts (body names such as "IATF 16949", places, decisions):
    they show as entered, whatever the interface language."""
    texts = [b["name"] for b in data.bodies] + [s["name"] for s in data.stakeholders.values()]
    texts += [c["name"] for c in data.contacts.values()] + [d["text"] for d in data.decisions]
    texts += [m["place"] or "" for m in data.meetings] + [
        str(s["sector_code"]) for s in data.stakeholders.values()
    ]
    return {word for text in texts for word in english_words(text)}


def english_in(texts, allowed: set[str] = frozenset()) -> dict[str, list[str]]:
    found = {}
    for text in texts:
        words = [w for w in english_words(text) if w not in allowed]
        if words:
            found[text] = words
    return found


def widget_texts(widget) -> list[str]:
    """What a widget and its children show of their own: labels, buttons, checkboxes, tooltips, placeholders,
    form labels, table headers and the window title."""
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QLabel):
        texts.append(child.text())
    for child in widget.findChildren(QPushButton) + widget.findChildren(QCheckBox):
        texts += [child.text(), child.toolTip(), child.accessibleName()]
    for child in widget.findChildren(QLineEdit):
        texts.append(child.placeholderText())
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                texts.append(item.widget().text())
    for table in widget.findChildren(QTableWidget):
        for column in range(table.columnCount()):
            header = table.horizontalHeaderItem(column)
            texts += [header.text(), header.toolTip()]
    return texts


def combo_items(combo: QComboBox) -> list[str]:
    return [combo.itemText(n) for n in range(combo.count())] + [combo.toolTip()]


@pytest.fixture
def russian_panel(interface_language, qtbot, workspace):
    interface_language("ru")
    panel = GovernancePanel(workspace)
    qtbot.addWidget(panel)
    panel.resize(560, 900)
    panel.show()
    qtbot.waitExposed(panel)
    panel.reload()
    return panel


def test_panel_tabs_buttons_tree_and_meetings_speak_russian(russian_panel):
    panel = russian_panel
    data = panel.data
    texts = [panel.tabs.tabText(n) for n in range(panel.tabs.count())]
    texts += widget_texts(panel) + combo_items(panel.maturity_level)
    header = panel.tree.headerItem()
    texts += [header.text(n) for n in range(panel.tree.columnCount())]
    items = panel.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    assert items, "the sample has bodies and members"
    texts += [item.text(column) for item in items for column in (1, 2, 4)]  # 0 and 3: names and dates
    meetings, decisions = panel.meetings_tab, 0
    for body in range(meetings.body_choice.count()):  # every meeting of every body, with its decisions
        meetings.body_choice.setCurrentIndex(body)
        for row in range(meetings.meetings.rowCount()):
            meetings.meetings.selectRow(row)
            texts.append(meetings.meetings.item(row, 4).text())  # the CDA took part: yes or no
            texts += [meetings.decisions.item(n, 2).text() for n in range(meetings.decisions.rowCount())]
            decisions += meetings.decisions.rowCount()
    assert decisions, "the sample has decisions"
    english = english_in(texts, user_words(data))
    assert english == {}, f"English left in the Russian governance panel: {english}"
    assert panel.tabs.tabText(0) == "Структура"
    first_member = items[0].child(0)
    assert re.fullmatch(r"\d+ % из \d+", first_member.text(4).replace("\u00a0", " ")), first_member.text(4)


def test_checks_and_chart_speak_russian(russian_panel):
    panel = russian_panel
    report = panel.report.toPlainText()
    english = english_in(report.splitlines(), user_words(panel.data))
    assert english == {}, f"English left in the Russian checks: {english}"
    assert "Органы без председателя" in report
    assert "Готовность к завершению поддержки" in report
    boxes = panel.chart.boxes
    assert boxes
    texts = [box.subtitle for box in boxes]
    texts += [main.split(":")[0] for box in boxes for main, _organisation in box.lines]  # the role
    english = english_in(texts)
    assert english == {}, f"English left in the Russian chart: {english}"
    assert any(main.startswith("… и ещё") for box in boxes for main, _ in box.lines)


def test_dialogs_speak_russian(russian_panel, qtbot):
    data = russian_panel.data
    body, member = data.bodies[0], data.members[0]
    meeting = next(m for m in data.meetings if m["body_id"] == body["fid"])
    texts = []
    dialogs = [
        BodyDialog(data, None),
        BodyDialog(data, body),
        MemberDialog(data, None),
        MemberDialog(data, member),
    ]
    dialogs += [MeetingDialog(data, body["fid"], None), MeetingDialog(data, body["fid"], meeting)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        texts += widget_texts(dialog)
        if isinstance(dialog, BodyDialog):
            texts += combo_items(dialog.body_type)
        elif isinstance(dialog, MemberDialog):
            for combo in (dialog.role, dialog.position, dialog.gender, dialog.interest_group):
                texts += combo_items(combo)
        else:
            texts += combo_items(dialog.attendance.cellWidget(0, 1))
    english = english_in(texts, user_words(data))
    assert english == {}, f"English left in the Russian governance dialogs: {english}"
    assert BodyDialog(data, {"parent_id": body["fid"]}).windowTitle() == "Добавить орган"


def test_spanish_labels_and_vocabulary(interface_language, qtbot, workspace):
    interface_language("es")
    panel = GovernancePanel(workspace)
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    assert [panel.tabs.tabText(n) for n in range(panel.tabs.count())] == [
        "Estructura", "Reuniones", "Verificaciones", "Organigrama"
    ]  # fmt: skip
    assert labels.label("body_type", "steering_committee") == "Comité Directivo"
    assert labels.label("team_position", "cda") == "Agente de Desarrollo del Clúster"
    assert "Órganos sin presidencia" in panel.report.toPlainText()


def test_markers_say_what_core_says_in_english():
    """The markers repeat core's English labels (lupdate can only read literals): a label changed in core
    must be changed here too, or its translation would no longer be found."""
    for table, (_context, markers, english) in labels.TABLES.items():
        shared = {code: markers[code] for code in english if code in markers}
        assert shared == dict(english), f"{table}: the markers differ from core"
    assert set(labels.READINESS_ITEMS) >= set(vocabulary.MANUAL_PHASE_OUT_ITEMS)


@pytest.mark.parametrize("key", ["samara_automotive", "atuntaqui_garments", "ethiopia_edible_oil"])
def test_readiness_reads_as_analysis_in_english(key):
    """In English the panel names every readiness item as analysis does, and its evidence agrees."""
    path = SAMPLES / f"{key}.gpkg"
    if not path.exists():
        pytest.skip(f"{path.name} not built")
    with Project.open(path) as project:
        data = load_governance(project.session)
    today = reference_day(data)
    items = checks.phase_out_readiness(data, today)
    assert [labels.READINESS_ITEMS[i.code] for i in items] == [i.label for i in items]
    shown = {i.code: evidence(i, data, today) for i in items}
    for item in items:
        if item.code == "meet_without_cda":  # the same meetings counted
            assert re.findall(r"\d+", shown[item.code]) == re.findall(r"\d+", item.evidence)
        elif not item.computed:  # ticked or not, as analysis judged
            assert shown[item.code].startswith("done") == bool(item.done), shown[item.code]
        elif item.done is None:
            assert shown[item.code].startswith("no "), shown[item.code]


def test_counted_texts_have_three_russian_forms():
    tree = ElementTree.parse(REPO / "resources" / "i18n" / "governance_ru.ts")
    counted = [m for m in tree.getroot().iter("message") if "%n" in m.findtext("source")]
    assert len(counted) >= 2
    for message in counted:
        assert message.get("numerus") == "yes", message.findtext("source")
        assert len(message.find("translation").findall("numerusform")) == 3


@pytest.mark.parametrize("language", ["fr", "ru"])
def test_longer_languages_fit_a_dock_beside_the_map(interface_language, qtbot, workspace, language):
    """French and Russian run longer than English: the panel still fits a dock beside the map on a laptop,
    and the phase-out items wrap beside their boxes instead of widening the Checks tab."""
    interface_language(language)
    panel = GovernancePanel(workspace)
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    assert panel.minimumSizeHint().width() <= 460
    checks_page = panel.tabs.widget(2).widget()
    assert checks_page.minimumSizeHint().width() <= 460
    assert all(box.text() == "" and box.accessibleName() for box in panel.manual_items.values())
