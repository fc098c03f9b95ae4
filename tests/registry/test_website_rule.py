"""The website field accepts addresses as people write them and refuses what no browser could open."""

from __future__ import annotations

import pytest

from clusterdesk.core.stakeholder_rules import stakeholder_problems

VALID = {"name": "Textiles Imbabura", "kind": "enterprise"}


@pytest.mark.parametrize(
    "website",
    ["www.imbabura.ec", "imbabura.com.ec", "https://imbabura.ec/tienda?linea=ninos", "http://Firm.EC/",
     "textil-andino.org:8080/catalogo", "мастер.рф", "http://xn--80aswg.xn--p1ai"],
)  # fmt: skip
def test_usual_addresses_are_accepted(website):
    assert stakeholder_problems({**VALID, "website": website}) == {}


@pytest.mark.parametrize("website", ["ht!tp:/x", "x", "http:/x", "www imbabura ec", "https://", "imbabura.e"])
def test_malformed_addresses_name_the_field_and_the_expected_shape(website):
    problems = stakeholder_problems({**VALID, "website": website})
    assert list(problems) == ["website"]
    assert problems["website"].startswith("Website must look like www.example.org")


def test_an_empty_website_is_fine():
    assert stakeholder_problems({**VALID, "website": "  "}) == {}
