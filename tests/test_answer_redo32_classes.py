"""Session 32 (redo32): solver classes left open at the end of session 31, in our own words.

1. **A diffusion length whose form the question writes** (diffusion_lengths): x = 2√(Dt), √(2Dt),
   √(4Dt), √(6Dt) written in the question is the question's own form, taken with its factor (a
   length from D and t, or a time from x and D). Refused: no form written and no 'characteristic'
   or estimate wording (the conventions differ), two different forms, a form written only to be
   set aside ('not 2√(Dt)').
2. **A bare 'what is D' beside D₀ and Q** (arrhenius_symbol_d), with a **melting-point guard**
   (diffusion_host_melting): a solid-state D asked at or above the melting point of the host the
   species diffuses in is refused, whether asked by the symbol or in words. Refused: two
   temperatures, another D symbol (D₁), an extra value.
3. **A steady-state flux asked in words** (worded_flux): 'how many kg cross each square metre per
   hour' is J = D ΔC/Δx in the unit the words build (kg/(m²·h)). Refused: a total through a finite
   area in a finite time (the solver has no relation for it), a per-area ask with a time given.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value

R = 8.314462618
K_B_EV = 8.617333262e-5


def _close(got: float, want: float, rel: float = 2e-3) -> None:
    assert got == pytest.approx(want, rel=rel)


# ------------------------------------------------------------ 1. written diffusion-length forms


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "Phosphorus in silicon has D = 6 × 10^-18 m²/s. Taking the diffusion length as "
            "x = 2√(Dt), how deep (nm) does it get in 90 min?",
            "nm",
            2 * math.sqrt(6e-18 * 5400) * 1e9,
        ),
        (
            "If the spreading distance is x = √(2Dt) and D = 1.2 × 10^-14 m^2/s, how far does the "
            "tracer diffuse in 5 hours? Give µm.",
            "um",
            math.sqrt(2 * 1.2e-14 * 18000) * 1e6,
        ),
        (
            "Use x = √(6Dt) for the root-mean-square path of an interstitial with "
            "D = 4.0e-12 m^2/s. How far, in mm, does it diffuse during 20 min?",
            "mm",
            math.sqrt(6 * 4e-12 * 1200) * 1e3,
        ),
        (
            "A dopant has D = 5 × 10^-17 m²/s. With the diffusion distance given by √(4Dt), what "
            "depth in µm is reached after 2 h?",
            "um",
            math.sqrt(4 * 5e-17 * 7200) * 1e6,
        ),
        (
            "Gallium diffuses with D = 2.0 × 10^-16 m²/s. If the diffusion distance is x = 2√(Dt), "
            "how long in hours does it take to reach 3 µm?",
            "hour",
            (1.5e-6) ** 2 / 2.0e-16 / 3600,
        ),
        (
            "For hydrogen in a steel, D = 1.5e-10 m^2/s. Taking x = √(2Dt), how many minutes "
            "until the diffusion distance is 1 mm?",
            "minute",
            (1e-3) ** 2 / (2 * 1.5e-10) / 60,
        ),
    ],
)
def test_written_diffusion_form_taken(question: str, unit: str, want: float) -> None:
    _close(_value(question, unit), want)


@pytest.mark.parametrize(
    "question",
    [
        # no form written, no 'characteristic', no estimate: √(Dt), 2√(Dt), √(6Dt) all in use
        "Phosphorus in silicon has D = 6 × 10^-18 m²/s. How deep (nm) does it get in 90 min?",
        "A tracer has D = 1.2 × 10^-14 m^2/s. How far does it diffuse in 5 hours? Give µm.",
        # two different forms written
        "A dopant has D = 5 × 10^-17 m²/s. With x = √(2Dt) or x = 2√(Dt), what depth in µm is "
        "reached after 2 h?",
        # a form written only to be set aside
        "A dopant has D = 5 × 10^-17 m²/s. Rather than 2√(Dt), what depth in µm is reached "
        "after 2 h?",
        # a form that is an erf argument, not the length
        "A dopant has D = 5 × 10^-17 m²/s and the profile goes as erf(x/(2√(Dt))). What depth in "
        "µm is reached after 2 h?",
    ],
)
def test_diffusion_form_not_written_refused(question: str) -> None:
    _refused(question)


# ------------------------------------------------------------ 2. bare D, melting-point guard


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "For nickel diffusing in copper, D₀ = 2.7 × 10^-5 m²/s and Q = 256 kJ/mol. What is D "
            "at 1150 K?",
            "m**2/s",
            2.7e-5 * math.exp(-256000 / (R * 1150)),
        ),
        (
            "Zinc in copper: D0 = 2.4e-5 m^2/s, Q = 189 kJ/mol. Calculate D at 850 °C in cm²/s.",
            "cm**2/s",
            2.4e-5 * math.exp(-189000 / (R * 1123.15)) * 1e4,
        ),
        (
            "A pre-exponential factor D0 = 0.9 cm^2/s and an activation energy of 3.2 eV describe "
            "boron in silicon. Find D at 1100 °C.",
            "m**2/s",
            0.9e-4 * math.exp(-3.2 / (K_B_EV * 1373.15)),
        ),
        (
            "Carbon in α-iron at 700 °C: D0 = 6.2 × 10^-7 m²/s and Q = 80 kJ/mol. Determine D at "
            "700 °C.",
            "m**2/s",
            6.2e-7 * math.exp(-80000 / (R * 973.15)),
        ),
    ],
)
def test_bare_d_answered(question: str, unit: str, want: float) -> None:
    _close(_value(question, unit), want)


@pytest.mark.parametrize(
    "question",
    [
        # above the host's melting point (iron 1538 °C, copper 1085 °C, aluminium 660 °C)
        "For carbon in iron, D0 = 2.3 × 10^-5 m²/s and Q = 148 kJ/mol. What is D at 1600 °C?",
        "Carbon diffusion in γ-iron: D0 = 2.3e-5 m^2/s, Q = 148 kJ/mol. Compute the diffusion "
        "coefficient of carbon in solid iron at 1700 °C.",
        "Copper self-diffusion has D0 = 7.8 × 10^-5 m²/s and Q = 211 kJ/mol. Calculate the "
        "diffusion coefficient at 1250 °C.",
        "Magnesium diffusing into aluminium has D0 = 1.2e-4 m^2/s and Q = 131 kJ/mol. What is "
        "the diffusivity at 720 °C?",
        # bare D, but two temperatures
        "For nickel in copper, D₀ = 2.7 × 10^-5 m²/s and Q = 256 kJ/mol. What is D at 1100 K "
        "and at 1200 K?",
        # another D symbol written
        "For nickel in copper, D₀ = 2.7 × 10^-5 m²/s, Q = 256 kJ/mol and D1 is unknown. What is "
        "D at 1100 K?",
        # another value written beside (a thickness)
        "A 2 mm copper plate: D₀ = 2.7 × 10^-5 m²/s, Q = 256 kJ/mol for nickel in it. What is D "
        "at 1100 K?",
    ],
)
def test_bare_d_or_melted_host_refused(question: str) -> None:
    _refused(question)


def test_worded_d_below_melting_still_answered() -> None:
    got = _value(
        "Copper self-diffusion has D0 = 7.8 × 10^-5 m²/s and Q = 211 kJ/mol. Calculate the "
        "diffusion coefficient at 950 °C.",
        "m**2/s",
    )
    _close(got, 7.8e-5 * math.exp(-211000 / (R * 1223.15)))


# ------------------------------------------------------------ 3. a flux asked in words


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "Nitrogen is held at 0.9 kg/m³ on one face of an iron foil 0.5 mm thick and at "
            "0.1 kg/m³ on the other; D = 2 × 10^-12 m²/s. How much nitrogen crosses each square "
            "metre of the foil per hour?",
            "kg/(m**2*hour)",
            2e-12 * 0.8 / 0.5e-3 * 3600,
        ),
        (
            "A palladium membrane 0.25 mm thick has hydrogen at 3.0 and 0.6 kg/m^3 on its faces "
            "with D = 1.0e-8 m^2/s. How many grams of hydrogen go through one square centimetre "
            "per minute?",
            "g/(cm**2*minute)",
            1.0e-8 * 2.4 / 0.25e-3 * 1e3 / 1e4 * 60,
        ),
        (
            "Across a 3 mm steel wall the carbon concentration drops from 1.5 to 0.3 kg/m³ and "
            "D = 4 × 10^-11 m²/s. What mass passes through 1 m² per day?",
            "kg/(m**2*day)",
            4e-11 * 1.2 / 3e-3 * 86400,
        ),
        (
            "Oxygen sits at 5.0 and 1.0 mol/m³ on the two sides of a 1 mm oxide layer, "
            "D = 3 × 10^-10 m²/s. How many moles diffuse through each square metre per second?",
            "mol/(m**2*s)",
            3e-10 * 4.0 / 1e-3,
        ),
    ],
)
def test_worded_flux_answered(question: str, unit: str, want: float) -> None:
    _close(_value(question, unit), want)


@pytest.mark.parametrize(
    "question",
    [
        # a total through a finite area in a finite time: no relation for it
        "Nitrogen is held at 0.9 kg/m³ on one face of an iron foil 0.5 mm thick and at "
        "0.1 kg/m³ on the other; D = 2 × 10^-12 m²/s. How much nitrogen crosses a 0.3 m² foil "
        "in 10 h?",
        "Across a 3 mm steel wall the carbon concentration drops from 1.5 to 0.3 kg/m³ and "
        "D = 4 × 10^-11 m²/s. How many kg pass through each square metre in 2 days?",
        # a finite duration ('in a day', 'during one hour'): a total, not a rate
        "A 4 mm nickel plate carries hydrogen at 0.8 and 0.2 kg/m³ on its faces with "
        "D = 5 × 10^-10 m²/s. How many grams of hydrogen cross each square metre during one hour?",
        # a mass in a unit of its own through a given 1 m²
        "A 4 mm nickel plate carries hydrogen at 0.8 and 0.2 kg/m³ on its faces with "
        "D = 5 × 10^-10 m²/s. How much hydrogen goes through 1 m² of the plate per hour, in mg?",
        # a mass asked of molar concentrations
        "Oxygen sits at 5.0 and 1.0 mol/m³ on the two sides of a 1 mm oxide layer, "
        "D = 3 × 10^-10 m²/s. How many kg diffuse through each square metre per second?",
    ],
)
def test_worded_total_or_mismatch_refused(question: str) -> None:
    _refused(question)
