"""A standard formula written wrongly (formula_check + the table in standard_formulas).

Every example is written here in its own words: a wrong factor or another case's formula is
flagged, the right formula and a legitimate other case of the same quantity are not."""

from __future__ import annotations

import re

import pytest

from matsci_jupyter.engines.answer import check_answer
from matsci_jupyter.engines.answer.formula_check import (
    _case_solutions,
    _case_symbols,
    formula_findings,
    standard_formula_checks,
)
from matsci_jupyter.engines.answer.prose import response_lines, statements
from matsci_jupyter.engines.answer.standard_formulas import FORMULAS
from matsci_jupyter.engines.answer.text import normalize


def _checks(question: str, response: str):
    return standard_formula_checks(normalize(question), statements(response_lines(response)))


def _flagged(question: str, response: str) -> bool:
    return any(not c.passed and c.blocking for c in _checks(question, response))


# ------------------------------------------------------------------ the table itself
def test_every_case_uses_only_its_formulas_variables_and_solves_for_a_left_side():
    for f in FORMULAS:
        names = {v.name for v in f.variables}
        assert set(f.lhs) <= names, f.name
        for case in f.cases:
            eq = case.text()
            assert "=" in eq, (f.name, case.label)
            assert _case_symbols(eq) <= names, (f.name, case.label, _case_symbols(eq) - names)
            solvable = [q for q in f.lhs if q in _case_symbols(eq)]
            assert solvable, (f.name, case.label)
            assert any(_case_solutions(f.name, case.label, eq, q) for q in solvable), (
                f.name,
                case.label,
            )
        assert f.source and re.compile(f.context)


def test_relations_are_reused_not_retyped():
    reused = {c.relation for f in FORMULAS for c in f.cases if c.relation}
    assert {
        "stokes_terminal_velocity",
        "modulus_of_resilience",
        "schottky_defects",
        "bragg",
    } <= reused


# ------------------------------------------------------------------ wrong forms are flagged
WRONG = [
    (
        "What is the modulus of resilience of an alloy whose yield strength is 300 MPa and "
        "elastic modulus 100 GPa?",
        r"The resilience is $U_r = \frac{\sigma_y^2}{E}$.",
    ),
    (
        "A small glass bead sinks through castor oil at its terminal velocity; the oil's "
        "viscosity is 0.98 Pa s.",
        r"Stokes: $v_t = \frac{4}{9}\frac{r^2(\rho_s-\rho_f)g}{\eta}$",
    ),
    (
        "Three moles of a diatomic ideal gas are warmed at constant volume by 20 K.",
        r"$\Delta U = \frac{3}{2} n R \Delta T$",
    ),
    (
        "A hoop and a solid disc roll without slipping from rest down the same ramp.",
        r"For the hoop, $I_{hoop} = \frac{1}{2} M R^2$.",
    ),
    (
        "Air (a diatomic gas) is compressed adiabatically to half its volume.",
        r"$T_2 = T_1\left(\frac{V_2}{V_1}\right)^{\gamma-1}$",
    ),
    (
        "The formation energy of a Schottky defect in KCl is 2.6 eV. Find the defect fraction at 700 K.",
        r"$\frac{n_s}{N} = \exp\left(-\frac{E_s}{k_B T}\right)$",
    ),
    (
        "The diffusion coefficient is known at 800 K; the activation energy is 120 kJ/mol. Find it at 900 K.",
        r"$\frac{D_{900}}{D_{800}} = \exp\left[\frac{Q}{R}\left(\frac{1}{T_{900}} - \frac{1}{T_{800}}\right)\right]$",
    ),
    ("A simple pendulum is 80 cm long. Find its period.", r"$T = 2\pi\sqrt{\frac{g}{L}}$"),
    ("How much energy does a 5 uF capacitor store at 12 V?", r"$U = C V^2 = 7.2 \times 10^{-4}$ J"),
    (
        "Two capacitors of 3 uF and 6 uF are joined in series.",
        r"$C_{eq} = C_1 + C_2 = 9$ uF",
    ),
    (
        "An isotope has a half-life of 8 days. Find its decay constant.",
        r"$\lambda = \frac{t_{1/2}}{\ln 2}$",
    ),
    (
        "Find the rms speed of argon atoms at 400 K.",
        r"$v_{rms} = \sqrt{\frac{8RT}{\pi M}}$",
    ),
    (
        "X-ray diffraction from a crystal gives a first-order Bragg peak at 20 degrees.",
        r"$\lambda = d \sin\theta$",
    ),
    (
        "A solid sphere rolls down an incline of height h without slipping.",
        r"$v = \sqrt{\frac{4gh}{3}}$",
    ),
]

