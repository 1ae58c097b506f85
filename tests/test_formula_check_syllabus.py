"""The standard-formula table extended over more of the introductory syllabus (session 6).

Each quantity added to :mod:`standard_formulas` is tested here in its own words: a formula with a
lost factor, an exponent dropped or another case's form is flagged; the textbook form, its
rearrangements and the other sign conventions of the same quantity are not."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer import check_answer
from matsci_jupyter.engines.answer.formula_check import standard_formula_checks
from matsci_jupyter.engines.answer.prose import response_lines, statements
from matsci_jupyter.engines.answer.standard_formulas import FORMULAS
from matsci_jupyter.engines.answer.text import normalize


def _checks(question: str, response: str):
    return standard_formula_checks(normalize(question), statements(response_lines(response)))


def _flagged(question: str, response: str) -> bool:
    return any(not c.passed and c.blocking for c in _checks(question, response))


KINEMATICS = "A cyclist starts from rest and accelerates uniformly at 1.5 m/s^2 for 8 s."
DROP = "A bolt is dropped from rest off a high scaffold and falls freely."
RELATIVITY = "A muon created high in the atmosphere moves at 0.995c (relativistic time dilation)."
ROD = "A metre stick moves past an observer at 0.6c; what length does she measure (length contraction)?"
BOX = "An electron is confined in an infinite square well 0.5 nm wide; find its lowest energy."
GRATING = "Light falls on a diffraction grating of 400 lines per mm; find the second-order angle."
ENTROPY = (
    "Three moles of an ideal gas double their volume isothermally; what is the entropy change?"
)
LC = "A 4 mH inductor and a 10 uF capacitor form an LC circuit; find its oscillation frequency."
WHEEL = "A flywheel with moment of inertia 3 kg m^2 spins at 40 rad/s; its rotational energy?"
ORBIT = "A satellite circles a planet of mass 6e24 kg at radius 7e6 m; the gravitational force?"
NUCLEI = "Homogeneous nucleation in a melt: find the critical radius of the solid nucleus."
GROWTH = "During grain growth the mean grain diameter rises from 8 um to 30 um in 3 h (n = 2)."
ASTM = (
    "At 250x magnification 40 grains per square inch are counted; find the ASTM grain size number."
)
BEND = "A cylindrical ceramic rod fails in a three-point bend test at 600 N; flexural strength?"
CARB = "Carburizing (diffusion of carbon): 0.4 mm takes 3 h; how long for 1.2 mm at the same temperature?"
PHASES = "For a binary alloy at constant pressure, how many degrees of freedom at the eutectic (phase rule)?"
LEVER = "A 40 wt% B alloy lies in the α + β field; use the lever rule for the fraction of β."

WRONG = [
    (KINEMATICS, "s = a t^2"),  # the ½ of s = ½at² lost
    (DROP, "v = √(g h)"),  # v = √(2gh)
    (KINEMATICS, "v^2 = v_0^2 + a s"),  # the 2 of 2as lost
    (RELATIVITY, "Δt = Δt_0 √(1 - v^2/c^2)"),  # dilation written as a contraction
    (ROD, "L = L_0/√(1 - v^2/c^2)"),  # contraction written as a dilation
    (BOX, "E_n = n^2 h^2/(2 m L^2)"),  # 8 → 2
    (GRATING, "d sinθ = λ/m"),
    (ENTROPY, "ΔS = nR (V_2/V_1)"),  # the logarithm missing
    (LC, "f = 1/√(LC)"),  # the angular frequency called f
    (WHEEL, "K = I ω^2"),
    (ORBIT, "F = G M m/r"),  # inverse, not inverse square
    (ORBIT, "T^2 = 4π^2 r^2/(G M)"),  # Kepler's law with r² for r³
    (NUCLEI, "r* = -γ/ΔG_v"),  # the 2 of r* = −2γ/ΔG_v lost
    (NUCLEI, "ΔG* = 16πγ^3/(3ΔG_v)"),  # ΔG_v not squared
    (GROWTH, "K = (d - d₀)^2/t"),  # (d − d₀)² for d² − d₀²
    (ASTM, "N = N_M (M/100)"),  # the magnification ratio not squared
    (BEND, "σ_fs = F L/(2 π R^3)"),
    (CARB, "(t_2)/(t_1) = (x_2)/(x_1)"),  # time scales with depth squared
    (PHASES, "F = C - P + 2"),  # the pressure is fixed: + 1
    (LEVER, "W_β = (C_β - C_0)/(C_β - C_α)"),  # the arm next to β, not the opposite one
]

RIGHT = [
    (KINEMATICS, "s = (1/2) a t^2"),
    (KINEMATICS, "v = a t"),
    (DROP, "v = √(2 g h)"),
    (DROP, "h = v^2/(2g)"),
    ("A ball thrown straight up decelerates under gravity from 15 m/s.", "v^2 = u^2 - 2 g h"),
    ("A car brakes, decelerating from 25 m/s.", "s = v_0 t - (1/2) a t^2"),
    ("A truck accelerates from 10 m/s to 20 m/s in 5 s.", "s = (v_0 + v) t/2"),
    (RELATIVITY, "Δt = γ Δt_0"),
    (RELATIVITY, "γ = 1/√(1 - v^2/c^2)"),
    (RELATIVITY, "Δt = Δt_0/√(1 - v^2/c^2)"),
    (ROD, "L = L_0 √(1 - v^2/c^2)"),
    (ROD, "L = L_0/γ"),
    (BOX, "E_n = n^2 h^2/(8 m L^2)"),
    (BOX, "E = π^2 ħ^2/(2 m L^2)"),
    (GRATING, "d sinθ = m λ"),
    (GRATING, "sinθ = m λ/d"),
    (ENTROPY, "ΔS = nR ln(V_2/V_1)"),
    (
        "Two kilograms of water are warmed from 20 °C to 80 °C; entropy change?",
        "ΔS = m c ln(T_2/T_1)",
    ),
    (LC, "f = 1/(2π√(LC))"),
    (LC, "ω = 1/√(LC)"),
    (WHEEL, "K = (1/2) I ω^2"),
    (WHEEL, "L = I ω"),
    (ORBIT, "F = G M m/r^2"),
    (ORBIT, "T = 2π√(r^3/(G M))"),
    (NUCLEI, "r* = -2γ/ΔG_v"),
    (NUCLEI, "ΔG* = 16πγ^3/(3ΔG_v^2)"),
    (NUCLEI, "r* = -(2γT_m)/(ΔH_f ΔT)"),
    (GROWTH, "d^2 - d₀^2 = Kt"),
    (GROWTH, "K = (d^2 - d₀^2)/t"),
    (ASTM, "N = 2^(n-1)"),
    (ASTM, "N = N_M (M/100)^2"),
    (ASTM, "n = 1 + log(N)/log(2)"),
    (BEND, "σ_fs = F L/(π R^3)"),
    ("A rectangular bar in three-point bending; flexural strength?", "σ_fs = 3 F L/(2 b d^2)"),
    (CARB, "(t_2)/(t_1) = ((x_2)/(x_1))^2"),
    (CARB, "(x_1)/(√(D t_1)) = (x_2)/(√(D t_2))"),
    (CARB, "D_1 t_1 = D_2 t_2"),
    (PHASES, "F = C - P + 1"),
    (
        "How many degrees of freedom has a pure substance at its triple point (phase rule)?",
        "F = C - P + 2",
    ),
    (LEVER, "W_β = (C_0 - C_α)/(C_β - C_α)"),
    (LEVER, "W_α = (C_β - C_0)/(C_β - C_α)"),
    ("Use the lever rule for the fraction of liquid.", "W_L = (C_α - C_0)/(C_α - C_L)"),
]


@pytest.mark.parametrize("question,response", WRONG)
def test_a_syllabus_formula_written_wrongly_is_flagged(question, response):
    checks = _checks(question, response)
    assert checks and not checks[0].passed and checks[0].blocking, (response, checks)
    assert "standard formula" in checks[0].message


@pytest.mark.parametrize("question,response", RIGHT)
def test_a_syllabus_formula_written_rightly_is_not_flagged(question, response):
    assert not _flagged(question, response), (response, _checks(question, response))


def test_the_new_quantities_each_name_a_textbook_source():
    added = {
        "uniform_acceleration",
        "relativity_kinematics",
        "particle_in_box",
        "diffraction_grating",
        "entropy_change",
        "lc_oscillation",
        "rotation",
        "gravitation",
        "critical_nucleus",
        "grain_growth",
        "astm_grain_size",
        "flexural_strength",
        "diffusion_same_concentration",
        "gibbs_phase_rule",
        "lever_rule",
    }
    by_name = {f.name: f for f in FORMULAS}
    assert added <= set(by_name)
    for name in added:
        assert any(book in by_name[name].source for book in ("HRW", "Callister")), name


def test_a_constant_velocity_stretch_in_an_acceleration_question_is_not_compared():
    # d = v t is the distance at constant speed; no case of constant acceleration has only d, v, t
    q = "A train accelerates to 30 m/s and then runs at that speed for 2 minutes; how far in all?"
    assert not _flagged(q, "d = v t")


def test_the_phase_rule_is_read_with_pressure_free_unless_the_question_fixes_it():
    free = "How many degrees of freedom does a one-component system have where two phases meet (phase rule)?"
    assert not _flagged(free, "F = C - P + 2")
    assert _flagged(free.replace("meet", "meet at constant pressure"), "F = C - P + 2")


def test_check_answer_flags_a_worked_answer_with_the_critical_radius_halved():
    q = (
        "For homogeneous nucleation of a solid metal the surface free energy is 0.20 J/m^2 and the "
        "volume free energy change is -1.0 × 10^9 J/m^3. What is the critical radius in nm?"
    )
    r = (
        "The critical radius of the nucleus is\n\n"
        "r* = -γ/ΔG_v\n\n"
        "r* = -(0.20 J/m^2)/(-1.0 × 10^9 J/m^3) = 2.0 × 10^-10 m\n\n"
        "Final answer: 0.20 nm"
    )
    answer = check_answer(q, r)
    assert answer.verdict == "flagged"
    assert "critical radius" in answer.reason and "Callister" in answer.reason


# ------------------------------------------------------------------ second batch
GLASS = "Light passes from air into glass of refractive index 1.5 at 30 degrees (refraction)."
FIBRE = "Find the critical angle for total internal reflection at a glass-water interface."
ELECTRON = "An electron moves at 0.8c. Find its relativistic momentum and kinetic energy."
COMPTON = "X-rays are Compton scattered through 90 degrees by free electrons; find the shift."
STAR = "A star's blackbody spectrum peaks at 480 nm (Wien's law); its surface temperature?"
SPRING = "A spring of constant 200 N/m is compressed by 5 cm; the stored elastic energy?"
CAR = "A 1200 kg car rounds a flat circular curve of radius 50 m at 15 m/s; the friction needed?"
WIRE = "A 0.5 m wire carries 3 A perpendicular to a 0.2 T magnetic field; force on it?"
TRANSFORMER = "A transformer steps 240 V down to 12 V; the primary has 1000 turns."
SIREN = "A siren gives an intensity of 1e-3 W/m^2 at a listener; the sound level in decibels?"
SLAB = "Heat is conducted through a 4 cm brick wall of area 10 m^2; find the conduction rate."
PIPE = "Oil flows by viscous flow (Poiseuille) through a narrow tube; find the volume flow rate."
IRON = "Iron is BCC with an atomic radius of 0.124 nm; compute its lattice parameter."
COPPER = "Copper (FCC, atomic radius 0.128 nm, 63.5 g/mol): compute its theoretical density."

WRONG2 = [
    (GLASS, "n_1 sinθ_2 = n_2 sinθ_1"),  # the angles swapped between the media
    (ELECTRON, "p = m v √(1 - v^2/c^2)"),  # γ applied upside down
    (ELECTRON, "K = γ m c^2"),  # total energy called kinetic
    (COMPTON, "Δλ = h/(m_e c) (1 - sinθ)"),
    (STAR, "λ_max = b T"),
    (SPRING, "U = k x^2"),
    (CAR, "F = m v/r"),
    (WIRE, "F = B I/L"),
    (TRANSFORMER, "V_s/V_p = N_p/N_s"),
    (SIREN, "β = 10 (I/I_0)"),  # the logarithm missing
    (SLAB, "P = k A ΔT L"),
    (PIPE, "Q = π r^2 ΔP/(8 η L)"),  # r² for r⁴
    (IRON, "a = 2R√2"),  # FCC's relation for a BCC metal
    (COPPER, "ρ = n A/(a^2 N_A)"),
]

RIGHT2 = [
    (GLASS, "n_1 sinθ_1 = n_2 sinθ_2"),
    (FIBRE, "sinθ_c = n_2/n_1"),
    (FIBRE, "sinθ_c = n_1/n_2"),  # the media labelled the other way round
    (ELECTRON, "p = γ m v"),
    (ELECTRON, "p = m v/√(1 - v^2/c^2)"),
    (ELECTRON, "K = (γ - 1) m c^2"),
    (ELECTRON, "E^2 = p^2 c^2 + m^2 c^4"),
    (COMPTON, "Δλ = h/(m_e c) (1 - cosθ)"),
    (STAR, "λ_max = b/T"),
    (SPRING, "U = (1/2) k x^2"),
    (SPRING, "F = k x"),
    (CAR, "F = m v^2/r"),
    (CAR, "a = v^2/r"),
    (WIRE, "F = B I L"),
    (WIRE, "F = B I L sinθ"),
    (TRANSFORMER, "V_s/V_p = N_s/N_p"),
    (TRANSFORMER, "I_s/I_p = N_p/N_s"),
    (SIREN, "β = 10 log(I/I_0)"),
    (SLAB, "P = k A ΔT/L"),
    (PIPE, "Q = π r^4 ΔP/(8 η L)"),
    (IRON, "a = 4R/√3"),
    ("Compare the lattice parameters of FCC and HCP cobalt from the atomic radius.", "a = 2R"),
    (COPPER, "ρ = n A/(V_C N_A)"),
    (COPPER, "ρ = n A/(a^3 N_A)"),
    (IRON, "a = 4R/√3 = 2.31R"),
    ("An FCC metal: find the lattice parameter from the atomic radius.", "a = 2√2R"),
]


@pytest.mark.parametrize("question,response", WRONG2)
def test_a_second_batch_formula_written_wrongly_is_flagged(question, response):
    checks = _checks(question, response)
    assert checks and not checks[0].passed and checks[0].blocking, (response, checks)


@pytest.mark.parametrize("question,response", RIGHT2)
def test_a_second_batch_formula_written_rightly_is_not_flagged(question, response):
    assert not _flagged(question, response), (response, _checks(question, response))


# ------------------------------------------------------------------ the words that introduce a formula name its case
BALL = "A ball is projected at 40 degrees above the horizontal with a speed of 20 m/s."


def test_the_introducing_words_pick_the_case_they_name():
    # a formula introduced as the time to the top but written as the whole flight is flagged
    assert _flagged(BALL, "The time it takes to reach the maximum height is t = 2v sinθ/g.")
    assert _flagged(BALL, "The total time of flight is given by T = v sinθ/g.")


def test_introducing_words_that_match_the_formula_or_name_no_case_leave_it_alone():
    assert not _flagged(BALL, "The time it takes to reach the maximum height is t = v sinθ/g.")
    assert not _flagged(BALL, "The time of flight is T = 2v sinθ/g.")
    assert not _flagged(
        BALL, "The time to reach the top and come back to the ground is t = 2v sinθ/g."
    )
    assert not _flagged(BALL, "We use t = v sinθ/g.")


SAT = "A satellite is in a circular orbit 500 km above the Earth; what speed must it have?"
TIR = "Light inside glass (n = 1.5) meets the glass-air surface; find the critical angle for total internal reflection."
SLITS = "In a double-slit experiment the slits are 0.2 mm apart and the screen is 1 m away."


def test_more_introducing_words_that_name_another_case_are_flagged():
    assert _flagged(SAT, "The orbital speed of the satellite is v = √(2GM/r).")  # the escape speed
    assert _flagged(TIR, "The critical angle is given by tanθ_c = n_2/n_1.")  # Brewster's angle
    assert _flagged(SLITS, "The position of the n-th dark fringe is y = nλD/d.")  # a bright fringe


def test_the_same_formulas_under_their_own_names_or_none_are_not_flagged():
    assert not _flagged(SAT, "The orbital speed of the satellite is v = √(GM/r).")
    assert not _flagged(SAT, "The speed needed to escape is v = √(2GM/r).")
    assert not _flagged(SAT, "We have v = √(2GM/r).")
    assert not _flagged(TIR, "The critical angle is given by sinθ_c = n_2/n_1.")
    assert not _flagged(SLITS, "The position of the n-th bright fringe is y = nλD/d.")
    assert not _flagged(SLITS, "The position of the n-th dark fringe is y = (2n - 1)λD/(2d).")
