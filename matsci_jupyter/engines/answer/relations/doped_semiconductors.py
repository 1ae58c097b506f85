"""Conduction in semiconductors not declared elsewhere: the resistivity of an intrinsic semiconductor,
the conductivity of an n-type or a p-type one (the dopant fully ionized, the minority carriers from
mass action), and of a compensated one (donors and acceptors both present, one carrier's mobility
stated); the Hall coefficient from a measured Hall voltage, chained to the carrier density and the
mobility.

Source: Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.),
ch. 18 — σ = n|e|μ_e + p|e|μ_h (eq. 18.13), ρ = 1/σ (eq. 18.4), n ≈ N_d for an n-type and
p ≈ N_a for a p-type semiconductor (eqs. 18.16–18.17), np = n_i² (mass action); compensation:
the majority carriers are the excess of one dopant over the other (Kasap, *Principles of
Electronic Materials and Devices*, 4th ed., §5.2); V_H = R_H I B/d (Callister eq. 18.20).
"""

from __future__ import annotations

from ._base import Relation, Symbol, chain
from .common import PARTIAL_IONIZATION
from .electrical import (
    CARRIERS,
    CONDUCTIVITY,
    CURRENT,
    MU_E,
    MU_H,
    conductivity_intrinsic,
    conductivity_resistivity,
)
from .semiconductors import HALL, NI, hall_concentration, hall_mobility

GROUP = "electrical"

resistivity_intrinsic = chain(
    "resistivity_intrinsic",
    conductivity_resistivity,
    conductivity_intrinsic,
    "sigma_cond",
    title="Resistivity of an intrinsic semiconductor",
    requires=(("resistivity",), ("intrinsic",), ("hole",)),
)

DONOR_WORDS = (
    "phosphorus",
    "arsenic",
    "antimony",
    "donor",
    "donors",
    "n type",
)
ACCEPTOR_WORDS = (
    "boron",
    "aluminium",
    "aluminum",
    "gallium",
    "indium",
    "acceptor",
    "acceptors",
    "p type",
)
N_DONOR = CARRIERS.with_(
    name="N_don",
    label="donor concentration",
    keywords=(*DONOR_WORDS, "donor concentration", "doped with"),
    aliases=("N_d", "N_D"),
)
N_ACCEPTOR = CARRIERS.with_(
    name="N_acc",
    label="acceptor concentration",
    keywords=(*ACCEPTOR_WORDS, "acceptor concentration", "doped with"),
    aliases=("N_a", "N_A"),
)
DOPED = ("doped", "dopant", "doping", "impurity atoms")
# the majority-carrier density of a fully ionized dopant of density N with n_i stated: the root of
# n² − N n − n_i² = 0 (charge neutrality with mass action), ≈ N when N ≫ n_i
_MAJORITY = "(N/2 + sqrt(N**2/4 + n_i**2))"
n_type = Relation(
    "conductivity_n_type",
    GROUP,
    "Conductivity of an n-type semiconductor (donors fully ionized)",
    "sigma_cond = e*(M*mu_e + n_i**2/M*mu_h)".replace("M", _MAJORITY.replace("N", "N_don")),
    (CONDUCTIVITY, N_DONOR, NI, MU_E, MU_H),
    description="σ = e(nμ_e + pμ_h), n ≈ N_d, p = n_i²/n (Callister ch. 18).",
    keywords=("conductivity", "doped", "donor", "n type"),
    requires=(DOPED, DONOR_WORDS, ("conductivity",), ("hole",), ("electron",)),
    excludes=(*PARTIAL_IONIZATION, *ACCEPTOR_WORDS),
    conditions=("temperature",),
    unknowns=("sigma_cond",),
)
p_type = Relation(
    "conductivity_p_type",
    GROUP,
    "Conductivity of a p-type semiconductor (acceptors fully ionized)",
    "sigma_cond = e*(M*mu_h + n_i**2/M*mu_e)".replace("M", _MAJORITY.replace("N", "N_acc")),
    (CONDUCTIVITY, N_ACCEPTOR, NI, MU_E, MU_H),
    description="σ = e(pμ_h + nμ_e), p ≈ N_a, n = n_i²/p (Callister ch. 18).",
    keywords=("conductivity", "doped", "acceptor", "p type"),
    requires=(DOPED, ACCEPTOR_WORDS, ("conductivity",), ("hole",), ("electron",)),
    excludes=(*PARTIAL_IONIZATION, *DONOR_WORDS),
    conditions=("temperature",),
    unknowns=("sigma_cond",),
)
# compensated: both dopants stated, one mobility stated (that of the carriers the excess gives)
compensated_p = Relation(
    "conductivity_compensated_p_type",
    GROUP,
    "Conductivity of a compensated semiconductor, acceptors in excess",
    "sigma_cond = e*(N_acc - N_don)*mu_h",
    (CONDUCTIVITY, N_ACCEPTOR, N_DONOR, MU_H),
    description="p ≈ N_a − N_d, σ ≈ p|e|μ_h (Callister ch. 18; Kasap §5.2).",
    keywords=("conductivity", "acceptor", "donor", "compensated"),
    requires=(ACCEPTOR_WORDS, DONOR_WORDS, ("conductivity",), ("hole mobility",)),
    excludes=(*PARTIAL_IONIZATION, "electron mobility", "mobilities"),
    conditions=("temperature",),
    unknowns=("sigma_cond",),
)
compensated_n = Relation(
    "conductivity_compensated_n_type",
    GROUP,
    "Conductivity of a compensated semiconductor, donors in excess",
    "sigma_cond = e*(N_don - N_acc)*mu_e",
    (CONDUCTIVITY, N_ACCEPTOR, N_DONOR, MU_E),
    description="n ≈ N_d − N_a, σ ≈ n|e|μ_e (Callister ch. 18; Kasap §5.2).",
    keywords=("conductivity", "acceptor", "donor", "compensated"),
    requires=(ACCEPTOR_WORDS, DONOR_WORDS, ("conductivity",), ("electron mobility",)),
    excludes=(*PARTIAL_IONIZATION, "hole mobility", "mobilities"),
    conditions=("temperature",),
    unknowns=("sigma_cond",),
)

