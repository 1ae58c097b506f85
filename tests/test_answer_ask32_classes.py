"""Session 32 (ask32): classes in the shared reading machinery, each stated in several phrasings of our
own with a must-refuse neighbour.

1. A single-character fraction (½ ¼ ¾ ⅓ ⅔) standing as a number is a value ('a Poisson's ratio of ⅓',
   'a ¾-inch rod', '1½ in.'); written straight after a unit symbol it is a power ('MPa·m½'). An overbarred
   Miller index ('[1̄11]') is the negative index.
3. Single-crystal slip: the tensile stress that starts slip (the crystal's yield strength) from a critical
   resolved shear stress and φ, λ named as such, σ_y = τ_crss/(cos φ cos λ); with Miller-index geometry, a
   resolved shear stress 'at which slip occurs' is the critical one. One angle for two, an angle to the
   slip plane itself, or a stress not said to be critical: refused.
4. A fill-in-the-blank ask ('the density of iron is ____ g/cm³') after a lead-in clause or with a bracketed
   unit note names its quantity as a question would.
"""

import pytest

from matsci_jupyter.engines.answer.quantities import extract
from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.engines.answer.text import normalize


def _numbers(text: str) -> list[float]:
    return [g.number for g in extract(text).givens if g.number is not None]


# --- 1. vulgar fractions: value or power by position -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The elastomer's Poisson's ratio is ½ to a good approximation.", 0.5),
        ("Take ν = ⅓ for this aluminium alloy.", 1 / 3),
        ("Its Poisson's ratio of ¼ is typical of glasses.", 0.25),
        ("A ¾-inch bar is machined.", 0.75),
        ("A 1½ in. shaft is turned down.", 1.5),
        ("The anneal lasts 2 ¾ h in air.", 2.75),
        ("The grain grows for ⅔ h.", 2 / 3),
        ("A fibre (Poisson's ratio ¼) is drawn.", 0.25),
        ("A block (ν = ⅓) is squeezed.", 1 / 3),
    ],
)
def test_a_standing_vulgar_fraction_is_a_value(text: str, value: float) -> None:
    assert _numbers(text) == [pytest.approx(value, rel=1e-5)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("K_Ic = 40 MPa·m½", "MPa·m^(1/2)"),
        ("K_Ic = 40 MPa·m^½", "MPa·m^(1/2)"),
        ("K_c = 35 ksi·in.½", "ksi·in.^(1/2)"),
        ("σ_m = 2σ₀(a/ρ_t)^½", "(a/ρ_t)^(1/2)"),
        ("a line energy E ≈ ½Gb²", "^(1/2)Gb^2"),
    ],
)
def test_a_fraction_after_a_unit_or_glued_to_a_name_is_as_before(text: str, written: str) -> None:
    assert written in normalize(text)


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("A bar stretches by ¼ of its initial length.", "0.25 of"),
        ("The load is ⅓ of the yield load.", "0.333333 of"),
        ("Only ¾ of the cross-section carries load.", "0.75 of"),
    ],
)
def test_a_share_of_another_quantity_is_its_decimal(text: str, share: str) -> None:
    assert share in normalize(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The site lies at (½, ¼, 0) of the cell.", "¼, 0)"),
        ("The cell holds 4 × ¼ + 1 = 2 atoms.", "4 × ¼ + 1"),
    ],
)
def test_a_fraction_that_is_no_value_keeps_its_spelling(text: str, kept: str) -> None:
    assert kept in normalize(text)


def test_the_fracture_toughness_unit_keeps_its_power() -> None:
    givens = [g for g in extract("A steel has K_Ic = 40 MPa·m½.").givens if g.number is not None]
    assert [g.number for g in givens] == [pytest.approx(40)]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "A rod with a Poisson's ratio of ⅓ is pulled so that its axial strain is 0.003. What is "
            "the lateral strain?",
            -0.001,
        ),
        (
            "A glass fibre (Poisson's ratio ¼) is stretched to an axial strain of 0.002. What lateral "
            "strain results?",
            -0.0005,
        ),
        (
            "A ¾-inch diameter rod carries a tensile load of 10,000 lbf. What is the engineering "
            "stress in psi?",
            22635.37,
        ),
        (
            "A 1½ in. diameter rod carries a tensile load of 10,000 lbf. What is the engineering "
            "stress in psi?",
            5658.84,
        ),
    ],
)
def test_questions_with_vulgar_fraction_values_are_answered(question: str, expected: float) -> None:
    answer = solve(question)
    assert answer.quantity is not None, answer.reason
    assert answer.quantity.magnitude == pytest.approx(expected, rel=2e-3)


