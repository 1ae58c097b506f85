"""One call site for the classes read from a form or convention the question states, each in its
own module: a dislocation's line energy, diffusion lengths x ~ √(Dt), steady conduction through a
plate, photons of a laser line, power-law creep, a bare 'what is D' beside D₀ and Q,
a flux asked in words ('how many kg cross each m² per hour')."""

from __future__ import annotations

from .answer import Answer


def try_stated_form_classes(question: str) -> Answer | None:
    """The first of these handlers that takes the question (an answer or a refusal); None otherwise."""
    if not isinstance(question, str):
        return None
    from .arrhenius_symbol_d import try_arrhenius_symbol_d
    from .diffusion_lengths import try_diffusion_length
    from .laser_lines import try_laser_line
    from .line_energy_value import try_line_energy_value
    from .norton_creep import try_norton_creep
    from .plate_conduction import try_plate_conduction
    from .worded_flux import try_worded_flux

    return (
        try_laser_line(question)
        or try_diffusion_length(question)
        or try_plate_conduction(question)
        or try_norton_creep(question)
        or try_line_energy_value(question)
        or try_arrhenius_symbol_d(question)
        or try_worded_flux(question)
    )