WRONG += [
    (
        "Light of wavelength 300 nm ejects electrons from a metal (photoelectric effect).",
        r"$E = \frac{h\lambda}{c}$",
    ),
    (
        "Find the de Broglie wavelength of a neutron with kinetic energy K.",
        r"$\lambda = \frac{h}{\sqrt{mK}}$",
    ),
    (
        "Two point charges of 1 uC each sit 5 cm apart; find the Coulomb force.",
        r"$F = \frac{k q_1 q_2}{r}$",
    ),
    ("Hydrogen atom (Bohr model): energy of the n = 4 level.", r"$E_n = -\frac{13.6}{n}$ eV"),
    ("An RC circuit has R = 2 kOhm and C = 5 uF; find the time constant.", r"$\tau = \frac{R}{C}$"),
    (
        "Hall-Petch: yield strength at a grain diameter of 5 um.",
        r"$\sigma_y = \sigma_0 + \frac{k_y}{d}$",
    ),
    (
        "Compute the true stress at an engineering strain of 0.3.",
        r"$\sigma_T = \sigma(1 - \epsilon)$",
    ),
    ("An open organ pipe (open at both ends) is 0.6 m long; fundamental?", r"$f = \frac{v}{4L}$"),
    (
        "Two moles of helium (a monatomic ideal gas) are heated at constant pressure by 10 K.",
        r"$Q = \frac{3}{2}nR\Delta T$",
    ),
]

WRONG += [
    (
        "Young's double-slit experiment: slits 0.3 mm apart, screen 1.5 m away.",
        r"$\beta = \frac{\lambda d}{D}$",
    ),
    (
        "Water climbs a capillary of radius 0.2 mm; surface tension 0.072 N/m.",
        r"$h = \frac{T\cos\theta}{\rho g r}$",
    ),
    (
        "A soap bubble of radius 2 cm; surface tension 0.025 N/m. Excess pressure?",
        r"$\Delta P = \frac{2T}{r}$",
    ),
]

WRONG += [
    ("Compute the modulus of resilience of the steel.", "U_r = σ_y²/E"),
    ("The rate constant and the activation energy (Arrhenius).", "k = A·exp(Ea/(RT))"),
]


@pytest.mark.parametrize("question,response", WRONG)
def test_a_wrong_standard_formula_is_flagged(question, response):
    checks = _checks(question, response)
    assert checks and not checks[0].passed and checks[0].blocking, checks
    assert "standard formula" in checks[0].message


def test_the_message_gives_the_standard_formula_and_what_it_gives():
    q = "How much energy does a 5 uF capacitor store at 12 V?"
    (c,) = _checks(q, r"$U = C V^2 = 7.2 \times 10^{-4}$ J")
    assert "C·V^2/2" in c.message and "0.00036" in c.message.replace("3.6×10^-4", "0.00036")


def test_check_answer_flags_the_response():
    q = (
        "What is the modulus of resilience of an alloy whose yield strength is 300 MPa and "
        "elastic modulus 100 GPa? Give it in kJ/m^3."
    )
    r = (
        "The modulus of resilience is\n\n$U_r = \\frac{\\sigma_y^2}{E}$\n\n"
        "$U_r = \\frac{(300 \\times 10^6)^2}{100 \\times 10^9} = 9.0 \\times 10^5$ J/m^3\n\n"
        "Final answer: 900 kJ/m^3"
    )
    answer = check_answer(q, r)
    assert answer.verdict == "flagged"
    assert "standard formula" in answer.reason


