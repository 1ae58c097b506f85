"""Relations the library lacked: the photons in one pulse of light, the magnetization of a coil's
core from its measured flux density, and a steel's tensile strength from a Brinell test's data.

Sources:
- Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.), ch. 21
  (E = hc/λ for one photon): a pulse of energy E_p holds N = E_p λ/(hc) photons.
- Callister & Rethwisch, ch. 20, eqs. 20.1 and 20.5: H = NI/l inside a long coil (or a toroid of
  mean circumference l) and B = μ₀(H + M), so M = B/μ₀ − NI/l.
- Callister & Rethwisch, ch. 6, eq. 6.20a (TS ≈ 3.45 × HB MPa) with the Brinell number of Dieter,
  *Mechanical Metallurgy*, ch. 9 (HB = 2P/[πD(D − √(D² − d²))]).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import WAVELENGTH, number_symbol
from .exam import COIL_CURRENT, COIL_LENGTH, TURNS
from .metallurgy import BALL, IMPRESSION, LOAD_KGF
from .syllabus import FLUX_DENSITY, MAGNETIZATION, TENSILE

GROUP = "pulses_and_cores"

# ------------------------------------------------------------------ photons in one pulse
PHOTONS_IN_PULSE = number_symbol(
    "N_pulse",
    "number of photons in the pulse",
    # not bare 'photons': 'photons of 12.4 keV' names a photon energy
    ("number of photons", "how many photons", "photons in"),
    (),
    (1, 1e40),
)
PULSE_ENERGY = Symbol(
    "E_pulse",
    "J",
    "energy of the pulse",
    keywords=("pulse of energy", "pulse energy", "energy of the pulse", "pulse of"),
    # a pulse's energy, never one photon's (below 1e-12 J it would be a photon energy)
    plausible=(1e-12, 1e9),
)
photons_in_pulse = Relation(
    "photons_in_a_pulse",
    GROUP,
    "Number of photons in one pulse of light",
    "N_pulse = E_pulse*lam/(h*c)",
    (PHOTONS_IN_PULSE, PULSE_ENERGY, WAVELENGTH),
    description="N = E_pulse/(hc/λ): the pulse's energy over one photon's (Callister ch. 21).",
    keywords=("photons", "pulse", "wavelength"),
    requires=(("photon",), ("pulse", "flash")),
    # a rate ('per second') is the emission-rate relation's; several photons per event are no count
    excludes=("per second", "each second", "every second", "two-photon", "multiphoton", "harmonic"),
    unknowns=("N_pulse",),
)

# ------------------------------------------------------------------ magnetization of a coil's core
CORE_B = FLUX_DENSITY.with_(
    keywords=("flux density", "magnetic induction", "induction", "b"),
    plausible=(1e-9, 100),
    signed=False,
)
PATH_LENGTH = COIL_LENGTH.with_(
    keywords=(*COIL_LENGTH.keywords, "circumference", "mean circumference", "mean length"),
)
magnetization_from_b = Relation(
    "magnetization_from_flux_density_in_coil",
    GROUP,
    "Magnetization of the core of a coil from its flux density",
    "M_mag = B_mag/mu_0 - N_turns*I_coil/l_coil",
    (MAGNETIZATION, CORE_B, TURNS, COIL_CURRENT, PATH_LENGTH),
    description="B = μ₀(H + M) with H = NI/l (Callister eqs. 20.1, 20.5): M = B/μ₀ − NI/l.",
    keywords=("magnetization", "flux density", "turns", "coil", "toroid"),
    requires=(
        ("magnetization", "magnetisation"),
        ("coil", "solenoid", "toroid", "wound", "winding"),
        ("turns",),
        ("flux density", "induction"),
    ),
    # a susceptibility or permeability gives M another way; a saturation value is another quantity
    excludes=("susceptibility", "permeability", "saturation", "removed", "taken out", "withdrawn"),
    unknowns=("M_mag",),
)

# ------------------------------------------------------------------ tensile strength from a Brinell test
# TS ≈ 3.45 MPa per Brinell unit (Callister eq. 6.20a; 500 psi per unit, eq. 6.20b), the hardness
# computed from the test itself: HB = 2P/[πD(D − √(D² − d²))], P in kgf, D and d in mm (Dieter ch. 9)
brinell_test_strength = Relation(
    "brinell_test_tensile_strength",
    GROUP,
    "Tensile strength from the load and impression of a Brinell test (steels, cast iron, brass)",
    "sigma_ts = c_hb*2*P_kgf/(pi*D_ball*(D_ball - sqrt(D_ball**2 - d_ind**2)))",
    (TENSILE, LOAD_KGF, BALL, IMPRESSION),
    fixed=(("c_hb", "3.45 MPa*mm**2/kg", "TS ≈ 3.45 MPa per Brinell hardness unit"),),
    description="TS ≈ 3.45 MPa × HB (Callister eq. 6.20a) with HB = 2P/[πD(D − √(D² − d²))] (Dieter "
    "ch. 9).",
    keywords=("brinell", "tensile strength", "impression", "indentation"),
    requires=(("brinell",), ("tensile strength",), ("steel", "cast iron", "brass")),
    # an impression's depth is no impression diameter (HB = P/(πDh) from a depth is another formula)
    excludes=("deep", "depth"),
    unknowns=("sigma_ts",),
)

RELATIONS = (photons_in_pulse, magnetization_from_b, brinell_test_strength)
