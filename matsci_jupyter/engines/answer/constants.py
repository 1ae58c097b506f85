"""Physical constants from one CODATA source: pint's registry (CODATA 2018 values).

Relations and the answer checker both read constants from here, never retyped.
Each constant has a symbol used in relation equations, a name, the pint
expression it comes from, and how prose usually writes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Constant:
    """A physical constant as relations and answer texts use it."""

    symbol: str  # name inside relation equations, e.g. "h"
    name: str  # "Planck constant"
    pint_name: str  # attribute of the pint registry
    written: tuple[str, ...]  # labels prose uses: "h", "Planck"
    units: tuple[str, ...]  # units prose writes it in (first one: how we show it)

    def quantity(self) -> Any:
        """The value as a pint Quantity (in ``units[0]``)."""
        from ...units import get_registry

        ureg = get_registry()
        return ureg.parse_expression(self.pint_name).to(self.units[0])


CONSTANTS: dict[str, Constant] = {
    c.symbol: c
    for c in (
        Constant("h", "Planck constant", "planck_constant", ("h", "planck"), ("J*s", "eV*s")),
        Constant("c", "speed of light", "speed_of_light", ("c", "speed of light"), ("m/s",)),
        Constant(
            "k_B",
            "Boltzmann constant",
            "boltzmann_constant",
            ("k", "k_B", "kB", "boltzmann"),
            ("J/K", "eV/K"),
        ),
        Constant(
            "N_A", "Avogadro constant", "avogadro_constant", ("N_A", "NA", "avogadro"), ("1/mol",)
        ),
        Constant(
            "e",
            "elementary charge",
            "elementary_charge",
            ("e", "q", "elementary charge", "electron charge", "charge of an electron"),
            ("C",),
        ),
        Constant("F", "Faraday constant", "faraday_constant", ("F", "faraday"), ("C/mol",)),
        Constant(
            "R",
            "molar gas constant",
            "molar_gas_constant",
            ("R", "gas constant"),
            ("J/(mol*K)", "cal/(mol*K)", "L*atm/(mol*K)"),
        ),
        Constant("m_e", "electron mass", "electron_mass", ("m_e", "me", "electron mass"), ("kg",)),
        Constant(
            "hc",
            "Planck constant × speed of light",
            "planck_constant * speed_of_light",
            ("hc",),
            ("eV*nm", "J*m"),
        ),
        Constant(
            "eps_0",
            "vacuum permittivity",
            "vacuum_permittivity",
            ("epsilon_0", "ε0", "ε_0"),
            ("F/m",),
        ),
        Constant(
            "mu_0",
            "vacuum permeability",
            "vacuum_permeability",
            ("mu_0", "μ0", "μ_0"),
            ("H/m",),
        ),
        Constant(
            "mu_B",
            "Bohr magneton",
            "bohr_magneton",
            ("mu_B", "μB", "μ_B", "bohr magneton"),
            ("A*m^2", "J/T"),
        ),
        Constant("m_p", "proton mass", "proton_mass", ("proton mass",), ("kg",)),
        Constant("m_n", "neutron mass", "neutron_mass", ("neutron mass",), ("kg",)),
        Constant(
            "sigma_SB",
            "Stefan–Boltzmann constant",
            "stefan_boltzmann_constant",
            ("stefan boltzmann constant",),
            ("W/(m^2*K^4)",),
        ),
        Constant(
            "b_W",
            "Wien displacement constant",
            "wien_wavelength_displacement_law_constant",
            ("wien constant",),
            ("m*K",),
        ),
        Constant(
            "G_N",
            "Newtonian constant of gravitation",
            "gravitational_constant",
            ("gravitational constant",),
            ("N*m^2/kg^2",),
        ),
        Constant(
            "g_n",
            "standard acceleration of gravity",
            "standard_gravity",
            ("standard gravity",),
            ("m/s^2",),
        ),
    )
}


@cache
def value(symbol: str) -> Any:
    """The constant named ``symbol`` (see :data:`CONSTANTS`) as a pint Quantity."""
    return CONSTANTS[symbol].quantity()
