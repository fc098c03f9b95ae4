"""A loaded capacity framework with the default framework's texts in the reader's language
(core.capacity_framework_labels); names users entered stay as entered."""

from __future__ import annotations

from dataclasses import replace

from clusterdesk.analysis.capacity_scores import Dimension, Framework, Indicator
from clusterdesk.core import capacity_framework_labels as labels


def _indicator(indicator: Indicator, language: str | None) -> Indicator:
    return replace(
        indicator,
        name=labels.indicator_name(indicator.code, indicator.name, language),
        levels={
            level: labels.rubric_text(indicator.code, level, text, language)
            for level, text in indicator.levels.items()
        },
    )


def _dimension(dimension: Dimension, language: str | None) -> Dimension:
    return replace(
        dimension,
        name=labels.dimension_name(dimension.code, dimension.name, language),
        indicators=tuple(_indicator(i, language) for i in dimension.indicators),
    )


def in_language(framework: Framework, language: str | None) -> Framework:
    """`framework` as shown in `language`; fids are kept, so scores and targets still apply."""
    return replace(
        framework,
        name=labels.framework_name(framework.name, language),
        dimensions=tuple(_dimension(d, language) for d in framework.dimensions),
    )
