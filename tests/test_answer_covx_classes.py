"""Coverage classes of sets U–W (heldout20–22), in our own words.

* **One row of a pasted property table** (row_tables.py): a table whose first column labels the rows
  (a material, a formula, a numbered peak) and whose other headers carry units, pasted in Markdown, with
  tabs or with runs of spaces; the question names one row ('an aluminium slab', 'gallium arsenide',
  'use line 3'). The row is read as the data of the question. Refused: a question naming two rows, a
  row whose column has no unit, a table from which no row is named.
* **An X-ray line's wavelength without a symbol** (xray_line.py): '(Cu Ka1, 1.5406 Å)', 'Mo Kα
  radiation, 0.07107 nm' give λ.
* **A pasted table of phase compositions** (phase_tables.py): 'Phase | wt% Sn' rows read as the ends
  of the tie line (C_α = …, C_L = …). Left alone: a row that is no phase, a header with no composition.
* **Numbers that define a named quantity** (defining_aside.py): 'characteristic strength (at which
  63 % fail)', 'yield strength (0.2 % offset)', '0.2 % proof stress'. Left alone: another number
  there ('(at which 50 % fail)').
* **'Assume the same volume as the tested specimens'** (same_volume.py), beside a Weibull strength
  and no volume. Left alone: a question that gives a volume.
* **Weight and atom per cent** (alloy.py): the base written before the dash ('Cu–30 wt% Zn',
  'Al-4 at% Cu') is the balance; 'atom per cent', 'weight per cent' name the basis; 'Give its zinc
  content in …' names the component. Refused: no component named ('give the composition').
* **A pasted table of a polymer's size classes** (distribution_tables.py): 'M_i (g/mol) | x_i' (or
  w_i, 'weight fraction') rows read as the list of fractions. Refused: a header kind that the text
  contradicts; left alone: a fraction column with a unit, a third column.
* **Wordings of the ask**: a blank sentence that opens with a condition clause ('Assuming free
  expansion, the change in length is ____ mm'), and 'linear in T' (the variable of a law, not a unit).
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value

HC_EV_NM = 1239.841984  # eV·nm


def _close(got: float, want: float, rel: float = 1e-3) -> None:
    assert math.isclose(got, want, rel_tol=rel), (got, want)


def _cubic_a(wavelength: float, two_theta_deg: float, hkl: tuple[int, int, int]) -> float:
    d = wavelength / (2 * math.sin(math.radians(two_theta_deg / 2)))
    return d * math.sqrt(sum(i * i for i in hkl))


_SPACES = (
    "Handbook values:\n\n"
    "Metal        k (W/m·K)     c_p (J/kg·K)\n"
    "Aluminium    237           900\n"
    "Iron         80            449\n"
    "Silver       429           235\n\n"
    "An aluminium slab 10 mm thick has one face at 100 °C and the other at 40 °C. "
    "Find the steady heat flux through it in kW/m²."
)
_TABS = (
    "Property sheet\n"
    "Metal\tk (W/m·K)\tc_p (J/kg·K)\n"
    "Al\t237\t900\n"
    "Fe\t80\t449\n"
    "Ag\t429\t235\n"
    "What heat flux (kW/m²) passes through a 10 mm aluminium wall whose faces are at 100 °C and "
    "40 °C?"
)
_MARKDOWN = (
    "Room-temperature band gaps:\n\n"
    "| compound | E_g (eV) |\n"
    "|---|---|\n"
    "| GaAs | 1.42 |\n"
    "| InP | 1.34 |\n"
    "| ZnS | 3.6 |\n\n"
    "A light detector uses zinc sulphide. What is the longest wavelength it can detect, in nm?"
)
_PIPES_NO_RULE = (
    "Hardening data:\n"
    "| alloy | K (MPa) | E (GPa) |\n"
    "| annealed brass | 900 | 110 |\n"
    "| mild steel | 600 | 207 |\n"
    "What true plastic strain must be imposed on the annealed brass to raise its true stress to 500 "
    "MPa? Take n = 0.25."
)
_PEAK = (
    "Peaks recorded from an FCC powder with Cu Kα radiation (λ = 1.5406 Å):\n\n"
    "Line     2θ (deg)     hkl     counts (%)\n"
    "1        38.45        111     100\n"
    "2        44.70        200     45\n"
    "3        65.10        220     25\n\n"
    "From line 3, work out the lattice parameter in Å."
)


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (_SPACES, "kW/m**2", 237 * 60 / 0.010 / 1e3),
        (_TABS, "kW/m**2", 237 * 60 / 0.010 / 1e3),
        (_MARKDOWN, "nm", HC_EV_NM / 3.6),
        (_MARKDOWN.replace("uses zinc sulphide", "is made of GaAs"), "nm", HC_EV_NM / 1.42),
        (_PIPES_NO_RULE, "dimensionless", (500 / 900) ** 4),
        (_PEAK, "angstrom", _cubic_a(1.5406, 65.10, (2, 2, 0))),
    ],
)
def test_the_named_row_of_a_table_is_read(question: str, unit: str, want: float) -> None:
    _close(_value(question, unit), want)


def test_two_named_rows_are_not_read_as_one() -> None:
    question = _MARKDOWN.replace(
        "A light detector uses zinc sulphide. What is the longest wavelength it can detect, in nm?",
        "Detectors of zinc sulphide and of InP are compared. What is the longest "
        "wavelength absorbed, in nm?",
    )
    assert _refused(question)


def test_a_column_without_a_unit_is_not_read() -> None:
    question = _MARKDOWN.replace("E_g (eV)", "E_g")
    assert _refused(question)


def test_a_table_whose_rows_the_question_does_not_name_is_not_read() -> None:
    question = _SPACES.replace("An aluminium slab", "A slab")
    assert _refused(question)


def test_a_numbered_row_needs_its_header_word() -> None:
    question = _PEAK.replace("From line 3,", "From the third entry,")
    assert _refused(question)


def test_the_row_read_is_named_in_the_notes() -> None:
    from matsci_jupyter.engines.answer.solver import solve

    answer = solve(_SPACES)
    assert answer.ok
    assert any("Aluminium" in note for note in answer.notes)


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "Powder scan of nickel (Cu Ka1, 1.5406 Å). The (311) reflection is at 2θ = 92.9°. Use "
            "it to get the lattice parameter in Å.",
            "angstrom",
            _cubic_a(1.5406, 92.9, (3, 1, 1)),
        ),
        (
            "Copper filings were scanned with Cu-Kα radiation, 0.15406 nm. The (220) peak of the "
            "filings sits at 2θ = 74.1°. What is the lattice parameter in nm?",
            "nm",
            _cubic_a(0.15406, 74.1, (2, 2, 0)),
        ),
    ],
)
def test_a_length_after_an_xray_line_is_its_wavelength(
    question: str, unit: str, want: float
) -> None:
    _close(_value(question, unit), want)


def test_the_line_rewrite_leaves_a_named_wavelength_and_far_lengths() -> None:
    from matsci_jupyter.engines.answer.xray_line import with_line_wavelength

    named = "Cu Kα radiation (λ = 0.154 nm) falls on a film 20 nm thick."
    assert with_line_wavelength(named) == named
    far = "Cu Kα radiation is used. The film is 20 nm thick."
    assert with_line_wavelength(far) == far
    assert "λ = 1.5406 Å" in with_line_wavelength("(Cu Ka1, 1.5406 Å)")


_TIE_SPACES = (
    "Tie-line ends read from the Cu–Ni diagram at 1280 °C:\n\n"
    "Phase     Composition (wt% Ni)\n"
    "L         37\n"
    "α         50\n\n"
    "A Cu–45 wt% Ni alloy is held at 1280 °C. What mass fraction of the alloy is liquid?"
)
_TIE_MARKDOWN = (
    "At 200 °C the tie line in a Pb–Sn alloy ends at:\n"
    "| phase | Sn (wt%) |\n"
    "|---|---|\n"
    "| α | 15 |\n"
    "| β | 97 |\n"
    "A Pb–50 wt% Sn alloy is held at 200 °C. What percentage of the alloy's mass is β phase?"
)


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (_TIE_SPACES, "dimensionless", (50 - 45) / (50 - 37)),
        (_TIE_MARKDOWN, "percent", 100 * (50 - 15) / (97 - 15)),
    ],
)
def test_a_table_of_phase_compositions_is_the_tie_line(
    question: str, unit: str, want: float
) -> None:
    _close(_value(question, unit), want)


def test_a_phase_table_with_other_rows_or_no_composition_unit_is_left_as_written() -> None:
    from matsci_jupyter.engines.answer.phase_tables import phase_tables_as_prose

    other_row = _TIE_SPACES.replace("α         50", "solidus   50")
    assert phase_tables_as_prose(other_row) == other_row
    no_unit = _TIE_SPACES.replace("Composition (wt% Ni)", "Composition")
    assert phase_tables_as_prose(no_unit) == no_unit
    assert _refused(no_unit)


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "A steel rod 2 m long has α = 12 × 10^-6 /K and is heated by 50 K. Assuming free "
            "expansion, its change in length is ____ mm.",
            "mm",
            2000 * 12e-6 * 50,
        ),
        (
            "Vacancy data: the formation energy is 0.9 eV. At 800 K, the vacancy fraction is ____.",
            "dimensionless",
            math.exp(-0.9 / (8.617333262e-5 * 800)),
        ),
        (
            "A copper bar 1.5 m long has α = 17 × 10^-6 /K. With the strain linear in T, by how much "
            "does it lengthen, in mm, when warmed by 40 K?",
            "mm",
            1500 * 17e-6 * 40,
        ),
        (
            "A steel rod 2 m long has α = 12 × 10^-6 /K. Taking the expansion linear in T, what is its "
            "change in length in mm when heated by 50 K?",
            "mm",
            2000 * 12e-6 * 50,
        ),
    ],
)
def test_wordings_of_the_ask(question: str, unit: str, want: float) -> None:
    _close(_value(question, unit), want)


def test_a_magnetic_field_in_tesla_is_still_asked_in_t() -> None:
    from matsci_jupyter.engines.answer.quantities import find_requested

    assert [r.text for r in find_requested("What field, in T, saturates the core?")] == ["T"]


def _weibull_percent(stress: float, sigma0: float, m: float) -> float:
    return 100 * (1 - math.exp(-((stress / sigma0) ** m)))


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "Find the failure probability, in percent, of zirconia beams stressed to 320 MPa if their "
            "Weibull modulus is 9 and the characteristic strength (at which 63 % fail) is 420 MPa.",
            "percent",
            _weibull_percent(320, 420, 9),
        ),
        (
            "Silicon nitride bars have a Weibull modulus of 12; their characteristic strength, the "
            "stress at which 63.2 % of bars break, is 600 MPa. What is the probability of failure, in "
            "percent, at 500 MPa?",
            "percent",
            _weibull_percent(500, 600, 12),
        ),
        (
            "A steel with E = 200 GPa and a yield strength (0.2 % offset) of 350 MPa is stressed to "
            "the yield strength. What is the strain?",
            "dimensionless",
            350 / 200e3,
        ),
        (
            "A steel with a 0.2 % proof stress of 350 MPa and E = 200 GPa is loaded to its proof "
            "stress. What is the elastic strain?",
            "dimensionless",
            350 / 200e3,
        ),
    ],
)
def test_a_number_that_defines_the_named_quantity_is_no_given(
    question: str, unit: str, want: float
) -> None:
    _close(_value(question, unit), want)


def test_another_number_beside_the_definition_is_still_refused() -> None:
    assert _refused(
        "Silicon nitride bars have a Weibull modulus of 12; their characteristic strength (the "
        "stress at which 50 % of bars break) is 600 MPa. What is the probability of failure, in "
        "percent, at 500 MPa?"
    )


@pytest.mark.parametrize(
    "note",
    [
        "Assume the same volume as the tested specimens.",
        "Assume same volume like the test bars.",
        "The tubes have the same size as the specimens tested.",
    ],
)
def test_a_same_volume_note_beside_a_weibull_strength(note: str) -> None:
    question = (
        "Silicon carbide tubes with a Weibull modulus of 8 and a characteristic strength of 350 MPa "
        f"are loaded to 250 MPa. {note} What is the probability of failure, in percent?"
    )
    _close(_value(question, "percent"), _weibull_percent(250, 350, 8))


def test_a_same_volume_note_beside_a_given_volume_is_left() -> None:
    from matsci_jupyter.engines.answer.same_volume import without_same_volume_note

    question = (
        "Silicon carbide tubes of 40 cm³ with a Weibull modulus of 8 and a characteristic strength "
        "of 350 MPa are loaded to 250 MPa. Assume the same volume as the test bars. What is the "
        "probability of failure, in percent?"
    )
    assert without_same_volume_note(question) == question


def _at_percent(w_b: float, a_b: float, a_a: float) -> float:
    return 100 * (w_b / a_b) / (w_b / a_b + (100 - w_b) / a_a)


def _wt_percent(x_b: float, a_b: float, a_a: float) -> float:
    return 100 * (x_b * a_b) / (x_b * a_b + (100 - x_b) * a_a)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "A brass is specified as Cu–35 wt% Zn. What is its zinc content in at%?",
            _at_percent(35, 65.38, 63.546),
        ),
        (
            "An Al-4 at% Cu alloy is aged at 150 °C. What is its copper content in wt%?",
            _wt_percent(4, 63.546, 26.9815),
        ),
        (
            "A brass holds 65 wt% Cu and 35 wt% Zn. Give its zinc content in atom per cent.",
            _at_percent(35, 65.38, 63.546),
        ),
        (
            "A bronze has 10 at% Sn, the rest copper. State the tin content in weight per cent.",
            _wt_percent(10, 118.71, 63.546),
        ),
    ],
)
def test_weight_and_atom_percent_wordings(question: str, want: float) -> None:
    _close(_value(question, "percent"), want, rel=2e-3)


def test_a_conversion_that_names_no_component_is_refused() -> None:
    reason = _refused(
        "A brass holds 65 wt% Cu and 35 wt% Zn. Give the composition in atom per cent."
    )
    assert "which one" in reason


_CLASSES = (
    "Chromatography of a polyethylene gave:\n\n"
    "M_i (g/mol)    x_i\n"
    "15000          0.25\n"
    "25000          0.50\n"
    "35000          0.25\n\n"
    "What is the polydispersity index?"
)
_CLASSES_MD = (
    "Size classes of a polystyrene:\n"
    "| w_i | M_i (kg/mol) |\n"
    "|---|---|\n"
    "| 0.30 | 20 |\n"
    "| 0.70 | 60 |\n"
    "Calculate the number-average molecular weight in g/mol."
)


def test_a_table_of_size_classes_is_read() -> None:
    mn = 0.25 * 15000 + 0.5 * 25000 + 0.25 * 35000
    mw = (0.25 * 15000**2 + 0.5 * 25000**2 + 0.25 * 35000**2) / mn
    _close(_value(_CLASSES, "dimensionless"), mw / mn)
    _close(_value(_CLASSES_MD, "g/mol"), 1 / (0.30 / 20000 + 0.70 / 60000))


def test_a_size_class_table_the_text_contradicts_or_that_is_not_plain() -> None:
    from matsci_jupyter.engines.answer.distribution_tables import distribution_tables_as_prose

    assert _refused(_CLASSES.replace("gave:", "gave these weight fractions:"))
    with_unit = _CLASSES.replace("x_i", "x_i (%)")
    assert distribution_tables_as_prose(with_unit) == with_unit
