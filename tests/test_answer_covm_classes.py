"""Classes of set H (mechanical properties, failure): units, crack geometry, written formulas.

- 'MPa·m^½': a vulgar ½ written after '^' is the same power as 'm½' (Callister writes MPa√m).
- A through-thickness edge crack is an edge crack: a is its depth (Callister eq. 8.5); a
  through-thickness crack with no edge named stays a central crack (a = half its length).
- 'P = T(C + log t_r) = value': the value is the Larson–Miller parameter and the written number is its
  constant C (Callister eq. 8.24), not the parameter itself.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.quantities import extract
from matsci_jupyter.engines.answer.solver import solve


def _mpa(answer: object) -> float:
    return answer.quantity.to("MPa").magnitude  # type: ignore[attr-defined]


@pytest.mark.parametrize("written", ["MPa·m^½", "MPa·m½", "MPa√m", "MPa·m^(1/2)"])
def test_square_root_metre_forms_read_alike(written: str) -> None:
    reading = extract(f"A steel with K_Ic = 38 {written} is used. Compute the stress in MPa.")
    tough = next(g for g in reading.givens if g.number == 38)
    assert tough.quantity.to("MPa*m**0.5").magnitude == pytest.approx(38)


def test_critical_crack_with_caret_half_unit() -> None:
    answer = solve(
        "A titanium alloy plate of toughness K_Ic = 44 MPa·m^½ carries a stress of 250 MPa. With "
        "Y = 1.0, what is the critical surface crack length in mm?"
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("mm").magnitude == pytest.approx(
        1e3 * (44 / 250) ** 2 / math.pi, rel=1e-3
    )


def test_through_thickness_edge_crack_uses_its_depth() -> None:
    answer = solve(
        "A broad steel sheet (K_Ic = 40 MPa√m) has a through-thickness edge crack 4.0 mm deep. "
        "With Y = 1.12, at what stress, in MPa, will it break?"
    )
    assert answer.ok, answer.reason
    assert _mpa(answer) == pytest.approx(40 / (1.12 * math.sqrt(math.pi * 4.0e-3)), rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # no edge named: a central through crack, a is half of the 4.0 mm
        "A broad steel sheet (K_Ic = 40 MPa√m) has a through-thickness crack 4.0 mm long. With "
        "Y = 1.0, at what stress, in MPa, will it break?",
        # an edge crack in plane stress is not the plane-strain K_Ic relation
        "A thin steel sheet (K_Ic = 40 MPa√m) has a through-thickness edge crack 4.0 mm deep and is "
        "loaded in plane stress. With Y = 1.12, at what stress, in MPa, will it break?",
    ],
)
def test_other_through_cracks_are_not_answered_with_the_depth(question: str) -> None:
    answer = solve(question)
    if answer.ok:
        assert _mpa(answer) != pytest.approx(40 / (1.0 * math.sqrt(math.pi * 4.0e-3)), rel=1e-3)
        assert _mpa(answer) != pytest.approx(40 / (1.12 * math.sqrt(math.pi * 4.0e-3)), rel=1e-3)


def _rupture_hours(p: float, c: float, celsius: float) -> float:
    return 10 ** (p / (celsius + 273.15) - c)


@pytest.mark.parametrize(
    ("formula", "c"),
    [
        ("P = T(20 + log t_r) = 2.3 × 10⁴", 20.0),
        ("P = T(20 + log t_r) = 23 000", 20.0),
        ("P = T(22 + log t_r) = 2.3 × 10⁴", 22.0),
    ],
)
def test_larson_miller_written_with_its_formula(formula: str, c: float) -> None:
    answer = solve(
        f"At the design stress the Larson–Miller parameter of a cobalt alloy is {formula} "
        "(T in K, t_r in h). How many hours will it last at 720 °C?"
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("hour").magnitude == pytest.approx(
        _rupture_hours(23000, c, 720), rel=1e-3
    )


def test_larson_miller_stated_plainly_keeps_its_reading() -> None:
    answer = solve(
        "At the design stress the Larson–Miller parameter of a cobalt alloy is 23 000 (T in K, t_r in "
        "h, C = 20). How many hours will it last at 720 °C?"
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("hour").magnitude == pytest.approx(
        _rupture_hours(23000, 20, 720), rel=1e-3
    )


def test_a_formula_joined_by_words_keeps_its_values_apart() -> None:
    # 'y = 1 − exp(−k tⁿ) with k = …': the value is k's, not y's (a formula then prose, not a chain)
    answer = solve(
        "A recrystallisation follows y = 1 − exp(−k tⁿ) with k = 4.0 × 10⁻⁴ (t in seconds) and n = 2. "
        "What fraction has recrystallised after 40 s?"
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("dimensionless").magnitude == pytest.approx(
        1 - math.exp(-4.0e-4 * 40**2), rel=1e-3
    )


# ------------------------------------------------------------------ k = ⅓ C v ℓ (Kittel ch. 5)
def test_phonon_mean_free_path_from_kinetic_theory() -> None:
    answer = solve(
        "Germanium at room temperature conducts heat almost entirely by phonons: its thermal "
        "conductivity is 60 W m⁻¹ K⁻¹, its heat capacity per unit volume 1.7 × 10⁶ J m⁻³ K⁻¹ and its "
        "sound velocity 3 900 m/s. With the kinetic-theory formula, what is the phonon mean free path "
        "in nm?"
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("nm").magnitude == pytest.approx(
        1e9 * 3 * 60 / (1.7e6 * 3900), rel=1e-3
    )


@pytest.mark.parametrize(
    "question",
    [
        # a specific heat (per kilogram) is not a heat capacity per unit volume
        "A ceramic conducts heat by phonons: thermal conductivity 30 W m⁻¹ K⁻¹, specific heat "
        "780 J kg⁻¹ K⁻¹, sound velocity 9 000 m/s. Using kinetic theory, estimate the phonon mean free "
        "path in nm.",
        # the electrons' mean free path is another relation's
        "A metal has thermal conductivity 90 W m⁻¹ K⁻¹, heat capacity per unit volume 2.0 × 10⁴ "
        "J m⁻³ K⁻¹ and velocity 1.5 × 10⁶ m/s. From kinetic theory of phonon and electron conduction, "
        "estimate the electron mean free path in nm.",
    ],
)
def test_phonon_mean_free_path_look_alikes_refused(question: str) -> None:
    assert not solve(question).ok


# ------------------------------------------------------------------ sintering shrinkage (Richerson ch. 11)
def _shrink(green: float, fired: float) -> float:
    return 100 * (1 - (green / fired) ** (1 / 3))


def test_linear_shrinkage_from_green_and_sintered_density() -> None:
    answer = solve(
        "A zirconia part is pressed to a green density of 60 % of theoretical and sintered to 98 % of "
        "theoretical. With isotropic shrinkage and no mass lost, what linear shrinkage, in percent, "
        "should the die allow for?"
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("percent").magnitude == pytest.approx(_shrink(60, 98), rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # the shrinkage of the volume, not of a length
        "A zirconia part is pressed to a green density of 60 % of theoretical and sintered to 98 % of "
        "theoretical. What volume shrinkage, in percent, occurs on sintering?",
        # measured against the sintered size: (ρ_f/ρ_g)^(1/3) − 1, another number
        "A zirconia part is pressed to a green density of 60 % of theoretical and sintered to 98 % of "
        "theoretical. What linear shrinkage, in percent of the sintered dimension, occurs?",
    ],
)
def test_other_shrinkages_are_not_this_relation(question: str) -> None:
    answer = solve(question)
    assert not answer.ok or answer.quantity.to("percent").magnitude != pytest.approx(
        _shrink(60, 98), rel=1e-2
    )


# ------------------------------------------------------------------ 'V_f = 0.60': a volume fraction as a fraction
def _e_cl(ef: float, em: float, vf: float) -> float:
    return em * (1 - vf) + ef * vf


def _e_ct(ef: float, em: float, vf: float) -> float:
    return 1 / ((1 - vf) / em + vf / ef)


def test_fibre_volume_fraction_written_as_a_fraction() -> None:
    answer = solve(
        "A unidirectional aramid/epoxy lamina has V_f = 0.55, E_f = 125 GPa and E_m = 3.0 GPa. What "
        "is its longitudinal modulus in GPa?"
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("GPa").magnitude == pytest.approx(_e_cl(125, 3.0, 0.55), rel=1e-3)


def test_a_bare_number_without_the_symbol_is_not_a_volume_fraction() -> None:
    # '60' after V_f is no fraction, and a bare 0.55 not written after V_f is not read as one
    for question in (
        "A unidirectional aramid/epoxy lamina has V_f = 55, E_f = 125 GPa and E_m = 3.0 GPa. What is "
        "its longitudinal modulus in GPa?",
        "A unidirectional aramid/epoxy lamina with fibres of 0.55, E_f = 125 GPa and E_m = 3.0 GPa. "
        "What is its longitudinal modulus in GPa?",
    ):
        answer = solve(question)
        assert not answer.ok or answer.quantity.to("GPa").magnitude != pytest.approx(
            _e_cl(125, 3.0, 0.55), rel=1e-3
        )


# ------------------------------------------------------------------ E_cl/E_ct (Callister eqs. 16.10b, 16.16)
def test_longitudinal_to_transverse_modulus_ratio() -> None:
    answer = solve(
        "A unidirectional glass/polyester lamina has 40 vol% fibres (E = 70 GPa) in a polyester "
        "matrix (E = 2.8 GPa). With the rules of mixtures, find the ratio of the longitudinal to the "
        "transverse modulus, E_cl/E_ct."
    )
    assert answer.ok, answer.reason
    assert answer.quantity.to("dimensionless").magnitude == pytest.approx(
        _e_cl(70, 2.8, 0.4) / _e_ct(70, 2.8, 0.4), rel=1e-3
    )


def test_transverse_to_longitudinal_ratio_is_not_answered_with_its_reciprocal() -> None:
    answer = solve(
        "A unidirectional glass/polyester lamina has 40 vol% fibres (E = 70 GPa) in a polyester "
        "matrix (E = 2.8 GPa). With the rules of mixtures, find the ratio of the transverse to the "
        "longitudinal modulus, E_ct/E_cl."
    )
    assert not answer.ok or answer.quantity.to("dimensionless").magnitude == pytest.approx(
        _e_ct(70, 2.8, 0.4) / _e_cl(70, 2.8, 0.4), rel=1e-3
    )
