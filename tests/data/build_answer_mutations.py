"""Build tests/data/answer_mutations.json: perturbed exam questions written here (issue 11).

Written by the solver-redteam helper session: each item is a variant, in our own words, of a kind
of question the offline solver answers (a related but different asked quantity, another unit, a
distractor, a missing given, a negated condition, a format instruction). Keys are computed below
with plain math (the third to eighth batches carry them as numbers worked out the same way);
``value`` None means the question must be refused (a needed given is missing, two quantities are
asked, or the condition changes the physics beyond what a relation can check).

    python tests/data/build_answer_mutations.py   # rewrites the JSON beside this file
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


def items() -> list[dict]:
    out: list[dict] = []

    def add(id_: str, kind: str, question: str, value: float | None, unit: str | None) -> None:
        out.append({"id": id_, "kind": kind, "question": question, "value": value, "unit": unit})

    # crystallography
    a_cu = 2 * 0.128e-7 * math.sqrt(2)
    add(
        "cryst_diameter_given",
        "other unit of a given",
        "Copper is face-centred cubic; its atoms have a diameter of 0.256 nm and its atomic weight "
        "is 63.55 g/mol. What theoretical density follows, in g/cm^3?",
        4 * 63.55 / (NA * a_cu**3),
        "g/cm**3",
    )
    add(
        "cryst_edge_angstrom",
        "related quantity",
        "An FCC metal has an atomic radius of 0.128 nm. How long is the edge of its cubic unit cell, "
        "in Å?",
        2 * 1.28 * math.sqrt(2),
        "angstrom",
    )
    add(
        "cryst_cell_volume",
        "related quantity",
        "For an FCC metal whose atomic radius is 0.128 nm, what is the volume of the unit cell in "
        "nm^3?",
        (2 * 0.128 * math.sqrt(2)) ** 3,
        "nm**3",
    )
    add(
        "cryst_octa_diameter",
        "diameter for radius",
        "In FCC iron the atomic radius is 0.1292 nm. What is the diameter of the largest sphere "
        "that fits in an octahedral hole without distorting the lattice, in nm?",
        2 * 0.1292 * (math.sqrt(2) - 1),
        "nm",
    )
    add(
        "cryst_tetra_radius",
        "other site",
        "In FCC iron the atomic radius is 0.1292 nm. Find the radius, in nm, of the largest atom "
        "that fits in a tetrahedral interstice without distorting the lattice.",
        0.1292 * (math.sqrt(1.5) - 1),
        "nm",
    )
    add(
        "cryst_theta_not_2theta",
        "related quantity",
        "Nickel is FCC with a = 0.3524 nm. Using X-rays of wavelength 0.1542 nm, find the Bragg "
        "angle θ (not 2θ), in degrees, of the second reflection in the powder pattern.",
        math.degrees(math.asin(0.1542 / (2 * 0.3524 / 2))),
        "degree",
    )
    add(
        "cryst_density_no_weight",
        "missing given",
        "A metal is FCC with an atomic radius of 0.135 nm. Calculate its density in g/cm^3.",
        None,
        None,
    )

    # imperfections
    T = 1273.15
    n_site = 8.40 * NA / 63.5 * 1e6
    nv = n_site * math.exp(-0.90 / (KB_EV * T))
    add(
        "vac_per_cm3",
        "other unit asked",
        "Copper (atomic weight 63.5 g/mol, density 8.40 g/cm^3 at temperature) has a vacancy "
        "formation energy of 0.90 eV per atom. How many vacancies are there per cubic centimetre "
        "at 1000 °C?",
        nv / 1e6,
        "1/cm**3",
    )
    add(
        "vac_fahrenheit",
        "other unit of a given",
        "Copper (atomic weight 63.5 g/mol, density 8.40 g/cm^3) has a vacancy formation energy of "
        "0.90 eV per atom. Estimate the number of vacancies per m^3 at 1832 °F.",
        nv,
        "1/m**3",
    )
    f_v = math.exp(-1.08 / (KB_EV * 1073.15))
    add(
        "vac_fraction_percent",
        "percent for fraction",
        "A metal has a vacancy formation energy of 1.08 eV. What percentage of its lattice sites "
        "are empty at 800 °C?",
        100 * f_v,
        "percent",
    )
    add(
        "vac_energy_kjmol_given",
        "other unit of a given",
        "The energy to create a vacancy in a metal is 104.2 kJ/mol. Estimate the equilibrium "
        "fraction of vacant sites at 800 °C.",
        math.exp(-104200 / (R * 1073.15)),
        "dimensionless",
    )
    q_ev = math.log(10) * KB_EV / (1 / 900 - 1 / 1100)
    add(
        "vac_energy_kjmol_asked",
        "other unit asked",
        "The vacancy fraction of a metal is 1.0 × 10⁻⁶ at 900 K and 1.0 × 10⁻⁵ at 1100 K. Find the "
        "vacancy formation energy in $\\mathrm{kJ\\,mol^{-1}}$.",
        q_ev * F / 1000,
        "kJ/mol",
    )
    add(
        "vac_energy_mev",
        "other unit asked",
        "Vacancy fractions of 1.0 × 10⁻⁶ at 900 K and 1.0 × 10⁻⁵ at 1100 K are measured in a metal. "
        "What is the formation energy of a vacancy in meV?",
        q_ev * 1000,
        "meV",
    )
    x_zn = (30 / 65.41) / (30 / 65.41 + 70 / 63.55)
    add(
        "atpct_other_element",
        "the other body's value",
        "A brass is 30 wt% Zn and 70 wt% Cu (atomic weights 65.41 and 63.55 g/mol). What is the "
        "copper content in atom percent?",
        100 * (1 - x_zn),
        "percent",
    )
    add(
        "atpct_fraction",
        "fraction for percent",
        "A brass is 30 wt% Zn, the rest Cu (atomic weights 65.41 g/mol for Zn, 63.55 g/mol for Cu). "
        "Give the atom fraction of zinc.",
        x_zn,
        "dimensionless",
    )

    # diffusion
    D1 = 6.5e-5 * math.exp(-136000 / (R * 773.15))
    add(
        "diff_cm2",
        "other unit asked",
        "Copper diffuses in aluminium with D0 = 6.5 × 10⁻⁵ m²/s and Qd = 136 kJ/mol. Give the "
        "diffusion coefficient at 500 °C in cm²/s.",
        D1 * 1e4,
        "cm**2/s",
    )
    add(
        "diff_q_ev",
        "other unit of a given",
        "For an impurity in aluminium, D0 = 6.5 × 10⁻⁵ m²/s and the activation energy is 1.41 eV "
        "per atom. Compute D at 500 °C.",
        6.5e-5 * math.exp(-1.41 / (KB_EV * 773.15)),
        "m**2/s",
    )
    add(
        "diff_no_q",
        "missing given",
        "For copper in aluminium, D0 = 6.5 × 10⁻⁵ m²/s. What is the diffusion coefficient at "
        "500 °C?",
        None,
        None,
    )
    add(
        "flux_scaled_unit",
        "scaled unit",
        "In steady-state diffusion through an iron plate the carbon concentrations are 1.5 kg/m³ at "
        "3 mm and 0.6 kg/m³ at 9 mm below one surface. With D = 2.5 × 10⁻¹¹ m²/s, what is the "
        "flux in units of 10⁻⁹ kg m⁻² s⁻¹?",
        3.75e-9,
        "kg/(m**2*s)",
    )
    add(
        "carb_minutes",
        "other unit asked",
        "A steel initially at 0.25 wt% C is carburized with its surface held at 1.20 wt% C and "
        "D = 1.6 × 10⁻¹¹ m²/s. How many minutes does it take to reach 0.80 wt% C at a depth of "
        "0.5 mm?",
        7.04729 * 60,
        "minute",
    )
    q_diff = R * math.log(3.9e-13 / 5.5e-14) / (1 / 873.15 - 1 / 973.15)
    add(
        "diffq_ev",
        "per atom for per mole",
        "D is 5.5 × 10⁻¹⁴ m²/s at 600 °C and 3.9 × 10⁻¹³ m²/s at 700 °C. What is the activation "
        "energy in eV per atom?",
        q_diff / F,
        "eV",
    )
    t700 = 10 * math.exp(140000 / R * (1 / 973.15 - 1 / 873.15))
    add(
        "diff_time_saved",
        "the change",
        "A diffusion treatment takes 10 h at 600 °C; the activation energy is 140 kJ/mol. How many "
        "hours are saved by running the same treatment at 700 °C instead?",
        10 - t700,
        "hour",
    )
    add(
        "diff_time_factor",
        "the ratio",
        "A diffusion anneal needs 10 h at 600 °C and Q = 140 kJ/mol. By what factor is the time "
        "shortened if it is done at 700 °C?",
        10 / t700,
        "dimensionless",
    )

    # mechanics
    s1 = 15000 / (math.pi * 0.005**2)
    add(
        "stress_radius",
        "radius for diameter",
        "A round bar of radius 5 mm carries an axial tensile load of 15 000 N. What is the "
        "engineering stress in MPa?",
        s1 / 1e6,
        "MPa",
    )
    add(
        "stress_psi",
        "other unit asked",
        "A round bar 10 mm in diameter carries a tensile force of 15 kN. Express the engineering "
        "stress in psi.",
        s1 / 6894.757,
        "psi",
    )
    add(
        "elong_final_length",
        "related quantity",
        "A copper bar 305 mm long is stressed elastically to 276 MPa in tension (E = 110 GPa). "
        "What is its length under load, in mm?",
        305 * (1 + 276 / 110000),
        "mm",
    )
    add(
        "resilience_mj",
        "other unit asked",
        "A steel yields at 415 MPa and has E = 207 GPa. What is its modulus of resilience in MJ/m³?",
        415e6**2 / (2 * 207e9) / 1e6,
        "MJ/m**3",
    )
    eps = 9000 / (math.pi * 0.005**2) / 97e9
    add(
        "lateral_strain_um",
        "other unit asked",
        "A 10 mm diameter brass rod (E = 97 GPa, ν = 0.34) carries an axial tension of 9.0 kN in "
        "the elastic range. How many micrometres does its diameter shrink?",
        0.34 * eps * 10e-3 * 1e6,
        "um",
    )
    add(
        "bulk_modulus",
        "related quantity",
        "An isotropic steel has E = 207 GPa and ν = 0.30. What is its bulk modulus?",
        207 / (3 * (1 - 0.6)),
        "GPa",
    )
    add(
        "schmid_factor",
        "related quantity",
        "A crystal is pulled in tension; the slip-plane normal is at 60° and the slip direction at "
        "35° to the load axis. What is the Schmid factor?",
        math.cos(math.radians(60)) * math.cos(math.radians(35)),
        "dimensionless",
    )
    add(
        "rss_ksi",
        "other unit of a given",
        "A single crystal is loaded in tension with 7.54 ksi. The slip plane normal is at 60° and "
        "the slip direction at 35° to the tensile axis. Find the resolved shear stress in MPa.",
        7.54 * 6.894757 * math.cos(math.radians(60)) * math.cos(math.radians(35)),
        "MPa",
    )
    add(
        "burgers_bcc",
        "the other structure",
        "Find the length of the Burgers vector of a perfect dislocation in BCC iron with lattice "
        "parameter 0.2866 nm.",
        0.2866 * math.sqrt(3) / 2,
        "nm",
    )
    add(
        "hall_petch_inverse",
        "solved for another quantity",
        "A steel follows Hall–Petch with σ0 = 70 MPa and k_y = 0.74 MPa·m^1/2. What average grain "
        "diameter, in µm, gives a yield strength of 300 MPa?",
        (0.74 / 230) ** 2 * 1e6,
        "um",
    )
    add(
        "cold_work_area_ratio",
        "related quantity",
        "A rod 15.2 mm in diameter is drawn down to 12.2 mm. What fraction of its original "
        "cross-sectional area remains?",
        (12.2 / 15.2) ** 2,
        "dimensionless",
    )

    # failure
    a_c = (26 / (1.1 * 300 * math.sqrt(math.pi))) ** 2
    add(
        "crack_internal",
        "the other body's value",
        "A steel plate with K_Ic = 26 MPa√m is stressed to 300 MPa; take Y = 1.1. What is the "
        "largest internal (embedded) crack, total length, that it can tolerate?",
        2 * a_c * 1000,
        "mm",
    )
    add(
        "stress_amplitude",
        "related quantity",
        "A fatigue stress cycles between +300 MPa and −100 MPa. What is the stress amplitude?",
        200,
        "MPa",
    )
    add(
        "mean_stress",
        "related quantity",
        "A fatigue stress cycles between a maximum of 300 MPa and a minimum of −100 MPa. Find the "
        "mean stress.",
        100,
        "MPa",
    )
    add(
        "reversals",
        "related quantity",
        "A steel obeys σa = σ'f(2Nf)^b with σ'f = 900 MPa and b = −0.10. How many reversals 2Nf "
        "to failure are expected at an amplitude of 350 MPa?",
        (350 / 900) ** (1 / -0.10),
        "dimensionless",
    )
    add(
        "two_asked",
        "two quantities",
        "A fatigue stress cycles between a maximum of 300 MPa and a minimum of −100 MPa. Calculate "
        "both the mean stress and the stress amplitude.",
        None,
        None,
    )

    # phases
    add(
        "lever_alpha",
        "the other body's value",
        "A Cu–Ni alloy of 35 wt% Ni sits at 1250 °C, where the liquid holds 31.5 wt% Ni and α "
        "holds 42.5 wt% Ni. What is the mass fraction of α?",
        (35 - 31.5) / (42.5 - 31.5),
        "dimensionless",
    )
    add(
        "lever_liquid_pct",
        "percent for fraction",
        "A 35 wt% Ni Cu–Ni alloy at 1250 °C contains liquid of 31.5 wt% Ni and α of 42.5 wt% Ni. "
        "What percentage of the alloy is liquid? Answer to 1 decimal place.",
        100 * (42.5 - 35) / 11,
        "percent",
    )
    add(
        "proeutectoid_ferrite",
        "the other body's value",
        "A 0.40 wt% C steel is cooled slowly. Taking the eutectoid at 0.76 wt% C and ferrite at "
        "0.022 wt% C, what mass fraction of proeutectoid ferrite forms?",
        (0.76 - 0.40) / (0.76 - 0.022),
        "dimensionless",
    )
    rho_a, rho_b = 7.8, 6.0
    add(
        "vol_frac_beta",
        "the other body's value",
        "An alloy is 60 wt% α (density 7.8 g/cm³) and 40 wt% β (density 6.0 g/cm³). What is the "
        "volume fraction of β?",
        (0.4 / rho_b) / (0.6 / rho_a + 0.4 / rho_b),
        "dimensionless",
    )

    # kinetics and thermodynamics
    k_av = math.log(2) / 100**2.5
    add(
        "avrami_10pct",
        "related quantity",
        "A recrystallization follows Avrami kinetics with n = 2.5 and is 50 % complete at 100 s. "
        "When is it 10 % complete?",
        (math.log(1 / 0.9) / k_av) ** (1 / 2.5),
        "s",
    )
    r_crit = 2 * 0.255 * 1728.15 / (2.53e9 * 319)
    add(
        "nucleus_diameter",
        "diameter for radius",
        "For homogeneous solidification of nickel take ΔHf = −2.53 × 10⁹ J/m³, γ = 0.255 J/m² and "
        "Tm = 1455 °C. What is the diameter of the critical nucleus at 319 °C of undercooling?",
        2 * r_crit * 1e9,
        "nm",
    )
    add(
        "spont_kelvin",
        "other unit asked",
        "A reaction has ΔH = −50 kJ/mol and ΔS = −80 J/(mol·K), both constant. Above what "
        "temperature in K is it no longer spontaneous?",
        625,
        "K",
    )
    add(
        "spont_fahrenheit",
        "other unit asked",
        "A reaction has ΔH = −50 kJ/mol and ΔS = −80 J/(mol·K), independent of temperature. Give "
        "the temperature above which it stops being spontaneous, in °F.",
        (625 - 273.15) * 9 / 5 + 32,
        "degF",
    )
    add(
        "vapour_kpa",
        "other unit asked",
        "Zinc boils at 907 °C at 1 atm and has ΔH_vap = 115 kJ/mol. Estimate its vapour pressure "
        "at 800 °C in kPa.",
        0.31082 * 101.325,
        "kPa",
    )
    add(
        "vapour_1e5pa",
        "scaled unit",
        "Zinc boils at 907 °C under 1 atm and its enthalpy of vaporisation is 115 kJ/mol. What is "
        "its vapour pressure at 800 °C, in units of 10^5 Pa?",
        0.31082 * 101325,
        "Pa",
    )
    add(
        "k_positive_dg",
        "related quantity",
        "A reaction has a standard Gibbs energy change of $+20\\ \\mathrm{kJ\\,mol^{-1}}$ at "
        "$1000\\ \\mathrm{K}$. Find its equilibrium constant.",
        math.exp(-20000 / (R * 1000)),
        "dimensionless",
    )
    smix = -R * (0.3 * math.log(0.3) + 0.7 * math.log(0.7))
    add(
        "smix_two_moles",
        "amount changed",
        "Two moles of an ideal binary solution with 30 at% B are formed from the pure components. "
        "What is the total entropy of mixing, in J/K?",
        2 * smix,
        "J/K",
    )
    add(
        "smix_per_atom_ev",
        "per atom for per mole",
        "What is the entropy of mixing per atom, in eV/K, of an ideal binary solution containing "
        "30 at% B?",
        smix / F,
        "eV/K",
    )
    add(
        "heat_excluding_fusion",
        "negated condition",
        "How much heat, in kJ, takes 500 g of copper from 20 °C up to its melting point of 1085 °C, "
        "not including the heat needed to melt it? c_p = 0.385 J/(g·K); heat of fusion 205 J/g.",
        500 * 0.385 * 1065 / 1000,
        "kJ",
    )

    # electrical, magnetic, optical
    res = 1.72e-8 * 100 / (math.pi * 0.001**2)
    add(
        "conductance",
        "related quantity",
        "A copper wire is 100 m long and 2.0 mm in diameter; its resistivity is 1.72 × 10⁻⁸ Ω·m. "
        "What is its conductance in siemens?",
        1 / res,
        "S",
    )
    add(
        "wire_radius",
        "radius for diameter",
        "A copper wire 100 m long has a radius of 2.0 mm and a resistivity of 1.72 × 10⁻⁸ Ω·m. "
        "Find its resistance in ohms.",
        1.72e-8 * 100 / (math.pi * 0.002**2),
        "ohm",
    )
    sig = 1e23 * EV * 0.07
    add(
        "n_resistivity",
        "related quantity",
        "Silicon doped with 10²³ m⁻³ fully ionised phosphorus atoms has an electron mobility of "
        "0.07 m²/(V·s). What is its resistivity in Ω·m?",
        1 / sig,
        "ohm*m",
    )
    add(
        "cap_nf",
        "other unit asked",
        "Plates of area 6.45 × 10⁻⁴ m² are 2.0 mm apart with a dielectric of relative permittivity "
        "6.0 between them. What is the capacitance in nF?",
        8.8541878128e-12 * 6 * 6.45e-4 / 2e-3 * 1e9,
        "nF",
    )
    add(
        "h_field",
        "related quantity",
        "A coil 0.20 m long has 200 turns and carries 10 A. What magnetic field strength H is set "
        "up inside it?",
        200 * 10 / 0.2,
        "A/m",
    )
    add(
        "cutoff_um",
        "other unit asked",
        "GaAs has a band gap of 1.43 eV. What is the longest wavelength, in µm, that can excite an "
        "electron across the gap?",
        1.23984198 / 1.43,
        "um",
    )
    add(
        "cutoff_mev_given",
        "other unit of a given",
        "A semiconductor has a band gap of 1430 meV. Find the longest wavelength of light, in nm, "
        "that can promote an electron across the gap.",
        1239.84198 / 1.43,
        "nm",
    )
    Rr = ((2.41 - 1) / (2.41 + 1)) ** 2
    add(
        "reflect_fraction",
        "fraction for percent",
        "Diamond has n = 2.41. What fraction of normally incident light is reflected at its surface "
        "in air?",
        Rr,
        "dimensionless",
    )
    add(
        "transmit_no_reflection",
        "negated condition",
        "A glass plate 20 mm thick has an absorption coefficient of 25 m⁻¹ and n = 1.5. Ignoring "
        "reflection losses at the faces, what fraction of the light entering it is transmitted?",
        math.exp(-25 * 0.02),
        "dimensionless",
    )
    add(
        "critical_water",
        "other medium",
        "Light in glass (n = 1.50) meets an interface with water (n = 1.33). What is the critical "
        "angle for total internal reflection, in degrees?",
        math.degrees(math.asin(1.33 / 1.5)),
        "degree",
    )
    add(
        "expansion_fahrenheit",
        "other unit of a given",
        "A copper wire 0.40 m long is heated from 59 °F to 131 °F. With α = 17.0 × 10⁻⁶ °C⁻¹, "
        "what is the change in length in mm?",
        0.40 * 17e-6 * 40 * 1000,
        "mm",
    )
    add(
        "thermal_stress_psi",
        "other unit asked",
        "A brass bar is held rigidly at both ends at 20 °C and heated to 80 °C. E = 100 GPa and "
        "α = 20 × 10⁻⁶ K⁻¹. What is the magnitude of the thermal stress in psi?",
        120e6 / 6894.757,
        "psi",
    )

    # polymers, composites, corrosion
    add(
        "crystallinity_fraction",
        "fraction for percent",
        "A polyethylene has a density of 0.965 g/cm³; fully amorphous and fully crystalline "
        "polyethylene have 0.870 and 1.000 g/cm³. Give its crystalline fraction (not percent).",
        1.0 * (0.965 - 0.870) / (0.965 * (1.0 - 0.870)),
        "dimensionless",
    )
    add(
        "amorphous_pct",
        "the other body's value",
        "A polyethylene has a density of 0.965 g/cm³; totally amorphous and totally crystalline "
        "material have densities of 0.870 and 1.000 g/cm³. What percentage of it is amorphous?",
        100 - 100 * (0.965 - 0.870) / (0.965 * 0.130),
        "percent",
    )
    add(
        "rule_of_mixtures_wt",
        "missing given",
        "A continuous aligned composite has 40 wt% glass fibres (E = 69 GPa) in polyester "
        "(E = 3.4 GPa). What is its longitudinal modulus?",
        None,
        None,
    )
    add(
        "critical_length_radius",
        "radius for diameter",
        "Carbon fibres of 5 µm radius have a tensile strength of 2.5 GPa and the fibre–matrix bond "
        "strength is 12 MPa. What is the critical fibre length in mm?",
        2.5e9 * 10e-6 / (2 * 12e6) * 1000,
        "mm",
    )
    add(
        "zn_moles",
        "related quantity",
        "A zinc anode (Zn → Zn²⁺ + 2e⁻, M = 65.41 g/mol) corrodes under a steady current of 2.0 A "
        "for 24 h. How many moles of zinc dissolve?",
        2.0 * 86400 / (2 * F),
        "mol",
    )
    add(
        "zn_minutes",
        "other unit of a given",
        "A zinc anode (Zn → Zn²⁺ + 2e⁻, M = 65.41 g/mol) corrodes with a constant current of "
        "2.0 A for 1440 minutes. What mass of zinc is lost, in g?",
        2.0 * 86400 * 65.41 / (2 * F),
        "g",
    )
    add(
        "dg_per_formula_ev",
        "per atom for per mole",
        "A cell has an emf of 1.10 V and transfers two electrons per formula unit of reaction. What "
        "is ΔG per formula unit, in eV?",
        -2.2,
        "eV",
    )
    add(
        "cell_mv",
        "other unit asked",
        "One half-cell is Fe in 0.10 M Fe²⁺, the other Ni in 0.001 M Ni²⁺, at 25 °C; E°(Fe²⁺/Fe) = "
        "−0.440 V and E°(Ni²⁺/Ni) = −0.250 V. What is the cell potential in mV?",
        1000 * (0.19 - 0.05916 / 2 * math.log10(0.1 / 0.001)),
        "mV",
    )
    add(
        "stress_sci_notation",
        "format instruction",
        "A 10 mm diameter rod carries a tensile load of 15 000 N. Give the engineering stress in Pa "
        "in scientific notation.",
        s1,
        "Pa",
    )
    # second batch: changes, ratios, negations, bases, physics and chemistry texts
    p_n2 = 1.25 / 28.014 * R * 293.15 / 250e-6
    add(
        "gas_atm",
        "other unit asked",
        "What pressure, in atm, do 1.25 g of nitrogen gas exert in a 250 cm³ flask at 20 °C? Treat "
        "the gas as ideal.",
        p_n2 / 101325,
        "atm",
    )
    add(
        "gas_pressure_rise",
        "the change",
        "1.25 g of nitrogen is sealed in a 250 cm³ flask at 20 °C and heated to 60 °C. By how much "
        "does the pressure rise, in kPa? Treat the gas as perfect.",
        p_n2 * 40 / 293.15 / 1000,
        "kPa",
    )
    add(
        "ethane_bar",
        "other unit asked",
        "10.0 mol of ethane is held in 4.860 dm³ at 27 °C. Using the perfect gas law, what pressure "
        "results, in bar?",
        10 * R * 300.15 / 4.860e-3 / 1e5,
        "bar",
    )
    add(
        "chem_pot_drop",
        "sign of the change",
        "A perfect gas at 40 °C is expanded isothermally so that its pressure falls from 29.5 atm "
        "to 1.8 atm. What is the change in its chemical potential, in kJ/mol?",
        R * 313.15 * math.log(1.8 / 29.5) / 1000,
        "kJ/mol",
    )
    add(
        "gap_kjmol",
        "per mole for per particle",
        "Light of wavelength shorter than 350 nm is needed to lift an electron across the band gap "
        "of TiO2. What is the gap in kJ/mol?",
        6.62607015e-34 * 2.99792458e8 / 350e-9 * NA / 1000,
        "kJ/mol",
    )
    add(
        "debroglie_kev",
        "other unit of a given",
        "Find the de Broglie wavelength, in nm, of an electron whose kinetic energy is 0.100 keV.",
        6.62607015e-34 / math.sqrt(2 * 9.1093837e-31 * 100 * EV) * 1e9,
        "nm",
    )
    add(
        "debroglie_proton",
        "the other body",
        "What is the de Broglie wavelength, in pm, of a proton with a kinetic energy of 100 eV?",
        6.62607015e-34 / math.sqrt(2 * 1.67262192e-27 * 100 * EV) * 1e12,
        "pm",
    )
    add(
        "work_function_ev",
        "other unit asked",
        "Potassium has a photoelectric threshold wavelength of 564 nm. Give its work function in "
        "eV.",
        1239.84198 / 564,
        "eV",
    )
    add(
        "wien_celsius",
        "other unit asked",
        "A blackbody filament has its emission peak at 550 nm. What is its temperature in °C?",
        2.897771955e-3 / 550e-9 - 273.15,
        "degC",
    )
    add(
        "laser_period",
        "related quantity",
        "A helium–neon laser emits at 632.8 nm. What is the period of one oscillation of its light, "
        "in femtoseconds?",
        632.8e-9 / 2.99792458e8 * 1e15,
        "fs",
    )
    r_q = math.sqrt(8.9875517923e9 * 26e-6 * 47e-6 / 5.70)
    add(
        "coulomb_cm",
        "other unit asked",
        "Point charges of 26.0 µC and −47.0 µC attract each other with a force of 5.70 N. How far "
        "apart are they, in cm?",
        r_q * 100,
        "cm",
    )
    add(
        "gauss_one_face",
        "part of the whole",
        "A 1.8 µC point charge sits at the centre of a cube 55 cm on a side. What is the electric "
        "flux through one face of the cube?",
        1.8e-6 / 8.8541878128e-12 / 6,
        "N*m**2/C",
    )
    th = math.radians(55)
    add(
        "projectile_height",
        "related quantity",
        "A gun fires a shell at 1450 m/s at 55° above the horizontal. Ignoring air resistance, how "
        "high does the shell rise, in km?",
        (1450 * math.sin(th)) ** 2 / (2 * 9.80665) / 1000,
        "km",
    )
    add(
        "projectile_miles",
        "other unit asked",
        "A shell leaves a gun at 1450 m/s at an elevation of 55°. Neglecting air resistance, what "
        "is its range over level ground in miles?",
        1450**2 * math.sin(2 * th) / 9.80665 / 1609.344,
        "mile",
    )
    add(
        "heat_melt_only",
        "negated condition",
        "500 g of copper is already at its melting point of 1085 °C. Ignoring any heating of the "
        "solid, how much heat in kJ is needed to melt it? c_p = 0.385 J/(g·K); heat of fusion "
        "205 J/g.",
        500 * 205 / 1000,
        "kJ",
    )
    add(
        "transmit_no_absorption",
        "negated condition",
        "A glass plate (n = 1.5) 20 mm thick has an absorption coefficient of 25 m⁻¹. Neglecting "
        "absorption, what fraction of normally incident light passes through both faces?",
        (1 - 0.04) ** 2,
        "dimensionless",
    )
    add(
        "rod_final_length",
        "final value for change",
        "A steel rail 12 m long is warmed from 10 °C to 40 °C; α = 12 × 10⁻⁶ K⁻¹. What is its new "
        "length in metres?",
        12 * (1 + 12e-6 * 30),
        "m",
    )
    add(
        "vapour_fall",
        "the change",
        "Zinc boils at 907 °C under 1 atm; its enthalpy of vaporisation is 115 kJ/mol. By how much, "
        "in atm, does its vapour pressure fall on cooling to 800 °C?",
        1 - 0.31082,
        "atm",
    )
    add(
        "diff_factor_increase",
        "the ratio",
        "For an impurity with Q = 136 kJ/mol, by what factor does the diffusion coefficient "
        "increase between 500 °C and 600 °C?",
        math.exp(136000 / R * (1 / 773.15 - 1 / 873.15)),
        "dimensionless",
    )
    add(
        "relax_drop",
        "the change",
        "A polymer held at fixed strain relaxes from 6.0 MPa to 4.5 MPa in 40 s, following "
        "σ = σ0 exp(−t/τ). By how much has the stress dropped from its initial value after 120 s?",
        6 - 6 * 0.75**3,
        "MPa",
    )
    add(
        "grain_growth_gain",
        "the change",
        "Grains of 8 µm initial diameter grow to 20 µm after 30 min at 500 °C, following "
        "d² − d0² = Kt. By how many µm does the diameter increase between 30 min and 90 min?",
        math.sqrt(64 + (400 - 64) * 3) - 20,
        "um",
    )
    add(
        "avrami_extra",
        "the change",
        "An Avrami transformation with n = 2.5 is half complete at 100 s. How much additional time, "
        "in s, is needed to go from 50 % to 90 % transformed?",
        (math.log(10) / (math.log(2) / 100**2.5)) ** (1 / 2.5) - 100,
        "s",
    )
    add(
        "modulus_ratio",
        "the ratio",
        "A continuous aligned composite holds 40 vol% glass fibres (E = 69 GPa) in polyester "
        "(E = 3.4 GPa). How many times stiffer is it along the fibres than across them?",
        29.64 / (1 / (0.4 / 69 + 0.6 / 3.4)),
        "dimensionless",
    )
    add(
        "transverse_wt",
        "missing given",
        "A composite is 30 wt% aligned glass fibres (E = 69 GPa) in epoxy (E = 2.4 GPa). Estimate "
        "its modulus transverse to the fibres.",
        None,
        None,
    )
    add(
        "stress_range",
        "related quantity",
        "A fatigue stress cycles between 300 MPa and −100 MPa. What is the stress range?",
        400,
        "MPa",
    )
    add(
        "pvc_molar_mass",
        "solved for another quantity",
        "A poly(vinyl chloride) has a degree of polymerization of 1600. What is its number-average "
        "molecular weight in g/mol? (C 12.01, H 1.008, Cl 35.45)",
        1600 * (2 * 12.01 + 3 * 1.008 + 35.45),
        "g/mol",
    )
    add(
        "larson_days",
        "other unit asked",
        "An alloy has a Larson–Miller parameter of 2.25 × 10⁴ (C = 20, T in K, t in hours) at the "
        "working stress. Predict its rupture life at 1000 K in days.",
        10**2.5 / 24,
        "day",
    )
    add(
        "drift_kmh",
        "other unit asked",
        "Electrons of mobility 0.14 m²/(V·s) move in a field of 500 V/m. What is their drift speed "
        "in km/h?",
        70 * 3.6,
        "km/h",
    )
    add(
        "d_second_peak",
        "related quantity",
        "Nickel is FCC with a = 0.3524 nm and is examined with λ = 0.1542 nm X-rays. What is the "
        "interplanar spacing, in nm, of the planes giving the second peak?",
        0.3524 / 2,
        "nm",
    )
    add(
        "theta_first_peak",
        "negated alternative",
        "For FCC nickel (a = 0.3524 nm) and X-rays of wavelength 0.1542 nm, give θ (rather than "
        "2θ) in degrees for the first diffraction peak.",
        math.degrees(math.asin(0.1542 * math.sqrt(3) / (2 * 0.3524))),
        "degree",
    )
    add(
        "single_surface_transmit",
        "the other part",
        "Diamond has a refractive index of 2.41. What percentage of normally incident light is "
        "transmitted into it at a single air–diamond surface?",
        100 * (1 - Rr),
        "percent",
    )
    add(
        "light_lost",
        "the other part",
        "A glass plate (n = 1.5) is 20 mm thick with an absorption coefficient of 25 m⁻¹. What "
        "fraction of normally incident light is lost, by reflection at both faces and absorption "
        "together?",
        1 - 0.9216 * math.exp(-0.5),
        "dimensionless",
    )
    # third batch: the classes found above, asked again in other words
    add(
        "a_as_d_1",
        "cell edge for plane spacing",
        "A cubic crystal with lattice parameter a = 0.3524 nm is examined with X-rays of wavelength 0.1542 nm. At what diffraction angle 2θ does the first-order reflection appear?",
        None,
        None,
    )
    add(
        "a_as_d_2",
        "cell edge for plane spacing",
        "Iron is BCC with a = 0.2866 nm. Using radiation of wavelength 0.1790 nm, what is the Bragg angle θ for first-order diffraction?",
        None,
        None,
    )
    add(
        "a_as_d_3",
        "cell edge for plane spacing",
        "An FCC metal has a lattice constant of 0.405 nm. For X-rays of wavelength 0.154 nm, compute the angle 2θ of first-order diffraction.",
        None,
        None,
    )
    add(
        "chg_1",
        "the change",
        "A copper wire 0.40 m long is heated from 15 °C to 55 °C; α = 17.0 × 10⁻⁶ °C⁻¹. What is the final length in mm?",
        400.272,
        "mm",
    )
    add(
        "chg_2",
        "the change",
        "The rate of a process with activation energy 140 kJ/mol is measured at 600 °C and 700 °C. How many times faster is it at 700 °C?",
        7.2546,
        "dimensionless",
    )
    add(
        "chg_3",
        "the change",
        "A heat treatment takes 10 h at 600 °C and the activation energy is 140 kJ/mol. How much less time, in hours, does it take at 700 °C?",
        8.62157,
        "hour",
    )
    add(
        "chg_4",
        "the change",
        "The vacancy formation energy is 1.08 eV. By what factor does the vacancy fraction change between 700 °C and 800 °C?",
        3.3285,
        "dimensionless",
    )
    add(
        "chg_5",
        "the change",
        "A paramagnetic salt following Curie's law has χ = 2.0 × 10⁻⁴ at 300 K. By how much does its susceptibility decrease when heated to 500 K?",
        8e-05,
        "dimensionless",
    )
    add(
        "chg_6",
        "the change",
        "A 305 mm long copper bar (E = 110 GPa) is loaded in tension to 276 MPa elastically. By how many millimetres does it lengthen?",
        0.76527,
        "mm",
    )
    add(
        "chg_7",
        "the change",
        "A metal oxidises parabolically and gains 0.30 mg/cm² in the first hour. How much additional weight, in mg/cm², does it gain between 1 h and 5 h?",
        0.37082,
        "mg/cm**2",
    )
    add(
        "chg_8",
        "the change",
        "Zinc boils at 907 °C at 1 atm (ΔH_vap = 115 kJ/mol). What is the drop in vapour pressure, in atm, when the temperature is lowered to 800 °C?",
        0.68918,
        "atm",
    )
    add(
        "chg_9",
        "the change",
        "A viscoelastic polymer relaxes from 6.0 MPa to 4.5 MPa in 40 s under fixed strain, with σ = σ0 exp(−t/τ). What is the decrease in stress between 40 s and 120 s?",
        1.96875,
        "MPa",
    )
    add(
        "neg_1",
        "negated condition",
        "Steady heat flows through a 10 mm steel plate (k = 51.9 W/m·K) with faces at 300 °C and 250 °C. Neglecting the contact resistance, what is the heat flux?",
        259500,
        "W/m**2",
    )
    add(
        "neg_2",
        "negated condition",
        "How much heat, in kJ, is needed to melt completely 500 g of copper that starts at 20 °C (melting point 1085 °C, c_p = 0.385 J/(g·K), heat of fusion 205 J/g), excluding the latent heat?",
        205.0125,
        "kJ",
    )
    add(
        "neg_3",
        "negated condition",
        "An electron is released from rest in a uniform field of 2.00 × 10⁴ N/C. Ignoring gravity, what is its acceleration?",
        3517600000000000.0,
        "m/s**2",
    )
    add(
        "neg_4",
        "negated condition",
        "A steel plate with K_Ic = 26 MPa√m is loaded to 300 MPa. Without the geometry factor (take Y = 1), what is the largest surface crack it tolerates, in mm?",
        2.3908,
        "mm",
    )
    add(
        "wt_1",
        "share basis",
        "A composite contains 40 wt% continuous aligned carbon fibres (E = 230 GPa) in epoxy (E = 2.4 GPa). What is the longitudinal modulus?",
        None,
        None,
    )
    add(
        "wt_2",
        "share basis",
        "A composite contains 40 vol% continuous aligned carbon fibres (E = 230 GPa) in epoxy (E = 2.4 GPa). What is the longitudinal modulus?",
        93.44,
        "GPa",
    )
    add(
        "wt_3",
        "share basis",
        "An alloy contains 60 vol% α (density 7.8 g/cm³) and 40 vol% β (density 6.0 g/cm³). What is the mass fraction of α?",
        0.66102,
        "dimensionless",
    )
    add(
        "wt_4",
        "share basis",
        "A composite has 50 wt% glass fibres (tensile strength 3.45 GPa) in a matrix whose stress at fibre failure is 30 MPa. Estimate the longitudinal tensile strength.",
        None,
        None,
    )
    # fourth batch: other topics and phrasings (units, per atom, worded scalings, two asks)
    add(
        "r_tex_kjmol",
        "round four",
        "The vacancy formation energy of a metal is $1.2\\ \\mathrm{eV\\,atom^{-1}}$. Express it in $\\mathrm{kJ\\,mol^{-1}}$.",
        115.78239854400002,
        "kJ/mol",
    )
    add(
        "r_energy_per_atom",
        "round four",
        "A reaction releases 250 kJ per mole of atoms. How much energy is that per atom, in eV?",
        2.5910674141544323,
        "eV",
    )
    add(
        "r_photon_kjmol",
        "round four",
        "What is the energy of one mole of photons of wavelength 500 nm, in kJ/mol?",
        239.253131277394,
        "kJ/mol",
    )
    add(
        "r_photon_per_photon",
        "round four",
        "What is the energy of a single photon of wavelength 500 nm, in joules?",
        3.972891714297857e-19,
        "J",
    )
    add(
        "r_freq_given_wavenumber",
        "round four",
        "Light has a wavenumber of 20 000 cm⁻¹. What is its wavelength in nm?",
        500,
        "nm",
    )
    add(
        "r_stress_ksi_given",
        "round four",
        "A 0.50 in diameter steel bar carries an axial load of 5000 lbf. What is the engineering stress in MPa?",
        175.57355213792292,
        "MPa",
    )
    add(
        "r_strain_percent",
        "round four",
        "A wire 2.00 m long stretches elastically by 1.5 mm under load. What is the engineering strain in percent?",
        0.075,
        "percent",
    )
    add(
        "r_modulus_two_asked",
        "round four",
        "A bar 250 mm long and 12 mm in diameter stretches by 0.10 mm under 10 kN. Find the stress and the strain.",
        None,
        None,
    )
    add(
        "r_missing_E",
        "round four",
        "A copper bar 305 mm long is stressed in tension to 276 MPa. How much does it elongate?",
        None,
        None,
    )
    add(
        "r_distractor_density",
        "round four",
        "A steel (density 7.85 g/cm³) has a yield strength of 415 MPa and a modulus of 207 GPa. What is its modulus of resilience in kJ/m³?",
        416.00241545893715,
        "kJ/m**3",
    )
    add(
        "r_fraction_crystallinity_2dp",
        "round four",
        "A nylon sample has density 1.18 g/cm³; crystalline and amorphous nylon have 1.23 and 1.08 g/cm³. What is its percent crystallinity? Answer to 2 decimal places.",
        69.49152542372876,
        "percent",
    )
    add(
        "r_apf_percent",
        "round four",
        "What percentage of the volume of an FCC unit cell is occupied by atoms (hard spheres)?",
        74.0480489693061,
        "percent",
    )
    add(
        "r_apf_empty",
        "round four",
        "What fraction of the volume of a BCC unit cell is empty space, for hard-sphere atoms?",
        0.31982523841216837,
        "dimensionless",
    )
    add(
        "r_coord_atoms_per_cell",
        "round four",
        "How many atoms belong to one BCC unit cell?",
        2,
        "dimensionless",
    )
    add(
        "r_bragg_d_from_angle_pm",
        "round four",
        "A first-order reflection of X-rays of wavelength 0.154 nm is seen at θ = 20.0°. What is the interplanar spacing in pm?",
        225.1329388125577,
        "pm",
    )
    add(
        "r_bragg_2theta_given",
        "round four",
        "A first-order reflection of 0.154 nm X-rays appears at 2θ = 40.0°. What is the interplanar spacing in nm?",
        0.22513293881255772,
        "nm",
    )
    add(
        "r_diff_length_hours",
        "round four",
        "How far, in µm, does carbon diffuse (x ≈ √(Dt)) in 2.5 hours if D = 3.0 × 10⁻¹¹ m²/s?",
        519.6152422706632,
        "um",
    )
    add(
        "r_diff_length_2sqrt",
        "round four",
        "Using x = 2√(Dt), estimate the diffusion distance in mm after 4 h with D = 1.0 × 10⁻¹¹ m²/s.",
        0.758946638440411,
        "mm",
    )
    add(
        "r_resistivity_in_uohm_cm",
        "round four",
        "A wire 50 m long and 1.0 mm in diameter has a resistance of 1.10 Ω. What is its resistivity in µΩ·cm?",
        1.7278759594743864,
        "uohm*cm",
    )
    add(
        "r_conductivity_from_R",
        "round four",
        "A wire 50 m long and 1.0 mm in diameter has a resistance of 1.10 Ω. What is its electrical conductivity in S/m?",
        57874524.76068921,
        "S/m",
    )
    add(
        "r_hole_conc",
        "round four",
        "Silicon is doped with 5 × 10²² m⁻³ boron atoms, all ionised, and has a hole mobility of 0.045 m²/(V·s). Compute its conductivity.",
        360.4897426499999,
        "S/m",
    )
    add(
        "r_mag_moment_per_formula",
        "round four",
        "A ferrite has a saturation magnetization of 4.0 × 10⁵ A/m and 1.0 × 10²⁸ formula units per m³. What is the moment per formula unit in Bohr magnetons?",
        4.313128804290918,
        "dimensionless",
    )
    add(
        "r_wien_um",
        "round four",
        "At what wavelength in µm does a blackbody at 1000 K emit most strongly?",
        2.897771955,
        "um",
    )
    add(
        "r_gas_density",
        "round four",
        "What is the density, in g/L, of nitrogen gas (28.01 g/mol) at 1.00 atm and 25 °C, treated as ideal?",
        1.1448819871264675,
        "g/L",
    )
    add(
        "r_gas_moles_in_mmol",
        "round four",
        "How many millimoles of an ideal gas occupy 250 cm³ at 100 kPa and 300 K?",
        10.022696253745226,
        "mmol",
    )
    add(
        "r_coulomb_distance_doubled",
        "round four",
        "Two point charges of 2.0 µC and 3.0 µC are 0.10 m apart. What is the force between them if the separation is doubled?",
        1.348132768845,
        "N",
    )
    add(
        "r_coulomb_plain",
        "round four",
        "Two point charges of 2.0 µC and 3.0 µC are 0.20 m apart. What is the magnitude of the force between them?",
        1.348132768845,
        "N",
    )
    add(
        "r_field_at_distance_cm",
        "round four",
        "What is the electric field magnitude 30 cm from a point charge of 5.0 nC?",
        499.3084329055555,
        "N/C",
    )
    add(
        "r_capacitance_two_dielectric",
        "round four",
        "A parallel-plate capacitor of plate area 0.010 m² and gap 0.50 mm is filled with a dielectric of εr = 4.0. What is the charge stored at 100 V, in nC?",
        70.83350250240001,
        "nC",
    )
    add(
        "r_energy_stored",
        "round four",
        "A 10 µF capacitor is charged to 50 V. How much energy does it store, in mJ?",
        12.5,
        "mJ",
    )
    add(
        "r_halflife_fraction_left",
        "round four",
        "A radioactive isotope has a half-life of 5.0 days. What fraction of it remains after 12 days?",
        0.18946457081379978,
        "dimensionless",
    )
    add(
        "r_halflife_fraction_decayed",
        "round four",
        "A radioactive isotope has a half-life of 5.0 days. What fraction of it has decayed after 12 days?",
        0.8105354291862003,
        "dimensionless",
    )
    add(
        "r_pendulum_freq",
        "round four",
        "A simple pendulum is 0.80 m long. What is its frequency of small oscillation, in Hz?",
        0.5572312652655235,
        "Hz",
    )
    add(
        "r_spring_period",
        "round four",
        "A 0.50 kg mass hangs from a spring of stiffness 200 N/m. What is the period of oscillation in s?",
        0.3141592653589793,
        "s",
    )
    add(
        "r_lens_magnification",
        "round four",
        "An object is 30 cm from a converging lens of focal length 10 cm. What is the image distance?",
        15,
        "cm",
    )
    add(
        "r_nernst_mv",
        "round four",
        "What is the potential, in mV, of a Cu²⁺/Cu electrode in 0.010 M Cu²⁺ at 25 °C? E° = +0.340 V.",
        280.84000000000003,
        "mV",
    )
    add(
        "r_faraday_hours_given_mass",
        "round four",
        "How many hours does a current of 5.0 A take to deposit 10.0 g of copper (63.55 g/mol) from Cu²⁺?",
        1.6869539666054727,
        "hour",
    )
    add(
        "r_corrosion_mm_per_year_in_mpy",
        "round four",
        "A steel (density 7.9 g/cm³) with 0.80 m² exposed loses 350 g in one year. Express the corrosion penetration rate in mils per year.",
        0.05537974683544304,
        "mm/year",
    )
    # fifth batch: variants of other sets' kinds (qualified averages, true strain, 'without melting')
    add(
        "s_rod_final",
        "round five",
        "A titanium rod 320 mm long and 8.0 mm across carries 6 200 N in tension (E = 107 GPa, elastic). What is its loaded length in mm?",
        320.3688824849233,
        "mm",
    )
    add(
        "s_rod_strain_pct",
        "round five",
        "A titanium rod 320 mm long and 8.0 mm in diameter carries an axial tensile load of 6 200 N (E = 107 GPa). What is the axial strain, in percent?",
        0.11527577653852235,
        "percent",
    )
    add(
        "s_rod_radius_given",
        "round five",
        "A rod of radius 4.0 mm and length 320 mm carries an axial tensile load of 6 200 N; E = 107 GPa. How many millimetres does it stretch?",
        0.3688824849232715,
        "mm",
    )
    add(
        "s_mag_B",
        "round five",
        "A paramagnetic salt with volume susceptibility 2.1 × 10⁻⁴ is placed in a field H = 5.0 × 10⁵ A/m. What is the flux density inside it, in T?",
        0.6284504776094094,
        "T",
    )
    add(
        "s_hall_per_m3",
        "round five",
        "A p-type silicon wafer conducting by holes only has a Hall coefficient of +3.6 × 10⁻⁴ m³/C. How many holes are there per cubic metre?",
        1.7337525206835452e22,
        "1/m**3",
    )
    add(
        "s_vac_ev_given",
        "round five",
        "The energy to form a vacancy in a metal is 1.09 eV. What fraction of lattice sites are vacant at 1023 K? Answer in scientific notation.",
        4.267252735646947e-06,
        "dimensionless",
    )
    add(
        "s_vac_per_mole",
        "round five",
        "The enthalpy of vacancy formation is 105 kJ per mole of vacancies. How many vacancies are there per mole of lattice sites at 750 °C?",
        2.6261219123886904e18,
        "1/mol",
    )
    add(
        "s_silver_heat_only_to_mp",
        "round five",
        "2.0 kg of silver at 25 °C is heated to its melting point of 962 °C but not melted. Its mean specific heat is 0.235 J/(g·K) and its latent heat of fusion 105 J/g. How much heat, in kJ, is used?",
        440.39,
        "kJ",
    )
    add(
        "s_silver_heat_per_gram",
        "round five",
        "How much heat per gram, in J/g, is needed to bring silver from 25 °C to its melting point of 962 °C and melt it? c = 0.235 J/(g·K); latent heat of fusion 105 J/g.",
        325.195,
        "J/g",
    )
    add(
        "s_photons_per_minute",
        "round five",
        "A laser emits 20 mW at λ = 532 nm. How many photons does it emit per minute?",
        3.213780016719266e18,
        "dimensionless",
    )
    add(
        "s_photon_rate_mw_unit",
        "round five",
        "A laser pointer emits 5.0 × 10¹⁶ photons per second at 650 nm. What is its output power in mW?",
        15.280352747299448,
        "mW",
    )
    add(
        "s_cell_reverse_conc",
        "round five",
        "A galvanic cell is made of zinc in 0.0050 M Zn²⁺ and iron in 0.20 M Fe²⁺ at 25 °C; E°(Zn²⁺/Zn) = −0.763 V and E°(Fe²⁺/Fe) = −0.440 V. What is its emf?",
        0.37038893454348115,
        "V",
    )
    add(
        "s_tetra_bcc_diameter",
        "round five",
        "In BCC iron (atomic radius 0.124 nm), what is the diameter of the largest sphere that fits in a tetrahedral site without pushing the atoms apart?",
        0.07216662328647978,
        "nm",
    )
    add(
        "s_weibull_fail_pct",
        "round five",
        "Alumina bars follow P_s = exp[−(σ/σ₀)^m] with m = 10 and σ₀ = 300 MPa. What percentage of bars fail at a proof stress of 250 MPa?",
        14.913821881548506,
        "percent",
    )
    add(
        "s_density_kgm3_radius_pm",
        "round five",
        "Nickel is FCC with an atomic radius of 124.6 pm and an atomic weight of 58.69 g/mol. What is its density in kg/m³?",
        8906.028713778547,
        "kg/m**3",
    )
    add(
        "s_rail_shorter",
        "round five",
        "A steel rail is 12 m long at 40 °C. With α = 12 × 10⁻⁶ per °C, how much shorter, in mm, is it at −10 °C?",
        7.2,
        "mm",
    )
    add(
        "s_recryst_q_ev",
        "round five",
        "A cold-rolled brass is 50 % recrystallised after 80 min at 350 °C and after 9 min at 400 °C. With the rate taken as 1/t₀.₅ and Arrhenius behaviour, what is the activation energy per atom in eV?",
        1.5794992724240793,
        "eV",
    )
    add(
        "s_avrami_90",
        "round five",
        "A precipitation obeys y = 1 − exp(−k tⁿ) with n = 3 and k = 7.6 × 10⁻⁵ min⁻³. How long does it take to reach 90 % completion, in minutes?",
        31.174586292076867,
        "minute",
    )
    add(
        "s_avrami_remaining",
        "round five",
        "A precipitation obeys y = 1 − exp(−k tⁿ) with n = 3 and k = 7.6 × 10⁻⁵ min⁻³. What fraction remains untransformed after 20 min?",
        0.5444386582392171,
        "dimensionless",
    )
    add(
        "s_pearlite_pct",
        "round five",
        "A 0.35 wt% C plain-carbon steel is slowly cooled to just below the eutectoid. With the eutectoid at 0.76 wt% C and ferrite at 0.022 wt% C, what percentage of the steel is pearlite?",
        44.44444444444444,
        "percent",
    )
    add(
        "s_crystallinity_amorph",
        "round five",
        "Polypropylene is 0.946 g/cm³ when fully crystalline and 0.855 g/cm³ when fully amorphous. A part has a density of 0.904 g/cm³. What is its amorphous weight fraction?",
        0.43652144315861063,
        "dimensionless",
    )
    add(
        "s_ferrite_per_formula_ni_3",
        "round five",
        "Nickel ferrite NiFe₂O₄ has 8 formula units in a cubic cell of edge 0.8339 nm; the Fe³⁺ moments cancel and each Ni²⁺ carries 2 μ_B. What is the saturation flux density μ0Ms, in T?",
        0.32155516413342494,
        "T",
    )
    add(
        "s_cell_mv",
        "round five",
        "A cell has copper in 0.050 M Cu²⁺ and nickel in 1.2 M Ni²⁺ at 25 °C, with E°(Cu²⁺/Cu) = +0.340 V and E°(Ni²⁺/Ni) = −0.250 V. Express its voltage in millivolts.",
        549.1733514701707,
        "mV",
    )
    add(
        "s_radiate_absorb",
        "round five",
        "A steel surface of 0.05 m² with emissivity 0.8 is at 1000 °C in surroundings at 25 °C. What net power, in kW, does it lose by radiation?",
        5.941305312733671,
        "kW",
    )
    add(
        "s_magnetization_kA",
        "round five",
        "Aluminium has a volume susceptibility of 2.1 × 10⁻⁵. What magnetisation, in kA/m, does a field of 2.5 × 10⁵ A/m produce?",
        0.00525,
        "kA/m",
    )
    add(
        "s_bragg_311_theta",
        "round five",
        "Aluminium (FCC, a = 4.0495 Å) is examined with Mo Kα radiation, λ = 0.7093 Å. At what Bragg angle θ is the 311 reflection found?",
        16.885840772936305,
        "degree",
    )
    add(
        "s_bragg_311_d",
        "round five",
        "Aluminium (FCC, a = 4.0495 Å) is examined with Mo Kα radiation, λ = 0.7093 Å. What is the spacing of the 311 planes in Å?",
        1.220970189867654,
        "angstrom",
    )
    add(
        "s_ps_dp_weight",
        "round five",
        "A polystyrene has a weight-average molecular weight of 250 000 g/mol. What is its number-average degree of polymerisation?",
        None,
        None,
    )
    add(
        "s_astm_per_mm2",
        "round five",
        "A steel has ASTM grain size number 6. How many grains per square millimetre of the actual specimen surface does that correspond to?",
        496.000992001984,
        "1/mm**2",
    )
    add(
        "s_carb_time_factor",
        "round five",
        "A carburising treatment takes 10 h at 900 °C; Q = 140 kJ/mol. How many times longer would it take at 850 °C?",
        1.8945064347072575,
        "dimensionless",
    )
    add(
        "s_dulong_per_mole",
        "round five",
        "Using the Dulong–Petit law, what is the molar heat capacity of iron at high temperature in J/(mol·K)?",
        24.943387854,
        "J/(mol*K)",
    )
    add(
        "s_dulong_cal",
        "round five",
        "Using the Dulong–Petit law, estimate the specific heat of iron (A = 55.845 g/mol) in cal/(g·K).",
        0.10675284762848275,
        "cal/(g*K)",
    )
    add(
        "s_goodman_mean",
        "round five",
        "A steel has a fatigue limit of 300 MPa (fully reversed) and tensile strength 900 MPa. By Goodman, what mean stress can be superimposed on a 200 MPa stress amplitude for infinite life?",
        300.00000000000006,
        "MPa",
    )
    add(
        "s_octa_pm_diameter",
        "round five",
        "Nickel is FCC with an atomic radius of 124.6 pm. What is the diameter, in pm, of the largest sphere fitting an octahedral void?",
        103.2220197433753,
        "pm",
    )
    add(
        "s_lm_days",
        "round five",
        "For a nickel alloy the Larson–Miller parameter at the design stress is 24 000 (T in K, t in h, C = 20). Estimate the rupture life at 650 °C in years.",
        113.53777086528135,
        "year",
    )
    add(
        "s_dg_per_volume_kjm3",
        "round five",
        "Pure nickel melts at 1728 K with ΔH_f = −2.1 × 10⁹ J/m³. What is the magnitude of the driving free energy per unit volume for solidification at 95 K undercooling, in kJ/m³?",
        115451.38888888889,
        "kJ/m**3",
    )
    add(
        "s_magnetite_per_atom",
        "round five",
        "Magnetite Fe3O4 has 8 formula units in a cubic cell of edge 0.839 nm and 4 Bohr magnetons per formula unit. What is the moment per iron atom in Bohr magnetons?",
        1.3333333333333333,
        "dimensionless",
    )
    add(
        "q_mw_1",
        "round five",
        "A polyethylene has a weight-average molecular weight of 300 000 g/mol. What is its number-average degree of polymerization?",
        None,
        None,
    )
    add(
        "q_mw_2",
        "round five",
        "A polyethylene has a number-average molecular weight of 300 000 g/mol. What is its degree of polymerization?",
        10694.8,
        "dimensionless",
    )
    add(
        "q_mw_3",
        "round five",
        "For a PVC with a weight-average molar mass of 120 kg/mol, compute the number-average degree of polymerisation.",
        None,
        None,
    )
    add(
        "q_true_1",
        "round five",
        "A metal obeys σ_T = Kε_T^n with K = 600 MPa and n = 0.2. What is the true stress at an engineering strain of 0.15?",
        404.789,
        "MPa",
    )
    add(
        "q_true_2",
        "round five",
        "A specimen is at an engineering stress of 420 MPa and a true strain of 0.18. What is the true stress?",
        502.83129251116026,
        "MPa",
    )
    add(
        "q_true_3",
        "round five",
        "A specimen carries a true stress of 495 MPa at an engineering strain of 0.18 before necking. What is the engineering stress?",
        419.49,
        "MPa",
    )
    add(
        "q_melt_1",
        "round five",
        "1.5 kg of lead at 20 °C is warmed to its melting point of 327 °C without melting it. c = 0.13 J/(g·K); heat of fusion 23 J/g. How much heat in kJ is needed?",
        59.865,
        "kJ",
    )
    add(
        "q_melt_2",
        "round five",
        "1.5 kg of lead at 20 °C is warmed to its melting point of 327 °C and then fully melted. c = 0.13 J/(g·K); heat of fusion 23 J/g. How much heat in kJ is needed?",
        94.365,
        "kJ",
    )
    add(
        "q_shear_1",
        "round five",
        "A steel has a shear yield strength of 200 MPa. A bar of it, 10 mm in diameter, is pulled in tension. What load in kN makes it yield?",
        None,
        None,
    )
    add(
        "q_ult_1",
        "round five",
        "A steel bar 10 mm in diameter has an ultimate tensile strength of 600 MPa and a yield strength of 400 MPa. What load in kN starts plastic deformation?",
        31.416,
        "kN",
    )
    # sixth batch: physics and chemistry variants, TeX and unusual units, the other part, ratios
    add(
        "t_gas_two_asked",
        "round six",
        "2.0 mol of an ideal gas at 300 K occupies 10.0 L. Find its pressure and its density.",
        None,
        None,
    )
    add(
        "t_gas_final_temp",
        "round six",
        "An ideal gas at 300 K and 1.0 atm is compressed at constant volume until its pressure is 2.5 atm. What is its final temperature in °C?",
        476.85,
        "degC",
    )
    add(
        "t_gas_temp_rise",
        "round six",
        "An ideal gas in a rigid vessel at 300 K and 1.0 atm is heated until its pressure is 2.5 atm. By how many kelvin does its temperature rise?",
        450,
        "K",
    )
    add(
        "t_gas_volume_ml",
        "round six",
        "What volume in mL does 0.0100 mol of an ideal gas occupy at 25 °C and 1.00 bar?",
        247.89570295567,
        "mL",
    )
    add(
        "t_gas_psi",
        "round six",
        "What pressure in psi do 2.00 mol of a perfect gas exert in 10.0 L at 300 K?",
        72.35465398998109,
        "psi",
    )
    add(
        "t_isothermal_work",
        "round six",
        "2.5 mmol of N2 expands isothermally and reversibly at 300 K from 42 cm³ to 600 cm³. How much work does the gas do, in J?",
        16.582738626464163,
        "J",
    )
    add(
        "t_dG_positive_compress",
        "round six",
        "2.5 mmol of an ideal gas is compressed isothermally at 300 K from 600 cm³ to 42 cm³. What is ΔG in J?",
        16.582738626464163,
        "J",
    )
    add(
        "t_debroglie_speed",
        "round six",
        "An electron has a de Broglie wavelength of 0.20 nm. What is its speed in m/s?",
        3636947.551626854,
        "m/s",
    )
    add(
        "t_debroglie_energy_ev",
        "round six",
        "What kinetic energy in eV must an electron have for its de Broglie wavelength to be 0.10 nm?",
        150.41206504669498,
        "eV",
    )
    add(
        "t_photon_momentum",
        "round six",
        "What is the momentum of a photon of wavelength 500 nm?",
        1.32521403e-27,
        "kg*m/s",
    )
    add(
        "t_wien_f",
        "round six",
        "The surface of a star emits most strongly at 400 nm. What is its temperature in °F?",
        12580.3037975,
        "degF",
    )
    add(
        "t_threshold_freq",
        "round six",
        "The work function of sodium is 2.28 eV. What is its threshold frequency in Hz?",
        551301547195361.25,
        "Hz",
    )
    add(
        "t_photoelectron_ke",
        "round six",
        "Light of 300 nm falls on sodium (work function 2.28 eV). What is the maximum kinetic energy of the emitted electrons, in eV?",
        1.8528065999999996,
        "eV",
    )
    add(
        "t_photoelectron_speed",
        "round six",
        "Light of 300 nm falls on sodium (work function 2.28 eV). What is the maximum speed of the emitted electrons?",
        807310.7610047985,
        "m/s",
    )
    add(
        "t_coulomb_one_charge_nc",
        "round six",
        "Two identical charges 0.50 m apart repel each other with 0.036 N. What is each charge in µC?",
        1.0006922853198965,
        "uC",
    )
    add(
        "t_field_midpoint",
        "round six",
        "Charges of +2.0 µC and +2.0 µC are 0.40 m apart. What is the electric field magnitude at the midpoint?",
        0,
        "N/C",
    )
    add(
        "t_line_charge_distance",
        "round six",
        "An infinite line with charge density 5.0 µC/m produces what field magnitude at 4.0 m?",
        22468.87948065293,
        "N/C",
    )
    add(
        "t_gauss_enclosed_nC",
        "round six",
        "The net electric flux through a closed surface is 4.0 × 10⁴ N·m²/C. What charge, in nC, does it enclose?",
        354.167512512,
        "nC",
    )
    add(
        "t_projectile_time",
        "round six",
        "A projectile leaves level ground at 50 m/s, 30° above the horizontal. Ignoring air resistance, how long is it in the air?",
        5.0985810648896415,
        "s",
    )
    add(
        "t_projectile_range_ft",
        "round six",
        "A projectile is launched at 50 m/s at 30° above level ground. What is its range in feet, neglecting air resistance?",
        724.3275468255814,
        "ft",
    )
    add(
        "t_centripetal_rpm",
        "round six",
        "A point on a wheel of radius 0.30 m turns at 120 rpm. What is its centripetal acceleration?",
        47.37410112522892,
        "m/s**2",
    )
    add(
        "t_centripetal_speed",
        "round six",
        "A car takes a 50 m radius curve with a centripetal acceleration of 4.0 m/s². What is its speed in km/h?",
        50.91168824543143,
        "km/h",
    )
    add(
        "t_period_from_speed",
        "round six",
        "Passengers move at 7.85 m/s around a circle of radius 5.0 m. What is the period of one revolution?",
        4.002028858076169,
        "s",
    )
    add(
        "t_tennis_debroglie_nm",
        "round six",
        "What is the de Broglie wavelength in nm of a 57 g ball moving at 25 m/s?",
        4.649873789473683e-25,
        "nm",
    )
    add(
        "t_wavelength_freq_thz",
        "round six",
        "A laser emits at 632.8 nm. What is the frequency in THz?",
        473.7554646017699,
        "THz",
    )
    add(
        "t_wavenumber",
        "round six",
        "A laser emits at 632.8 nm. What is the wavenumber in cm⁻¹?",
        15802.781289506953,
        "1/cm",
    )
    add(
        "t_kinetic_energy_mev",
        "round six",
        "A proton moves at 1.0 × 10⁷ m/s. What is its kinetic energy in MeV?",
        0.5219842445910992,
        "MeV",
    )
    add(
        "t_electron_accel_distance",
        "round six",
        "An electron starts from rest in a uniform field of 2.00 × 10⁴ N/C. How far does it travel in 1.0 ns?",
        0.001758820010772163,
        "m",
    )
    add(
        "t_proton_accel_in_g",
        "round six",
        "What acceleration does a proton experience in a field of 2.00 × 10⁴ N/C, expressed as a multiple of g?",
        195353829841.4987,
        "dimensionless",
    )
    add(
        "t_ideal_gas_mass_needed",
        "round six",
        "What mass of helium (4.00 g/mol) fills a 2.0 L vessel at 300 K and 5.0 atm?",
        1.6248795166571761,
        "g",
    )
    add(
        "t_chem_pot_in_j",
        "round six",
        "A perfect gas at 40 °C is compressed isothermally from 1.8 atm to 29.5 atm. By how many J/mol does its chemical potential change?",
        7281.443990394822,
        "J/mol",
    )
    add(
        "t_chem_pot_ratio_given",
        "round six",
        "At 40 °C the pressure of a perfect gas is raised isothermally by a factor of 16.4. What is the change in its chemical potential in kJ/mol?",
        7.283208594982073,
        "kJ/mol",
    )
    add(
        "t_bandgap_nm_to_j",
        "round six",
        "A semiconductor absorbs light only below 350 nm. What is its band gap in zeptojoules?",
        567.5559591854083,
        "zJ",
    )
    add(
        "t_work_fn_1e19",
        "round six",
        "The threshold wavelength of potassium is 564 nm. What is the work function in units of 10⁻¹⁹ J?",
        3.522067122604483e-19,
        "J",
    )
    add(
        "x_tex_diff",
        "round six",
        "For nickel in copper, $D_0 = 2.7\\times10^{-5}\\ \\mathrm{m^2\\,s^{-1}}$ and $Q_d = 256\\ \\mathrm{kJ\\,mol^{-1}}$. Find $D$ at $1100\\ \\mathrm{K}$ in $\\mathrm{cm^2\\,s^{-1}}$.",
        1.8844117718822952e-13,
        "cm**2/s",
    )
    add(
        "x_tex_diff_log",
        "round six",
        "For nickel in copper, $D_0 = 2.7\\times10^{-5}\\ \\mathrm{m^2\\,s^{-1}}$ and $Q_d = 256\\ \\mathrm{kJ\\,mol^{-1}}$. What is $\\log_{10} D$ at $1100\\ \\mathrm{K}$ (D in m²/s)?",
        -16.72482419139647,
        "dimensionless",
    )
    add(
        "x_diff_temp_for_D",
        "round six",
        "For nickel in copper, D0 = 2.7 × 10⁻⁵ m²/s and Qd = 256 kJ/mol. At what temperature, in °C, does D reach 1.0 × 10⁻¹⁵ m²/s?",
        1008.7348094488904,
        "degC",
    )
    add(
        "x_density_bcc_kgm3",
        "round six",
        "Chromium is BCC with a = 0.2885 nm and A = 52.00 g/mol. What is its density in kg m⁻³?",
        7191.9222621301715,
        "kg/m**3",
    )
    add(
        "x_density_bcc_lbft3",
        "round six",
        "Chromium is BCC with a = 0.2885 nm and atomic weight 52.00 g/mol. Give its density in lb/ft³.",
        448.97732298026233,
        "lb/ft**3",
    )
    add(
        "x_radius_from_density_pm",
        "round six",
        "Tungsten is BCC with a density of 19.3 g/cm³ and atomic weight 183.84 g/mol. What is its atomic radius in pm?",
        136.94764485195546,
        "pm",
    )
    add(
        "x_atoms_per_m3",
        "round six",
        "How many atoms per cubic metre are there in aluminium (density 2.70 g/cm³, 26.98 g/mol)?",
        6.026604911786509e28,
        "1/m**3",
    )
    add(
        "x_thermal_stress_signed",
        "round six",
        "A steel bar (E = 207 GPa, α = 12 × 10⁻⁶ K⁻¹) fixed between rigid walls is cooled by 40 K. What is the thermal stress?",
        None,
        None,
    )
    add(
        "x_thermal_stress_tensile",
        "round six",
        "A steel bar (E = 207 GPa, α = 12 × 10⁻⁶ K⁻¹) fixed between rigid walls is cooled by 40 K. What tensile stress develops, in MPa?",
        99.36,
        "MPa",
    )
    add(
        "x_kic_ksi",
        "round six",
        "A steel with K_Ic = 50 MPa·m^1/2 has a surface crack 2.0 mm deep; Y = 1.12. What stress causes fracture, in ksi?",
        81.68514476510401,
        "ksi",
    )
    add(
        "x_kic_given_ksi_in",
        "round six",
        "A steel with a fracture toughness of 45.5 ksi·in^1/2 has a surface crack 2.0 mm deep; Y = 1.0. What stress causes fracture in MPa?",
        630.7497810009302,
        "MPa",
    )
    add(
        "x_creep_n_from_rates_pct",
        "round six",
        "The steady creep rate of an alloy rises from 1.0 × 10⁻⁷ s⁻¹ at 100 MPa to 8.0 × 10⁻⁷ s⁻¹ at 150 MPa. By what percentage does the creep rate rise?",
        700,
        "percent",
    )
    add(
        "x_fatigue_R_pct",
        "round six",
        "A fatigue cycle runs between −100 MPa and 300 MPa. What is the amplitude ratio σa/σm?",
        2,
        "dimensionless",
    )
    add(
        "x_hall_petch_ksi",
        "round six",
        "A steel has σ0 = 70 MPa and k_y = 0.74 MPa·m^½. What is its yield strength, in ksi, for a grain diameter of 20 µm?",
        34.151896917467056,
        "ksi",
    )
    add(
        "x_schmid_angle",
        "round six",
        "A crystal has a critical resolved shear stress of 20 MPa. The slip direction is at 45° to the tensile axis and the plane normal at 60°. What tensile stress, in MPa, starts slip?",
        56.5685424949238,
        "MPa",
    )
    add(
        "x_lever_gram",
        "round six",
        "A 2.0 kg Cu–Ni alloy of 35 wt% Ni is at 1250 °C, where L has 31.5 wt% Ni and α 42.5 wt% Ni. How many grams of α are present?",
        636.3636363636364,
        "g",
    )
    add(
        "x_lever_ni_in_alpha",
        "round six",
        "A 2.0 kg Cu–Ni alloy of 35 wt% Ni is at 1250 °C, where L has 31.5 wt% Ni and α 42.5 wt% Ni. What mass of nickel, in g, is in the α phase?",
        270.45454545454544,
        "g",
    )
    add(
        "x_eutectoid_cementite_total_pct",
        "round six",
        "A 0.40 wt% C steel is just below the eutectoid temperature; ferrite holds 0.022 wt% C and cementite 6.70 wt% C. What percentage of the steel is cementite?",
        5.660377358490566,
        "percent",
    )
    add(
        "x_conductivity_ms_cm",
        "round six",
        "Intrinsic silicon has n_i = 1.0 × 10¹⁶ m⁻³, μe = 0.14 and μh = 0.05 m²/(V·s). What is its conductivity in mS/cm?",
        3.0441356046e-06,
        "mS/cm",
    )
    add(
        "x_resistivity_from_ni",
        "round six",
        "Intrinsic silicon has n_i = 1.0 × 10¹⁶ m⁻³, μe = 0.14 m²/(V·s) and μh = 0.05 m²/(V·s). What is its resistivity, in kΩ·m?",
        3.2850047760319803,
        "kohm*m",
    )
    add(
        "x_nernst_conc_swap",
        "round six",
        "A cell joins Fe in 0.001 M Fe²⁺ to Ni in 0.10 M Ni²⁺ at 25 °C (E° Fe²⁺/Fe = −0.440 V, Ni²⁺/Ni = −0.250 V). What is the cell potential?",
        0.24916,
        "V",
    )
    add(
        "x_faraday_mass_mg",
        "round six",
        "A current of 150 mA flows for 30 minutes through a cell depositing silver (Ag⁺ + e⁻ → Ag, 107.87 g/mol). How many mg of silver deposit?",
        301.85831732202575,
        "mg",
    )
    add(
        "x_cpr_mpy_asked_mm",
        "round six",
        "A steel plate (7.9 g/cm³) of area 0.80 m² loses 350 g in a year. Express the corrosion penetration rate in µm per year.",
        55.37974683544304,
        "um/year",
    )
    add(
        "x_oxide_time",
        "round six",
        "A metal oxidises parabolically, gaining 0.30 mg/cm² in 1 h. After how many hours will the gain be 0.90 mg/cm²?",
        9,
        "hour",
    )
    add(
        "x_modulus_porosity_pct",
        "round six",
        "Dense alumina has E = 380 GPa. With E = E0(1 − 1.9P + 0.9P²), by what percentage is the modulus reduced at 5 vol% porosity?",
        9.275,
        "percent",
    )
    add(
        "x_critical_length_um_strength_mpa",
        "round six",
        "Carbon fibres 10 µm across with strength 2500 MPa sit in a matrix with interfacial shear strength 12 MPa. What is the critical length in µm?",
        1041.6666666666667,
        "um",
    )
    add(
        "x_loadratio_pct",
        "round six",
        "A continuous aligned composite has 40 vol% fibres (E = 69 GPa) in a matrix of E = 3.4 GPa, loaded along the fibres. What percentage of the load do the fibres carry?",
        93.11740890688259,
        "percent",
    )
    add(
        "o_hole_conc",
        "round six",
        "Silicon (n_i = 1.5 × 10¹⁶ m⁻³) is doped with 1.0 × 10²² m⁻³ phosphorus atoms, all ionised. What is the hole concentration in m⁻³?",
        22500000000.0,
        "1/m**3",
    )
    add(
        "o_electron_conc",
        "round six",
        "Silicon (n_i = 1.5 × 10¹⁶ m⁻³) is doped with 1.0 × 10²² m⁻³ phosphorus atoms, all ionised. What is the electron concentration in m⁻³?",
        1e22,
        "1/m**3",
    )
    add(
        "o_matrix_stress",
        "round six",
        "A continuous aligned composite with 40 vol% fibres (E = 69 GPa) in a matrix (E = 3.4 GPa) is loaded along the fibres to a composite stress of 50 MPa. What stress does the matrix carry?",
        5.7354925775978405,
        "MPa",
    )
    add(
        "o_fibre_stress",
        "round six",
        "A continuous aligned composite with 40 vol% fibres (E = 69 GPa) in a matrix (E = 3.4 GPa) is loaded along the fibres to a composite stress of 50 MPa. What stress do the fibres carry?",
        116.39676113360323,
        "MPa",
    )
    add(
        "o_matrix_load_fraction",
        "round six",
        "In a continuous aligned composite with 40 vol% fibres (E = 69 GPa) and a matrix of E = 3.4 GPa, loaded along the fibres, what fraction of the load does the matrix carry?",
        0.06882591093117409,
        "dimensionless",
    )
    add(
        "o_cathode_mass",
        "round six",
        "A current of 2.0 A flows for 24 h through a cell in which zinc dissolves at the anode (Zn → Zn²⁺ + 2e⁻) and copper plates at the cathode (Cu²⁺ + 2e⁻ → Cu, 63.55 g/mol). What mass of copper plates out?",
        56.907302688984096,
        "g",
    )
    add(
        "o_anion_radius",
        "round six",
        "In CsCl, the Cs⁺ radius is 0.170 nm and the lattice parameter is 0.4123 nm. What is the Cl⁻ radius in nm?",
        0.18706227398032402,
        "nm",
    )
    add(
        "o_cation_radius",
        "round six",
        "In CsCl the Cl⁻ radius is 0.181 nm and the lattice parameter is 0.4123 nm. What is the Cs⁺ radius in nm?",
        0.17606227398032404,
        "nm",
    )
    add(
        "o_second_charge",
        "round six",
        "A charge of 26.0 µC and an unknown charge 1.39 m apart attract with a force of 5.70 N. What is the magnitude of the unknown charge, in µC?",
        47.129160311895376,
        "uC",
    )
    add(
        "o_beta_comp",
        "round six",
        "A Cu–Ni alloy of 35 wt% Ni at 1250 °C is 68 wt% liquid of 31.5 wt% Ni; the rest is α. What is the Ni content of α, in wt%?",
        42.4375,
        "percent",
    )
    add(
        "o_ferrite_in_pearlite",
        "round six",
        "What fraction of pearlite is ferrite, with ferrite at 0.022 wt% C, the eutectoid at 0.76 wt% C and cementite at 6.70 wt% C?",
        0.8894878706199462,
        "dimensionless",
    )
    add(
        "o_cementite_in_pearlite",
        "round six",
        "What mass fraction of pearlite is cementite, with ferrite at 0.022 wt% C, the eutectoid at 0.76 wt% C and cementite at 6.70 wt% C?",
        0.1105121293800539,
        "dimensionless",
    )
    add(
        "o_electron_mobility_hole",
        "round six",
        "A p-type semiconductor has 1.0 × 10²² holes per m³ and a conductivity of 80 S/m. What is the hole mobility in m²/(V·s)?",
        0.049932072595686106,
        "m**2/(V*s)",
    )
    add(
        "o_other_temp",
        "round six",
        "The vacancy fraction of a metal is 1.0 × 10⁻⁵ at 1100 K and the formation energy is 0.98 eV. At what temperature, in K, is the fraction 1.0 × 10⁻⁶?",
        899.6351246897647,
        "K",
    )
    add(
        "o_refl_n_from_R",
        "round six",
        "A material reflects 10 % of normally incident light in air. What is its refractive index?",
        1.924950591148529,
        "dimensionless",
    )
    add(
        "o_sat_mag_per_atom_from_Ms",
        "round six",
        "Cobalt has a saturation magnetization of 1.42 × 10⁶ A/m and 9.0 × 10²⁸ atoms/m³. How many Bohr magnetons per atom?",
        1.701289695025862,
        "dimensionless",
    )
    add(
        "ratio_inverse_matrix_fibre",
        "round six",
        "A continuous aligned composite has 40 vol% fibres (E = 69 GPa) in a matrix (E = 3.4 GPa). Loaded along the fibres, what is the ratio of the load carried by the matrix to that carried by the fibres?",
        0.07391304347826087,
        "dimensionless",
    )
    add(
        "ratio_inverse_barrier",
        "round six",
        "For heterogeneous nucleation of a spherical-cap nucleus on a flat wall with a contact angle of 60°, what is the ratio of the homogeneous to the heterogeneous nucleation barrier?",
        6.4,
        "dimensionless",
    )
    add(
        "ratio_inverse_to_form",
        "round six",
        "A continuous aligned composite with 40 vol% fibres (E = 69 GPa) in a matrix (E = 3.4 GPa) is loaded along the fibres. What is the matrix-to-fibre load ratio?",
        0.07391304347826087,
        "dimensionless",
    )
    add(
        "ratio_forward_to_form",
        "round six",
        "A continuous aligned composite with 40 vol% fibres (E = 69 GPa) in a matrix (E = 3.4 GPa) is loaded along the fibres. What is the fibre-to-matrix load ratio?",
        13.529411764705882,
        "dimensionless",
    )
    # seventh batch: signs and the reverse process
    add(
        "sg_work_on_gas",
        "round seven",
        "2.5 mmol of an ideal gas expands isothermally and reversibly at 300 K from 42 cm³ to 600 cm³. How much work is done on the gas, in J?",
        -16.583,
        "J",
    )
    add(
        "sg_work_by_gas",
        "round seven",
        "2.5 mmol of an ideal gas expands isothermally and reversibly at 300 K from 42 cm³ to 600 cm³. How much work is done by the gas, in J?",
        16.583,
        "J",
    )
    add(
        "sg_dG_reverse",
        "round seven",
        "A galvanic cell has an emf of 1.10 V with two electrons transferred. What is ΔG, in kJ/mol, for the reverse of the cell reaction?",
        212.27,
        "kJ/mol",
    )
    add(
        "sg_heat_released_freeze",
        "round seven",
        "How much heat, in kJ, is released when 500 g of liquid copper at its melting point solidifies? Heat of fusion 205 J/g.",
        102.5,
        "kJ",
    )
    add(
        "sg_dH_solidify",
        "round seven",
        "What is the enthalpy change, in kJ, when 500 g of liquid copper at its melting point solidifies? Heat of fusion 205 J/g.",
        -102.5,
        "kJ",
    )
    add(
        "sg_compressive",
        "round seven",
        "A brass bar held rigidly between walls at 20 °C is heated to 80 °C. E = 100 GPa and α = 20 × 10⁻⁶ K⁻¹. What compressive stress develops, in MPa?",
        120,
        "MPa",
    )
    add(
        "sg_dS_cooling",
        "round seven",
        "One mole of a solid with C_p = 25 J/(mol·K) is cooled from 600 K to 300 K. What is its entropy change in J/K?",
        -17.329,
        "J/K",
    )
    add(
        "sg_reverse_cell",
        "round seven",
        "A cell has Fe in 0.10 M Fe²⁺ and Ni in 0.001 M Ni²⁺ at 25 °C (E° Fe²⁺/Fe −0.440 V, Ni²⁺/Ni −0.250 V). What potential must be applied to drive the cell reaction in reverse, at minimum, in V?",
        0.13084,
        "V",
    )
    add(
        "sg_dmu_decrease",
        "round seven",
        "A perfect gas at 40 °C is expanded isothermally from 29.5 atm to 1.8 atm. By how much does its chemical potential decrease, in kJ/mol?",
        7.2814,
        "kJ/mol",
    )
    add(
        "sg_dia_change",
        "round seven",
        "A brass rod 10 mm in diameter (E = 97 GPa, ν = 0.34) carries an elastic axial tension of 9.0 kN. What is the change in diameter, in mm?",
        -0.0040166,
        "mm",
    )
    add(
        "rev_k",
        "round seven",
        "The standard Gibbs energy change of a reaction is −20 kJ/mol at 1000 K. What is the equilibrium constant of the reverse reaction?",
        0.09022502120287999,
        "dimensionless",
    )
    add(
        "rev_k_written",
        "round seven",
        "The standard Gibbs energy change of a reaction is −20 kJ/mol at 1000 K. What is the equilibrium constant for the reaction written in reverse?",
        0.09022502120287999,
        "dimensionless",
    )
    add(
        "rev_dg_backwards",
        "round seven",
        "A galvanic cell has an emf of 1.10 V with two electrons transferred per formula unit. What is ΔG of the cell reaction run backwards, in kJ/mol?",
        212.268,
        "kJ/mol",
    )
    add(
        "other_part_matrix_share",
        "round seven",
        "A unidirectional composite has 30 vol% carbon fibres (E = 230 GPa) in epoxy (E = 2.4 GPa), loaded along the fibres. What percentage of the load is borne by the matrix?",
        2.3769100169779285,
        "percent",
    )
    # eighth batch: counts per volume, inverse solves, unit forms, the other side of a share
    add(
        "y_atoms_per_cell_count",
        "round eight",
        "Copper is FCC with a = 0.3615 nm. How many atoms are there per cubic nanometre?",
        84.67107748473357,
        "1/nm**3",
    )
    add(
        "y_vac_per_cell",
        "round eight",
        "Copper (FCC, a = 0.3615 nm) has a vacancy fraction of 2.0 × 10⁻⁴ at 1300 K. How many vacancies are there per cubic metre?",
        1.6934215496946715e25,
        "1/m**3",
    )
    add(
        "y_planar_density_m2",
        "round eight",
        "Determine the planar density of the (110) plane of α-Fe (BCC, a = 0.2866 nm), in atoms per square metre.",
        1.7217204016835428e19,
        "1/m**2",
    )
    add(
        "y_planar_density_111_fcc",
        "round eight",
        "What is the planar density of the (111) plane in FCC nickel (a = 0.3524 nm), in atoms per nm²?",
        18.5963437092828,
        "1/nm**2",
    )
    add(
        "y_linear_density_m",
        "round eight",
        "Aluminium is FCC with a = 4.049 Å. What is the linear density along [110] in atoms per metre?",
        3492747746.0437016,
        "1/m",
    )
    add(
        "y_fibre_diameter_from_lc",
        "round eight",
        "For a fibre–matrix bond strength of 12 MPa and a fibre strength of 2.5 GPa, the critical length is 1.0 mm. What is the fibre diameter in µm?",
        9.6,
        "um",
    )
    add(
        "y_griffith_um",
        "round eight",
        "A glass (E = 69 GPa, surface energy 0.3 J/m²) is stressed to 100 MPa. What is the critical surface crack length in µm by the Griffith criterion?",
        1.3178029288008932,
        "um",
    )
    add(
        "y_basquin_stress_for_life",
        "round eight",
        "A steel obeys σa = σ'f(2Nf)^b with σ'f = 900 MPa and b = −0.10. What stress amplitude gives a life of 10⁶ cycles?",
        210.93056204328894,
        "MPa",
    )
    add(
        "y_lm_temp",
        "round eight",
        "An alloy's Larson–Miller parameter is 2.25 × 10⁴ (C = 20, T in K, t in h). At what temperature in °C does it last 1000 h?",
        705.1108695652174,
        "degC",
    )
    add(
        "y_creep_rate_at_new_stress",
        "round eight",
        "A creep law ε̇ = Aσⁿ has n = 5.1; the rate is 1.0 × 10⁻⁷ s⁻¹ at 100 MPa. What is the rate at 120 MPa?",
        2.5341035356541625e-07,
        "1/s",
    )
    add(
        "y_dp_from_mw_pvc_distractor",
        "round eight",
        "A PVC has a number-average molecular weight of 100 000 g/mol and a density of 1.39 g/cm³. What is its degree of polymerization? (C 12.01, H 1.008, Cl 35.45)",
        1600.1536147470158,
        "dimensionless",
    )
    add(
        "y_pdi_inverse",
        "round eight",
        "A polymer has a polydispersity index of 1.5 and Mn = 160 kg/mol. What is Mw in kg/mol?",
        240,
        "kg/mol",
    )
    add(
        "y_tg_f",
        "round eight",
        "A polymer's glass transition temperature is 100 °C. Express it in °F.",
        212,
        "degF",
    )
    add(
        "y_cpr_area_cm2",
        "round eight",
        "A steel coupon (ρ = 7.87 g/cm³) with 120 cm² exposed loses 3.8 g in 183 days. Find the corrosion penetration rate in mm/yr.",
        0.08030946875802836,
        "mm/year",
    )
    add(
        "y_ni_per_cm3",
        "round eight",
        "Intrinsic GaAs has n_i = 2.1 × 10¹² m⁻³. Express it per cm³.",
        2100000.0,
        "1/cm**3",
    )
    add(
        "y_mobility_cm2",
        "round eight",
        "An n-type semiconductor with 1.0 × 10²² electrons/m³ has a conductivity of 224 S/m. What is the electron mobility in cm²/(V·s)?",
        1398.0980326792107,
        "cm**2/(V*s)",
    )
    add(
        "y_fermi_prob_below",
        "round eight",
        "What is the probability that a state 0.10 eV below the Fermi level is empty at 300 K?",
        0.020468792121107807,
        "dimensionless",
    )
    add(
        "y_fermi_prob_above_occupied",
        "round eight",
        "What is the probability that a state 0.10 eV above the Fermi level is occupied at 300 K? Express it in percent.",
        2.0468792121107806,
        "percent",
    )
    add(
        "y_curie_temp_for_chi",
        "round eight",
        "A paramagnet obeying Curie's law has χ = 2.0 × 10⁻⁴ at 300 K. At what temperature is χ = 1.0 × 10⁻⁴?",
        600,
        "K",
    )
    add(
        "y_hyst_per_cycle_energy",
        "round eight",
        "A transformer core of volume 0.002 m³ has a hysteresis loop area equivalent to 250 J/m³. How much energy is lost per cycle, in J?",
        0.5,
        "J",
    )
    add(
        "y_hyst_power_kw_hz",
        "round eight",
        "A core of 0.002 m³ loses 250 J/m³ per cycle at 50 Hz. What power is lost, in W?",
        25,
        "W",
    )
    add(
        "y_reflect_water",
        "round eight",
        "What percentage of normally incident light is reflected at a water surface (n = 1.33) in air?",
        2.0059312199524766,
        "percent",
    )
    add(
        "y_critical_angle_diamond_water",
        "round eight",
        "What is the critical angle for light going from diamond (n = 2.42) into water (n = 1.33)?",
        33.33866875378784,
        "degree",
    )
    add(
        "y_expansion_coeff_from_change",
        "round eight",
        "A 0.40 m copper wire lengthens by 0.272 mm when heated by 40 °C. What is its linear expansion coefficient in 1/K?",
        1.7e-05,
        "1/K",
    )
    add(
        "y_heat_flux_kw_cm",
        "round eight",
        "Steady heat flows through a 10 mm steel plate (k = 51.9 W/m·K) with faces at 300 °C and 250 °C. What is the heat flux in W/cm²?",
        25.95,
        "W/cm**2",
    )
    add(
        "y_heat_flow_area",
        "round eight",
        "Steady heat flows through a 10 mm steel plate (k = 51.9 W/m·K) of area 0.50 m² with faces at 300 °C and 250 °C. What is the heat flow rate in kW?",
        129.75,
        "kW",
    )
    add(
        "cp_fermi_empty_above",
        "round eight",
        "What is the probability that an electron state 0.05 eV above the Fermi level is unoccupied at 300 K?",
        0.87384,
        "dimensionless",
    )
    add(
        "cp_fermi_vacant_below",
        "round eight",
        "At 300 K, what is the probability that a state 0.10 eV below the Fermi energy is vacant?",
        0.020469,
        "dimensionless",
    )
    add(
        "cp_avrami_untransformed",
        "round eight",
        "A transformation obeys y = 1 − exp(−kt^n) with k = 5.0 × 10⁻⁴ (t in s) and n = 2. What fraction remains untransformed after 30 s?",
        0.63763,
        "dimensionless",
    )
    add(
        "cp_avrami_not_recryst",
        "round eight",
        "Recrystallization follows y = 1 − exp(−kt^n) with k = 5.0 × 10⁻⁴ (t in s) and n = 2. What fraction has not yet recrystallized after 30 s?",
        0.63763,
        "dimensionless",
    )
    add(
        "cp_weibull_fail",
        "round eight",
        "Ceramic bars follow P_s = exp[−(σ/σ₀)^m] with m = 10 and σ₀ = 300 MPa. What fraction of the bars break at 250 MPa?",
        0.14914,
        "dimensionless",
    )
    add(
        "cp_vac_occupied",
        "round eight",
        "A metal has a vacancy formation energy of 1.08 eV. What fraction of its lattice sites are occupied at 800 °C?",
        0.99999,
        "dimensionless",
    )
    add(
        "cp_reflect_transmitted",
        "round eight",
        "Light falls normally from air onto glass of refractive index 1.52. What fraction of it enters the glass (is not reflected)?",
        0.95742,
        "dimensionless",
    )
    add(
        "cp_decay_decayed",
        "round eight",
        "An isotope has a half-life of 5.0 days. What percentage of it has decayed after 12 days?",
        81.054,
        "percent",
    )
    add(
        "cp_lever_solid",
        "round eight",
        "A Cu–Ni alloy of 35 wt% Ni at 1250 °C has liquid of 31.5 wt% Ni and α of 42.5 wt% Ni. What fraction of the alloy is not liquid?",
        0.31818,
        "dimensionless",
    )
    add(
        "cp_apf_void",
        "round eight",
        "Assuming hard spheres, what fraction of a BCC cell's volume is not occupied by atoms?",
        0.31983,
        "dimensionless",
    )
    add(
        "cp_load_not_fibre",
        "round eight",
        "A continuous aligned composite has 40 vol% fibres (E = 69 GPa) in a matrix (E = 3.4 GPa), loaded along the fibres. What fraction of the load is not carried by the fibres?",
        0.068826,
        "dimensionless",
    )
    return out


def main() -> None:
    path = Path(__file__).with_name("answer_mutations.json")
    path.write_text(json.dumps(items(), indent=1, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    main()