@pytest.mark.parametrize(
    "question",
    [
        # read as the value ¾, a Poisson's ratio above ½ is refused as absurd
        "A rod with a Poisson's ratio of ¾ is pulled to an axial strain of 0.003. What is the lateral "
        "strain?",
        "A rod (Poisson's ratio ⅔) is pulled to an axial strain of 0.003. What is the lateral strain?",
        # the fraction is an exponent of the unit, not a Poisson's ratio: nothing to take it from
        "A steel of toughness 40 MPa·m½ is pulled to an axial strain of 0.003. What is the lateral "
        "strain?",
    ],
)
def test_vulgar_fraction_neighbours_are_refused(question: str) -> None:
    assert solve(question).quantity is None


# --- 1b. overbarred Miller indices ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("slip in the [1̄11] direction", "[-111]"),
        ("on the (11̄0) plane", "(1-10)"),
        ("along <1̄1̄2>", "<-1-12>"),
    ],
)
def test_an_overbarred_index_is_negative(text: str, written: str) -> None:
    assert written in normalize(text)


def test_a_bar_over_a_letter_is_untouched() -> None:
    assert "x̄" in normalize("the mean x̄ = 5 of the set")


# --- 3. single-crystal slip: the stress that starts it ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "A nickel single crystal has a critical resolved shear stress of 5.0 MPa. The tensile axis "
            "is at 55° to the slip plane normal and at 38° to the slip direction. What tensile stress "
            "starts slip?",
            5.0 / (0.573576 * 0.788011),
        ),
        (
            "For a magnesium single crystal, CRSS = 0.8 MPa, φ = 70° and λ = 25°. What is the yield "
            "strength of the single crystal, in MPa?",
            0.8 / (0.342020 * 0.906308),
        ),
        (
            "A single crystal with a critical resolved shear stress of 12 MPa is pulled so that the "
            "slip plane normal lies at 48° and the slip direction at 44° to the pulling axis. Find the "
            "stress needed to initiate slip.",
            12 / (0.669131 * 0.719340),
        ),
        (
            "A BCC crystal is pulled along [010]. Slip starts on the (1̄10) plane in the [111] "
            "direction as soon as the resolved shear stress reaches 24 MPa. What tensile stress is "
            "needed for yielding to begin?",
            24 / (0.707107 * 0.577350),
        ),
    ],
)
def test_the_stress_that_starts_slip_is_answered(question: str, expected: float) -> None:
    answer = solve(question)
    assert answer.quantity is not None, answer.reason
    assert answer.quantity.to("MPa").magnitude == pytest.approx(expected, rel=2e-3)


@pytest.mark.parametrize(
    "question",
    [
        # one angle for the two the law needs
        "A single crystal has a critical resolved shear stress of 8 MPa, and its slip direction lies "
        "at 42° to the tensile axis. What tensile stress starts slip?",
        # an angle to the slip plane itself, not to its normal
        "A single crystal (CRSS 8 MPa) is pulled with its slip plane at 35° to the axis and its slip "
        "direction at 50° to it. What tensile stress starts slip?",
        # no crystal has φ + λ < 90°
        "A single crystal (CRSS 8 MPa) is pulled with φ = 30° and λ = 40°. What is its yield strength?",
        # Miller geometry, a resolved stress not said to be the one at which slip starts
        "An FCC crystal is pulled along [001]. On the (111) plane in the [1̄01] direction the resolved "
        "shear stress is 2 MPa. What tensile stress starts slip?",
    ],
)
def test_slip_onset_neighbours_are_refused(question: str) -> None:
    assert solve(question).quantity is None


# --- 4. fill-in-the-blank asks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected", "unit"),
    [
        (
            "Tungsten is BCC with an atomic radius of 0.1371 nm and atomic weight 183.84 g/mol. "
            "Working from these two figures only, the density of tungsten is ______ g/cm³.",
            19.25,
            "g/cm**3",
        ),
        (
            "Copper is FCC with a = 0.3615 nm and atomic weight 63.55 g/mol. Using the cell edge, "
            "the theoretical density of copper is ____ g/cm³.",
            8.935,
            "g/cm**3",
        ),
        (
            "A nickel powder shows a peak at 2θ = 44.5° of width (FWHM) 0.30° after correction. With "
            "λ = 0.1542 nm and K = 0.9, the mean crystallite size is _______ nm.",
            0.9 * 0.1542 / (0.30 * 3.14159265 / 180 * 0.925541),
            "nm",
        ),
        (
            "A nickel powder shows a peak at 2θ = 44.5° of width (FWHM) 0.30° after correction. With "
            "λ = 0.1542 nm and K = 0.9, the average crystallite size (in nm, to one decimal place) "
            "is ______.",
            0.9 * 0.1542 / (0.30 * 3.14159265 / 180 * 0.925541),
            "nm",
        ),
    ],
)
def test_a_blank_names_its_quantity(question: str, expected: float, unit: str) -> None:
    answer = solve(question)
    assert answer.quantity is not None, answer.reason
    assert answer.quantity.to(unit).magnitude == pytest.approx(expected, rel=5e-3)


