"""Build tests/data/answer_mutations2.json: a second round of perturbed exam questions (issue 11).

Written by the mut2 helper session, in our own words: variants of kinds of question the offline
solver answers, on topics the first round (build_answer_mutations.py) touched little — diffusion,
fracture and fatigue, creep, phase diagrams, nucleation and growth, thermodynamics, electrical and
semiconductor, magnetic, optical and thermal properties, polymers, composites and ceramics,
corrosion. The perturbations are the ones other writers use: a given in an unusual unit (ksi, mils,
°F, Torr, kcal, eV per atom), the answer asked per something else or in another unit, a change or a
factor or a percentage asked, a condition that changes the relation (p-type, decarburising, an
internal crack), the same relation solved for another variable, an extraneous number inside a name
(1040 steel, 6061-T6), a value asked at another temperature or time than the given one, and
questions that must be refused (a missing given, two quantities asked, a range). Keys are computed
below with plain math; ``value`` None means the question must be refused.

    python tests/data/build_answer_mutations2.py   # rewrites the JSON beside this file
"""

from __future__ import annotations

import json
import math
from pathlib import Path

NA = 6.02214076e23
KB_EV = 8.617333262e-5
R = 8.314462618
F = 96485.33212
EV = 1.602176634e-19
MU0 = 4e-7 * math.pi
KCAL = 4184.0
KSI = 6.894757293168  # MPa
MIL = 0.0254e-3  # m


def _erfinv(y: float) -> float:
    lo, hi = 0.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if math.erf(mid) < y:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _k(celsius: float) -> float:
    return celsius + 273.15


