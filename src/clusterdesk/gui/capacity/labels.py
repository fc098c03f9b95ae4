"""What the capacity panel shows for the default framework's parts and the named rounds, in the interface
language.

The default framework for support institutions (core.capacity_framework) is written into a project in
English, and the project keeps it as its own data: people rename dimensions and indicators. A part that
still has its default name shows that name translated; a name someone gave shows as entered. The rubric
texts follow the same rule with the gettext catalogues that print them (`core.capacity_framework_labels`),
in the interface language (the messages language the window sets). Named rounds ('baseline', ...) are
codes and always show translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from clusterdesk.core.capacity import NAMED_ROUNDS
from clusterdesk.core.capacity_framework_labels import rubric_text
from clusterdesk.core.catalogue import messages_language
from clusterdesk.gui.i18n import translate

DEFAULT_FRAMEWORK = QT_TRANSLATE_NOOP("CapacityFramework", "Support institution capacity")
# dimension and indicator codes of the default framework -> their default English names
DEFAULT_NAMES = {
    "D1": QT_TRANSLATE_NOOP("CapacityFramework", "Responsiveness to the cluster's demand"),
    "D1.1": QT_TRANSLATE_NOOP("CapacityFramework", "Knowledge of firms' needs"),
    "D1.2": QT_TRANSLATE_NOOP("CapacityFramework", "Speed and flexibility of response"),
    "D1.3": QT_TRANSLATE_NOOP("CapacityFramework", "Firms' voice in service design"),
    "D2": QT_TRANSLATE_NOOP("CapacityFramework", "Relevance of the service portfolio"),
    "D2.1": QT_TRANSLATE_NOOP("CapacityFramework", "Fit with the cluster's priorities"),
    "D2.2": QT_TRANSLATE_NOOP("CapacityFramework", "Uptake by cluster firms"),
    "D2.3": QT_TRANSLATE_NOOP("CapacityFramework", "Access for small firms"),
    "D3": QT_TRANSLATE_NOOP("CapacityFramework", "Staff competence"),
    "D3.1": QT_TRANSLATE_NOOP("CapacityFramework", "Technical knowledge of the sector"),
    "D3.2": QT_TRANSLATE_NOOP("CapacityFramework", "Advisory and facilitation skills"),
    "D3.3": QT_TRANSLATE_NOOP("CapacityFramework", "Staff development"),
    "D4": QT_TRANSLATE_NOOP("CapacityFramework", "Linkages with firms and other institutions"),
    "D4.1": QT_TRANSLATE_NOOP("CapacityFramework", "Contact with firms"),
    "D4.2": QT_TRANSLATE_NOOP("CapacityFramework", "Cooperation with other support institutions"),
    "D4.3": QT_TRANSLATE_NOOP("CapacityFramework", "Links beyond the region"),
    "D5": QT_TRANSLATE_NOOP("CapacityFramework", "Financial sustainability"),
    "D5.1": QT_TRANSLATE_NOOP("CapacityFramework", "Diversity of income"),
    "D5.2": QT_TRANSLATE_NOOP("CapacityFramework", "Cost recovery from services"),
    "D5.3": QT_TRANSLATE_NOOP("CapacityFramework", "Financial planning and reserves"),
    "D6": QT_TRANSLATE_NOOP("CapacityFramework", "Governance and leadership"),
    "D6.1": QT_TRANSLATE_NOOP("CapacityFramework", "Strategy and mandate"),
    "D6.2": QT_TRANSLATE_NOOP("CapacityFramework", "Representation in decisions"),
    "D6.3": QT_TRANSLATE_NOOP("CapacityFramework", "Transparency and accountability"),
    "D7": QT_TRANSLATE_NOOP("CapacityFramework", "Monitoring capacity"),
    "D7.1": QT_TRANSLATE_NOOP("CapacityFramework", "Records of clients and services"),
    "D7.2": QT_TRANSLATE_NOOP("CapacityFramework", "Measuring results for firms"),
}
ROUNDS = {
    "baseline": QT_TRANSLATE_NOOP("CapacityRound", "Baseline"),
    "mid_term": QT_TRANSLATE_NOOP("CapacityRound", "Mid-term"),
    "final": QT_TRANSLATE_NOOP("CapacityRound", "Final"),
}


def framework_name(name: str) -> str:
    """The framework's name as shown: the default framework's name translated, any other as entered."""
    return translate("CapacityFramework", name) if name == DEFAULT_FRAMEWORK else name


def part_name(code: str, name: str) -> str:
    """A dimension's or indicator's name as shown: translated while it is the default framework's name for
    that code, as entered once someone renamed it."""
    default = DEFAULT_NAMES.get(code)
    return translate("CapacityFramework", default) if name == default else name


def round_text(code: str) -> str:
    """A round as shown: a named round in the interface language, a dated round as its date."""
    source = ROUNDS.get(code)
    return translate("CapacityRound", source) if source else NAMED_ROUNDS.get(code, code)


def round_choices() -> list[tuple[str, str]]:
    """(label, code) of the named rounds in the order they happen."""
    return [(round_text(code), code) for code in NAMED_ROUNDS]


def rubric(code: str, level: int, text: str) -> str:
    """What a score of `level` means for the indicator `code`, as shown: the default framework's text in
    the interface language while it is unchanged, a rubric someone rewrote as written."""
    return rubric_text(code, level, text, messages_language())