@pytest.mark.parametrize(
    "question",
    [
        # the blank's quantity in another dimension than the unit written after it
        "Copper is FCC with a = 0.3615 nm and atomic weight 63.55 g/mol. Using the cell edge, the "
        "theoretical density of copper is ____ nm.",
        # a blank subject the givens cannot give: a crystallite size with no peak width
        "A nickel powder shows a peak at 2θ = 44.5°. With λ = 0.1542 nm and K = 0.9, the mean "
        "crystallite size is _______ nm.",
    ],
)
def test_blank_neighbours_are_refused(question: str) -> None:
    assert solve(question).quantity is None


# --- 2. a relation's own requirement for counting a given as used on its topic -----------------------


def test_the_rectangular_loop_declares_its_case() -> None:
    from matsci_jupyter.engines.answer.relations import by_name

    for name in ("rectangular_loop_energy", "rectangular_loop_power"):
        rel = by_name(name)
        assert rel.on_topic_requires
        assert any("rectangular" in group for group in rel.on_topic_requires)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "A hysteresis loop of a square-loop ferrite with coercivity 80 A/m and remanence 0.3 T.",
            True,
        ),
        (
            "A rectangular B-H loop (coercivity 50 A/m, remanent induction 1.1 T) in a hysteresis test.",
            True,
        ),
        (
            "A transformer core's hysteresis loop encloses 300 J/m³; its coercivity is 40 A/m.",
            False,
        ),
        ("A ferrite has coercivity 40 A/m and remanence 0.2 T.", False),
    ],
)
def test_a_declared_relation_counts_only_where_the_question_names_its_case(
    text: str, counts: bool
) -> None:
    from matsci_jupyter.engines.answer.relations import by_name
    from matsci_jupyter.engines.answer.special_case import names_the_case

    assert names_the_case(by_name("rectangular_loop_energy"), text) is counts


def test_a_relation_that_declares_nothing_counts_whatever_the_text() -> None:
    from dataclasses import replace

    from matsci_jupyter.engines.answer.relations import by_name
    from matsci_jupyter.engines.answer.special_case import names_the_case

    plain = by_name("poisson")
    assert names_the_case(plain, "any text at all") and names_the_case(plain, None)
    declared = replace(plain, on_topic_requires=(("lateral",), ("axial", "longitudinal")))
    assert names_the_case(declared, "the lateral and axial strains")
    assert not names_the_case(declared, "the lateral strain only")
    assert not names_the_case(declared, None)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "The ferrite core (it weighs 0.8 kg) has a volume of 2.0 × 10⁻⁴ m³ and a hysteresis loop "
            "of area 300 J/m³. What power is lost to hysteresis at 50 Hz, in W?",
            3.0,
        ),
        (
            "A transformer core of mass 3.0 kg and volume 4.0 × 10⁻⁴ m³ has a hysteresis loop "
            "enclosing 180 J/m³. What power is lost to hysteresis at 50 Hz, in W?",
            3.6,
        ),
        (
            "A transformer core of mass 3.0 kg (density 7.65 g/cm³) has a hysteresis loop enclosing "
            "180 J/m³. What power is lost to hysteresis at 50 Hz, in W?",
            3.0 / 7650 * 180 * 50,
        ),
    ],
)
def test_a_core_mass_without_a_density_is_an_aside(question: str, expected: float) -> None:
    answer = solve(question)
    assert answer.quantity is not None, answer.reason
    assert answer.quantity.to("W").magnitude == pytest.approx(expected, rel=2e-3)


def test_a_core_mass_with_a_density_beside_a_volume_is_refused() -> None:
    # mass and density give a second volume: two routes, which one to trust is not said
    question = (
        "A transformer core of mass 3.0 kg, density 7.65 g/cm³ and volume 4.0 × 10⁻⁴ m³ has a "
        "hysteresis loop enclosing 180 J/m³. What power is lost to hysteresis at 50 Hz, in W?"
    )
    assert solve(question).quantity is None
