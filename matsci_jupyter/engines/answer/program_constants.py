"""Physical constants a program-of-thought answer types in with a wrong value.

A program names a constant (``h``, ``hbar``, ``k_B``, ``G``, ``epsilon_0``, ``m_e``) and states
its unit in a comment (``h = 6.626e-33  # J s``). Its CODATA value in that unit
(:mod:`.constants`, pint's registry) is known, so its digits under a wrong power of ten
(:data:`DIGITS_TOLERANCE`: 6.626e-33 for h in J s, 3e10 for c in m/s) are a wrong constant, unless
the value is another constant of the same unit (ħ typed under the name h; a loose name is no
proof), or the constant in SI base units or in a unit a power of 1000 away (``R = 8.314  # kJ/…``
is a stale comment as likely as a wrong number). Only names whose constant has the comment's
dimension are compared (``k = 200  # N/m`` is a spring, ``c = 4186  # J/(kg K)`` a specific heat,
``R = 0.5  # m`` a radius).

The program is then run again with the CODATA value in place of the typed one; the answer is
shown wrong only when the returned value changes by more than :data:`.program_rerun.RESULT_CHANGE` (a constant
that cancels out proves nothing).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from .checks import Check
from .program_rerun import MistypedNumber, commented_numbers, first_rerun_change

DIGITS_TOLERANCE = 0.02
"""A typed-in constant is wrong when its value is CODATA's (within this fraction) times a power of
ten other than 1: the right digits with a slipped exponent. (A value of other digits may be
another body's: a named 'm_e' may be the Earth's mass, a 'c' the speed of sound.)"""

OTHER_CONSTANT_TOLERANCE = 0.02
"""A typed-in value within this relative distance of another constant (of the same unit) is that
constant under a loose name, not a wrong value."""


_NAMES: tuple[tuple[str, str, str], ...] = (
    (r"h|[Pp]lanck\w*|h_planck", "planck_constant", "Planck constant"),
    (r"h_?bar|hbar\w*|reduced_planck\w*", "hbar", "reduced Planck constant"),
    (r"c|c0|c_light|speed_of_light\w*|light_speed", "speed_of_light", "speed of light"),
    (r"k|k_?B|kb|[Bb]oltzmann\w*", "boltzmann_constant", "Boltzmann constant"),
    (r"k|k_?e|k_?C|[Cc]oulomb\w*", "1/(4*pi*vacuum_permittivity)", "Coulomb constant"),
    (r"e|q_e|e_charge|electron_charge|elementary_charge", "elementary_charge", "elementary charge"),
    (r"m_e|me|electron_mass|mass_electron|m_electron", "electron_mass", "electron mass"),
    (r"m_p|proton_mass|mass_proton|m_proton", "proton_mass", "proton mass"),
    (r"m_n|neutron_mass|mass_neutron|m_neutron", "neutron_mass", "neutron mass"),
    (r"N_?A|[Aa]vogadro\w*", "avogadro_constant", "Avogadro constant"),
    (r"R|gas_constant|R_gas|R_const", "molar_gas_constant", "gas constant"),
    (r"G|G_const|grav\w*_constant", "gravitational_constant", "gravitational constant"),
    (r"g|gravity|acceleration_due_to_gravity", "standard_gravity", "acceleration of gravity"),
    (r"eps(?:ilon)?_?0|e0|permittivity\w*", "vacuum_permittivity", "vacuum permittivity"),
    (r"mu_?0|permeability\w*", "vacuum_permeability", "vacuum permeability"),
    (r"sigma|sigma_?SB|[Ss]tefan\w*", "stefan_boltzmann_constant", "Stefan–Boltzmann constant"),
    (r"amu|atomic_mass_unit", "atomic_mass_constant", "atomic mass unit"),
)
"""(variable-name pattern, matched with its case; pint expression; name): the constants a program
may type in."""


def _values_in(units: object, natural: bool) -> list[tuple[str, float]]:
    """(name, value in ``units``) of each constant of the table with the unit's dimension."""
    from ...units import get_registry

    ureg = get_registry()
    out = []
    for _, expr, label in _NAMES:
        try:
            q = ureg.parse_expression(expr)
            if natural:  # a mass in MeV/c^2: the value of m c^2 in MeV
                q = q * ureg.speed_of_light**2
            out.append((label, float(q.to(units).magnitude)))
        except Exception:
            continue
    return out


def _is_si_value(typed: float, label: str, natural: bool) -> bool:
    """``typed`` is the constant named ``label`` in SI base units."""
    from ...units import get_registry

    if natural:
        return False
    ureg = get_registry()
    for _, expr, name in _NAMES:
        if name == label:
            try:
                si = float(ureg.parse_expression(expr).to_base_units().magnitude)
            except Exception:
                return False
            return abs(typed - si) <= OTHER_CONSTANT_TOLERANCE * abs(si)
    return False


def wrong_constants(code: str) -> list[MistypedNumber]:
    """The typed-in constants of ``code`` whose value is the CODATA value in the unit their comment
    states times a wrong power of ten (``what`` is the constant's name)."""
    from .program_units import comment_units
    from .unit_text import unit_label

    found: list[MistypedNumber] = []
    for at in commented_numbers(code):
        typed = at.typed
        if typed <= 0:
            continue
        labels = {label for pattern, _, label in _NAMES if re.fullmatch(pattern, at.name)}
        if not labels:
            continue
        stated = comment_units(at.comment)
        if stated is None:
            continue
        values = _values_in(*stated)
        if any(abs(typed - v) <= OTHER_CONSTANT_TOLERANCE * v for _, v in values):
            continue  # right, or another constant of that unit under a loose name
        named = [(label, v) for label, v in values if label in labels and v > 0]
        if len(named) != 1:
            continue
        label, right = named[0]
        tens = math.log10(typed / right)
        if round(tens) == 0 or abs(tens - round(tens)) > math.log10(1 + DIGITS_TOLERANCE):
            continue  # not the constant's digits under a wrong power of ten
        if round(tens) % 3 == 0 or _is_si_value(typed, label, stated[1]):
            continue  # the value in a unit a prefix away ('R = 8.314  # kJ/…'): a stale comment
        found.append(MistypedNumber(at, right, unit_label(stated[0]), label))
    return found


def constant_value_check(
    code: str, value: float, rerun: Callable[[str], float | None]
) -> Check | None:
    """A failed check when a typed-in constant is off and running the program with the CODATA
    value changes its result by more than :data:`.program_rerun.RESULT_CHANGE`; ``rerun`` runs a
    program and gives its single number (None when it gives none)."""
    changed = first_rerun_change(code, value, rerun, wrong_constants(code))
    if changed is None:
        return None
    wrong, fixed = changed
    at = wrong.at
    return Check(
        "program constant",
        False,
        f"the program sets {at.name} = {at.typed:.6g} {wrong.unit} (line {at.lineno}); "
        f"the {wrong.what} is {wrong.right:.6g} {wrong.unit}. With that value the program "
        f"gives {fixed:.6g}, not {value:.6g}",
    )
