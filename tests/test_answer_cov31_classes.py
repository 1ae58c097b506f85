"""Standard textbook forms that sets H, P, S, T, Y (heldout7, 15, 18, 19, 20, 24) still refused,
covered as classes in our own words, each with neighbours that must stay refused.

* **Rock-salt (or CsCl) density from two ionic radii, the formula weight looked up**
  (relations/ionic_density_lookup.py, guard ion_compound.py): ρ = n'A/(a³N_A) with a = 2(r_C + r_A)
  (rock salt, n' = 4) or 2(r_C + r_A)/√3 (CsCl, n' = 1), A the formula weight of the one AX compound
  named. Refused: a radius labelled with an ion of another element, one radius only, the structure not
  named, two compounds named. Also (a wrong answer on main): a radius ratio whose cation radius was
  bound to the value written for an anion ('r_{O^{2-}} = 0.140 nm' taken for the cation) is refused.
* **Hall–Petch with the grain size changed by a worded factor** (grain_refinement.py): 'halves the grain
  size', 'reduced to one quarter', 'refined by a factor of N', 'doubles'; the change Δσ_y =
  k_y d^(−1/2)(f^(−1/2) − 1) (σ₀ cancels), or the new σ_y from σ₀ or from σ_y at the first size.
  Refused: the change asked in the direction the grain change contradicts; k_y not given; another
  value (a hardness, a tensile strength) beside the data; σ₀ and σ_y both given for the new value.
  Also σ_y 'at the finer (coarser) grain size' after two grain diameters and σ₀, k_y are given (the
  smaller or larger one). Refused: a hardness beside them; a yield strength in place of σ₀.
* **Fracture-toughness units in words** (root_units.py): '26 megapascal root metre', 'four MPa root
  metre', 'MPa square root metre' read as MPa√m. Refused: no crack size given.
* **A bare-symbol ask** (bare_symbol_ask.py): 'Find σ_c.' beside a fracture toughness (the critical
  stress). A bare 'D' beside D₀ and Q stays refused (named, it would answer above the host's melting
  point, a must-refuse neighbour).
  Refused: σ_c in a composite question (no toughness), D with no D₀ and Q, the symbol given a value.
* **Percent cold work from two areas** (cold_work_areas.py): %CW = (A₀ − A_d)/A₀ × 100, the first area
  written the original one, 'to' between them. Refused: an area that grows; another value beside the
  two areas; the first area named as the final one.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value

N_A = 6.02214076e23


def _rock_salt(formula_weight: float, r_c: float, r_a: float) -> float:
    """g/cm³ from g/mol and radii in nm."""
    a_cm = 2 * (r_c + r_a) * 1e-7
    return 4 * formula_weight / (a_cm**3 * N_A)


# ------------------------------------------------------------------ density from ionic radii


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "Potassium chloride adopts the rock salt structure; its ionic radii are r(K⁺) = 0.138 nm "
            "and r(Cl⁻) = 0.181 nm. Estimate the density of KCl in kg/m³.",
            "kg/m^3",
            _rock_salt(74.551, 0.138, 0.181) * 1000,
        ),
        (
            "Calcium oxide (CaO) crystallizes in the rock-salt arrangement. With ionic radii of "
            "0.100 nm for Ca²⁺ and 0.140 nm for O²⁻, touching along the cube edge, what theoretical "
            "density do you predict, in g/cm³?",
            "g/cm^3",
            _rock_salt(56.077, 0.100, 0.140),
        ),
        (
            "For LiF, which has the rock-salt structure, take the ionic radii as $r_{\\mathrm{Li^+}} = "
            "0.076\\ \\mathrm{nm}$ and $r_{\\mathrm{F^-}} = 0.133\\ \\mathrm{nm}$. Estimate its "
            "theoretical density (g/cm³).",
            "g/cm^3",
            _rock_salt(25.939, 0.076, 0.133),
        ),
        (
            "The ionic radii of Cs⁺ and Cl⁻ are 0.170 nm and 0.181 nm. Cesium chloride has the CsCl "
            "structure, with the ions touching along the body diagonal. Compute its theoretical "
            "density in g/cm³.",
            "g/cm^3",
            168.358 / ((2 * 0.351e-7 / math.sqrt(3)) ** 3 * N_A),
        ),
    ],
)
def test_density_from_ionic_radii_formula_weight_looked_up(
    question: str, unit: str, want: float
) -> None:
    assert _value(question, unit) == pytest.approx(want, rel=2e-3)


@pytest.mark.parametrize(
    "question",
    [
        # a radius of an ion that is not in the named compound
        "CaO has the rock-salt structure. Ionic radii: Sr²⁺ 0.118 nm, O²⁻ 0.140 nm. What is the "
        "theoretical density of CaO in g/cm³?",
        # one radius only
        "KCl has the rock-salt structure. The ionic radius of K⁺ is 0.138 nm. Compute its theoretical "
        "density in g/cm³.",
        # the structure is not named: the contact direction is not known
        "The ionic radii of Ca²⁺ and O²⁻ are 0.100 nm and 0.140 nm. Compute the theoretical density "
        "of CaO in g/cm³.",
        # two compounds named
        "CaO and MgO both have the rock-salt structure; ionic radii Ca²⁺ 0.100 nm, Mg²⁺ 0.072 nm, "
        "O²⁻ 0.140 nm. What is the theoretical density of the oxide in g/cm³?",
        # the radius ratio with the anion's radius bound as the cation's (main answered 1.40)
        "With $r_{\\mathrm{Ca^{2+}}} = 0.100\\ \\mathrm{nm}$ and $r_{\\mathrm{O^{2-}}} = "
        "0.140\\ \\mathrm{nm}$, what is the cation–anion radius ratio for CaO?",
        # no compound named at all
        "An oxide with the rock-salt structure has ionic radii 0.100 nm and 0.140 nm for its cation "
        "and anion. What is its theoretical density in g/cm³?",
    ],
)
def test_density_from_ionic_radii_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ Hall–Petch, worded grain factor


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "For a brass, k_y = 0.60 MPa·m^1/2 and the average grain diameter is 100 µm. A new "
            "treatment reduces the grain size to one quarter. By how much does the yield strength "
            "rise, in MPa?",
            0.60 * (1 / math.sqrt(25e-6) - 1 / math.sqrt(100e-6)),
        ),
        (
            "A nickel alloy has a friction stress σ_0 = 90 MPa and Hall–Petch coefficient "
            "k_y = 0.28 MPa·m^1/2; its grain diameter is 50 µm. The grain size is refined by a "
            "factor of 4. What is the new yield strength in MPa?",
            90 + 0.28 / math.sqrt(12.5e-6),
        ),
        (
            "A steel has a yield strength of 250 MPa at a grain diameter of 25 µm, and "
            "k_y = 0.70 MPa·m^1/2. If the grain size is halved, what will the new yield strength "
            "be, in MPa?",
            250 + 0.70 * (1 / math.sqrt(12.5e-6) - 1 / math.sqrt(25e-6)),
        ),
        (
            "A steel with grain diameter 30 µm has k_y = 0.70 MPa·m^1/2. A high-temperature soak "
            "doubles the grain size. By how much does the yield strength drop, in MPa?",
            0.70 * (1 / math.sqrt(30e-6) - 1 / math.sqrt(60e-6)),
        ),
        (
            "A ferritic steel obeys σ_y = σ_0 + k_y d^(-1/2) with σ_0 = 60 MPa and k_y = "
            "0.65 MPa·m^1/2, its grain diameter being 80 µm. Thermomechanical processing halves the "
            "grain diameter; how much higher is the yield strength afterwards (MPa)?",
            0.65 * (1 / math.sqrt(40e-6) - 1 / math.sqrt(80e-6)),
        ),
    ],
)
def test_hall_petch_worded_grain_factor(question: str, want: float) -> None:
    assert _value(question, "MPa") == pytest.approx(want, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # coarser grains cannot raise the yield strength
        "A steel with grain diameter 30 µm has k_y = 0.70 MPa·m^1/2. A high-temperature soak "
        "doubles the grain size. By how much does the yield strength increase, in MPa?",
        # no Hall–Petch coefficient
        "A steel with grain diameter 30 µm has σ_0 = 80 MPa. If the grain size is halved, by how "
        "much does the yield strength increase, in MPa?",
        # another value beside the data
        "A steel with grain diameter 30 µm and a hardness of 180 HB has k_y = 0.70 MPa·m^1/2. If the "
        "grain size is halved, by how much does the yield strength increase, in MPa?",
        "A steel with grain diameter 30 µm has a tensile strength of 450 MPa and k_y = "
        "0.70 MPa·m^1/2. If the grain size is halved, by how much does the yield strength increase, "
        "in MPa?",
        # the new value from both σ₀ and σ_y: which one holds is not said
        "A steel with grain diameter 30 µm has k_y = 0.70 MPa·m^1/2 and a yield strength of 200 MPa, "
        "with σ_0 = 80 MPa. If the grain size is halved, what is the new yield strength in MPa?",
    ],
)
def test_hall_petch_worded_grain_factor_refused(question: str) -> None:
    assert _refused(question)


# ------------------------------------------------------------------ toughness units in words; bare symbols


def _fracture(k: float, y: float, a: float) -> float:
    return k / (y * math.sqrt(math.pi * a))


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "An aluminium alloy has K_Ic = 24 MPa square root metre and a through-thickness internal "
            "crack 6 mm long. With Y = 1, at what nominal stress does it fail (MPa)?",
            "MPa",
            _fracture(24, 1, 3e-3),
        ),
        (
            "A glass has a fracture toughness of 0.8 megapascal root metre and a surface flaw 40 µm "
            "deep with Y = 1.2. Find the fracture stress in MPa.",
            "MPa",
            _fracture(0.8, 1.2, 40e-6),
        ),
        (
            "A silicon carbide part has a plane-strain fracture toughness of three megapascal root "
            "metre, and its worst surface flaw is 50 µm deep (Y = 1.0). What tensile stress breaks "
            "it, in MPa?",
            "MPa",
            _fracture(3, 1, 50e-6),
        ),
        (
            "A steel (K_Ic = 80 MPa·√m, σ_y = 1 200 MPa) has an edge crack 3.0 mm deep, Y = 1.12. "
            "Find σ_c.",
            "MPa",
            _fracture(80, 1.12, 3e-3),
        ),
    ],
)
def test_worded_toughness_units_and_bare_symbols(question: str, unit: str, want: float) -> None:
    assert _value(question, unit) == pytest.approx(want, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # no crack size
        "A plate has a toughness of 50 MPa root metre and contains a crack. What is the stress?",
        # σ_c of a composite: no fracture toughness, not the critical stress
        "A composite rod has fibres of strength 3.5 GPa at V_f = 0.6 and a matrix stress of 30 MPa. "
        "Find σ_c.",
        # one D and no D₀ or Q
        "For a metal, D = 2.0 × 10⁻¹⁵ m²/s at 600 °C. What is D at 700 °C?",
        # the symbol is given a value: it is data
        "A steel plate (K_Ic = 80 MPa·√m) has an edge crack 3.0 mm deep, Y = 1.12, and σ_c = 500 MPa. "
        "Find σ_c.",
    ],
)
def test_worded_toughness_units_and_bare_symbols_refused(question: str) -> None:
    assert _refused(question)


def test_bare_d_answered_below_melting_since_session32() -> None:
    """Session 32: the melting-point guard (diffusion_host_melting) refuses a solid's D at or above
    its host's melting point, so a bare D beside D₀ and Q is read (arrhenius_symbol_d)."""
    got = _value(
        "For nitrogen in iron, D_0 = 3.0 × 10⁻⁷ m²/s and the activation energy is 76 kJ/mol. "
        "Compute D at 700 °C.",
        "m**2/s",
    )
    assert got == pytest.approx(3.0e-7 * math.exp(-76000 / (8.314462618 * 973.15)), rel=1e-3)


