"""The indicator dialog's question picker for survey formulas."""

from __future__ import annotations

from clusterdesk.core.results_formulas import FORMULAS, SurveyQuestion
from clusterdesk.gui.results.indicator_dialog import IndicatorDialog

QUESTIONS = {
    "exports": SurveyQuestion("exports", "decimal", {"en": "Exports last year", "es": "Exportaciones"}),
    "employees": SurveyQuestion("employees", "integer", {"en": "Employees today"}),
    "certified": SurveyQuestion(
        "certified", "select_one", {"en": "Certified?"}, (("yes", {"en": "Yes"}), ("no", {"en": "No"}))
    ),
    "town": SurveyQuestion("town", "text", {"en": "Town"}),
}


def _choose(dialog: IndicatorDialog, key: str) -> None:
    dialog.computed.setCurrentIndex(dialog.computed.findData(key))


def _items(combo) -> list:
    return [combo.itemData(i) for i in range(combo.count())]


def test_a_survey_formula_asks_for_its_question(qtbot):
    built = []
    dialog = IndicatorDialog(built.append, code="1a", questions=QUESTIONS)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.question.isHidden()  # entered by hand: no question
    _choose(dialog, "survey_mean")
    assert not dialog.question.isHidden()
    assert _items(dialog.question) == ["exports", "employees"]  # numbers only
    assert dialog.question.currentText() == "Exports last year (exports)"
    assert dialog.unit.isEnabled()  # the unit is the question's: currency for exports
    assert "«Exports last year» (exports)" in dialog.rule.text()
    dialog.question.setCurrentIndex(1)
    assert "«Employees today» (employees)" in dialog.rule.text()
    dialog.name.setText("Mean employees")
    dialog.try_accept()
    assert built[0]["computed"] == "survey_mean:employees"

    _choose(dialog, "survey_share")
    assert set(_items(dialog.question)) == {"exports", "employees", "certified=yes", "certified=no"}
    assert not dialog.unit.isEnabled() and dialog.unit.currentData() == FORMULAS["survey_share"].unit
    _choose(dialog, "women_share")
    assert dialog.question.isHidden()
    assert dialog.values()["computed"] == "women_share"


def test_an_indicator_opens_with_its_question_and_choice(qtbot):
    indicator = {"code": "1a", "name": "Certified firms", "unit": "percentage", "direction": "increase",
                 "computed": "survey_share:certified=yes"}  # fmt: skip
    dialog = IndicatorDialog(lambda values: values, indicator=indicator, questions=QUESTIONS)
    qtbot.addWidget(dialog)
    assert dialog.computed.currentData() == "survey_share"
    assert dialog.question.currentText() == "Certified? = Yes (certified)"
    assert dialog.values()["computed"] == "survey_share:certified=yes"
    # a question no survey asks any more is kept as written, so saving names the problem
    dialog = IndicatorDialog(lambda values: values, indicator={**indicator, "computed": "survey_mean:gone"},
                             questions=QUESTIONS)  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.values()["computed"] == "survey_mean:gone"