def items() -> list[dict]:
    out: list[dict] = []

    def add(id_: str, kind: str, question: str, value: float | None, unit: str | None) -> None:
        out.append({"id": id_, "kind": kind, "question": question, "value": value, "unit": unit})

    # ---------------------------------------------------------------- diffusion
    d0, q = 6.5e-5, 136e3
    d500 = d0 * math.exp(-q / (R * _k(500)))
    d600 = d0 * math.exp(-q / (R * _k(600)))
    add(
        "diff_q_kcal",
        "given in kcal",
        "Copper diffuses in aluminium with a pre-exponential factor of 6.5e-5 m^2/s and an "
        "activation energy of 32.5 kcal/mol. Find the diffusivity at 500 °C in m^2/s.",
        d0 * math.exp(-32.5 * KCAL / (R * _k(500))),
        "m**2/s",
    )
    add(
        "diff_q_ev_atom",
        "given in eV per atom",
        "For an impurity in a metal, D0 = 6.5 × 10^-5 m^2/s and the activation energy is 1.41 eV "
        "per atom. Compute the diffusion coefficient at 500 °C.",
        d0 * math.exp(-1.41 / (KB_EV * _k(500))),
        "m**2/s",
    )
    add(
        "diff_cm2_asked",
        "other unit asked",
        "With D0 = 6.5 × 10⁻⁵ m²/s and Qd = 136 kJ/mol, what is the diffusion coefficient at "
        "500 °C expressed in cm²/s?",
        d500 * 1e4,
        "cm**2/s",
    )
    add(
        "diff_fahrenheit",
        "temperature in °F",
        "Aluminium is diffused into by copper with D0 = 6.5 × 10⁻⁵ m²/s and Qd = 136 kJ/mol. "
        "Calculate D at 932 °F.",
        d500,
        "m**2/s",
    )
    add(
        "diff_factor",
        "by what factor",
        "For copper in aluminium, D0 = 6.5 × 10⁻⁵ m²/s and Qd = 136 kJ/mol. By what factor does "
        "the diffusion coefficient increase when the temperature is raised from 500 °C to 600 °C?",
        d600 / d500,
        "dimensionless",
    )
    add(
        "diff_pct_increase",
        "percentage increase",
        "Qd = 136 kJ/mol for a diffusing species. What is the percentage increase of the diffusion "
        "coefficient between 500 °C and 520 °C?",
        100 * (math.exp(-q / (R * _k(520))) / d500 * d0 - 1),
        "percent",
    )
    q2 = R * math.log(3.9e-13 / 5.5e-14) / (1 / _k(600) - 1 / _k(700))
    add(
        "diff_third_temp",
        "value at another temperature",
        "A solute's diffusion coefficients are 5.5 × 10⁻¹⁴ m²/s at 600 °C and 3.9 × 10⁻¹³ m²/s at "
        "700 °C. Estimate the diffusion coefficient at 800 °C.",
        3.9e-13 * math.exp(-q2 / R * (1 / _k(800) - 1 / _k(700))),
        "m**2/s",
    )
    add(
        "diff_q_ev_asked",
        "per atom asked",
        "Diffusivities of 5.5 × 10⁻¹⁴ m²/s at 600 °C and 3.9 × 10⁻¹³ m²/s at 700 °C are measured "
        "for a solute. What is the activation energy in eV per atom?",
        q2 / (NA * EV),
        "eV",
    )
    add(
        "diff_q_kcal_asked",
        "other unit asked",
        "The diffusion coefficient of a solute is 5.5 × 10⁻¹⁴ m²/s at 600 °C and 3.9 × 10⁻¹³ m²/s "
        "at 700 °C. Give the activation energy in kcal/mol.",
        q2 / KCAL,
        "kcal/mol",
    )
    t_for = -q / (R * math.log(1e-14 / 6.5e-5))
    add(
        "diff_temp_for_d",
        "reversed roles",
        "For copper in aluminium D0 = 6.5 × 10⁻⁵ m²/s and Qd = 136 kJ/mol. At what temperature, "
        "in kelvin, is the diffusion coefficient 1.0 × 10⁻¹⁴ m²/s?",
        t_for,
        "K",
    )
    add(
        "diff_two_asked",
        "two quantities asked (refuse)",
        "For copper in aluminium, D0 = 6.5 × 10⁻⁵ m²/s and Qd = 136 kJ/mol. Compute the "
        "diffusion coefficients at 500 °C and at 600 °C.",
        None,
        None,
    )
    add(
        "diff_missing_d0",
        "missing given (refuse)",
        "The activation energy for copper diffusing in aluminium is 136 kJ/mol. What is the "
        "diffusion coefficient at 500 °C?",
        None,
        None,
    )
    j = 2.5e-11 * (1.5 - 0.6) / 6e-3
    add(
        "flux_g_cm2",
        "per other unit asked",
        "An iron sheet reaches steady state with carbon at 1.5 kg/m³ at 3 mm below one surface "
        "and 0.6 kg/m³ at 9 mm below it; D = 2.5 × 10⁻¹¹ m²/s. What is the carbon flux in "
        "g/(cm²·s)?",
        j * 1e3 / 1e4,
        "g/(cm**2*s)",
    )
    add(
        "flux_per_hour",
        "per hour",
        "At steady state, carbon concentrations in an iron sheet are 1.5 kg/m³ at a depth of 3 mm "
        "and 0.6 kg/m³ at 9 mm, and D = 2.5 × 10⁻¹¹ m²/s. Give the flux in kg per square metre per "
        "hour.",
        j * 3600,
        "kg/(m**2*hour)",
    )
    add(
        "flux_mass_through",
        "two-step (mass through an area)",
        "Carbon diffuses through an iron membrane at steady state: 1.5 kg/m³ at 3 mm and 0.6 kg/m³ "
        "at 9 mm below the surface, D = 2.5 × 10⁻¹¹ m²/s. How many kilograms of carbon pass "
        "through 0.50 m² of the sheet in one hour?",
        j * 0.5 * 3600,
        "kg",
    )
    z = _erfinv((1.20 - 0.80) / (1.20 - 0.25))
    add(
        "carb_depth_for_time",
        "reversed roles",
        "A steel with 0.25 wt% C is carburised with its surface held at 1.20 wt% C; D = 1.6 × "
        "10⁻¹¹ m²/s. At what depth, in mm, will the carbon content be 0.80 wt% after 7 hours?",
        2 * z * math.sqrt(1.6e-11 * 7 * 3600) * 1e3,
        "mm",
    )
    z1 = _erfinv((1.0 - 0.5) / (1.0 - 0.2))
    add(
        "carb_1020_name",
        "number in a name",
        "A gear of 1020 steel (0.20 wt% C) is carburised at 950 °C with the surface kept at "
        "1.00 wt% C. With D = 1.6 × 10⁻¹¹ m²/s, how many hours are needed to reach 0.50 wt% C at "
        "a depth of 1.0 mm?",
        (1e-3 / (2 * z1)) ** 2 / 1.6e-11 / 3600,
        "hour",
    )
    add(
        "carb_depth_inch",
        "depth in inches",
        "A 0.20 wt% C steel is carburised with its surface held at 1.00 wt% C and D = 1.6 × "
        "10⁻¹¹ m²/s. How long, in hours, does it take for the carbon content at 0.040 in below "
        "the surface to reach 0.50 wt%?",
        (0.040 * 25.4e-3 / (2 * z1)) ** 2 / 1.6e-11 / 3600,
        "hour",
    )
    cx = 0.80 * math.erf(0.5e-3 / (2 * math.sqrt(1.6e-11 * 10 * 3600)))
    add(
        "decarb_profile",
        "decarburising condition",
        "A steel containing 0.80 wt% C is held in an atmosphere that keeps its surface at 0 wt% C "
        "(decarburisation). With D = 1.6 × 10⁻¹¹ m²/s, what is the carbon content in wt% at "
        "0.5 mm below the surface after 10 h?",
        cx,
        "percent",
    )
    t700 = 10 * math.exp(-140e3 / R * (1 / _k(600) - 1 / _k(700)))
    add(
        "diff_time_less",
        "how much less time",
        "A diffusion treatment takes 10 h at 600 °C; the activation energy is 140 kJ/mol. How many "
        "hours shorter is the same treatment at 700 °C?",
        10 - t700,
        "hour",
    )
    add(
        "diff_time_kelvin_approx",
        "temperatures in K, 'approximately'",
        "A heat treatment reaches a required concentration profile in 10 h at 873 K. If the "
        "activation energy for diffusion is 140 kJ/mol, approximately how long would it take at "
        "973 K?",
        10 * math.exp(-140e3 / R * (1 / 873 - 1 / 973)),
        "hour",
    )
    add(
        "diff_time_ev",
        "activation energy per atom",
        "The activation energy for diffusion is 1.45 eV/atom. A profile needs 10 h at 600 °C; how "
        "long would it need at 700 °C?",
        10 * math.exp(-1.45 / KB_EV * (1 / _k(600) - 1 / _k(700))),
        "hour",
    )
    add(
        "diff_distance_days",
        "time in days",
        "Taking the diffusion distance as √(Dt), estimate it in mm for D = 1.0 × 10⁻¹⁵ m²/s after "
        "30 days.",
        math.sqrt(1e-15 * 30 * 86400) * 1e3,
        "mm",
    )
    add(
        "diff_distance_time_asked",
        "reversed roles",
        "Taking x ≈ √(Dt), how many hours does it take for atoms with D = 1.0 × 10⁻¹⁵ m²/s to "
        "diffuse about 5 µm?",
        (5e-6) ** 2 / 1e-15 / 3600,
        "hour",
    )

    # ---------------------------------------------------------------- fracture, fatigue, creep
    k_ksi = 40 * KSI * math.sqrt(0.0254)
    add(
        "frac_ksi_root_in",
        "toughness in ksi√in",
        "An aluminium alloy plate (6061-T6) has a plane-strain fracture toughness of 40 ksi√in "
        "and may hold surface cracks 2.5 mm long. With Y = 1.0, what is the largest design stress "
        "in MPa?",
        k_ksi / math.sqrt(math.pi * 2.5e-3),
        "MPa",
    )
    add(
        "frac_mils_crack",
        "crack length in mils",
        "A component with K_Ic = 40 MPa·m^1/2 has surface cracks up to 100 mils long. With Y = "
        "1.0, compute the maximum allowable stress in MPa.",
        40 / math.sqrt(math.pi * 100 * MIL),
        "MPa",
    )
    add(
        "frac_internal_total",
        "internal crack (half length)",
        "A plate with K_Ic = 40 MPa√m contains an internal crack whose total length is 5.0 mm. "
        "With Y = 1.0, at what stress will it fracture?",
        40 / math.sqrt(math.pi * 2.5e-3),
        "MPa",
    )
    a_max = (26 / (1.1 * 300)) ** 2 / math.pi
    add(
        "frac_internal_length",
        "internal crack length asked",
        "A steel plate with K_Ic = 26 MPa√m carries 300 MPa; take Y = 1.1. What is the greatest "
        "total length of an internal (embedded) crack it can tolerate, in mm?",
        2 * a_max * 1e3,
        "mm",
    )
    add(
        "frac_stress_ksi_asked",
        "other unit asked",
        "A steel has K_Ic = 26 MPa√m and contains surface cracks as long as 2.0 mm. With Y = 1.0, "
        "what is the critical stress in ksi?",
        26 / math.sqrt(math.pi * 2e-3) / KSI,
        "ksi",
    )
    add(
        "frac_missing_k",
        "missing given (refuse)",
        "A steel plate contains a surface crack 2.0 mm long; take Y = 1.1. At what stress does it "
        "fracture?",
        None,
        None,
    )
    add(
        "fat_r_from_mean_amp",
        "reversed roles",
        "A fatigue cycle has a mean stress of 100 MPa and a stress amplitude of 200 MPa. What is "
        "the stress ratio R = σmin/σmax?",
        -100 / 300,
        "dimensionless",
    )
    add(
        "fat_range",
        "related quantity",
        "In a fatigue test the stress varies between +300 MPa and −100 MPa. Compute the stress "
        "range.",
        400.0,
        "MPa",
    )
    add(
        "fat_amp_ksi",
        "given in ksi",
        "A cyclic load swings the stress between a maximum of 45 ksi and a minimum of 15 ksi. "
        "What is the stress amplitude in MPa?",
        15 * KSI,
        "MPa",
    )
    add(
        "fat_basquin_amp",
        "reversed roles",
        "A steel obeys σa = σ'f (2Nf)^b with σ'f = 900 MPa and b = −0.10. What stress amplitude "
        "gives a life of 1.0 × 10⁵ cycles?",
        900 * (2e5) ** -0.10,
        "MPa",
    )
    add(
        "fat_basquin_ksi",
        "given in ksi",
        "The fatigue strength coefficient of a steel is 130 ksi and its Basquin exponent is −0.10 "
        "(σa = σ'f (2Nf)^b). How many cycles to failure at a stress amplitude of 50 ksi?",
        (50 / 130) ** (1 / -0.10) / 2,
        "dimensionless",
    )
    lm = 2.25e4
    add(
        "lm_temp_for_life",
        "reversed roles",
        "At a given stress an alloy has a Larson–Miller parameter of 2.25 × 10⁴ (C = 20, T in K, "
        "t in h). At what temperature, in K, would its rupture life be 500 h?",
        lm / (20 + math.log10(500)),
        "K",
    )
    add(
        "lm_celsius",
        "temperature in °C",
        "A Larson–Miller parameter of 2.25 × 10⁴ (C = 20, T in kelvin, rupture time in hours) "
        "applies at the service stress. Predict the rupture life at 727 °C.",
        10 ** (lm / 1000.15 - 20),
        "hour",
    )
    n_cr = math.log(8) / math.log(1.5)
    add(
        "creep_n_per_hour",
        "rates per hour",
        "At one temperature an alloy creeps at a steady rate of 3.6 × 10⁻⁴ h⁻¹ under 100 MPa and "
        "2.88 × 10⁻³ h⁻¹ under 150 MPa. Find the stress exponent n.",
        n_cr,
        "dimensionless",
    )
    add(
        "creep_n_ksi",
        "stresses in ksi",
        "Steady-state creep rates of 1.0 × 10⁻⁷ s⁻¹ at 10 ksi and 8.0 × 10⁻⁷ s⁻¹ at 15 ksi are "
        "measured at constant temperature. What is the stress exponent?",
        n_cr,
        "dimensionless",
    )
    add(
        "creep_rate_third_stress",
        "value at another stress",
        "An alloy's steady-state creep rate is 1.0 × 10⁻⁷ s⁻¹ at 100 MPa and 8.0 × 10⁻⁷ s⁻¹ at "
        "150 MPa at the same temperature. Estimate the creep rate at 200 MPa.",
        1e-7 * 2**n_cr,
        "1/s",
    )
    add(
        "griffith_angstrom",
        "crack length in Å",
        "A glass (E = 69 GPa, surface energy 0.3 J/m²) has a surface crack 5000 Å long. Using "
        "Griffith's criterion, what stress fractures it?",
        math.sqrt(2 * 69e9 * 0.3 / (math.pi * 0.5e-6)) / 1e6,
        "MPa",
    )
    add(
        "griffith_length_asked",
        "reversed roles",
        "A glass has E = 69 GPa and a specific surface energy of 0.3 J/m². Using the Griffith "
        "criterion, what is the longest surface crack, in µm, that survives a stress of 100 MPa?",
        2 * 69e9 * 0.3 / (math.pi * (100e6) ** 2) * 1e6,
        "um",
    )

    # ---------------------------------------------------------------- phase diagrams
    fl = (42.5 - 35) / (42.5 - 31.5)
    add(
        "lever_mass_kg",
        "mass asked (per body)",
        "A 2.5 kg Cu–Ni casting of 35 wt% Ni is held at 1250 °C, where the liquid has 31.5 wt% Ni "
        "and the α phase 42.5 wt% Ni. How many kilograms of liquid are present?",
        fl * 2.5,
        "kg",
    )
    add(
        "lever_fahrenheit_name",
        "temperature in °F",
        "A copper–nickel alloy with 35 wt% Ni sits at 2282 °F, where the liquid holds 31.5 wt% Ni "
        "and the α solid 42.5 wt% Ni. What is the mass fraction of the liquid phase?",
        fl,
        "dimensionless",
    )
    add(
        "lever_missing",
        "missing given (refuse)",
        "A Cu–Ni alloy of 35 wt% Ni is held at 1250 °C in the two-phase region; the α phase holds "
        "42.5 wt% Ni. What is the mass fraction of liquid?",
        None,
        None,
    )
    add(
        "pearlite_1040_named",
        "composition only in a name",
        "A 1040 steel (0.40 wt% C) is cooled slowly. With the eutectoid at 0.76 wt% C and ferrite "
        "holding 0.022 wt% C, what is the mass fraction of proeutectoid ferrite?",
        (0.76 - 0.40) / (0.76 - 0.022),
        "dimensionless",
    )
    add(
        "cementite_total",
        "related quantity",
        "For an iron–carbon alloy of 0.40 wt% C just below the eutectoid temperature, compute the "
        "mass fraction of total cementite. Ferrite holds 0.022 wt% C and Fe3C 6.70 wt% C.",
        (0.40 - 0.022) / (6.70 - 0.022),
        "dimensionless",
    )
    add(
        "pearlite_hyper",
        "condition changes relation (hypereutectoid)",
        "A 1.2 wt% C steel is slowly cooled. With the eutectoid at 0.76 wt% C and cementite at "
        "6.70 wt% C, what is the mass fraction of pearlite?",
        (6.70 - 1.2) / (6.70 - 0.76),
        "dimensionless",
    )
    add(
        "pearlite_more",
        "how much more",
        "Taking the eutectoid at 0.76 wt% C and α-ferrite at 0.022 wt% C, how much more pearlite "
        "(as a mass fraction) does a 0.60 wt% C steel hold than a 0.40 wt% C steel?",
        (0.60 - 0.40) / (0.76 - 0.022),
        "dimensionless",
    )
    add(
        "eutectic_micro",
        "other microconstituent",
        "A Pb–Sn alloy of 40 wt% Sn is cooled slowly. The eutectic is at 61.9 wt% Sn and α at the "
        "eutectic temperature holds 18.3 wt% Sn. What fraction of the alloy is eutectic "
        "microconstituent?",
        (40 - 18.3) / (61.9 - 18.3),
        "dimensionless",
    )
    add(
        "phase_rule_binary_three",
        "condition changes count",
        "At constant pressure, how many degrees of freedom remain for a binary alloy in which three "
        "phases coexist?",
        0.0,
        "dimensionless",
    )
    add(
        "phase_rule_pressure_free",
        "pressure variable",
        "A binary system has two phases in equilibrium and pressure is free to vary. How many "
        "degrees of freedom does it have?",
        2.0,
        "dimensionless",
    )
    va = (0.6 / 7.8) / (0.6 / 7.8 + 0.4 / 6.0)
    add(
        "volfrac_beta_kgm3",
        "other phase, densities in kg/m³",
        "An alloy is 60 wt% α (density 7800 kg/m³) and 40 wt% β (density 6000 kg/m³). What is the "
        "volume fraction of β?",
        1 - va,
        "dimensionless",
    )

    # ---------------------------------------------------------------- kinetics, nucleation
    t90 = 100 * (math.log(10) / math.log(2)) ** (1 / 2.5)
    add(
        "avrami_longer",
        "how much longer",
        "Recrystallisation obeys the Avrami equation with n = 2.5 and is half complete after "
        "100 s. How much longer must one wait, beyond that point, to reach 90 % recrystallised?",
        t90 - 100,
        "s",
    )
    add(
        "avrami_minutes",
        "time given in minutes",
        "A transformation follows y = 1 − exp(−k tⁿ) with k = 5.0 × 10⁻⁴ and n = 2, t in "
        "seconds. What fraction has transformed after 0.5 min?",
        1 - math.exp(-5e-4 * 30**2),
        "dimensionless",
    )
    add(
        "avrami_percent_1min",
        "percent asked",
        "For y = 1 − exp(−k tⁿ) with k = 5.0 × 10⁻⁴ (t in s) and n = 2, what percentage of the "
        "material has transformed after 1 minute?",
        100 * (1 - math.exp(-5e-4 * 60**2)),
        "percent",
    )
    add(
        "avrami_missing_n",
        "missing given (refuse)",
        "A transformation obeys y = 1 − exp(−k tⁿ) with k = 5.0 × 10⁻⁴. What fraction has "
        "transformed after 30 s?",
        None,
        None,
    )
    r_star = 2 * 0.255 * 1728.15 / (2.53e9 * 319) * 1e9
    add(
        "nuc_undercool_f",
        "undercooling in °F",
        "For homogeneous nucleation in nickel take ΔHf = −2.53 × 10⁹ J/m³, γ = 0.255 J/m² and "
        "Tm = 1455 °C. What is the critical radius, in nm, for an undercooling of 574.2 °F?",
        r_star,
        "nm",
    )
    add(
        "nuc_tm_kelvin",
        "melting point in K",
        "Nickel melts at 1728 K; its latent heat of fusion is −2.53 × 10⁹ J/m³ and the solid–"
        "liquid interfacial energy 0.255 J/m². Find the critical nucleus radius for an undercooling "
        "of 319 K.",
        2 * 0.255 * 1728 / (2.53e9 * 319) * 1e9,
        "nm",
    )
    add(
        "nuc_diameter",
        "diameter asked",
        "With ΔHf = −2.53 × 10⁹ J/m³, γ = 0.255 J/m², Tm = 1455 °C and a supercooling of 319 °C, "
        "what is the diameter of the critical nucleus of nickel in nm?",
        2 * r_star,
        "nm",
    )
    dg_star = 16 * math.pi * 0.255**3 * 1728.15**2 / (3 * 2.53e9**2 * 319**2)
    add(
        "nuc_barrier_ev",
        "energy in eV",
        "Using ΔHf = −2.53 × 10⁹ J/m³, γ = 0.255 J/m², Tm = 1455 °C and an undercooling of "
        "319 °C, give the homogeneous nucleation barrier for nickel in eV.",
        dg_star / EV,
        "eV",
    )
    qrx = R * math.log(80 / 15) / (1 / _k(350) - 1 / _k(400))
    add(
        "recryst_time_third",
        "value at another temperature",
        "A cold-worked metal is 50 % recrystallised after 80 min at 350 °C and after 15 min at "
        "400 °C. Assuming Arrhenius kinetics, how long would 50 % take at 300 °C?",
        80 * math.exp(qrx / R * (1 / _k(300) - 1 / _k(350))),
        "min",
    )
    add(
        "recryst_q_kcal",
        "other unit asked",
        "Half-recrystallisation takes 80 min at 350 °C and 15 min at 400 °C. Treating 1/t0.5 as an "
        "Arrhenius rate, what is the activation energy in kcal/mol?",
        qrx / KCAL,
        "kcal/mol",
    )
    d90 = math.sqrt(8**2 + (20**2 - 8**2) * 3)
    add(
        "grain_growth_increase",
        "how much more",
        "Grains of 8 µm grow to 20 µm in 30 min at 500 °C, following d² − d0² = Kt. By how many "
        "micrometres more will the grain diameter grow between 30 min and 90 min?",
        d90 - 20,
        "um",
    )
    add(
        "grain_growth_k",
        "constant asked",
        "A metal's grains grow from 8 µm to 20 µm in 30 min at 500 °C. Assuming d² − d0² = Kt, "
        "find K in µm²/min.",
        (400 - 64) / 30,
        "um**2/min",
    )
    c30 = math.cos(math.radians(30))
    add(
        "het_nuc_30deg",
        "other angle",
        "A spherical-cap nucleus forms on a flat substrate with a contact angle of 30°. What is the "
        "ratio of the heterogeneous to the homogeneous nucleation barrier?",
        (2 + c30) * (1 - c30) ** 2 / 4,
        "dimensionless",
    )

    # ---------------------------------------------------------------- thermodynamics
    add(
        "spont_kcal_kelvin",
        "given in kcal and cal",
        "A reaction has ΔH = −11.95 kcal/mol and ΔS = −19.12 cal/(mol·K), both constant. Above "
        "what temperature in kelvin does it cease to be spontaneous?",
        11.95 / 19.12 * 1000,
        "K",
    )
    p800 = math.exp(-115e3 / R * (1 / _k(800) - 1 / _k(907)))
    add(
        "vapour_torr",
        "pressure in Torr",
        "Zinc boils at 907 °C under 760 Torr, with an enthalpy of vaporisation of 115 kJ/mol. "
        "Estimate its vapour pressure at 800 °C in Torr.",
        760 * p800,
        "torr",
    )
    add(
        "k_from_dg_kcal",
        "given in kcal",
        "At 1000 K a reaction's standard Gibbs energy change is −4.78 kcal/mol. Compute its "
        "equilibrium constant.",
        math.exp(4.78 * KCAL / (R * 1000)),
        "dimensionless",
    )
    smix = -R * (0.3 * math.log(0.3) + 0.7 * math.log(0.7))
    add(
        "smix_cal",
        "other unit asked",
        "Find the entropy of mixing, in cal/(mol·K), of an ideal binary solution with 30 at% B.",
        smix / 4.184,
        "cal/(mol*K)",
    )
    add(
        "smix_two_moles",
        "per body (two moles)",
        "Two moles of an ideal binary solution containing 30 at% B are formed from the pure "
        "elements. What is the total entropy of mixing in J/K?",
        2 * smix,
        "J/K",
    )
    add(
        "heat_melt_kcal",
        "other unit asked",
        "How much heat, in kcal, is required to raise 0.50 kg of copper from 20 °C to its melting "
        "point (1085 °C) and melt it? c_p = 0.385 J/(g·K), heat of fusion 205 J/g.",
        (500 * 0.385 * 1065 + 500 * 205) / KCAL,
        "kcal",
    )
    add(
        "undercool_ev_atom",
        "per atom asked",
        "Copper melts at 1358 K with a latent heat of 13.0 kJ/mol. What is the Gibbs energy "
        "driving solidification, in eV per atom, at an undercooling of 100 K?",
        13.0e3 * 100 / 1358 / (NA * EV),
        "eV",
    )
    add(
        "spont_range",
        "range (refuse)",
        "A reaction has ΔH = −50 kJ/mol and ΔS = −80 J/(mol·K). What is ΔG between 300 and 400 K?",
        None,
        None,
    )

    # ---------------------------------------------------------------- electrical, semiconductors
    add(
        "wire_mils_feet",
        "mils and feet",
        "A copper wire 328 ft long has a diameter of 80 mils and a resistivity of 1.72 × 10⁻⁸ "
        "Ω·m. What is its resistance in ohms?",
        1.72e-8 * 328 * 0.3048 / (math.pi * (80 * MIL) ** 2 / 4),
        "ohm",
    )
    add(
        "wire_per_km",
        "per length asked",
        "A copper conductor of 2.0 mm diameter has a resistivity of 1.72 × 10⁻⁸ Ω·m. What is its "
        "resistance per kilometre, in ohms?",
        1.72e-8 * 1000 / (math.pi * 1e-6),
        "ohm",
    )
    sig_i = 1e16 * EV * (0.14 + 0.05)
    add(
        "intrinsic_cgs",
        "cm-based units",
        "An intrinsic semiconductor has n_i = 1.0 × 10¹⁰ cm⁻³, an electron mobility of "
        "1400 cm²/(V·s) and a hole mobility of 500 cm²/(V·s). Compute its conductivity in S/m.",
        sig_i,
        "S/m",
    )
    add(
        "intrinsic_resistivity",
        "reciprocal asked",
        "For an intrinsic semiconductor n_i = 1.0 × 10¹⁶ m⁻³, μe = 0.14 m²/(V·s) and μh = "
        "0.05 m²/(V·s). What is its electrical resistivity in Ω·m?",
        1 / sig_i,
        "ohm*m",
    )
    add(
        "ntype_ohm_cm",
        "other unit asked",
        "Silicon contains 1.0 × 10¹⁷ cm⁻³ phosphorus atoms, all ionised, and the electron mobility "
        "is 700 cm²/(V·s). Find the conductivity in (Ω·cm)⁻¹.",
        1e17 * EV * 700,
        "1/(ohm*cm)",
    )
    add(
        "ptype_both_mobilities",
        "p-type with both mobilities given",
        "Silicon is doped with 1.0 × 10²² m⁻³ boron atoms, all ionised. The electron mobility is "
        "0.14 m²/(V·s) and the hole mobility 0.05 m²/(V·s). Calculate the room-temperature "
        "conductivity.",
        1e22 * EV * 0.05,
        "S/m",
    )
    add(
        "ntype_both_mobilities",
        "n-type with both mobilities given",
        "Germanium is doped with 1.0 × 10²² m⁻³ arsenic atoms, all ionised. Electron and hole "
        "mobilities are 0.38 and 0.18 m²/(V·s). What is the extrinsic conductivity?",
        1e22 * EV * 0.38,
        "S/m",
    )
    add(
        "drift_field_v_per_cm",
        "field in V/cm",
        "Electrons with a mobility of 0.14 m²/(V·s) drift in a field of 5 V/cm. What is their drift "
        "velocity in m/s?",
        0.14 * 500,
        "m/s",
    )
    add(
        "drift_time_across",
        "two-step (time to cross)",
        "Electrons with mobility 0.14 m²/(V·s) move under a field of 500 V/m. How long, in "
        "microseconds, do they take to drift 1.0 cm?",
        0.01 / 70 * 1e6,
        "us",
    )
    add(
        "mobility_cgs",
        "cm-based givens",
        "A metal has a conductivity of 6.0 × 10⁵ (Ω·cm)⁻¹ and 8.5 × 10²² free electrons per cm³. "
        "What is the electron mobility in cm²/(V·s)?",
        6.0e7 / (8.5e28 * EV) * 1e4,
        "cm**2/(V*s)",
    )
    add(
        "intrinsic_pct_rise",
        "percentage increase",
        "Take σ ∝ exp(−Eg/2kT) for silicon with Eg = 1.11 eV. By what percentage does the "
        "intrinsic conductivity rise between 300 K and 310 K?",
        100 * (math.exp(-1.11 / (2 * KB_EV) * (1 / 310 - 1 / 300)) - 1),
        "percent",
    )
    add(
        "intrinsic_factor_celsius",
        "temperatures in °C",
        "Silicon's intrinsic conductivity varies as exp(−Eg/2kT) with Eg = 1.11 eV. By what factor "
        "does it grow from 27 °C to 127 °C?",
        math.exp(-1.11 / (2 * KB_EV) * (1 / 400.15 - 1 / 300.15)),
        "dimensionless",
    )
    add(
        "cap_cm2_nf",
        "area in cm², asked in nF",
        "A parallel-plate capacitor has plates of 6.45 cm² and a 2.0 mm gap filled with a dielectric "
        "of relative permittivity 6.0. What is the capacitance in nF?",
        6.0 * 8.8541878128e-12 * 6.45e-4 / 2e-3 * 1e9,
        "nF",
    )
    add(
        "cap_missing_area",
        "missing given (refuse)",
        "A parallel-plate capacitor uses a 2.0 mm thick dielectric with ε_r = 6.0. What is its "
        "capacitance?",
        None,
        None,
    )
    add(
        "fermi_below",
        "below instead of above",
        "What is the probability that an electron state 0.10 eV below the Fermi level is occupied "
        "at 300 K?",
        1 / (1 + math.exp(-0.10 / (KB_EV * 300))),
        "dimensionless",
    )
    add(
        "fermi_empty_above",
        "the other side (empty)",
        "At 300 K, what is the probability that a state 0.10 eV above the Fermi energy is empty?",
        1 - 1 / (1 + math.exp(0.10 / (KB_EV * 300))),
        "dimensionless",
    )

    # ---------------------------------------------------------------- magnetic
    ms_ni = 0.60 * 9.274e-24 * 8.90e6 * NA / 58.69
    add(
        "ms_ni_ka",
        "other unit asked",
        "Nickel (density 8.90 g/cm³, atomic weight 58.69 g/mol) has 0.60 Bohr magnetons per atom. "
        "What is its saturation magnetisation in kA/m?",
        ms_ni / 1e3,
        "kA/m",
    )
    add(
        "bs_ni",
        "related quantity (flux density)",
        "Nickel has a net moment of 0.60 Bohr magnetons per atom, density 8.90 g/cm³ and atomic "
        "weight 58.69 g/mol. Estimate its saturation flux density B_s ≈ μ0 M_s in tesla.",
        MU0 * ms_ni,
        "T",
    )
    add(
        "coil_h_cm",
        "field strength asked, length in cm",
        "A coil 20 cm long has 200 turns and carries 10 A. What is the magnetic field strength H "
        "inside it, in A/m?",
        200 * 10 / 0.20,
        "A/m",
    )
    add(
        "solenoid_magnetisation",
        "related quantity",
        "A 0.25 m long solenoid of 400 turns carries 0.50 A around a core of relative permeability "
        "1000. What is the magnetisation M of the core in A/m?",
        999 * 400 * 0.5 / 0.25,
        "A/m",
    )
    add(
        "curie_celsius",
        "temperatures in °C",
        "A paramagnetic salt following Curie's law has χ = 2.0 × 10⁻⁴ at 27 °C. What is χ at "
        "227 °C?",
        2e-4 * 300.15 / 500.15,
        "dimensionless",
    )
    add(
        "curie_range",
        "range (refuse)",
        "A Curie-law paramagnet has a susceptibility of 2.0 × 10⁻⁴ at 300 K. What is its "
        "susceptibility between 400 and 500 K?",
        None,
        None,
    )
    add(
        "hyst_units",
        "other units (kJ/m³, cm³)",
        "A core of 2000 cm³ has a hysteresis loop enclosing 0.25 kJ/m³ per cycle. How much power is "
        "lost to hysteresis at 50 Hz, in watts?",
        250 * 2000e-6 * 50,
        "W",
    )
    add(
        "hyst_energy_hour",
        "energy over a time",
        "A 0.002 m³ transformer core loses 250 J/m³ per cycle to hysteresis at 60 Hz. How much "
        "energy, in kJ, is dissipated in one hour?",
        250 * 0.002 * 60 * 3600 / 1e3,
        "kJ",
    )
    add(
        "hyst_missing_freq",
        "missing given (refuse)",
        "A 0.002 m³ transformer core has a hysteresis loop of 250 J/m³ per cycle. What power is "
        "lost to hysteresis?",
        None,
        None,
    )
    add(
        "bohr_per_cm3",
        "density per cm³",
        "Iron has a saturation magnetisation of 1.70 × 10⁶ A/m and 8.5 × 10²² atoms per cm³. How "
        "many Bohr magnetons per atom is that?",
        1.70e6 / (8.5e28 * 9.274e-24),
        "dimensionless",
    )

    # ---------------------------------------------------------------- optical and thermal
    hc = 1239.84198
    add(
        "cutoff_um",
        "other unit asked",
        "GaAs has a band gap of 1.43 eV. What is the longest wavelength, in µm, that can excite an "
        "electron across it?",
        hc / 1.43 / 1e3,
        "um",
    )
    add(
        "cutoff_gap_joule",
        "gap in joules",
        "A semiconductor's band gap is 2.29 × 10⁻¹⁹ J. Find the longest wavelength of light, in nm, "
        "that it absorbs by band-to-band transitions.",
        hc / (2.29e-19 / EV),
        "nm",
    )
    add(
        "gap_from_wavelength",
        "reversed roles",
        "A semiconductor absorbs light of wavelengths shorter than 870 nm and is transparent to "
        "longer ones. Estimate its band gap in eV.",
        hc / 870,
        "eV",
    )
    add(
        "critical_glass_water",
        "other second medium",
        "What is the critical angle for light passing from glass (n = 1.50) into water (n = 1.33)?",
        math.degrees(math.asin(1.33 / 1.50)),
        "degree",
    )
    add(
        "expansion_fahrenheit",
        "temperatures in °F",
        "A copper wire 0.40 m long is heated from 59 °F to 131 °F. With α = 17.0 × 10⁻⁶ °C⁻¹, by how "
        "much does it lengthen, in mm?",
        0.40 * 17e-6 * 40 * 1e3,
        "mm",
    )
    add(
        "expansion_alpha_per_f",
        "coefficient per °F",
        "A rod 0.40 m long has a linear expansion coefficient of 9.44 × 10⁻⁶ per °F. What is its "
        "change in length, in mm, when heated from 15 °C to 55 °C?",
        0.40 * 9.44e-6 * 1.8 * 40 * 1e3,
        "mm",
    )
    add(
        "thermal_stress_ksi",
        "other unit asked",
        "A brass rod (E = 100 GPa, α = 20 × 10⁻⁶ K⁻¹) is clamped between rigid walls at 20 °C and "
        "heated to 80 °C. Give the magnitude of the thermal stress in ksi.",
        120 / KSI,
        "ksi",
    )
    add(
        "flux_inch_plate",
        "thickness in inches",
        "Heat conducts steadily through a steel plate 0.50 in thick (k = 51.9 W/(m·K)) with faces at "
        "300 °C and 250 °C. What is the heat flux in W/m²?",
        51.9 * 50 / 0.0127,
        "W/m**2",
    )
    add(
        "heat_through_area_hour",
        "two-step (heat over area and time)",
        "A 10 mm steel plate (k = 51.9 W/(m·K)) has faces at 300 °C and 250 °C. How much heat, in "
        "MJ, crosses 2.0 m² of it in one hour?",
        51.9 * 50 / 0.01 * 2 * 3600 / 1e6,
        "MJ",
    )
    add(
        "cold_face_temp",
        "reversed roles",
        "A steady heat flux of 2.595 × 10⁵ W/m² passes through a 10 mm steel plate with k = "
        "51.9 W/(m·K). The hot face is at 300 °C. What is the temperature of the other face in °C?",
        250.0,
        "degC",
    )
    add(
        "dulong_per_kg",
        "per kg asked",
        "Estimate the high-temperature specific heat of aluminium (26.98 g/mol) from the "
        "Dulong–Petit law, in J/(kg·K).",
        3 * R / 26.98e-3,
        "J/(kg*K)",
    )
    add(
        "dulong_per_mole",
        "per mole asked",
        "By the Dulong–Petit rule, what is the molar heat capacity of a solid element at high "
        "temperature, in J/(mol·K)?",
        3 * R,
        "J/(mol*K)",
    )

    # ---------------------------------------------------------------- polymers
    m_pvc = 2 * 12.01 + 3 * 1.008 + 35.45
    add(
        "dp_pvc_kg",
        "kg/mol given",
        "A PVC has a number-average molar mass of 100 kg/mol. What is its degree of "
        "polymerisation (C 12.01, H 1.008, Cl 35.45 g/mol)?",
        100000 / m_pvc,
        "dimensionless",
    )
    add(
        "pdi_from_classes",
        "related quantity",
        "A polymer has chains in three classes: number fraction 0.20 at 10 000 g/mol, 0.50 at "
        "20 000 g/mol and 0.30 at 30 000 g/mol. What is its polydispersity index?",
        (4.9e8 / 21000) / 21000,
        "dimensionless",
    )
    add(
        "mw_from_pdi",
        "reversed roles",
        "A polymer's number-average molecular weight is 160 kg/mol and its polydispersity index "
        "is 1.5. What is its weight-average molecular weight in kg/mol?",
        240.0,
        "kg/mol",
    )
    add(
        "cryst_kgm3",
        "densities in kg/m³",
        "A polyethylene sample has a density of 965 kg/m³; fully amorphous and fully crystalline "
        "polyethylene have 870 and 1000 kg/m³. What is its percent crystallinity?",
        100 * 1000 * (965 - 870) / (965 * (1000 - 870)),
        "percent",
    )
    add(
        "contour_um",
        "other unit asked",
        "A linear polyethylene chain has 5000 repeat units (two C–C bonds each), a C–C bond length "
        "of 0.154 nm and bond angle 109°. What is its contour length in µm?",
        2 * 5000 * 0.154 * math.sin(math.radians(109 / 2)) / 1e3,
        "um",
    )
    tau = 40 / math.log(6 / 4.5)
    add(
        "relax_tau",
        "constant asked",
        "A polymer held at fixed strain relaxes from 6.0 MPa to 4.5 MPa in 40 s, following σ(t) = "
        "σ(0) exp(−t/τ). What is the relaxation time τ in seconds?",
        tau,
        "s",
    )
    add(
        "relax_time_to_half",
        "reversed roles",
        "Held at constant strain, a polymer's stress falls from 6.0 MPa to 4.5 MPa in 40 s "
        "(σ = σ0 exp(−t/τ)). After how many seconds will the stress be 3.0 MPa?",
        tau * math.log(2),
        "s",
    )
    add(
        "relax_minutes",
        "time in minutes",
        "A stressed polymer relaxes from 6.0 MPa to 4.5 MPa in 40 s at fixed strain, with σ = σ0 "
        "exp(−t/τ). What is the stress after 2 min?",
        6 * math.exp(-120 / tau),
        "MPa",
    )
    add(
        "relax_missing",
        "missing given (refuse)",
        "A polymer relaxes at constant strain with σ = σ0 exp(−t/τ), reaching 4.5 MPa after 40 s. "
        "What is the stress after 120 s?",
        None,
        None,
    )
    add(
        "dp_polystyrene",
        "other polymer",
        "What is the degree of polymerisation of a polystyrene with a number-average molecular "
        "weight of 500 000 g/mol? (C 12.01, H 1.008)",
        500000 / (8 * 12.01 + 8 * 1.008),
        "dimensionless",
    )

    # ---------------------------------------------------------------- composites, ceramics
    add(
        "ecl_psi",
        "moduli in psi",
        "A continuous aligned composite has 40 vol% glass fibres (E = 10 × 10⁶ psi) in a matrix of "
        "E = 0.5 × 10⁶ psi. What is the longitudinal modulus in GPa?",
        (0.4 * 10e6 + 0.6 * 0.5e6) * 6894.757 / 1e9,
        "GPa",
    )
    add(
        "fibre_load_share_pct",
        "share as percent",
        "A continuous aligned composite with 40 vol% fibres (E = 69 GPa) in a 3.4 GPa matrix is "
        "loaded along the fibres. What percentage of the load do the fibres carry?",
        100 * (69 * 0.4) / (69 * 0.4 + 3.4 * 0.6),
        "percent",
    )
    add(
        "critical_length_mm_diam",
        "diameter in mm",
        "Fibres 0.010 mm in diameter have a tensile strength of 2.5 GPa and the matrix shear yield "
        "strength is 12 MPa. What is the critical fibre length in mm?",
        2500 * 0.010 / (2 * 12),
        "mm",
    )
    add(
        "flexure_inch_lbf",
        "inch and lbf givens",
        "A ceramic bar 0.50 in wide and 0.25 in thick breaks in three-point bending at 100 lbf "
        "over a 1.5 in support span. What is its flexural strength in MPa?",
        3 * 100 * 1.5 / (2 * 0.5 * 0.25**2) * 6894.757 / 1e6,
        "MPa",
    )
    add(
        "flexure_round",
        "circular section",
        "A round alumina rod 6.0 mm in diameter breaks in three-point bending at 300 N with a "
        "40 mm support span. Compute its flexural strength.",
        300 * 0.040 / (math.pi * 0.003**3) / 1e6,
        "MPa",
    )
    add(
        "porosity_10pct",
        "other porosity",
        "Dense alumina has E = 380 GPa. Using E = E0(1 − 1.9P + 0.9P²), estimate E at 10 % "
        "porosity.",
        380 * (1 - 0.19 + 0.009),
        "GPa",
    )
    add(
        "porosity_drop",
        "how much less",
        "Fully dense alumina has an elastic modulus of 380 GPa. With E = E0(1 − 1.9P + 0.9P²), by "
        "how many GPa does the modulus fall at 5 vol% porosity?",
        380 - 380 * (1 - 0.095 + 0.9 * 0.0025),
        "GPa",
    )

    # ---------------------------------------------------------------- corrosion, electrochemistry
    m_zn = 2.0 * 24 * 3600 * 65.41 / (2 * F)
    add(
        "zn_loss_minutes_kg",
        "other units",
        "A zinc anode (Zn → Zn²⁺ + 2e⁻, 65.41 g/mol) corrodes at a steady 2.0 A for 1440 min. "
        "How many kilograms of zinc dissolve?",
        m_zn / 1e3,
        "kg",
    )
    add(
        "zn_time_for_mass",
        "reversed roles",
        "How many hours does a steady current of 2.0 A take to dissolve 50 g of zinc (Zn → Zn²⁺ + "
        "2e⁻, M = 65.41 g/mol)?",
        50 * 2 * F / (2.0 * 65.41) / 3600,
        "hour",
    )
    cpr = 350 / (7.9 * 0.80e4 * 1) * 10
    add(
        "cpr_mpy",
        "mils per year",
        "A steel sheet of density 7.9 g/cm³ with 0.80 m² exposed loses 350 g to corrosion in a "
        "year. What is the penetration rate in mils per year?",
        cpr / 0.0254,
        "mil/year",
    )
    add(
        "cpr_missing_density",
        "missing given (refuse)",
        "A steel sheet with 0.80 m² exposed loses 350 g to corrosion in a year. What is the "
        "corrosion penetration rate in mm/yr?",
        None,
        None,
    )
    e_rt = R * 298.15 / (2 * F)
    add(
        "cell_swapped_conc",
        "concentrations swapped",
        "At 25 °C one half-cell is Fe in 0.001 M Fe²⁺ and the other Ni in 0.10 M Ni²⁺. With "
        "E°(Fe²⁺/Fe) = −0.440 V and E°(Ni²⁺/Ni) = −0.250 V, what is the cell potential?",
        0.19 - e_rt * math.log(0.001 / 0.10),
        "V",
    )
    add(
        "cell_50c",
        "other temperature",
        "An Fe/Fe²⁺ (0.10 M) half-cell is joined to a Ni/Ni²⁺ (0.001 M) half-cell at 50 °C. "
        "E°(Fe²⁺/Fe) = −0.440 V, E°(Ni²⁺/Ni) = −0.250 V. Compute the cell emf.",
        0.19 - R * 323.15 / (2 * F) * math.log(0.10 / 0.001),
        "V",
    )
    i_corr = 0.10e-1 / (365.25 * 86400) * 7.87 * 2 * F / 55.85
    add(
        "icorr_a_m2",
        "other unit asked",
        "Iron (7.87 g/cm³, 55.85 g/mol) corrodes uniformly at 0.10 mm/yr as Fe → Fe²⁺ + 2e⁻. What "
        "corrosion current density does this imply, in A/m²?",
        i_corr * 1e4,
        "A/m**2",
    )
    add(
        "dg_emf_kcal",
        "other unit asked",
        "A cell with an emf of 1.10 V transfers two electrons per reaction. What is ΔG of the "
        "reaction in kcal/mol?",
        -2 * F * 1.10 / KCAL,
        "kcal/mol",
    )
    add(
        "dg_emf_three_electrons",
        "other electron count",
        "The emf of a galvanic cell is 1.10 V and three electrons are transferred per formula "
        "unit. Calculate ΔG in kJ/mol.",
        -3 * F * 1.10 / 1e3,
        "kJ/mol",
    )
    add(
        "parabolic_half_hour",
        "given at another time",
        "A metal oxidises parabolically, gaining 0.30 mg/cm² in the first 30 min (no gain at t = "
        "0). What is the weight gain after 5 h?",
        0.30 * math.sqrt(10),
        "mg/cm**2",
    )
    add(
        "parabolic_additional",
        "how much more",
        "With parabolic oxidation kinetics a metal gains 0.30 mg/cm² in 1 h from a clean start. How "
        "much additional weight does it gain between 1 h and 5 h?",
        0.30 * math.sqrt(5) - 0.30,
        "mg/cm**2",
    )
    add(
        "linear_oxidation",
        "condition changes relation (linear)",
        "A metal oxidises with linear kinetics, gaining 0.30 mg/cm² in the first hour from zero. "
        "What is the weight gain after 5 h?",
        1.5,
        "mg/cm**2",
    )

    # ---------------------------------------------------------------- names, equation numbers, other bodies
    add(
        "diff_eq_number",
        "equation number in parentheses",
        "Using Eq. (5.8) with D0 = 6.5 × 10⁻⁵ m²/s and Qd = 136 kJ/mol, compute the diffusion "
        "coefficient at 500 °C.",
        d500,
        "m**2/s",
    )
    add(
        "diff_alloy_name",
        "numbers inside an alloy name",
        "Vanadium diffuses in Ti-6Al-4V with D0 = 6.5 × 10⁻⁵ m²/s and Qd = 136 kJ/mol. What is D "
        "at 500 °C?",
        d500,
        "m**2/s",
    )
    add(
        "diff_problem_ref",
        "problem reference",
        "(Problem 5.12) For copper in aluminium D0 = 6.5 × 10⁻⁵ m²/s and Qd = 136 kJ/mol. Find "
        "the diffusion coefficient at 500 °C.",
        d500,
        "m**2/s",
    )
    add(
        "toughness_needed",
        "at least (reversed roles)",
        "A part will see 450 MPa and may contain surface cracks 2.5 mm long (Y = 1.0). What "
        "plane-strain fracture toughness, at least, must its material have, in MPa√m?",
        450 * math.sqrt(math.pi * 2.5e-3),
        "MPa*m**0.5",
    )
    add(
        "thermal_stress_free",
        "condition changes relation (free to expand)",
        "A brass rod (E = 100 GPa, α = 20 × 10⁻⁶ K⁻¹) lies free on a bench and is heated from 20 °C "
        "to 80 °C. What thermal stress develops in it?",
        0.0,
        "MPa",
    )
    add(
        "gas_isothermal",
        "isothermal",
        "An ideal gas at 300 K and 1.0 atm is compressed isothermally to half its volume. What is "
        "its final pressure in atm?",
        2.0,
        "atm",
    )
    add(
        "gas_adiabatic",
        "adiabatic instead of isothermal",
        "Air (γ = 1.4) at 300 K and 1.0 atm is compressed adiabatically and reversibly to half "
        "its volume. What is its final pressure in atm?",
        2**1.4,
        "atm",
    )
    add(
        "wire_second_body",
        "given of another body",
        "Wire A is copper, 100 m long and 2.0 mm in diameter (ρ = 1.72 × 10⁻⁸ Ω·m). Wire B is "
        "aluminium, 100 m long and 3.0 mm in diameter (ρ = 2.82 × 10⁻⁸ Ω·m). What is the "
        "resistance of wire B?",
        2.82e-8 * 100 / (math.pi * 1.5e-3**2),
        "ohm",
    )
    add(
        "faraday_al",
        "other valence",
        "How many grams of aluminium are deposited by 5.0 A flowing for 2.0 h (Al³⁺ + 3e⁻ → Al, "
        "26.98 g/mol)?",
        5 * 7200 * 26.98 / (3 * F),
        "g",
    )
    add(
        "faraday_cu_plus",
        "other valence (Cu⁺)",
        "A current of 5.0 A flows for 2.0 h through a solution of copper(I) ions, Cu⁺ + e⁻ → Cu. "
        "What mass of copper is deposited (63.55 g/mol)?",
        5 * 7200 * 63.55 / F,
        "g",
    )
    add(
        "faraday_moles",
        "moles asked",
        "How many moles of copper are plated from a Cu²⁺ solution by 5.0 A flowing for 2.0 h?",
        5 * 7200 / (2 * F),
        "mol",
    )
    add(
        "water_heat_f",
        "temperatures in °F",
        "How much heat, in kJ, warms 2.0 kg of water (c = 4186 J/(kg·K)) from 68 °F to 212 °F "
        "without boiling it?",
        2 * 4186 * 80 / 1e3,
        "kJ",
    )
    add(
        "car_ke_mph",
        "speed in mph",
        "A 1200 kg car travels at 60 mph. What is its kinetic energy in kJ?",
        0.5 * 1200 * (60 * 0.44704) ** 2 / 1e3,
        "kJ",
    )
    add(
        "bulb_current",
        "related quantity",
        "A 60 W lamp runs on a 120 V supply. What current does it draw?",
        0.5,
        "A",
    )
    add(
        "bulb_two_asked",
        "two quantities asked (refuse)",
        "A 60 W lamp runs on a 120 V supply. Find the current it draws and its resistance.",
        None,
        None,
    )
    hcj = 6.62607015e-34 * 2.99792458e8
    add(
        "photon_kj_per_mol",
        "per mole asked",
        "What is the energy of one mole of photons of wavelength 500 nm, in kJ/mol?",
        hcj / 500e-9 * NA / 1e3,
        "kJ/mol",
    )
    add(
        "photon_rate_laser",
        "two-step (photons per second)",
        "A 1.0 mW laser emits at 633 nm. How many photons does it emit per second?",
        1e-3 * 633e-9 / hcj,
        "1/s",
    )
    add(
        "spring_more_work",
        "how much more",
        "A spring with k = 200 N/m is already stretched 5.0 cm. How much more work is needed to "
        "stretch it to 10.0 cm?",
        0.5 * 200 * (0.10**2 - 0.05**2),
        "J",
    )
    add(
        "gas_torr_celsius",
        "other units",
        "2.0 mol of an ideal gas occupy 10.0 L at 27 °C. What is the pressure in Torr?",
        2 * R * 300.15 / 10e-3 / 133.322368,
        "torr",
    )
    add(
        "cap_energy",
        "related quantity",
        "A 10 µF capacitor is charged to 12 V. How much energy does it store, in mJ?",
        0.5 * 10e-6 * 144 * 1e3,
        "mJ",
    )
    add(
        "rod_4340_load",
        "number in a name",
        "A 4340 steel rod of 10 mm diameter has a yield strength of 1620 MPa. What is the largest "
        "axial load, in kN, it can carry without yielding?",
        1620e6 * math.pi * 0.005**2 / 1e3,
        "kN",
    )
    ext = 1e4 * 0.25 / (math.pi * 0.005**2 * 69e9)
    add(
        "bar_6061_elongation",
        "number in a name",
        "A 6061-T6 aluminium bar (E = 69 GPa) 250 mm long and 10 mm in diameter carries a tensile "
        "load of 10 kN. How much does it elongate, in mm?",
        ext * 1e3,
        "mm",
    )
    add(
        "bar_lbf_elongation",
        "load in lbf",
        "An aluminium bar (E = 69 GPa), 250 mm long and 10 mm in diameter, is pulled with "
        "2248 lbf. What is its elongation in mm?",
        2248 * 4.4482216 * 0.25 / (math.pi * 0.005**2 * 69e9) * 1e3,
        "mm",
    )
    add(
        "bar_two_asked",
        "two quantities asked (refuse)",
        "An aluminium bar (E = 69 GPa) 250 mm long and 10 mm across carries 10 kN in tension. "
        "Find its strain and its elongation.",
        None,
        None,
    )
    add(
        "hooke_eq_number",
        "equation number in parentheses",
        "Using Equation (6.5), σ = Eε, with E = 207 GPa, what stress produces a strain of 0.0015?",
        310.5,
        "MPa",
    )
    add(
        "flux_thinner",
        "by what factor",
        "Steady heat flows across a plate with fixed face temperatures. By what factor does the "
        "heat flux change if the plate's thickness is halved from 10 mm to 5 mm (k = 51.9 W/(m·K))?",
        2.0,
        "dimensionless",
    )
    add(
        "avrami_eq_number",
        "equation number",
        "Using Eq. (10.17), y = 1 − exp(−k tⁿ), with k = 5.0 × 10⁻⁴ (t in s) and n = 2, find the "
        "fraction transformed after 30 s.",
        1 - math.exp(-5e-4 * 900),
        "dimensionless",
    )
    add(
        "expansion_304",
        "number in a name",
        "A 304 stainless steel pipe 2.0 m long (α = 17.3 × 10⁻⁶ K⁻¹) is heated from 20 °C to "
        "120 °C. How much longer does it get, in mm?",
        2.0 * 17.3e-6 * 100 * 1e3,
        "mm",
    )
    add(
        "cap_type2",
        "number in a name",
        "A Type 2 ceramic capacitor has plates of 6.45 × 10⁻⁴ m² separated by 2.0 mm of dielectric "
        "with ε_r = 6.0. What is its capacitance in pF?",
        6.0 * 8.8541878128e-12 * 6.45e-4 / 2e-3 * 1e12,
        "pF",
    )
    add(
        "d_symbols_only",
        "symbol-only givens",
        "With D0 = 2.5 × 10⁻⁴ m²/s and Q = 250 kJ/mol, find D at 1100 K.",
        2.5e-4 * math.exp(-250e3 / (R * 1100)),
        "m**2/s",
    )
    add(
        "d_two_temps_d0",
        "two temperatures, pre-exponential given",
        "D0 = 2.5 × 10⁻⁴ m²/s and Q = 250 kJ/mol. By what factor is D at 1200 K larger than D at "
        "1100 K?",
        math.exp(-250e3 / R * (1 / 1200 - 1 / 1100)),
        "dimensionless",
    )
    add(
        "d_at_other_temp_d0_distractor",
        "given of another step",
        "A solute has D0 = 2.5 × 10⁻⁴ m²/s and Q = 250 kJ/mol; a diffusion anneal is planned at "
        "1100 K for 4 h. What is D at 1200 K?",
        2.5e-4 * math.exp(-250e3 / (R * 1200)),
        "m**2/s",
    )

    # ---------------------------------------------------------------- conditions that change the relation
    add(
        "intrinsic_cooling_factor",
        "decrease instead of increase",
        "Silicon's intrinsic conductivity varies as exp(−Eg/2kT) with Eg = 1.11 eV. By what factor "
        "is it multiplied when the crystal is cooled from 400 K to 300 K?",
        math.exp(-1.11 / (2 * KB_EV) * (1 / 300 - 1 / 400)),
        "dimensionless",
    )
    add(
        "vapour_temp_for_p",
        "reversed roles",
        "Zinc boils at 907 °C at 1 atm and has an enthalpy of vaporisation of 115 kJ/mol. At what "
        "temperature, in °C, is its vapour pressure 0.50 atm?",
        1 / (1 / _k(907) - R * math.log(0.5) / -115e3) - 273.15,
        "degC",
    )
    add(
        "creep_stress_for_rate",
        "reversed roles",
        "An alloy creeps at 1.0 × 10⁻⁷ s⁻¹ under 100 MPa and at 8.0 × 10⁻⁷ s⁻¹ under 150 MPa "
        "(same temperature). What stress gives a steady-state rate of 1.0 × 10⁻⁶ s⁻¹?",
        100 * 10 ** (1 / n_cr),
        "MPa",
    )
    add(
        "lm_other_constant",
        "other constant stated",
        "An alloy's Larson–Miller parameter at the working stress is 2.25 × 10⁴, defined with "
        "C = 25 (T in K, t in h). What is the rupture life at 1000 K, in hours?",
        10 ** (lm / 1000 - 25),
        "hour",
    )
    add(
        "griffith_plane_strain",
        "plane strain form",
        "For plane strain the Griffith stress is σ = [2Eγ/(π(1 − ν²)a)]^½. A glass with E = 69 GPa, "
        "ν = 0.25 and γ = 0.3 J/m² holds a surface crack 0.5 µm long. What is the fracture stress?",
        math.sqrt(2 * 69e9 * 0.3 / (math.pi * (1 - 0.0625) * 0.5e-6)) / 1e6,
        "MPa",
    )
    add(
        "griffith_internal",
        "internal crack",
        "A glass plate (E = 69 GPa, surface energy 0.3 J/m²) contains an internal crack 1.0 µm "
        "long. By Griffith's criterion, what tensile stress will fracture it?",
        math.sqrt(2 * 69e9 * 0.3 / (math.pi * 0.5e-6)) / 1e6,
        "MPa",
    )
    add(
        "ferrite_above_eutectoid",
        "above the transition",
        "A 0.40 wt% C steel is held just above the eutectoid temperature. With the eutectoid at "
        "0.76 wt% C and ferrite at 0.022 wt% C, what is the mass fraction of ferrite?",
        (0.76 - 0.40) / (0.76 - 0.022),
        "dimensionless",
    )
    add(
        "austenite_above_eutectoid",
        "above the transition",
        "What mass fraction of austenite does a 0.40 wt% C steel contain just above the eutectoid "
        "temperature? Take the eutectoid at 0.76 wt% C and α-ferrite at 0.022 wt% C.",
        (0.40 - 0.022) / (0.76 - 0.022),
        "dimensionless",
    )
    add(
        "total_alpha_missing_beta",
        "missing given (refuse)",
        "A Pb–Sn alloy of 40 wt% Sn is just below the eutectic temperature; the eutectic is at "
        "61.9 wt% Sn and α holds 18.3 wt% Sn. What is the total mass fraction of the α phase?",
        None,
        None,
    )
    add(
        "avrami_fraction_later",
        "value at another time",
        "An Avrami transformation with n = 2.5 is half complete after 100 s. What fraction has "
        "transformed after 200 s?",
        1 - math.exp(-math.log(2) * 2**2.5),
        "dimensionless",
    )
    add(
        "nuc_temperature_not_undercooling",
        "temperature, not undercooling",
        "Liquid nickel (Tm = 1455 °C, ΔHf = −2.53 × 10⁹ J/m³, γ = 0.255 J/m²) is cooled to "
        "1136 °C before it solidifies homogeneously. What is the critical nucleus radius in nm?",
        r_star,
        "nm",
    )
    add(
        "grain_time_for_size",
        "reversed roles",
        "Grains grow from 8 µm to 20 µm in 30 min at 500 °C with d² − d0² = Kt. How many minutes "
        "after the start will the grains be 40 µm across?",
        (1600 - 64) / 11.2,
        "min",
    )
    add(
        "solenoid_turns_per_metre",
        "turns per metre with a length",
        "A solenoid 0.25 m long is wound with 400 turns per metre and carries 0.50 A. What is the "
        "field strength H inside it, in A/m?",
        400 * 0.5,
        "A/m",
    )
    add(
        "reflect_diamond_water",
        "other outer medium",
        "Diamond (n = 2.41) is immersed in water (n = 1.33). What fraction of normally incident "
        "light is reflected at the diamond surface?",
        ((2.41 - 1.33) / (2.41 + 1.33)) ** 2,
        "dimensionless",
    )
    add(
        "critical_air_to_glass",
        "no critical angle exists (refuse)",
        "Light passes from air into glass of refractive index 1.50. What is the critical angle for "
        "total internal reflection?",
        None,
        None,
    )
    add(
        "area_expansion",
        "area instead of length",
        "A copper plate of area 0.50 m² (α = 17 × 10⁻⁶ K⁻¹) is heated by 40 K. By how much does its "
        "area increase, in cm²?",
        2 * 17e-6 * 40 * 0.5 * 1e4,
        "cm**2",
    )
    add(
        "volume_expansion",
        "volume instead of length",
        "A copper cube 10 cm on a side (linear α = 17 × 10⁻⁶ K⁻¹) is heated by 40 K. What is the "
        "increase in its volume, in cm³?",
        3 * 17e-6 * 40 * 1000,
        "cm**3",
    )
    add(
        "flux_faces_fahrenheit",
        "temperatures in °F",
        "A 10 mm steel plate (k = 51.9 W/(m·K)) has one face at 572 °F and the other at 482 °F. "
        "What is the steady heat flux in W/m²?",
        51.9 * 50 / 0.01,
        "W/m**2",
    )
    add(
        "dulong_cal_copper",
        "per gram in calories",
        "Use the Dulong–Petit law to estimate the specific heat of copper (63.55 g/mol) in "
        "cal/(g·K).",
        3 * R / 63.55 / 4.184,
        "cal/(g*K)",
    )
    add(
        "dp_from_weight_average",
        "wrong average (refuse)",
        "A PVC has a weight-average molecular weight of 100 000 g/mol. What is its number-average "
        "degree of polymerisation?",
        None,
        None,
    )
    add(
        "four_point_bend",
        "four-point instead of three-point",
        "A ceramic bar 9 mm wide and 6 mm thick is broken in four-point bending, with a 40 mm "
        "support span and a 20 mm loading span, at a total load of 300 N. What is its flexural "
        "strength in MPa?",
        3 * 300 * (0.040 - 0.020) / (2 * 0.009 * 0.006**2) / 1e6,
        "MPa",
    )
    add(
        "cpr_six_months",
        "other time",
        "A steel panel (7.9 g/cm³) with 0.80 m² exposed loses 175 g to corrosion in six months. "
        "What is the corrosion penetration rate in mm/yr?",
        cpr,
        "mm/year",
    )
    add(
        "zn_current_density_area",
        "current density and area",
        "Zinc (65.41 g/mol, Zn → Zn²⁺ + 2e⁻) corrodes with a current density of 10 A/m² over an "
        "area of 0.20 m². What mass dissolves in 24 h, in g?",
        m_zn,
        "g",
    )
    add(
        "icorr_fe3",
        "other valence (Fe³⁺)",
        "Iron (7.87 g/cm³, 55.85 g/mol) corrodes uniformly at 0.10 mm/yr as Fe → Fe³⁺ + 3e⁻. What "
        "corrosion current density, in µA/cm², does that correspond to?",
        i_corr * 1.5 * 1e6,
        "uA/cm**2",
    )
    add(
        "parabolic_time_for_gain",
        "reversed roles",
        "A metal oxidises parabolically from a clean surface and gains 0.30 mg/cm² in 1 h. After "
        "how many hours will the gain be 0.60 mg/cm²?",
        4.0,
        "hour",
    )
    add(
        "dg_from_reaction",
        "electron count from the reaction",
        "For the cell reaction Zn + Cu²⁺ → Zn²⁺ + Cu the emf is 1.10 V. What is ΔG in kJ per mole "
        "of reaction?",
        -2 * F * 1.10 / 1e3,
        "kJ/mol",
    )
    add(
        "car_ke_lost",
        "change asked",
        "A 1200 kg car slows from 60 mph to 30 mph. How much kinetic energy does it lose, in kJ?",
        0.5 * 1200 * ((60 * 0.44704) ** 2 - (30 * 0.44704) ** 2) / 1e3,
        "kJ",
    )
    add(
        "resolidify_heat",
        "reverse process",
        "How much heat, in kJ, is released when 500 g of liquid copper at its melting point "
        "(1085 °C) solidifies and then cools to 20 °C? c_p = 0.385 J/(g·K), heat of fusion "
        "205 J/g.",
        307.5125,
        "kJ",
    )
    add(
        "fatigue_min_from_r",
        "reversed roles",
        "A fatigue cycle has a maximum stress of 300 MPa and a stress ratio R = −0.5. What is the "
        "minimum stress?",
        -150.0,
        "MPa",
    )
    add(
        "relax_strain_doubled",
        "value changed in words",
        "At a fixed strain a polymer relaxes from 6.0 MPa to 4.5 MPa in 40 s (σ = σ0 exp(−t/τ)). "
        "If the imposed strain were twice as large, what would the stress be after 40 s, assuming "
        "linear viscoelasticity?",
        9.0,
        "MPa",
    )
    add(
        "intrinsic_sigma_other_temp",
        "value at another temperature",
        "Silicon has an intrinsic conductivity of 4.0 × 10⁻⁴ S/m at 300 K and Eg = 1.11 eV; take "
        "σ ∝ exp(−Eg/2kT). Estimate its conductivity at 400 K.",
        4e-4 * math.exp(-1.11 / (2 * KB_EV) * (1 / 400 - 1 / 300)),
        "S/m",
    )
    add(
        "coil_core_removed",
        "condition changes (core removed)",
        "A 0.25 m solenoid of 400 turns carries 0.50 A. Its iron core (μr = 1000) is pulled out. "
        "What is the flux density inside the now empty coil, in mT?",
        MU0 * 400 * 0.5 / 0.25 * 1e3,
        "mT",
    )

    # ---------------------------------------------------------------- second examples of the classes
    add(
        "d_reheated_other_temp",
        "pre-exponential with a second temperature",
        "A solute in a metal has D0 = 2.0 × 10⁻⁵ m²/s and Qd = 150 kJ/mol. A sample annealed at "
        "700 °C is reheated to 900 °C. What is the diffusion coefficient at 900 °C?",
        2.0e-5 * math.exp(-150e3 / (R * _k(900))),
        "m**2/s",
    )
    add(
        "rate_prefactor_two_temps",
        "pre-exponential with a second temperature",
        "A thermally activated reaction has a pre-exponential factor A = 1.0 × 10¹³ s⁻¹ and an "
        "activation energy of 100 kJ/mol. The furnace is raised from 300 K to 400 K. What is the "
        "rate constant at 400 K?",
        1e13 * math.exp(-100e3 / (R * 400)),
        "1/s",
    )
    add(
        "solenoid_turns_per_m_b",
        "turns per metre with a length",
        "A long air-filled solenoid, 0.30 m long, has 2000 turns/m and carries 1.5 A. What is the "
        "flux density inside it in mT?",
        MU0 * 2000 * 1.5 * 1e3,
        "mT",
    )
    add(
        "solenoid_total_turns_b",
        "look-alike: total turns",
        "A long air-filled solenoid, 0.30 m long, has 2000 turns in all and carries 1.5 A. What is "
        "the flux density inside it in mT?",
        MU0 * 2000 / 0.30 * 1.5 * 1e3,
        "mT",
    )
    add(
        "critical_water_to_glass",
        "light entering the denser medium (refuse)",
        "Light travels from water (n = 1.33) into glass (n = 1.50). What is the critical angle for "
        "total internal reflection at the interface?",
        None,
        None,
    )
    add(
        "critical_air_to_diamond",
        "light entering the denser medium (refuse)",
        "A ray enters a diamond (n = 2.42) from air. Calculate the critical angle for total "
        "internal reflection.",
        None,
        None,
    )
    add(
        "critical_diamond_to_air",
        "look-alike: from the denser medium",
        "A ray inside a diamond (n = 2.42) meets the diamond–air surface. What is the critical "
        "angle?",
        math.degrees(math.asin(1 / 2.42)),
        "degree",
    )
    add(
        "coil_core_replaced_air",
        "condition changes (core replaced)",
        "A 0.25 m long coil of 400 turns carries 0.50 A around a core of relative permeability "
        "1000. What would the flux density be, in mT, if the core were replaced by air?",
        MU0 * 400 * 0.5 / 0.25 * 1e3,
        "mT",
    )
    add(
        "cementite_above_eutectoid",
        "above the transition",
        "A 0.40 wt% C steel is held just above its eutectoid temperature. Taking ferrite at "
        "0.022 wt% C and Fe3C at 6.70 wt% C, what is the mass fraction of cementite?",
        0.0,
        "dimensionless",
    )
    add(
        "alpha_above_eutectic",
        "above the transition",
        "A Pb–Sn alloy with 40 wt% Sn is held just above the eutectic temperature. The α phase "
        "holds 18.3 wt% Sn, the β phase 97.8 wt% Sn and the eutectic point lies at 61.9 wt% Sn. "
        "What is the mass fraction of α?",
        (61.9 - 40) / (61.9 - 18.3),
        "dimensionless",
    )
    add(
        "alpha_below_eutectic",
        "look-alike: below the transition",
        "A Pb–Sn alloy with 40 wt% Sn is held just below the eutectic temperature, where the α "
        "phase holds 18.3 wt% Sn and the β phase 97.8 wt% Sn. What is the mass fraction of α?",
        (97.8 - 40) / (97.8 - 18.3),
        "dimensionless",
    )

    # ---------------------------------------------------------------- third batch (after the first fixes)
    add(
        "snell_glass_to_air",
        "light leaving the medium",
        "Light passes from glass (n = 1.50) into air, meeting the surface at 30° from the normal. "
        "What is the angle of refraction in air?",
        math.degrees(math.asin(1.5 * math.sin(math.radians(30)))),
        "degree",
    )
    add(
        "snell_diamond_to_air",
        "light leaving the medium",
        "A ray travelling inside diamond (n = 2.42) reaches the surface at 15° to the normal and "
        "passes out into the air. What angle does it make with the normal in air?",
        math.degrees(math.asin(2.42 * math.sin(math.radians(15)))),
        "degree",
    )
    add(
        "thermal_free_magnitude",
        "free to expand (no stress)",
        "A brass rod (E = 100 GPa, α = 20 × 10⁻⁶ K⁻¹) is free to expand and is heated from 20 °C to "
        "80 °C. What is the magnitude of the thermal stress?",
        0.0,
        "MPa",
    )
    add(
        "thermal_unconstrained",
        "free to expand (no stress)",
        "An unconstrained steel bar (E = 200 GPa, α = 12 × 10⁻⁶ K⁻¹) is cooled by 50 °C. How large "
        "is the thermal stress that develops?",
        0.0,
        "MPa",
    )
    add(
        "lever_other_temperature",
        "tie line at another temperature (refuse)",
        "A Cu–Ni alloy of 35 wt% Ni at 1250 °C has a liquid of 31.5 wt% Ni and an α phase of "
        "42.5 wt% Ni. What is the mass fraction of liquid at 1300 °C?",
        None,
        None,
    )
    add(
        "lever_other_temperature_alpha",
        "tie line at another temperature (refuse)",
        "At 1250 °C the phases of a 35 wt% Ni copper–nickel alloy are liquid with 31.5 wt% Ni and α "
        "with 42.5 wt% Ni. Find the mass fraction of α after cooling to 1200 °C.",
        None,
        None,
    )
    add(
        "half_ionised_donors",
        "partial ionisation",
        "Silicon is doped with 10²³ m⁻³ phosphorus atoms, but only half of them are ionised. Taking "
        "an electron mobility of 0.07 m²/(V·s), calculate the conductivity.",
        0.5e23 * EV * 0.07,
        "S/m",
    )
    add(
        "third_ionised_acceptors",
        "partial ionisation",
        "A silicon crystal holds 1.0 × 10²² m⁻³ boron atoms, of which only a third are ionized at "
        "the working temperature. With a hole mobility of 0.05 m²/(V·s), what is its conductivity?",
        1e22 / 3 * EV * 0.05,
        "S/m",
    )
    add(
        "cap_dielectric_removed",
        "condition changes (dielectric removed)",
        "A parallel-plate capacitor has plates of 6.45 × 10⁻⁴ m² separated by 2.0 mm and filled with "
        "a dielectric of relative permittivity 6.0. The dielectric is then pulled out. What is the "
        "capacitance now, in pF?",
        8.8541878128e-12 * 6.45e-4 / 2e-3 * 1e12,
        "pF",
    )
    add(
        "ms_above_curie",
        "above the transition (refuse)",
        "Nickel has 0.60 Bohr magnetons per atom, a density of 8.90 g/cm³ and an atomic weight of "
        "58.69 g/mol. It is heated to 400 °C, above its Curie temperature of 358 °C. What is its "
        "saturation magnetization?",
        None,
        None,
    )
    add(
        "flux_other_thickness",
        "answer at another thickness",
        "Steady heat flows through a 10 mm thick steel plate (k = 51.9 W/(m·K)) whose faces are at "
        "300 °C and 250 °C. What would the heat flux be if the plate were 20 mm thick with the same "
        "face temperatures?",
        51.9 * 50 / 0.02,
        "W/m**2",
    )
    add(
        "free_electrons_cu",
        "per volume from per atom",
        "Copper has one free electron per atom, a density of 8.96 g/cm³ and an atomic weight of "
        "63.55 g/mol. What is the free-electron concentration per m³?",
        8.96e6 * NA / 63.55,
        "1/m**3",
    )
    add(
        "carb_double_depth",
        "two-step ratio (depth doubled)",
        "A carburising treatment reaches a given carbon content at a depth of 1.0 mm after 10 h. How "
        "long would it take to reach the same content at 2.0 mm at the same temperature?",
        40.0,
        "hour",
    )
    add(
        "fermi_zero_kelvin",
        "limit case",
        "What is the probability that an electron state 0.10 eV above the Fermi level is occupied "
        "at 0 K?",
        0.0,
        "dimensionless",
    )
    add(
        "sigma_two_temps_asked",
        "two quantities asked (refuse)",
        "An intrinsic semiconductor has σ0 = 1.0 × 10⁵ S/m as the pre-exponential factor and Eg = "
        "1.1 eV, σ = σ0 exp(−Eg/2kT). What is σ at 300 K and at 400 K?",
        None,
        None,
    )
    add(
        "hyst_freq_doubled",
        "value changed in words",
        "A transformer core of volume 0.002 m³ loses 250 J/m³ per cycle to hysteresis at 60 Hz. "
        "What power is lost if the frequency is doubled?",
        60.0,
        "W",
    )
    add(
        "crack_plane_stress",
        "plane stress instead of plane strain (refuse)",
        "A steel plate with a plane-strain fracture toughness of 26 MPa√m is loaded to 300 MPa; "
        "take Y = 1.1. What is the largest surface crack it tolerates if it is thin enough to be in "
        "plane stress?",
        None,
        None,
    )
    add(
        "snell_water_to_air",
        "light leaving the medium",
        "Light travels from water (n = 1.33) into air, striking the surface 40° from the normal. "
        "Find the angle of refraction.",
        math.degrees(math.asin(1.33 * math.sin(math.radians(40)))),
        "degree",
    )
    add(
        "stress_thin_plane_stress",
        "plane stress instead of plane strain (refuse)",
        "A thin aluminium sheet in plane stress has surface cracks 2.0 mm long; the alloy's "
        "plane-strain fracture toughness is 24 MPa√m and Y = 1.0. At what stress will the sheet "
        "fracture?",
        None,
        None,
    )

    # ---------------------------------------------------------------- fourth batch
    add(
        "zn_per_hour",
        "per hour asked, other duration given",
        "A zinc anode corrodes with a constant current of 2.0 A for 24 h (Zn → Zn²⁺ + 2e⁻, M = "
        "65.41 g/mol). What mass of zinc is lost per hour?",
        m_zn / 24,
        "g",
    )
    add(
        "cu_per_minute",
        "per minute asked, other duration given",
        "Copper is plated from a Cu²⁺ bath by 5.0 A for 2.0 h. What mass of copper (63.55 g/mol) "
        "is deposited per minute?",
        5 * 60 * 63.55 / (2 * F),
        "g",
    )
    add(
        "wires_parallel",
        "combination of bodies",
        "A copper wire 100 m long with a diameter of 2.0 mm has a resistivity of 1.72 × 10⁻⁸ Ω·m. "
        "Two such wires are connected in parallel. What is the combined resistance?",
        1.72e-8 * 100 / (math.pi * 1e-6) / 2,
        "ohm",
    )
    add(
        "wires_series",
        "combination of bodies",
        "Two identical copper wires, each 100 m long and 2.0 mm in diameter (ρ = 1.72 × 10⁻⁸ Ω·m), "
        "are joined end to end in series. What is their total resistance?",
        1.72e-8 * 100 / (math.pi * 1e-6) * 2,
        "ohm",
    )
    add(
        "gap_shortest_wavelength",
        "wrong end of a threshold (refuse)",
        "GaAs has a band gap of 1.43 eV. What is the shortest wavelength of light that can excite "
        "an electron across the gap?",
        None,
        None,
    )
    add(
        "gap_highest_frequency",
        "wrong end of a threshold (refuse)",
        "Silicon's band gap is 1.11 eV. What is the highest frequency of light that it can absorb "
        "by exciting electrons across the gap?",
        None,
        None,
    )
    add(
        "xray_shortest_wavelength",
        "look-alike: a true shortest wavelength",
        "An X-ray tube runs at 30 kV. What is the shortest wavelength of the X-rays it emits?",
        1239.84198 / 30e3,
        "nm",
    )
    add(
        "resistance_other_temperature",
        "asked at another temperature (refuse)",
        "A copper wire 100 m long with a diameter of 2.0 mm has a resistivity of 1.72 × 10⁻⁸ Ω·m "
        "at 20 °C. What is its resistance at 100 °C?",
        None,
        None,
    )
    add(
        "mobility_other_temperature",
        "asked at another temperature (refuse)",
        "At 20 °C copper has a conductivity of 6.0 × 10⁷ (Ω·m)⁻¹ and 8.5 × 10²⁸ free electrons "
        "per m³. What is the electron mobility at 200 °C?",
        None,
        None,
    )
    return out


def main() -> None:
    path = Path(__file__).resolve().parent / "answer_mutations2.json"
    data = items()
    ids = [i["id"] for i in data]
    assert len(ids) == len(set(ids)), "duplicate ids"
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(data)} items written to {path}")


if __name__ == "__main__":
    main()
