"""The importer's reasons for a bad cell are in the messages language (the window's, the command line's)."""

from __future__ import annotations

import re

import pytest
from stakeholder_files import write_text_table

from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.io.stakeholder_import import build_import_plan
from conftest import english_words


def test_every_rule_gives_its_reason_in_russian(russian_messages, tmp_path, new_project):
    rows = [
        ["name", "kind", "lat", "lon", "employees", "women_employees", "year_founded", "email"],
        ["Ok", "enterprise", "0.3", "-78.2", "10", "5", "1990", "a@b.ec"],
        ["", "enterprise", "0.3", "-78.2", "", "", "", ""],
        ["Bad kind", "alien", "", "", "", "", "", ""],
        ["Swapped", "", "120.5", "15.2", "", "", "", ""],
        ["Far", "", "10", "190", "", "", "", ""],
        ["Half", "", "0.3", "", "", "", "", ""],
        ["Counts", "", "", "", "ten", "2.5", "1700", "nobody"],
        ["Women", "", "", "", "4", "9", "", ""],
        ["Zero", "", "0", "0", "-1", "", "", "x@y"],
        ["Subtotal Atuntaqui", "", "", "", "1210", "", "", ""],
        ["North", "", "12 E", "west", "", "", "", ""],
        ["Antarctic", "", "-78.2", "0.3", "", "", "", ""],
    ]
    plan = build_import_plan(write_text_table(tmp_path / "firms.csv", rows, delimiter=","), new_project)
    reasons = [p.reason for p in plan.problems]
    assert len(reasons) == 17
    codes = re.compile("|".join(STAKEHOLDER_KINDS))
    for reason in reasons:
        text = codes.sub(" ", reason.replace("info@example.org", " "))
        assert re.search("[а-яё]{4}", text) and english_words(text) == [], reason
    assert "женщин (9) больше, чем сотрудников (4)" in " ".join(reasons)
    assert plan.command().label == "Импорт 1 участника из firms.csv"


def test_a_file_the_readers_refuse_is_refused_in_russian(russian_messages, tmp_path):
    from clusterdesk.io.errors import ImportFileError
    from clusterdesk.io.readers import read_table

    document = tmp_path / "firms.odt"
    document.write_bytes(b"x")
    with pytest.raises(ImportFileError) as refused:
        read_table(document)
    message = re.sub(r"\.[a-z]+\b", " ", str(refused.value).replace(document.name, " "))
    assert message.startswith(" : файлы с расширением"), message
    assert english_words(message) == [], message
