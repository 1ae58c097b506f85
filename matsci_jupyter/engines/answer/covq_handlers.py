"""One call site for the readings added by the covq classes (each in its own module)."""

from __future__ import annotations

from .answer import Answer
from .quantities import Reading, Requested


def try_covq_classes(question: str, reading: Reading, requested: Requested | None) -> Answer | None:
    """The first of the covq handlers that takes the question; None when none does."""
    from .avrami_points import try_avrami_points
    from .miner_rule import try_miner_rule

    return try_miner_rule(question, reading, requested) or try_avrami_points(
        question, reading, requested
    )


def try_covq_fallback(
    question: str, reading: Reading, requested: Requested | None
) -> Answer | None:
    """Readings tried only when no relation reads the question as written."""
    if not isinstance(question, str):
        return None
    from .percent_change import try_percent_change

    return try_percent_change(question, reading, requested)
