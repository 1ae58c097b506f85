"""The time a heater of stated power takes to bring a body through a temperature change.

Energy balance: the heat a body needs to change its temperature, Q = m c ΔT (Callister & Rethwisch,
10th ed., eq. 19.1 with c per unit mass), comes from a heater of power P in a time t = Q/P when the
whole output goes into the body (Halliday, Resnick & Walker, *Fundamentals of Physics*, ch. 18 and
26: P = energy per unit time). A stated efficiency, losses, a phase change (melting, boiling) or a
heat-loss rate is another energy balance: the relation then does not apply.
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import DELTA_T
from .thermal import MASS, SPECIFIC_HEAT

GROUP = "thermal"

HEATER_POWER = Symbol(
    "P_heater",
    "W",
    "heater power",
    keywords=("heater", "power", "rated", "output", "heating element", "burner", "element"),
    aliases=("P",),
    plausible=(1e-6, 1e10),
)
HEATING_TIME = Symbol(
    "t_heating",
    "s",
    "heating time",
    keywords=("heating time", "time", "how long", "take", "takes", "needed", "required"),
    aliases=("t",),
    plausible=(1e-6, 1e10),
)
heater_time = Relation(
    "heating_time_from_heater_power",
    GROUP,
    "Time for a heater of stated power to heat a body (m c ΔT = P t)",
    "t_heating = m*c_p*dT/P_heater",
    (HEATING_TIME, MASS, SPECIFIC_HEAT, DELTA_T, HEATER_POWER),
    description="t = m c ΔT / P: the heat m c ΔT (Callister eq. 19.1) delivered at the heater's power P, "
    "all of it going into the body.",
    keywords=("heater", "heating", "specific heat", "power"),
    requires=(
        ("heater", "heating element", "immersion heater", "burner"),
        ("heat", "heated", "preheat"),
    ),
    excludes=(
        "efficiency",
        "efficient",
        "loss",
        "losses",
        "lost",
        "melt",
        "melting",
        "boil",
        "boiling",
        "vaporize",
        "latent",
        "fusion",
        "convect",
        "radiat",
    ),
    conditions=("temperature",),
    unknowns=("t_heating",),
)

RELATIONS = [heater_time]
