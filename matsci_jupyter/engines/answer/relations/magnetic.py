"""Magnetic properties not declared elsewhere: M_s of a BCC or FCC metal from its cell, the
critical field of a superconductor, saturation flux density, μ_r = 1 + χ_m, B = μ₀(H + M) and the
Curie–Weiss law. (Solenoids, M_s from a ferrite cell, Curie's law and hysteresis loss are in exam.py;
M_s from the density and B, M from μ_r in magnetization.py.)

Sources (each relation's description names its equation): Callister & Rethwisch, *Materials Science
and Engineering: An Introduction* (10th ed.), ch. 20 (B = μ₀(H + M), μ_r = 1 + χ_m,
M_s = n_B μ_B N, superconductors H_C(T) = H_C(0)[1 − (T/T_C)²]); Kittel,
*Introduction to Solid State Physics* (8th ed.), ch. 11 (Curie–Weiss χ = C/(T − θ)).
"""

from __future__ import annotations

from . import magnetization
from ._base import Relation, Symbol, chain
from .common import BCC, FCC, LATTICE_A, TEMPERATURE
from .magnetization import SATURATION
from .syllabus import FIELD_H, FLUX_DENSITY, MAGNETIZATION, SUSCEPTIBILITY, T1, T2
from .syllabus import magnetization as magnetization_chi

GROUP = "magnetic"


M_SAT = SATURATION.with_(
    keywords=("saturation magnetization", "saturation magnetisation", "magnetization", "m_s"),
    aliases=("M_s",),
)

SAT_FLUX = FLUX_DENSITY.with_(
    name="B_s",
    label="saturation flux density",
    keywords=("saturation flux density", "saturation induction", "b_s", "bs"),
    aliases=("B_s", "Bs"),
    signed=False,
)
sat_flux = Relation(
    "saturation_flux_density",
    GROUP,
    "Saturation flux density from the saturation magnetization",
    "B_s = mu_0*M_s",
    (SAT_FLUX, M_SAT),
    description="B_s ≈ μ₀M_s for a ferromagnet at saturation, where M ≫ H (Callister ch. 20, with M ≫ H).",
    keywords=("saturation flux density", "saturation induction"),
    requires=(("saturation flux density", "saturation induction"),),
    unknowns=("B_s", "M_s"),
)

# ------------------------------------------------------------------ coils, permeability
REL_PERMEABILITY = magnetization.REL_PERMEABILITY.with_(
    keywords=("relative permeability", "permeability", "μ_r", "μr"), plausible=(0.001, 1e7)
)
permeability_susceptibility = Relation(
    "relative_permeability_susceptibility",
    GROUP,
    "Relative permeability and susceptibility",
    "mu_r = 1 + chi_m",
    (REL_PERMEABILITY, SUSCEPTIBILITY),
    description="χ_m = μ_r − 1 (Callister ch. 20).",
    keywords=("relative permeability", "susceptibility"),
    requires=(("relative permeability",), ("susceptibility",)),
)

flux_from_magnetization = Relation(
    "flux_density_field_magnetization",
    GROUP,
    "Flux density from the field strength and the magnetization",
    "B_mag = mu_0*(H_mag + M_mag)",
    (FLUX_DENSITY, FIELD_H, MAGNETIZATION),
    description="B = μ₀(H + M) (Callister ch. 20).",
    keywords=("flux density", "magnetic induction", "magnetization"),
    requires=(("magnetization", "magnetisation"), ("flux density", "induction")),
    excludes=("susceptibility", "permeability", "saturation"),
    unknowns=("B_mag", "M_mag"),
)

