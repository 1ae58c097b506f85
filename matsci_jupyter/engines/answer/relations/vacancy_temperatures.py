"""Vacancy concentrations at two temperatures (N_v ∝ exp(−Q_v/kT)).

Source: Callister & Rethwisch (10th ed.), ch. 4 (eq. 4.1).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import TEMP_1, TEMP_2
from .defects_phases import VACANCY_ENERGY

GROUP = "course"  # the introductory-course batch these relations came in

VAC_1 = Symbol(
    "xv_1",
    "dimensionless",
    "vacancy fraction 1",
    keywords=("vacancy", "vacancies", "vacancy concentration", "fraction", "number of vacancies"),
    kind="number",
    plausible=(0, 1e31),
)
VAC_2 = VAC_1.with_(name="xv_2", label="vacancy concentration")
QV = VACANCY_ENERGY.with_(
    keywords=(
        "energy for vacancy formation",
        "vacancy formation energy",
        "formation energy",
        "activation energy",
        "energy",
    ),
    aliases=("Q_v", "Qv", "E_v", "Ev"),
)
vacancy_two_temperatures = Relation(
    "vacancy_two_temperatures",
    GROUP,
    "Vacancy concentration at two temperatures",
    "log(xv_2/xv_1) = -Q_v/k_B*(1/Ts_2 - 1/Ts_1)",
    (VAC_2, TEMP_2, VAC_1, TEMP_1, QV),
    description="N_v ∝ exp(−Q_v/kT) (Callister eq. 4.1) at two temperatures: the formation energy, or "
    "the concentration at another temperature.",
    keywords=("vacancy", "vacancies"),
    requires=(("vacanc",),),
    pairs=(("xv_1", "Ts_1"), ("xv_2", "Ts_2")),
)

# The same law when the question states only the factor by which the concentration changes between the two
# temperatures ('heating from 500 °C to 700 °C raises the vacancy concentration by a factor of 1 500'):
# Q_v = k ln(N₂/N₁)/(1/T₁ − 1/T₂). Raised or lowered, the size of the factor and of the temperature step
# give the same energy, so which temperature is which does not matter.
VAC_FACTOR = Symbol(
    "r_vac",
    "dimensionless",
    "factor by which the vacancy concentration changes",
    keywords=("by a factor of", "factor of", "factor", "times"),
    kind="number",
    plausible=(1e-300, 1e300),
)
vacancy_factor = Relation(
    "vacancy_energy_from_factor",
    GROUP,
    "Vacancy formation energy from the factor between two temperatures",
    "Q_v = k_B*Abs(log(r_vac))/Abs(1/Ts_1 - 1/Ts_2)",
    (QV, VAC_FACTOR, TEMP_1, TEMP_2),
    description="N_v ∝ exp(−Q_v/kT) (Callister eq. 4.1): Q_v = k|ln(N₂/N₁)|/|1/T₁ − 1/T₂|.",
    keywords=("vacancy", "vacancies", "factor"),
    requires=(("vacanc",), ("factor",)),
    unknowns=("Q_v",),
)

RELATIONS = (vacancy_two_temperatures, vacancy_factor)
