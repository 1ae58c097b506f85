"""Gas solubility in metals at two pressures (Sieverts' law)."""

from __future__ import annotations

from ._base import Relation, Symbol

GROUP = "course"  # the introductory-course batch these relations came in

SOL_1 = Symbol(
    "S_g1",
    "dimensionless",
    "solubility 1",
    keywords=("solubility", "dissolved", "content", "concentration"),
    kind="number",
    plausible=(0, 1e30),
)
SOL_2 = SOL_1.with_(name="S_g2", label="solubility")
P_GAS1 = Symbol(
    "p_g1",
    "atm",
    "gas pressure 1",
    keywords=("pressure", "partial pressure", "atm"),
    plausible=(1e-30, 1e6),
)
P_GAS2 = P_GAS1.with_(name="p_g2", label="gas pressure")
sieverts = Relation(
    "sieverts_law",
    GROUP,
    "Sieverts' law at two pressures",
    "S_g2/S_g1 = sqrt(p_g2/p_g1)",
    (SOL_2, P_GAS2, SOL_1, P_GAS1),
    description="[X] = k√p_X2 for a diatomic gas dissolving as atoms (Sieverts' law): the same metal and "
    "temperature at two pressures.",
    keywords=("sieverts", "solubility", "hydrogen", "nitrogen", "dissolved"),
    requires=(("sieverts", "sievert"),),
    pairs=(("S_g1", "p_g1"), ("S_g2", "p_g2")),
    unknowns=("S_g2", "p_g2"),
    conditions=("temperature",),
)

RELATIONS = (sieverts,)
