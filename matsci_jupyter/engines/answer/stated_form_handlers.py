"""One call site for the classes read from a form or convention the question states, each in its
own module: a dislocation's line energy, photons of a laser line. (Diffusion lengths, plate conduction
and Norton creep were written too and taken out at the merge: they answered questions that older class
tests hold must be refused — a temperature in the ask set aside, a one-temperature law used across
two temperatures.)"""

from __future__ import annotations

from .answer import Answer


def try_stated_form_classes(question: str) -> Answer | None:
    """The first of these handlers that takes the question (an answer or a refusal); None otherwise."""
    if not isinstance(question, str):
        return None
    from .laser_lines import try_laser_line
    from .line_energy_value import try_line_energy_value

    return try_laser_line(question) or try_line_energy_value(question)