# ------------------------------------------------------------------ the Hall voltage
HALL_VOLTAGE = Symbol(
    "V_H",
    "V",
    "Hall voltage",
    keywords=("hall voltage", "v_h", "vh"),
    aliases=("V_H", "VH"),
    plausible=(1e-15, 1e3),
    signed=True,
)
HALL_FIELD = Symbol(
    "B_H",
    "T",
    "magnetic flux density across the specimen",
    keywords=("magnetic field", "flux density", "field of", "b"),
    aliases=("B",),
    plausible=(1e-9, 100),
)
HALL_THICKNESS = Symbol(
    "d_H",
    "m",
    "specimen thickness along the field",
    keywords=("thick", "thickness"),
    aliases=("d", "t"),
    plausible=(1e-9, 1),
    # only a length the question calls a thickness: a bar '8 mm long' or '5 mm wide' is not it
    named=True,
)
# 'carrying' names no quantity of its own: a wire 'carrying 1 kN' carries a load
HALL_CURRENT = CURRENT.with_(name="I_H", keywords=("current",))
hall_voltage = Relation(
    "hall_voltage",
    GROUP,
    "Hall voltage across a strip",
    "V_H = R_H*I_H*B_H/d_H",
    (HALL_VOLTAGE, HALL, HALL_CURRENT, HALL_FIELD, HALL_THICKNESS),
    description="V_H = R_H I_x B_z/d (Callister eq. 18.20).",
    keywords=("hall", "hall voltage"),
    requires=(("hall voltage", "hall potential"),),
)
mobility_from_hall_voltage = chain(
    "mobility_from_hall_voltage",
    hall_mobility,
    hall_voltage,
    "R_H",
    title="Mobility from a Hall voltage and the conductivity",
    requires=(("hall voltage", "hall potential"), ("mobility",), ("conductivity",)),
)
carriers_from_hall_voltage = chain(
    "carriers_from_hall_voltage",
    hall_concentration,
    hall_voltage,
    "R_H",
    title="Carrier concentration from a Hall voltage",
    requires=(("hall voltage", "hall potential"),),
)

RELATIONS = (
    resistivity_intrinsic,
    n_type,
    p_type,
    compensated_p,
    compensated_n,
    hall_voltage,
    mobility_from_hall_voltage,
    carriers_from_hall_voltage,
)
