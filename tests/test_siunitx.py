r"""siunitx macros in questions copied from LaTeX sources (set W's first blind run: ten questions
written with ``\SI``, ``\qty``, ``\num`` and ``\si`` were refused as giving no numbers).

The macros are written out as the printed page reads them before the rest of the TeX is read; the
solver then answers the question as if it had been typed in plain units. A macro with a unit the
table does not know is left as written (the question is refused, never read in another unit).
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason, solved_value

from matsci_jupyter.engines.answer.siunitx import expand_siunitx
from matsci_jupyter.engines.answer.text import normalize

BOLTZMANN_EV = 8.617333262e-5  # eV/K
AVOGADRO = 6.02214076e23  # 1/mol


@pytest.mark.parametrize(
    ("tex", "plain"),
    [
        (r"\SI{2.5}{\giga\pascal}", "2.5 GPa"),
        (r"\qty{300}{\kelvin}", "300 K"),
        (r"\qty{650}{\celsius}", "650 °C"),
        (r"\SI{8.9}{\gram\per\centi\metre\cubed}", "8.9 g/cm^3"),
        (r"\SI{1350}{\centi\meter\squared\per\volt\per\second}", "1350 cm^2/(V·s)"),
        (r"\SI{460}{\joule\per\kilogram\per\kelvin}", "460 J/(kg·K)"),
        (r"\SI{2e-5}{\square\metre\per\second}", "2×10^-5 m^2/s"),
        (r"\SI{0.9}{\mega\pascal\metre\tothe{0.5}}", "0.9 MPa·m^(1/2)"),
        (r"\SI{44}{\MPa\sqrt\m}", "44 MPa·m^(1/2)"),
        (r"\num{1.2e-5}", "1.2×10^-5"),
        (r"\num{6.022 x 10^{23}}", "6.022×10^23"),
        (r"\si{\per\centi\metre\cubed}", "cm^-3"),
        (r"\unit{\kilo\joule\per\mole}", "kJ/mol"),
        (r"\SI{3.2 +- 0.1}{\GPa}", "3.2 ± 0.1 GPa"),
        (r"\SIrange{300}{500}{\kelvin}", "300 K to 500 K"),
        (r"\qtylist{1;2;4}{\hour}", "1 h, 2 h and 4 h"),
        (r"\numrange{10}{20}", "10 to 20"),
        (r"\ang{35}", "35°"),
        (r"\SI{45}{\degree}", "45°"),
        (r"\SI{12}{\percent}", "12%"),
        (r"\SI[round-precision=2]{7.5}{\micro\metre}", "7.5 μm"),
        (r"\SI{4.1}{GPa}", "4.1 GPa"),  # literal units are kept
    ],
)
def test_macros_read_as_the_printed_page(tex, plain):
    assert expand_siunitx(tex) == plain


@pytest.mark.parametrize(
    "tex",
    [
        r"\SI{3}{\furlong}",  # a unit the table does not know
        r"\SI{3}{\kilo}",  # a prefix with no unit after it
        r"\SI{3}{\metre\per}",  # a \per with no unit after it
        r"\SI{3}",  # the unit argument missing
    ],
)
def test_a_macro_it_cannot_read_stays_as_written(tex):
    assert expand_siunitx(tex) == tex


def test_text_around_the_macros_is_kept():
    text = r"Take $a = \SI{0.361}{\nano\metre}$ and $\lambda = \SI{0.154}{\nano\metre}$ here."
    out = normalize(text)
    assert out.startswith("Take a = 0.361 nm and λ")
    assert out.endswith("= 0.154 nm here.")
    assert "SI" not in out and "nano" not in out


def test_vacancies_from_qty_and_si_givens():
    question = (
        r"Estimate the equilibrium vacancy concentration (vacancies per cubic metre) in copper "
        r"at \qty{1000}{\celsius}, with $Q_v = \SI{0.90}{\electronvolt}$ per atom, "
        r"$\rho = \SI{8.96}{\gram\per\centi\metre\cubed}$ and $A = \SI{63.55}{\gram\per\mole}$."
    )
    sites = 8.96e6 * AVOGADRO / 63.55
    expected = sites * math.exp(-0.90 / (BOLTZMANN_EV * 1273.15))
    assert solved_value(question, "1/m**3") == pytest.approx(expected, rel=0.01)


def test_drift_velocity_from_si_mobility_and_field():
    question = (
        r"Holes in germanium have a mobility of \SI{0.19}{\metre\squared\per\volt\per\second}. "
        r"Find their drift speed in m/s under an applied field of \SI{200}{\volt\per\metre}."
    )
    assert solved_value(question, "m/s") == pytest.approx(0.19 * 200, rel=0.01)


def test_crystallinity_from_si_densities():
    question = (
        r"A polypropylene sample has a density of \SI{0.904}{\gram\per\centi\metre\cubed}; "
        r"crystalline and amorphous polypropylene have densities of "
        r"\SI{0.946}{\gram\per\centi\metre\cubed} and \SI{0.855}{\gram\per\centi\metre\cubed}. "
        r"What is the percent crystallinity?"
    )
    rho_s, rho_c, rho_a = 0.904, 0.946, 0.855
    expected = 100 * rho_c * (rho_s - rho_a) / (rho_s * (rho_c - rho_a))
    assert solved_value(question, "percent") == pytest.approx(expected, rel=0.01)


def test_an_unknown_unit_macro_is_refused_not_misread():
    question = (
        r"Electrons in a semiconductor have a mobility of \SI{0.14}{\metre\squared\per\volt\per\second}. "
        r"Find their drift speed in m/s in a field of \SI{300}{\volt\per\furlong}."
    )
    assert refusal_reason(question)
