"""One call site for the readings added by the covu classes (each in its own module)."""

from __future__ import annotations

from .answer import Answer
from .quantities import Reading, Requested


def try_covu_classes(question: str, reading: Reading, requested: Requested | None) -> Answer | None:
    """The first of the covu handlers that takes the question; None when none does."""
    from .cold_work_areas import try_cold_work_areas
    from .density_ratio import try_density_ratio
    from .grain_refinement import try_grain_refinement, try_named_grain_size
    from .line_energy_ratio import try_line_energy_ratio

    return (
        try_density_ratio(question, reading, requested)
        or try_line_energy_ratio(question, reading, requested)
        # cov31: Hall–Petch with the grain size changed by a worded factor
        or try_grain_refinement(question, reading, requested)
        or try_named_grain_size(question, reading, requested)
        # cov31: percent cold work from two areas, in the order written
        or try_cold_work_areas(question, reading, requested)
    )
