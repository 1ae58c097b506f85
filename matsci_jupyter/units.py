"""One pint UnitRegistry per process, created on first use (creation takes ~0.1 s).

Adds what materials texts write and pint lacks: 'Angstrom' as an alias of
'angstrom' (pint knows 'Å' and 'angstrom' but not the capitalised word), and the
gauss-oersted of magnets' energy products (MGOe), and the cgs emu of magnetic moment
(1 emu = 10⁻³ A·m²). pint defines G and Oe in the
Gaussian system, where G·Oe comes out as erg/cm³ = 0.1 J/m³; the energy product
B·H in G·Oe is 10⁻⁴ T × 10³/(4π) A/m = 1/(40π) J/m³ (1 MGOe = 7.958 kJ/m³).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def get_registry() -> Any:
    import pint

    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    ureg.define("@alias angstrom = Angstrom = Ang")
    ureg.define("gauss_oersted = 1e-4 * tesla * 1e3 / (4 * pi) * ampere / meter = GOe")
    # the cgs electromagnetic unit of magnetic moment, erg/G = 10⁻³ A·m² (so 1 emu/cm³ = 10³ A/m of
    # magnetization and 1 emu/g = 1 A·m²/kg); pint has no 'emu'
    ureg.define("emu = 1e-3 * ampere * meter ** 2")
    ureg.formatter.default_format = "~P"
    pint.set_application_registry(ureg)
    return ureg


def __getattr__(name: str) -> Any:
    if name == "ureg":
        return get_registry()
    if name == "Q_":
        return get_registry().Quantity
    raise AttributeError(name)