# ------------------------------------------------------------------ right forms, other cases
RIGHT = [
    (
        "What is the modulus of resilience of an alloy whose yield strength is 300 MPa and "
        "elastic modulus 100 GPa?",
        r"$U_r = \frac{\sigma_y^2}{2E}$ and also $U_r = \frac{1}{2}\sigma_y \epsilon_y$",
    ),
    (  # the diameter form and the Indian-textbook symbols (ρ body, σ liquid) are the same law
        "A small glass bead sinks through castor oil at its terminal velocity; the oil's "
        "viscosity is 0.98 Pa s.",
        r"$v = \frac{2}{9}\frac{r^2(\rho-\sigma)g}{\eta}$, i.e. $v_t = \frac{d^2(\rho_s-\rho_f)g}{18\eta}$",
    ),
    (  # a vibrating diatomic molecule is a standard case too
        "Three moles of a diatomic ideal gas are warmed at constant volume by 20 K.",
        r"$\Delta U = \frac{5}{2} n R \Delta T$ (rigid) or $C_v = \frac{7}{2}R$ with vibration; $\gamma = 1.4$",
    ),
    (  # no body named on the line: the disc's ½MR² is a reading of the question
        "A hoop and a solid disc roll without slipping from rest down the same ramp.",
        r"$I = \frac{1}{2} M R^2$ and $I_{hoop} = MR^2$; $a = \frac{2}{3} g \sin\theta$ for the disc",
    ),
    (
        "Air (a diatomic gas) is compressed adiabatically to half its volume.",
        r"$T_f = T_i\left(\frac{V_i}{V_f}\right)^{\gamma-1}$ and $P_1 V_1^\gamma = P_2 V_2^\gamma$",
    ),
    (  # the question gives the energy per vacancy: no factor 2
        "In a Schottky-defect crystal the energy to form a cation vacancy is 1.3 eV; find the fraction.",
        r"$\frac{n_s}{N} = \exp\left(-\frac{E_s}{k_B T}\right)$",
    ),
    (
        "The rate constant is known at 300 K and the activation energy is 50 kJ/mol (Arrhenius).",
        r"$k = A e^{-E_a/RT}$ so $\ln\frac{k_2}{k_1} = \frac{E_a}{R}\left(\frac{1}{T_1}-\frac{1}{T_2}\right)$"
        r" or $\log\frac{k_2}{k_1} = \frac{E_a}{2.303R}\left(\frac{1}{T_1}-\frac{1}{T_2}\right)$",
    ),
    (
        "A simple pendulum is 80 cm long. Find its period.",
        r"$T = 2\pi\sqrt{L/g}$, $f = \frac{1}{2\pi}\sqrt{\frac{g}{L}}$",
    ),
    (
        "Find the cell potential from the Nernst equation for a Zn/Cu cell.",
        r"$E = E^\circ - \frac{0.0591}{n}\log Q$, that is $E = E^{0} - \frac{RT}{nF}\ln Q$"
        r" ($0.06/n$ also: $E = E^0 - \frac{0.06}{n}\log Q$)",
    ),
    (
        "An isotope has a half-life of 8 days. Find its decay constant.",
        r"$\lambda = \frac{0.693}{t_{1/2}}$, $N = N_0 e^{-\lambda t}$",
    ),
    (
        "Find the rms speed of argon atoms at 400 K.",
        r"$v_{rms} = \sqrt{\frac{3k_BT}{m}}$ and $v_{mp} = \sqrt{2RT/M}$",
    ),
    (
        "Two capacitors of 3 uF and 6 uF are joined in series and then in parallel.",
        r"$C_{eq} = C_1 + C_2$ in parallel and $\frac{1}{C_s} = \frac{1}{C_1} + \frac{1}{C_2}$",
    ),
    (
        "X-ray diffraction from (200) planes of a cubic crystal.",
        r"$d(200) = \lambda/(2\sin\theta) = 0.14$ nm",
    ),
]