# ------------------------------------------------------------------ Curie law, hysteresis loss
# 'χ = 0.105 at 330 K and χ = 0.0370 at 400 K': the plain χ names either state value (the pairs with
# T₁, T₂ tell which)
CHI_1 = SUSCEPTIBILITY.with_(
    name="chi_1", label="susceptibility at T₁", aliases=("χ_1", "χ1", "χ", "χ_m"), signed=False
)
CHI_2 = SUSCEPTIBILITY.with_(
    name="chi_2", label="susceptibility at T₂", aliases=("χ_2", "χ2", "χ", "χ_m"), signed=False
)
THETA_CW = TEMPERATURE.with_(
    name="theta_cw",
    label="Weiss (paramagnetic Curie) temperature θ",
    keywords=(
        "θ",
        "weiss temperature",
        "paramagnetic curie temperature",
        "curie weiss temperature",
    ),
    aliases=("θ", "θ_p", "T_C"),
)
curie_weiss = Relation(
    "curie_weiss_two_temperatures",
    GROUP,
    "Curie–Weiss law at two temperatures",
    "chi_2*(T_2 - theta_cw) = chi_1*(T_1 - theta_cw)",
    (CHI_2, CHI_1, T1, T2, THETA_CW),
    description="χ = C/(T − θ) above θ, so χ₂ = χ₁(T₁ − θ)/(T₂ − θ) (Kittel ch. 11).",
    keywords=("susceptibility", "curie weiss", "paramagnetic"),
    # the law written out, 'χ = C/(T − θ)', names it as well as its name does (keytext drops the minus)
    requires=(("curie weiss", "c/(t θ)", "c / (t θ)", "c/(t theta)"), ("susceptibility",)),
    # antiferromagnets are often written χ = C/(T + θ): another sign convention
    # the law holds in the paramagnetic state only: data said to lie below the Curie point are no
    # points of it
    excludes=(
        "antiferromagnet",
        "néel",
        "neel",
        "t + θ",
        "(t + θ)",
        "below its curie",
        "below the curie",
        "below their curie",
    ),
    pairs=(("chi_1", "T_1"), ("chi_2", "T_2")),
    # θ from two measured points: 1/χ is linear in T, θ = (χ₂T₂ − χ₁T₁)/(χ₂ − χ₁)
    unknowns=("chi_2", "theta_cw"),
)


# ------------------------------------------------------------------ superconductors
T_CRIT = TEMPERATURE.with_(
    name="T_c",
    label="superconducting critical temperature T_C",
    keywords=(
        "critical temperature",
        "transition temperature",
        "t_c",
        "tc",
        "superconducting below",
        "becomes superconducting",
    ),
    aliases=("T_C", "T_c", "Tc"),
)
# 'the largest field it can sustain and remain superconducting' is the critical field at T
SUSTAINED_FIELD = (
    "largest magnetic field",
    "maximum magnetic field",
    "highest magnetic field",
    "largest field",
    "maximum field",
    "highest field",
)
H_CRIT_0 = FIELD_H.with_(
    name="Hc_0",
    label="critical field at 0 K",
    keywords=("at 0 k", "0 k", "h_c(0)", "critical field"),
    aliases=("H_C(0)", "H_c(0)", "Hc0", "H_C", "H_c"),
)
H_CRIT = FIELD_H.with_(
    name="Hc_T",
    label="critical field at temperature T",
    # 'up to what temperature does it stay superconducting in an applied field of …': the applied
    # field is the critical field at the highest such temperature
    keywords=(
        "critical field",
        "critical magnetic field",
        *SUSTAINED_FIELD,
        "applied field",
        # 'it must remain superconducting in a field of …': that field is the critical field at the
        # highest temperature allowed
        "remain superconducting in a field",
        "stay superconducting in a field",
        "superconducting in a field",
        "superconducting in a magnetic field",
        "superconducting in an applied field",
    ),
)
SUPER = ("superconductor", "superconducting", "superconductivity", "superconduct")
critical_field_h = Relation(
    "superconductor_critical_field",
    GROUP,
    "Critical field of a superconductor at a temperature",
    "Hc_T = Hc_0*(1 - (T/T_c)**2)",
    (H_CRIT, H_CRIT_0, T_CRIT, TEMPERATURE),
    description="H_C(T) = H_C(0)[1 − (T/T_C)²] below T_C (Callister ch. 20).",
    keywords=("superconductor", "critical field", "critical temperature"),
    requires=(SUPER, ("critical field", "critical magnetic field")),
    unknowns=("Hc_T", "T"),
    conditions=("temperature",),  # the field is quoted "at 0 K"
)
B_CRIT_0 = FLUX_DENSITY.with_(
    name="Bc_0",
    label="critical flux density at 0 K",
    keywords=("at 0 k", "0 k", "b_c(0)", "critical field"),
    aliases=("B_C(0)", "B_c(0)", "Bc0", "B_C", "B_c"),
    signed=False,
)
B_CRIT = FLUX_DENSITY.with_(
    name="Bc_T",
    label="critical flux density at temperature T",
    # the field a part must stay superconducting in, written in tesla, as for H_C(T) above
    keywords=(*H_CRIT.keywords, "critical flux density"),
    signed=False,
)
critical_field_b = Relation(
    "superconductor_critical_flux_density",
    GROUP,
    "Critical field (as B) of a superconductor at a temperature",
    "Bc_T = Bc_0*(1 - (T/T_c)**2)",
    (B_CRIT, B_CRIT_0, T_CRIT, TEMPERATURE),
    description="B_C(T) = B_C(0)[1 − (T/T_C)²], the same law with μ₀H written as B (Callister ch. 20).",
    keywords=("superconductor", "critical field", "critical temperature"),
    requires=(SUPER, ("critical field", "critical magnetic field", "critical flux density")),
    unknowns=("Bc_T", "T"),
    conditions=("temperature",),  # the field is quoted "at 0 K"
)