# ------------------------------------------------------------------ percent cold work from two areas


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "An aluminium bar is cold drawn from a cross-sectional area of 320 mm² to 240 mm². What "
            "percent cold work has it received?",
            25.0,
        ),
        (
            "By cold rolling, the cross-section of a copper specimen is reduced from 0.80 in.² to "
            "0.52 in.². Determine the %CW.",
            35.0,
        ),
        (
            "A rod with an original cross-sectional area of 1.5 cm² is extruded cold to 90 mm². "
            "Calculate the percent cold work.",
            40.0,
        ),
    ],
)
def test_cold_work_from_two_areas(question: str, want: float) -> None:
    assert _value(question, "percent") == pytest.approx(want, rel=1e-6)


@pytest.mark.parametrize(
    "question",
    [
        # the area grows
        "During cold forging the cross-sectional area of a block goes from 150 mm² to 200 mm². What "
        "is the percent cold work?",
        # another value beside the areas
        "A rod with a cross-sectional area of 200 mm² and a yield strength of 300 MPa is cold drawn "
        "to 150 mm². What is the percent cold work?",
        # the first area written is the final one
        "After cold drawing the final cross-sectional area is 150 mm²; it was drawn to that from "
        "200 mm². What is the percent cold work?",
    ],
)
def test_cold_work_from_two_areas_refused(question: str) -> None:
    assert _refused(question)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Controlled rolling brings the grain diameter of a steel (σ_0 = 55 MPa, k_y = "
            "0.70 MPa·m^1/2) down from 36 µm to 9 µm. What yield strength does it have at the finer "
            "grain size, in MPa?",
            55 + 0.70 / math.sqrt(9e-6),
        ),
        (
            "Two heats of a brass (friction stress σ_0 = 30 MPa, k_y = 0.35 MPa·m^1/2) have grain "
            "diameters of 16 µm and 64 µm. Estimate the yield strength at the coarser grain size.",
            30 + 0.35 / math.sqrt(64e-6),
        ),
    ],
)
def test_hall_petch_named_grain_size(question: str, want: float) -> None:
    assert _value(question, "MPa") == pytest.approx(want, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        "Two heats of a brass (σ_0 = 30 MPa, k_y = 0.35 MPa·m^1/2, hardness 90 HB) have grain "
        "diameters of 16 µm and 64 µm. Estimate the yield strength at the coarser grain size.",
        "Two heats of a brass with a yield strength of 120 MPa and k_y = 0.35 MPa·m^1/2 have grain "
        "diameters of 16 µm and 64 µm. Estimate the yield strength at the coarser grain size.",
    ],
)
def test_hall_petch_named_grain_size_refused(question: str) -> None:
    assert _refused(question)