RIGHT += [
    (  # a bead on a disc: a point mass, no body named on the line
        "A uniform disc turns; a small bead of mass m sits on its rim. Find the angular speed.",
        r"$I = mr^2$ for the bead and $I = \frac{1}{2}MR^2$ for the disc",
    ),
    (
        "A ball is projected at 30 degrees with speed 20 m/s. Find range, height and time of flight.",
        r"$R = \frac{u^2 \sin 2\theta}{g}$, $R = \frac{2u^2\sin\theta\cos\theta}{g}$,"
        r" $H = \frac{u^2\sin^2\theta}{2g}$, $T = \frac{2u\sin\theta}{g}$",
    ),
    ("A pipe closed at one end and open at the other is 0.5 m long.", r"$f = \frac{v}{4L}$"),
    (
        "Find the de Broglie wavelength of an electron accelerated through 100 V.",
        r"$\lambda = \frac{h}{\sqrt{2meV}}$ and $\lambda = \frac{h}{p} = \frac{h}{mv}$",
    ),
    (
        "Find the energy of the n = 3 level of hydrogen (Bohr model).",
        r"$E_n = -\frac{13.6}{n^2}$ eV",
    ),
    (
        "Unpolarized light passes two polarizers at 30 degrees.",
        r"$I_1 = \frac{I_0}{2}$, $I = I_0 \cos^2\theta$",
    ),
    (
        "An ideal gas expands isothermally and reversibly from 1 L to 10 L at 300 K.",
        r"$W = nRT\ln\frac{V_2}{V_1}$ and $W = 2.303 nRT \log\frac{V_2}{V_1}$",
    ),
    ("Find the freezing point depression of a 0.1 molal NaCl solution.", r"$\Delta T_f = i K_f m$"),
    (
        "A crack in a plate; fracture toughness 40 MPa m^0.5.",
        r"$\sigma_c = \frac{K_{Ic}}{Y\sqrt{\pi a}}$",
    ),
    (
        "Terminal velocity of a raindrop of radius 0.1 mm in air.",
        r"$v_t = \frac{2r^2 \rho g}{9\eta}$",
    ),
    (
        "Two moles of helium (a monatomic ideal gas) are heated at constant pressure by 10 K.",
        r"$Q = \frac{5}{2}nR\Delta T$",
    ),
]

RIGHT += [
    (  # the battery's work is QV, not the stored energy
        "A 4 uF capacitor is charged by a 10 V battery; compare the battery's work with the energy stored.",
        r"$W = QV$ and $U = \frac{1}{2}QV$",
    ),
    (  # the translational part of a diatomic gas's energy
        "What is the total translational kinetic energy of 2 mol of a diatomic ideal gas at 300 K?",
        r"$U_{trans} = \frac{3}{2}nRT$ and $U = \frac{3}{2}nRT$",
    ),
    (  # an intermediate component of g along the slope
        "A ring rolls without slipping down an incline of angle 30 degrees.",
        r"Along the incline, $a = g\sin\theta$ would hold without rotation; for the ring $a = \frac{g\sin\theta}{2}$",
    ),
    (
        "Compare the rms speed of nitrogen molecules with the speed of sound in nitrogen at 300 K.",
        r"$v_{rms} = \sqrt{\frac{3RT}{M}}$ and $v = \sqrt{\frac{7RT}{5M}}$",
    ),
    ("In Kundt's tube a rod clamped at its middle resonates.", r"$f = \frac{v}{2L}$"),
]

RIGHT += [
    (
        "Young's double-slit experiment: slits 0.3 mm apart, screen 1.5 m away.",
        r"$\beta = \frac{\lambda D}{d}$",
    ),
    (
        "A rain drop of radius 1 mm; surface tension 0.072 N/m. Excess pressure?",
        r"$\Delta P = \frac{2T}{r}$",
    ),
]