# ------------------------------------------------------------------ M_s of a cubic metal from its cell
MOMENT_COUNT = Symbol(
    "n_Bm",
    "dimensionless",
    "Bohr magnetons per atom",
    keywords=("bohr magnetons per atom", "bohr magnetons", "bohr magneton", "net magnetic moment"),
    aliases=("n_B",),
    kind="number",
    plausible=(1e-3, 15),
)
M_SAT_METAL = Symbol(
    "M_sm",
    "A/m",
    "saturation magnetization",
    keywords=("saturation magnetization", "saturation magnetisation"),
    aliases=("M_s",),
    plausible=(1e-3, 1e8),
)


def _ms_cubic(name: str, words: tuple[str, ...], atoms: int, label: str) -> Relation:
    return Relation(
        name,
        GROUP,
        f"Saturation magnetization of a {label} metal from its lattice parameter",
        "M_sm = n_Bm*mu_B*n_at/a**3",
        (M_SAT_METAL, MOMENT_COUNT, LATTICE_A),
        fixed=(
            ("n_at", atoms, f"{label}: {atoms} atoms per unit cell"),
            ("mu_B", "1 bohr_magneton", "μ_B = 9.274 × 10⁻²⁴ A·m²"),
        ),
        description=f"M_s = n_B μ_B N, N = {atoms}/a³ atoms per volume in a {label} cell (Callister ch. 20).",
        keywords=("saturation magnetization", "bohr magneton", "lattice parameter"),
        requires=(("saturation magnetization", "saturation magnetisation"), ("bohr",), words),
        unknowns=("M_sm", "n_Bm"),
        # 'M_s = 1.71 × 10⁶ A/m at 0 K': all moments aligned, the state M_s = n_B μ_B N describes
        conditions=("zero_kelvin",),
    )


ms_bcc = _ms_cubic("saturation_magnetization_bcc_metal", BCC, 2, "BCC")
ms_fcc = _ms_cubic("saturation_magnetization_fcc_metal", FCC, 4, "FCC")

# ------------------------------------------------------------------ a field given as B₀ in vacuum
# 'a solenoid whose field in vacuum would be B₀ = 0.50 T': B₀ = μ₀H (Callister eq. 20.3) gives H.
B_VACUUM = FLUX_DENSITY.with_(
    name="B_vac",
    label="flux density in vacuum B₀",
    keywords=("in vacuum", "in a vacuum", "field in vacuum", "b₀", "b0", "b_0"),
    aliases=("B₀", "B_0", "B0"),
    signed=False,
    named=True,
)
VACUUM = ("vacuum",)
vacuum_field = Relation(
    "vacuum_flux_density",
    GROUP,
    "Flux density of a field in vacuum",
    "B_vac = mu_0*H_mag",
    (B_VACUUM, FIELD_H),
    description="B₀ = μ₀H: the flux density a field H gives in vacuum (Callister eq. 20.3).",
    keywords=("vacuum", "flux density"),
    requires=(VACUUM,),
)
magnetization_from_vacuum_field = chain(
    "magnetization_from_vacuum_field",
    magnetization_chi,
    vacuum_field,
    "H_mag",
    title="Magnetization from susceptibility, H from the field in vacuum",
    description="M = χ_m H with H = B₀/μ₀ (Callister eqs. 20.3, 20.6).",
    requires=(("susceptibility",), ("magnetization", "magnetisation"), VACUUM),
    unknowns=("M_mag",),
)

