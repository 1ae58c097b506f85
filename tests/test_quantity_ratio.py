"""'How many times larger is X than Y' / 'the ratio of X to Y' of one body (quantity_ratio)."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.solver import solve

FIBRE = (
    "A unidirectional composite holds 40 vol% carbon fibres (E = 230 GPa) in an epoxy matrix "
    "(E = 3.5 GPa)."
)
LONG = 0.4 * 230 + 0.6 * 3.5
TRANS = 1 / (0.4 / 230 + 0.6 / 3.5)
ALLOY = "At 1300 °C a Cu–45 wt% Ni alloy is liquid of 38 wt% Ni plus α of 50 wt% Ni."
W_ALPHA = (45 - 38) / (50 - 38)


@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            f"{FIBRE} How many times greater is its longitudinal modulus than its transverse modulus?",
            LONG / TRANS,
        ),
        (
            f"{FIBRE} What is the ratio of its transverse modulus to its longitudinal modulus?",
            TRANS / LONG,
        ),
        (
            f"{ALLOY} What is the ratio of the mass of α to the mass of liquid?",
            W_ALPHA / (1 - W_ALPHA),
        ),
        (
            f"{ALLOY} How many times larger is the mass of liquid than the mass of α?",
            (1 - W_ALPHA) / W_ALPHA,
        ),
    ],
)
def test_ratio_of_two_relations(question: str, key: float) -> None:
    answer = solve(question)
    assert answer.ok, answer.reason
    assert float(answer.quantity.to("dimensionless").magnitude) == pytest.approx(key, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        # one relation twice (two materials): the qualifier might be unread
        "Steel A has E = 210 GPa and a density of 7.8 g/cm³; alloy B has E = 70 GPa and a density of "
        "2.7 g/cm³. How many times larger is the specific modulus of A than that of B?",
        # 'smaller' has two readings
        f"{FIBRE} How many times smaller is its transverse modulus than its longitudinal modulus?",
    ],
)
def test_ratio_not_read(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