RIGHT += [
    # plain-text prose: juxtaposition binds tighter than '/' ('σ_y²/2E' is σ_y²/(2E), 'Ea/RT' is Ea/(RT))
    ("Compute the modulus of resilience of the steel.", "U_r = σ_y²/2E"),
    ("A string of length L under tension T and linear density μ; fundamental?", "f = 1/2L √(T/μ)"),
    ("The rate constant and the activation energy (Arrhenius).", "k = A·e^(−Ea/RT)"),
    ("A radioactive nucleus has a half-life of 10 min.", "λ = 0.693/T½"),
    ("Energy of the n-th Bohr orbit of hydrogen.", "E_n = −13.6 eV/n²"),
]


@pytest.mark.parametrize("question,response", RIGHT)
def test_a_right_formula_or_another_standard_case_is_not_flagged(question, response):
    assert not _flagged(question, response), _checks(question, response)


def test_a_formula_written_right_elsewhere_is_a_slip_not_a_failure():
    q = "A simple pendulum is 80 cm long. Find its period."
    r = "$T = 2\\pi\\sqrt{\\frac{g}{L}}$\n\nCorrecting: $T = 2\\pi\\sqrt{\\frac{L}{g}} = 1.79$ s"
    (c,) = _checks(q, r)
    assert not c.passed and not c.blocking and "slip" in c.message


def test_derived_or_unknown_forms_are_not_checked():
    # a sum of contributions, a symbol the table does not know, a mixture of gases
    assert not formula_findings(
        normalize("A disc with a bead on its rim rotates; find the moment of inertia."),
        statements(response_lines(r"$I = \frac{1}{2}MR^2 + mR^2$")),
    )
    assert not formula_findings(
        normalize("A simple pendulum hangs in a lift accelerating upward."),
        statements(response_lines(r"$T = 2\pi\sqrt{\frac{L}{g+a}}$")),
    )
    assert not formula_findings(
        normalize("A mixture of 2 mol of a monatomic and 1 mol of a diatomic ideal gas."),
        statements(response_lines(r"$U = \frac{3}{2}nRT$")),
    )


def test_a_space_after_the_slash_keeps_the_denominator_whole():
    # 'Q_v / kT' is Q_v/(kT) as 'Q_v/kT' is: a space after '/' is layout, not a new factor
    question = (
        "The vacancy formation energy of a metal is 1.1 eV/atom. What fraction of its lattice "
        "sites is vacant at 900 °C?"
    )
    right = "N_v/N = exp(-Q_v / kT) = exp(-1.1/(8.617e-5 × 1173)) = 1.9 × 10^-5"
    assert not any(
        not ok for _f, ok in formula_findings(question, statements(response_lines(right)))
    )
    wrong = "N_v/N = exp(-kT / Q_v) = exp(-(8.617e-5 × 1173)/1.1) = 0.91"
    assert any(not ok for _f, ok in formula_findings(question, statements(response_lines(wrong))))


def test_true_strain_from_diameters_carries_the_factor_two():
    question = "A wire is drawn from 6.4 mm to 5.1 mm diameter. What true strain does it receive?"
    dropped = "ε_T = ln(d₀/d) = ln(6.4/5.1) = 0.227"
    assert any(not ok for _f, ok in formula_findings(question, statements(response_lines(dropped))))
    for right in ("ε_T = 2 ln(d₀/d) = 2 ln(6.4/5.1) = 0.454", "ε_T = ln(A_0/A) = 0.454"):
        found = formula_findings(question, statements(response_lines(right)))
        assert all(ok for _f, ok in found)


def test_schmid_law_solved_for_the_applied_stress_divides():
    question = (
        "The critical resolved shear stress of a zinc crystal is 0.9 MPa. With φ = 60° and "
        "λ = 35° between the tensile axis and the slip plane normal and slip direction, what "
        "tensile stress starts slip?"
    )
    multiplied = "σ = τ_CRSS cos φ cos λ = 0.9 × 0.5 × 0.819 = 0.369 MPa"
    assert any(
        not ok for _f, ok in formula_findings(question, statements(response_lines(multiplied)))
    )
    divided = "σ = τ_CRSS/(cos φ cos λ) = 0.9/(0.5 × 0.819) = 2.20 MPa"
    assert all(ok for _f, ok in formula_findings(question, statements(response_lines(divided))))