# ------------------------------------------------------------------ hard magnets: energy product
# (BH) at a point of the second-quadrant demagnetisation curve, where H is negative: its size is the
# words naming the end points of a demagnetisation curve
ENDPOINT_WORDS = (
    "remanence",
    "remanent",
    "retentivity",
    "coercivity",
    "coercive",
    "b_r",
    "h_c",
)
# energy product, (BH)_max at the point of largest product (Callister §20.10, Fig. 20.21).
ENERGY_PRODUCT = Symbol(
    "BH_prod",
    "kJ/m^3",
    "energy product (BH)",
    keywords=(
        "energy product",
        "maximum energy product",
        "bh max",
        "bh",
        "max",
    ),
    aliases=("(BH)max", "BH_max", "(BH)_max"),
    plausible=(1e-6, 1e4),
)
H_DEMAG = FIELD_H.with_(name="H_dm", signed=True, plausible=(-1e9, 1e9))
energy_product = Relation(
    "magnet_energy_product",
    GROUP,
    "Energy product of a hard magnet at a point of its demagnetisation curve",
    "BH_prod = Abs(B_mag*H_dm)",
    (ENERGY_PRODUCT, FLUX_DENSITY, H_DEMAG),
    description="(BH) = |B·H| at a point of the demagnetisation curve, (BH)_max at the point of largest "
    "product (Callister §20.10).",
    keywords=("energy product", "demagnetisation", "demagnetization", "hard magnet", "bh"),
    requires=(
        ("energy product", "(bh)", "bh max", "(bh)max"),
        ("demagnetisation", "demagnetization", "hard magnet", "permanent magnet", "magnet"),
    ),
    # the curve's end points (B_r at H = 0, H_c at B = 0) are not one point of the curve: the
    # product of the two is no energy product (linear_energy_product below takes them)
    excludes=ENDPOINT_WORDS,
    unknowns=("BH_prod",),
)

# (BH)_max of a straight-line (linear) second-quadrant demagnetisation curve: B = B_r(1 − H/H_c), so
# B·H is largest at B_r/2, H_c/2 and (BH)_max = B_r·|H_c|/4 (Callister §20.10; Cullity & Graham §14.3).
REMANENCE = FLUX_DENSITY.with_(
    name="B_rem",
    label="remanence B_r",
    keywords=(
        "remanence",
        "remanent",
        "residual induction",
        "residual flux density",
        "retentivity",
    ),
    aliases=("B_r", "Br", "B_R"),
    signed=False,
    plausible=(1e-4, 10),
)
COERCIVE_FIELD = FIELD_H.with_(
    name="H_coer",
    label="coercive field H_c",
    keywords=("coercivity", "coercive field", "coercive force"),
    aliases=("H_c", "Hc", "H_C"),
    signed=True,
    plausible=(-1e9, 1e9),
)
linear_energy_product = Relation(
    "linear_energy_product",
    GROUP,
    "Largest energy product of a magnet whose demagnetisation curve is a straight line",
    "BH_prod = B_rem*Abs(H_coer)/4",
    (ENERGY_PRODUCT, REMANENCE, COERCIVE_FIELD),
    description="(BH)_max = B_r·|H_c|/4 when B falls linearly from B_r at H = 0 to 0 at H_c "
    "(largest product at B_r/2, H_c/2; Callister §20.10).",
    keywords=("maximum energy product", "straight line", "linear", "demagnetization", "bh max"),
    requires=(
        ("maximum energy product", "bh max", "(bh)max", "(bh)_max", "largest energy product"),
        ("straight line", "straight-line", "linear", "linearly"),
        ("demagnetisation", "demagnetization", "second quadrant", "second-quadrant"),
    ),
    unknowns=("BH_prod",),
)

RELATIONS = (
    energy_product,
    linear_energy_product,
    vacuum_field,
    magnetization_from_vacuum_field,
    ms_bcc,
    ms_fcc,
    critical_field_h,
    critical_field_b,
    sat_flux,
    permeability_susceptibility,
    flux_from_magnetization,
    curie_weiss,
)
